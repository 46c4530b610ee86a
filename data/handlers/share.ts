/** Handlers of the share call (shared/api/calls/share.ts). */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/open';
import type { HandlersFor } from '../../shared/api/define';
import type { shareCalls } from '../../shared/api/calls/share';
import { ApiError } from '../../shared/api/errors';
import { collectPage } from '../share/collect';
import { buildWebPage, type ViewerBundle } from '../share/web-page';
import { dateStamp } from '../exchange/export-file';

export interface ShareContext {
  db: Db;
  /** The built viewer (viewer.js and viewer.css, from `npm run build`); the host says where it is. */
  shareViewerDir?: string;
}

export const VIEWER_FILES = { script: 'viewer.js', css: 'viewer.css' } as const;

function readViewer(dir: string | undefined): ViewerBundle {
  const read = (name: string) => (dir ? fs.readFileSync(path.join(dir, name), 'utf8') : null);
  try {
    const script = read(VIEWER_FILES.script);
    const css = read(VIEWER_FILES.css);
    if (script !== null && css !== null) return { script, css };
  } catch {
    // Not built: said below.
  }
  throw ApiError.keyed('unavailable', 'share.noViewer', 'Web pages cannot be written: the page viewer is not built (run npm run build).');
}

export function shareHandlers(ctx: ShareContext): HandlersFor<typeof shareCalls> {
  let viewer: ViewerBundle | null = null;
  return {
    exportWebPage: (req) => {
      const page = collectPage(ctx.db, req);
      viewer ??= readViewer(ctx.shareViewerDir);
      const text = buildWebPage(page, viewer);
      const stem = req.scope.kind === 'story' ? `story-${req.scope.id}` : req.scope.pairIds.join('_');
      const milestones = new Set(page.timelines.flatMap((t) => t.milestones.map((m) => m.id))).size;
      return { fileName: `bilateral-timelines-${stem}-${req.language}-${dateStamp()}.html`, mimeType: 'text/html', text, bytes: Buffer.byteLength(text), milestones };
    },
  };
}
