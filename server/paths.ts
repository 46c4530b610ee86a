import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root: the first folder up from this module with a package.json (server/ from source, dist/server/ when bundled). */
function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** Where things are in a checkout of the repository. */
export const REPO_ROOT = repoRoot();
export const DATASET_DIR = path.join(REPO_ROOT, 'data', 'dataset');
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist', 'renderer');
/** The shared web page's viewer (scripts/build-share-viewer.ts). */
export const SHARE_VIEWER_DIST = path.join(REPO_ROOT, 'dist', 'share');
