/** An image export from request to file: the model, the SVG, and for PNG/PDF the host's page renderer. */
import type { Db } from '../db/open';
import type { ImageExportRequest } from '../../shared/api/calls/image';
import { IMAGE_MIME, type ImageFile } from '../../shared/image-export';
import { ApiError } from '../../shared/api/errors';
import { buildChartModel, type CiteSource } from './model';
import { chartSvg } from './chart-svg';
import { pdfPage, pngPage } from './pages';
import type { HtmlRenderer } from './html-renderer';

/** The file and its bytes; each transport encodes them as it needs. */
export interface RenderedImage extends Omit<ImageFile, 'base64'> {
  data: Uint8Array;
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
  const chart = req.format === 'pdf' ? chartSvg(model, 'white', { notes: false }) : chartSvg(model, req.background);
  let data: Uint8Array;
  if (req.format === 'svg') {
    data = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n`, 'utf8');
  } else {
    if (!renderer) throw ApiError.keyed('unavailable', 'image.noRenderer', 'PNG and PDF export need a renderer, and none is available here; SVG export works.');
    data =
      req.format === 'png'
        ? await renderer.png(pngPage(chart), { width: chart.width, height: chart.height }, req.width / chart.width, req.background === 'transparent')
        : await renderer.pdf(pdfPage(model, chart, req.paper, req.sourcesPage), req.paper);
  }
  const years = [model.from, model.to - 1].map((ms) => new Date(ms).getUTCFullYear());
  const period = req.from || req.to ? `${years[0]}-${years[1]}` : 'all';
  const fileName = `${slug(req.pairIds.join(' '))}-${period}.${req.format}`;
  return {
    fileName,
    mimeType: IMAGE_MIME[req.format],
    bytes: data.byteLength,
    milestones: chart.milestones,
    labelled: chart.labelled,
    data,
  };
}
