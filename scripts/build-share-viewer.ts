/**
 * Bundles the shared web page's viewer (renderer/src/share-viewer) into dist/share/viewer.js and
 * viewer.css: one classic script and one stylesheet, which data/share/web-page.ts inlines in every page.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import { build } from 'esbuild';

export const VIEWER_ENTRY = path.resolve(import.meta.dirname, '..', 'renderer', 'src', 'share-viewer', 'main.ts');

export async function buildShareViewer(outDir: string): Promise<void> {
  await build({
    entryPoints: { viewer: VIEWER_ENTRY },
    outdir: outDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'none',
    // Fonts come from the page's own @font-face rules (only the faces its text needs); none from CSS imports.
    external: ['*.woff2', '*.woff'],
    // The page opens from file://: nothing may refer to another file.
    loader: { '.png': 'dataurl', '.svg': 'dataurl' },
    // import.meta.url names the build (the chart's label-width memory keeps widths per build): the viewer's, by its version.
    define: { 'import.meta.env.DEV': 'false', 'process.env.NODE_ENV': '"production"', 'import.meta.url': JSON.stringify(`share-viewer-${process.env.npm_package_version ?? ''}`) },
    logLevel: 'warning',
  });
  // Inlined in a <script> element, the bundle must not hold "<!--" or "</script" (they change how HTML reads
  // the element). They only occur inside string literals (vis-timeline's sanitiser), where \x3C means "<".
  const file = path.join(outDir, 'viewer.js');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/<(!--|\/script)/gi, '\\x3C$1'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = path.resolve(import.meta.dirname, '..', 'dist', 'share');
  await buildShareViewer(out);
  console.log(`Built ${path.relative(process.cwd(), out)}/viewer.js and viewer.css`);
}
