/**
 * The HTML pages PNG and PDF are rendered from: the chart SVG inline, and for PDF a list of every
 * milestone with its full sources on the following pages. No script, no remote resource.
 */
import { CATEGORIES } from '../../shared/domain';
import type { PaperSize } from '../../shared/image-export';
import type { ChartModel } from './model';
import type { ChartSvg } from './chart-svg';
import { embeddedFontCss, FONT_STACK } from './fonts';
import { escapeXml } from './svg-text';

const PAGE_HEAD = (lang: string, dir: string, css: string) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">` +
  `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">` +
  `<style>${css}</style></head>`;

/** Height over width of a landscape page's printable area (10 mm margins): A4 277 × 190 mm, Letter 259 × 196 mm. */
export const PRINTABLE_RATIO: Record<PaperSize, number> = { a4: 190 / 277, letter: 195.9 / 259.4 };

/** The chart alone, at its layout size: what the PNG screenshot is taken of. */
export function pngPage(chart: ChartSvg): string {
  return `${PAGE_HEAD('und', 'ltr', 'html,body{margin:0;padding:0;background:transparent}svg{display:block}')}<body>${chart.svg}</body></html>`;
}

/** The chart on the first landscape page, the key to its numbered milestones and its source notes next, then (optionally) every milestone with its sources. */
export function pdfPage(model: ChartModel, chart: ChartSvg, paper: PaperSize, withList: boolean, withNotes: boolean): string {
  const { t } = model;
  const esc = escapeXml;
  const size = paper === 'letter' ? 'letter landscape' : 'A4 landscape';
  const texts: string[] = [];
  let list = '';
  if (chart.key.length) {
    const heading = t('export:image.key');
    texts.push(heading, ...chart.key);
    list += `<section class="notes"><h1>${esc(heading)}</h1><ol>${chart.key.map((k) => `<li dir="auto">${esc(k)}</li>`).join('')}</ol></section>`;
  }
  if (withNotes && model.notes.length) {
    const heading = t('export:image.sources');
    texts.push(heading, ...model.notes);
    list += `<section class="notes"><h1>${esc(heading)}</h1><ol>${model.notes.map((n) => `<li dir="auto">${esc(n)}</li>`).join('')}</ol></section>`;
  }
  if (withList) {
    const heading = t('export:image.allMilestones');
    texts.push(heading);
    list += `<section class="list"><h1>${esc(heading)}</h1>`;
    for (const pair of model.pairs) {
      texts.push(pair.name);
      list += `<h2>${esc(pair.name)}</h2><table><tbody>`;
      for (const m of pair.milestones) {
        const category = t(`common:category.${m.category}`);
        texts.push(m.date, m.title, category, ...m.sources);
        list +=
          `<tr><td class="date">${esc(m.date)}</td><td><div class="title" dir="auto">${esc(m.title)}</div><div class="cat">${esc(category)}</div></td>` +
          `<td><ol class="sources">${m.sources.map((s, i) => `<li value="${m.notes[i]}" dir="auto">${esc(s)}</li>`).join('')}</ol></td></tr>`;
      }
      list += `</tbody></table>`;
    }
    list += `</section>`;
  }
  texts.push(...CATEGORIES.map((c) => t(`common:category.${c}`)));
  const listCss = embeddedFontCss(([400, 700] as const).flatMap((weight) => texts.map((text) => ({ text, weight }))));
  const css =
    `@page{size:${size};margin:10mm}` +
    `html,body{margin:0;background:#fff;color:#1d2330;font-family:${FONT_STACK}}` +
    `.chart{height:100vh;display:flex;align-items:center;justify-content:center;break-after:page}` +
    `.chart svg{display:block;width:auto;height:auto;max-width:100%;max-height:100%}` +
    `.chart.tall{height:auto;display:block}.chart.tall svg{width:100%;max-height:none}` +
    `.list,.notes{font-size:9pt}.notes+.notes{margin-block-start:12pt}.list{break-before:page}h1{font-size:14pt;margin:0 0 6pt}h2{font-size:11pt;margin:10pt 0 4pt}` +
    `.notes ol{columns:2;column-gap:18pt;margin:0;padding-inline-start:22pt;overflow-wrap:anywhere}.notes li{break-inside:avoid;margin-block-end:2pt}` +
    `table{border-collapse:collapse;width:100%}td{vertical-align:top;padding:3pt 5pt;border-bottom:0.5pt solid #d0d4da;text-align:start}` +
    `tr{break-inside:avoid}.date{white-space:nowrap;width:22%}.title{font-weight:700}.cat{color:#5b6270;font-size:8pt}` +
    `ol.sources{margin:0;padding-inline-start:18pt;overflow-wrap:anywhere}` +
    listCss;
  // A chart taller than the page runs on at full width (its type stays at its size) instead of shrinking to fit.
  const tall = chart.height / chart.width > PRINTABLE_RATIO[paper];
  const chartBlock = `<div class="chart${tall ? ' tall' : ''}">${chart.svg}</div>`;
  return `${PAGE_HEAD(model.language, model.rtl ? 'rtl' : 'ltr', css)}<body>${chartBlock}${list}</body></html>`;
}
