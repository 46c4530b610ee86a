/** Handlers of the image export call (shared/api/calls/image.ts). */
import type { HandlersFor } from '../../shared/api/define';
import type { imageCalls } from '../../shared/api/calls/image';
import type { Db } from '../db/open';
import type { HtmlRenderer } from '../image-export/html-renderer';
import { renderImage } from '../image-export/export-image';
import { renderAtlasImage } from '../image-export/export-atlas';
import { atlasModelOf } from '../image-export/atlas-model-source';

export interface ImageContext {
  db: Db;
  /** PNG and PDF need one (the host's); without it only SVG can be exported. */
  renderer?: HtmlRenderer;
}

export function imageHandlers(ctx: ImageContext): HandlersFor<typeof imageCalls> {
  return {
    exportImage: async (req) => {
      const { data, ...file } = await renderImage(ctx.db, req, ctx.renderer ?? null);
      return { ...file, base64: Buffer.from(data).toString('base64') };
    },
    exportAtlasImage: async (req) => {
      const { data, ...file } = await renderAtlasImage(atlasModelOf(ctx.db), req, ctx.renderer ?? null);
      return { ...file, base64: Buffer.from(data).toString('base64') };
    },
  };
}
