/**
 * The partnership ladders the extractor maps a level named in a text to: per pair, each rung's key and
 * names. From the database in the app (handlers/article.ts), from the bundled dataset for scoring.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Rung {
  key: string;
  names: string[];
}
export type Ladders = Record<string, Rung[]>;

let bundled: Ladders | null = null;

export function bundledLadders(): Ladders {
  if (bundled) return bundled;
  // Resolved on use, not at load: the Electron main bundle is CommonJS, where import.meta is empty, and it never scores.
  const PAIRS_DIR = path.join(import.meta.dirname, '..', 'dataset', 'pairs');
  const out: Ladders = {};
  for (const file of fs.readdirSync(PAIRS_DIR).filter((f) => f.endsWith('.json'))) {
    const pair = JSON.parse(fs.readFileSync(path.join(PAIRS_DIR, file), 'utf8')) as { pair: string; ladder: { key: string; name: Record<string, string> }[] };
    out[pair.pair] = pair.ladder.map((l) => ({ key: l.key, names: Object.values(l.name) }));
  }
  bundled = out;
  return out;
}
