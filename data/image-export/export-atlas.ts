/**
 * An atlas image export from request to file: the atlas SVG, and for PNG and PDF the host's page renderer (the
 * same pipeline as a pair's timeline). The map prints on a landscape page, the tall matrix on a portrait one.
 */
import type { AtlasModel } from '../../shared/atlas/types';
import type { AtlasImageRequest } from '../../shared/api/calls/image';
import { IMAGE_MIME } from '../../shared/image-export';
import { ApiError } from '../../shared/api/errors';
import { atlasSvg } from './atlas-svg';
import { pngPage } from './pages';
import { FONT_STACK } from './fonts';
import type { HtmlRenderer } from './html-renderer';
import type { RenderedImage } from './export-image';

function pdfPage(svg: string, portrait: boolean, paper: 'a4' | 'letter', lang: string, rtl: boolean): string {
  const size = `${paper === 'letter' ? 'letter' : 'A4'} ${portrait ? 'portrait' : 'landscape'}`;
  const css =
    `@page{size:${size};margin:10mm}html,body{margin:0;background:#fff;font-family:${FONT_STACK}}` +
    `.chart{height:100vh;display:flex;align-items:center;justify-content:center}` +
    `.chart svg{display:block;width:auto;height:auto;max-width:100%;max-height:100%}`;
  return (
    `<!doctype html><html lang="${lang}" dir="${rtl ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">` +
    `<style>${css}</style></head><body><div class="chart">${svg}</div></body></html>`
  );
}

export async function renderAtlasImage(model: AtlasModel, req: AtlasImageRequest, renderer: HtmlRenderer | null, now = new Date()): Promise<RenderedImage> {
  const year = req.year ?? model.lastYear;
  if (year < model.firstYear || year > model.lastYear)
    throw ApiError.keyed('invalid_input', 'atlasYear', `The year must be between ${model.firstYear} and ${model.lastYear}.`, { from: model.firstYear, to: model.lastYear });
  const chart = atlasSvg(model, { view: req.view, year, language: req.language, digits: req.digits, background: req.format === 'pdf' ? 'white' : req.background, title: req.title, now });
  let data: Uint8Array;
  if (req.format === 'svg') {
    data = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n`, 'utf8');
  } else {
    if (!renderer) throw ApiError.keyed('unavailable', 'image.noRenderer', 'PNG and PDF export need a renderer, and none is available here; SVG export works.');
    data =
      req.format === 'png'
        ? await renderer.png(pngPage(chart), { width: chart.width, height: chart.height }, req.width / chart.width, req.background === 'transparent')
        : await renderer.pdf(pdfPage(chart.svg, req.view === 'matrix', req.paper, req.language, req.language === 'ar'), req.paper);
  }
  const fileName = `atlas-${req.view}${req.view === 'map' ? `-${year}` : `-${model.firstYear}-${model.lastYear}`}-${req.language}.${req.format}`;
  return { fileName, mimeType: IMAGE_MIME[req.format], bytes: data.byteLength, milestones: chart.countries, labelled: chart.countries, data };
}
