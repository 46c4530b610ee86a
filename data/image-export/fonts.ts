/**
 * The fonts exported images are drawn with: Noto Sans, IBM Plex Sans Arabic and Noto Sans SC, bundled through
 * their @fontsource packages (split by Unicode range, woff2). Text is measured here, under Node, with
 * fontkit (Arabic shaped, so joined forms measure right); the faces a document uses are embedded in it
 * as data: URLs, so an SVG, and the page PNG and PDF are rendered from, need nothing from the system.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { woffToSfnt } from './woff';

export type Weight = 400 | 700;
export const FONT_STACK = "'Noto Sans', 'IBM Plex Sans Arabic', 'Noto Sans SC', sans-serif";

interface Face {
  family: string;
  file: string;
  weight: Weight;
  ranges: [number, number][];
  rangeText: string;
}

/** Each family's package, file prefix and the subsets it is used for, in fallback order. */
const FAMILIES = [
  { family: 'Noto Sans', pkg: '@fontsource/noto-sans', prefix: 'noto-sans', subsets: (s: string) => !s.startsWith('[') },
  // Arabic from IBM Plex: its glyphs map back to letters in PDF text (Noto's dotless bases + dots come out as dotless letters).
  { family: 'IBM Plex Sans Arabic', pkg: '@fontsource/ibm-plex-sans-arabic', prefix: 'ibm-plex-sans-arabic', subsets: (s: string) => s === 'arabic' },
  { family: 'Noto Sans SC', pkg: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc', subsets: (s: string) => s.startsWith('[') },
];

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(a, 16);
    return [lo, b ? parseInt(b, 16) : lo];
  });
}

const requireHere = createRequire(import.meta.url);

function loadFaces(): Face[] {
  const faces: Face[] = [];
  for (const { family, pkg, prefix, subsets } of FAMILIES) {
    const dir = path.dirname(requireHere.resolve(`${pkg}/package.json`));
    const unicode = JSON.parse(fs.readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    for (const [subset, rangeText] of Object.entries(unicode)) {
      if (!subsets(subset)) continue;
      const name = subset.replace(/^\[(\d+)\]$/, '$1');
      for (const weight of [400, 700] as const) {
        const file = path.join(dir, 'files', `${prefix}-${name}-${weight}-normal.woff2`);
        if (fs.existsSync(file)) faces.push({ family, file, weight, ranges: parseRanges(rangeText), rangeText });
      }
    }
  }
  return faces;
}

let facesCache: Face[] | null = null;
const faces = () => (facesCache ??= loadFaces());
const inRanges = (cp: number, ranges: [number, number][]) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

const faceForCache = new Map<number, Face | null>();
/** The face a browser would pick for this character: the first family in the stack whose range has it. */
function faceFor(cp: number, weight: Weight): Face | null {
  const key = weight * 0x110000 + cp;
  let face = faceForCache.get(key);
  if (face === undefined) {
    face = faces().find((f) => f.weight === weight && inRanges(cp, f.ranges)) ?? null;
    faceForCache.set(key, face);
  }
  return face;
}

const fontCache = new Map<string, fontkit.Font>();
function fontOf(face: Face): fontkit.Font {
  let font = fontCache.get(face.file);
  if (!font) {
    // Measured from the subset's WOFF twin, unwrapped natively (see woff.ts): the same font, read fast.
    font = fontkit.create(woffToSfnt(fs.readFileSync(face.file.replace(/\.woff2$/, '.woff')))) as fontkit.Font;
    fontCache.set(face.file, font);
  }
  return font;
}

const BIDI_CONTROL = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const advanceCache = new Map<Face, Map<number, number>>();
const runCache = new Map<string, number>();

/** Width of `text` in em units (multiply by the font size). */
export function measureEm(text: string, weight: Weight = 400): number {
  let width = 0;
  let run = '';
  let runFace: Face | null = null;
  const flush = () => {
    if (run && runFace) width += runWidth(run, runFace);
    run = '';
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (BIDI_CONTROL.test(ch)) continue; // invisible: marks, embeddings and isolates
    const face = faceFor(cp, weight);
    if (!face) {
      flush();
      width += 0.6; // no bundled glyph: the system's fallback draws it, at about this width
      continue;
    }
    if (face !== runFace) flush();
    runFace = face;
    run += ch;
  }
  flush();
  return width;
}

function runWidth(run: string, face: Face): number {
  const font = fontOf(face);
  if (ARABIC.test(run)) {
    // Shaped as a whole: Arabic letters change form (and width) with their neighbours.
    const key = `${face.file}|${run}`;
    let w = runCache.get(key);
    if (w === undefined) {
      w = font.layout(run).advanceWidth / font.unitsPerEm;
      runCache.set(key, w);
    }
    return w;
  }
  let advances = advanceCache.get(face);
  if (!advances) advanceCache.set(face, (advances = new Map()));
  let w = 0;
  for (const ch of run) {
    const cp = ch.codePointAt(0)!;
    let a = advances.get(cp);
    if (a === undefined) {
      a = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
      advances.set(cp, a);
    }
    w += a;
  }
  return w;
}

const ruleCache = new Map<Face, string>();
/** The face's @font-face rule, its file read and encoded once per process (every export embeds it). */
function fontFaceRule(f: Face): string {
  let rule = ruleCache.get(f);
  if (!rule) {
    rule =
      `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};` +
      `src:url(data:font/woff2;base64,${fs.readFileSync(f.file).toString('base64')}) format('woff2');unicode-range:${f.rangeText}}`;
    ruleCache.set(f, rule);
  }
  return rule;
}

function facesUsed(texts: Iterable<{ text: string; weight: Weight }>): Set<Face> {
  const used = new Set<Face>();
  for (const { text, weight } of texts) {
    for (const ch of text) {
      const face = faceFor(ch.codePointAt(0)!, weight);
      if (face) used.add(face);
    }
  }
  return used;
}

/** @font-face rules, with the font data inline, for exactly the faces the given texts (at their weights) need. */
export function embeddedFontCss(texts: Iterable<{ text: string; weight: Weight }>): string {
  return [...facesUsed(texts)].map(fontFaceRule).join('\n');
}

/** The woff2 files of the faces the given texts need, each with its family, weight and Unicode ranges (for a rasteriser that reads font files). */
export function fontFilesFor(texts: Iterable<{ text: string; weight: Weight }>): { family: string; weight: Weight; file: string; ranges: [number, number][] }[] {
  return [...facesUsed(texts)].map(({ family, weight, file, ranges }) => ({ family, weight, file, ranges }));
}

/** The file of the face a browser would draw this character with (null: no bundled face has it). */
export function faceFileFor(cp: number, weight: Weight): string | null {
  return faceFor(cp, weight)?.file ?? null;
}
