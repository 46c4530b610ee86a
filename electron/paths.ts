/**
 * Where the desktop app finds its parts: in a checkout (npm start) and in a packaged build.
 * Pure functions of their inputs so that they are tested under plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface AppLocations {
  rendererIndex: string;
  preload: string;
  datasetDir: string;
  /** The shared web page's viewer (viewer.js, viewer.css). */
  shareViewerDir: string;
  /** better_sqlite3.node built for Electron's ABI, when running from a checkout. */
  nativeBinding: string | undefined;
}

export const ELECTRON_NATIVE_DIR = '.electron-native';

export function electronNativeBinding(appRoot: string): string {
  return path.join(appRoot, ELECTRON_NATIVE_DIR, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

export function appLocations(opts: { appRoot: string; isPackaged: boolean; resourcesPath: string; exists?: (p: string) => boolean }): AppLocations {
  const exists = opts.exists ?? fs.existsSync;
  const native = electronNativeBinding(opts.appRoot);
  return {
    rendererIndex: path.join(opts.appRoot, 'dist', 'renderer', 'index.html'),
    preload: path.join(opts.appRoot, 'dist', 'electron', 'preload.cjs'),
    shareViewerDir: path.join(opts.appRoot, 'dist', 'share'),
    datasetDir: opts.isPackaged ? path.join(opts.resourcesPath, 'dataset') : path.join(opts.appRoot, 'data', 'dataset'),
    // Packaged builds have better-sqlite3 rebuilt for Electron in place by electron-builder.
    nativeBinding: !opts.isPackaged && exists(native) ? native : undefined,
  };
}
