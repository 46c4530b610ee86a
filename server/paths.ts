import path from 'node:path';

/** Where things are in a checkout of the repository. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const DATASET_DIR = path.join(REPO_ROOT, 'data', 'dataset');
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist', 'renderer');
/** The shared web page's viewer (scripts/build-share-viewer.ts). */
export const SHARE_VIEWER_DIST = path.join(REPO_ROOT, 'dist', 'share');
