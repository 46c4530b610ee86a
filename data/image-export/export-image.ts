/** An image export from request to file: the model, the SVG, and for PNG/PDF the host's page renderer. */
import type { Db } from '../db/open';
import type { ImageExportRequest } from '../../shared/api/calls/image';
import { IMAGE_MIME, defaultNotePlacement, type ImageFile, type NotePlacement, type PaperSize } from '../../shared/image-export';
import { ApiError } from '../../shared/api/errors';
import { buildChartModel, type ChartModel, type CiteSource } from './model';
import { chartSvg, type ChartSvg } from './chart-svg';
import { PRINTABLE_RATIO, pdfPage, pngPage } from './pages';
import type { HtmlRenderer } from './html-renderer';

/** The file and its bytes; each transport encodes them as it needs. */
export interface RenderedImage extends Omit<ImageFile, 'base64'> {
  data: Uint8Array;
}

/**
 * The PDF's chart is laid out at a width where its smallest text (11 px) prints at 8 pt or more across the
 * page's printable width (297 or 279 mm less 20 mm of margins), and with few enough rows to fit its height.
 */
const PDF_LAYOUT_WIDTH: Record<PaperSize, number> = { a4: 1060, letter: 1000 };

/**
 * The PDF's chart: as many label rows as still fit one page (its key and notes print as text on the next
 * pages). A chart too tall even with two rows a pair (a comparison of many pairs) runs on over pages at
 * full width rather than shrink its type below 8 pt.
 */
function pdfChart(model: ChartModel, paper: PaperSize, placement: NotePlacement): ChartSvg {
  const width = PDF_LAYOUT_WIDTH[paper];
  const pageHeight = width * PRINTABLE_RATIO[paper];
  const notes = placement === 'page' ? 'none' : placement;
  let chart: ChartSvg | null = null;
  for (let rows = model.pairs.length > 1 ? 12 : 24; rows >= 2; rows -= model.pairs.length > 1 ? 1 : 2) {
    chart = chartSvg(model, 'white', { notes, key: false, width, maxRows: rows });
    if (chart.height <= pageHeight) break;
  }
  return chart!;
}

const slug = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Notes in a citation style: citation-js is loaded only for such an export. */
async function citer(req: ImageExportRequest): Promise<CiteSource | undefined> {
  if (req.notesStyle === 'short') return undefined;
  const style = req.notesStyle;
  const [{ formatCitations }, { sourceToCsl }] = await Promise.all([import('../citations/format'), import('../citations/csl-items')]);
  return (s) => formatCitations([sourceToCsl({ id: 0, ...s, date: s.date ?? null, url: s.url ?? null })], style, req.language)[0].entry;
}

export async function renderImage(db: Db, req: ImageExportRequest, renderer: HtmlRenderer | null, now = new Date()): Promise<RenderedImage> {
  const model = buildChartModel(db, req, now, await citer(req));
  const placement = req.notesPlacement ?? defaultNotePlacement(req.format);
  const chart = req.format === 'pdf' ? pdfChart(model, req.paper, placement) : chartSvg(model, req.background, { notes: placement === 'line' ? 'line' : 'image' });
  let data: Uint8Array;
  if (req.format === 'svg' || req.preview) {
    data = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n`, 'utf8');
  } else {
    const transparent = req.background === 'transparent';
    if (req.format === 'png' && !renderer) {
      // No page renderer on this host: resvg draws the same SVG with the bundled fonts, here (resvg-png.ts).
      const { resvgPng } = await import('./resvg-png');
      data = await resvgPng(chart.svg, chart.texts, req.width, transparent);
    } else if (!renderer) throw ApiError.keyed('unavailable', 'image.noPdfRenderer', 'PDF export needs a page renderer, and none is available here; PNG and SVG export work.');
    else
      data =
        req.format === 'png'
          ? await renderer.png(pngPage(chart), { width: chart.width, height: chart.height }, req.width / chart.width, transparent)
          : await renderer.pdf(pdfPage(model, chart, req.paper, req.sourcesPage, placement === 'page'), req.paper);
  }
  const years = [model.from, model.to - 1].map((ms) => new Date(ms).getUTCFullYear());
  const period = req.from || req.to ? `${years[0]}-${years[1]}` : 'all';
  const fileName = `${slug(req.pairIds.join(' '))}-${period}.${req.format}`;
  return {
    fileName,
    mimeType: IMAGE_MIME[req.preview ? 'svg' : req.format],
    bytes: data.byteLength,
    milestones: chart.milestones,
    labelled: chart.labelled,
    data,
  };
}
