import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { appLocations, electronNativeBinding } from './paths';

describe('desktop app locations', () => {
  it('in a checkout: built renderer and preload, the dataset folder, the Electron build of better-sqlite3 when present', () => {
    const root = path.join('/', 'repo');
    const where = appLocations({ appRoot: root, isPackaged: false, resourcesPath: '/unused', exists: (p) => p === electronNativeBinding(root) });
    expect(where.rendererIndex).toBe(path.join(root, 'dist', 'renderer', 'index.html'));
    expect(where.preload).toBe(path.join(root, 'dist', 'electron', 'preload.cjs'));
    expect(where.datasetDir).toBe(path.join(root, 'data', 'dataset'));
    expect(where.nativeBinding).toBe(electronNativeBinding(root));
  });

  it('without the Electron build, falls back to the package binding; packaged, reads the dataset from resources', () => {
    expect(appLocations({ appRoot: '/repo', isPackaged: false, resourcesPath: '/r', exists: () => false }).nativeBinding).toBeUndefined();
    const packaged = appLocations({ appRoot: '/app.asar', isPackaged: true, resourcesPath: '/res', exists: () => true });
    expect(packaged.datasetDir).toBe(path.join('/res', 'dataset'));
    expect(packaged.nativeBinding).toBeUndefined();
  });
});
