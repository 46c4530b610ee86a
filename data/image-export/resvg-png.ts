/**
 * PNG without a browser: the export's SVG rasterised by resvg with the bundled fonts only (no system font
 * can stand in). resvg reads font files, not @font-face rules, and picks one face per family: with the
 * @fontsource subsets (several files per family, one per Unicode range) it would draw a character missing
 * from the face it picked in whatever face has it, so a mixed Arabic/Latin line came out in wrong fonts.
 * So each subset is loaded under a family name of its own, and each text is split into runs by the face a
 * browser would use for each character (the same choice the layout measured with: fonts.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { faceFileFor, fontFilesFor, measureEm, type Weight } from './fonts';
import { visualRuns } from './bidi';
import { sfnt, woffToSfnt } from './woff';
import { encodePng } from './png-encode';

type FaceFile = ReturnType<typeof fontFilesFor>[number];

/** libuv's thread pool, where renderAsync draws, has four threads unless told otherwise. */
const BAND_COUNT = Math.min(4, os.availableParallelism());

const tagOf = (s: string) => s.split('').reduce((n, c) => n * 256 + c.charCodeAt(0), 0);

/** A 'name' table giving the font a family of its own (Windows Unicode records, as resvg's font database reads them). */
function nameTable(family: string, weight: Weight): Buffer {
  const subfamily = weight === 700 ? 'Bold' : 'Regular';
  const records: [number, string][] = [
    [1, family],
    [2, subfamily],
    [4, `${family} ${subfamily}`],
    [6, `${family.replace(/[^A-Za-z0-9-]/g, '')}-${subfamily}`],
    [16, family],
    [17, subfamily],
  ];
  const strings = records.map(([, text]) => Buffer.from(text, 'utf16le').swap16());
  const header = Buffer.alloc(6 + 12 * records.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  records.forEach(([id], i) => {
    const at = 6 + 12 * i;
    header.writeUInt16BE(3, at); // Windows
    header.writeUInt16BE(1, at + 2); // Unicode BMP
    header.writeUInt16BE(0x409, at + 4);
    header.writeUInt16BE(id, at + 6);
    header.writeUInt16BE(strings[i].length, at + 8);
    header.writeUInt16BE(offset, at + 10);
    offset += strings[i].length;
  });
  return Buffer.concat([header, ...strings]);
}

/** The subset as a TrueType file with its own family name, written once into a cache folder. */
function renamedFont(face: FaceFile, family: string): string {
  const dir = path.join(os.tmpdir(), 'bilateral-timelines-fonts');
  const file = path.join(dir, `${createHash('sha1').update(face.file).digest('hex').slice(0, 16)}.ttf`);
  if (!fs.existsSync(file)) {
    const woff = fs.readFileSync(face.file.replace(/\.woff2$/, '.woff'));
    const sfntFile = woffToSfnt(woff);
    const numTables = sfntFile.readUInt16BE(4);
    const tables: { tag: number; checksum: number; data: Buffer }[] = [];
    for (let i = 0; i < numTables; i++) {
      const at = 12 + 16 * i;
      const tag = sfntFile.readUInt32BE(at);
      const offset = sfntFile.readUInt32BE(at + 8);
      const length = sfntFile.readUInt32BE(at + 12);
      tables.push({ tag, checksum: sfntFile.readUInt32BE(at + 4), data: sfntFile.subarray(offset, offset + length) });
    }
    const name = tables.find((t) => t.tag === tagOf('name'));
    if (name) name.data = nameTable(family, face.weight);
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, sfnt(sfntFile.readUInt32BE(0), tables));
    fs.renameSync(tmp, file);
  }
  return file;
}

const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };
const mirror = (ch: string) => MIRRORED[ch] ?? ch;

const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const encode = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Renders the chart SVG (chart-svg.ts) to PNG bytes at `width` pixels. */
export async function resvgPng(svg: string, texts: { text: string; weight: Weight }[], width: number, transparent: boolean, bandCount = BAND_COUNT): Promise<Uint8Array> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const faces = fontFilesFor(texts);
  const familyOf = new Map(faces.map((f) => [f.file, `BT ${path.basename(f.file, '.woff2')}`]));
  const fontFiles = faces.map((f) => renamedFont(f, familyOf.get(f.file)!));
  // resvg drops a text whose runs of different fonts mix directions: each text is laid out here in visual
  // order (bidi.ts's levels), one <text> per direction run at its measured place, each split by face.
  const inFace = (file: string | null, text: string) => (file ? `<tspan font-family="${familyOf.get(file)}">${encode(text)}</tspan>` : encode(text));
  const split = svg.replace(/<text([^>]*)>([^<]*)<\/text>/g, (_, attrs: string, body: string) => {
    const weight: Weight = /font-weight="700"/.test(attrs) ? 700 : 400;
    const size = Number(/font-size="([\d.]+)"/.exec(attrs)?.[1] ?? 16);
    const rtl = /direction="rtl"/.test(attrs);
    const x = Number(/ x="([\d.-]+)"/.exec(attrs)?.[1] ?? 0);
    const text = decode(body);
    const runs = visualRuns(text, rtl);
    const total = runs.reduce((w, run) => w + measureEm(run.text, weight) * size, 0);
    let left = rtl ? x - total : x; // a right-to-left text's x is its right end (its start)
    const rest = attrs.replace(/ x="[^"]*"/, '').replace(/ direction="rtl"/, '').replace(/ style="unicode-bidi:embed"/, '');
    return runs
      .map((run) => {
        // Spaces at a run's ends are not drawn by resvg where the browser puts them: they become room instead.
        const lead = /^\s*/u.exec(run.text)![0];
        const trail = /\s*$/u.exec(run.text)![0];
        const core = run.text.slice(lead.length, run.text.length - trail.length);
        const before = measureEm(run.rtl ? trail : lead, weight) * size;
        // resvg also drops a line whose runs of different fonts mix directions, or hold a ligature ("fi", "ffl") beside some
        // faces ("ratifies …，2011年"): each face's piece is a text of its own, at its measured place, right to left in a
        // right-to-left run, where a piece without Arabic letters (punctuation, spaces) is drawn reversed and mirrored, as the
        // bidi algorithm shows it.
        let out = '';
        let at = left + before;
        const pieces = runsByFace(core, weight);
        for (const piece of run.rtl ? pieces.reverse() : pieces) {
          const shown = !run.rtl || /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(piece.text) ? piece.text : Array.from(piece.text).reverse().map(mirror).join('');
          out += `<text x="${at.toFixed(2)}" xml:space="preserve"${rest}>${inFace(piece.file, shown)}</text>`;
          at += measureEm(piece.text, weight) * size;
        }
        left += measureEm(run.text, weight) * size;
        return out;
      })
      .join('');
  });
  // The embedded @font-face data is for browsers; resvg reads the files above (and parsing megabytes of base64 is slow).
  const body = split.replace(/<style>[\s\S]*?<\/style>/, '');
  const options = {
    background: transparent ? undefined : '#ffffff',
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: familyOf.values().next().value ?? '' },
  };
  const bands = bandsOf(body, width, bandCount);
  const drawn = await Promise.all(bands.map(({ svg: band }) => renderAsync(band, { ...options, fitTo: { mode: 'width', value: width } })));
  // A band's height in pixels is rounded by resvg: each keeps the rows its cut gives it.
  const pixels = drawn.map((image, i) => (bands[i].rows ? image.pixels.subarray(0, bands[i].rows * width * 4) : image.pixels));
  // tiny-skia's pixels carry their colour premultiplied by alpha; on an opaque background every alpha is 255.
  return encodePng(pixels, width, transparent);
}

/**
 * The chart cut into horizontal bands, one per core (at most four, the thread pool's size), each its own
 * SVG whose viewBox shows its rows: resvg draws one image on one thread, and the bands are drawn at once.
 * Each cut lies on a pixel row of the output, so a band's pixels are those the whole image has there.
 */
export function bandsOf(svg: string, width: number, count = BAND_COUNT): { svg: string; rows: number }[] {
  const root = /<svg([^>]*?) width="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!root) return [{ svg, rows: 0 }];
  const [whole, rest, w] = root;
  const scale = width / Number(w);
  const rows = Math.round(Number(root[3]) * scale);
  const n = Math.max(1, Math.min(count, Math.floor(rows / 64)));
  const cuts = Array.from({ length: n + 1 }, (_, i) => Math.round((rows * i) / n));
  return cuts.slice(0, -1).map((top, i) => {
    const bandRows = cuts[i + 1] - top;
    const [y, h] = [top / scale, bandRows / scale];
    return { svg: svg.replace(whole, `<svg${rest} width="${w}" height="${h}" viewBox="0 ${y} ${w} ${h}"`), rows: bandRows };
  });
}

function runsByFace(text: string, weight: Weight): { file: string | null; text: string }[] {
  const runs: { file: string | null; text: string }[] = [];
  for (const ch of text) {
    // Invisible controls join the run they sit in, so that they never start a face of their own.
    const file = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u.test(ch) ? (runs.at(-1)?.file ?? null) : faceFileFor(ch.codePointAt(0)!, weight);
    const last = runs.at(-1);
    if (last && last.file === file) last.text += ch;
    else runs.push({ file, text: ch });
  }
  return runs;
}
