/**
 * Enough of the Unicode bidirectional algorithm for one line of an exported chart: each character's
 * embedding level (strong letters, European digits and neutrals, with isolates FSI…PDI taking the
 * direction of their first strong character), then the runs in visual order, left to right. For a
 * rasteriser that cannot reorder a line mixing directions across fonts (resvg-png.ts).
 */
const R = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const L = /[\p{L}\p{M}]/u;
const DIGIT = /[0-9]/;
const CONTROL = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

type Kind = 'R' | 'L' | 'EN' | 'N';
const kindOf = (ch: string): Kind => (R.test(ch) ? 'R' : DIGIT.test(ch) ? 'EN' : L.test(ch) ? 'L' : 'N');

/** Levels of the characters of `chars` in a paragraph of the given base direction (0 LTR, 1 RTL). */
function levels(chars: string[], base: 0 | 1): number[] {
  const out: number[] = new Array(chars.length).fill(base);
  // Isolates: the text between FSI (or LRI/RLI) and PDI is a paragraph of its own, at one level above.
  let i = 0;
  const resolve = (from: number, to: number, dir: 0 | 1, level: number) => {
    const kinds = chars.slice(from, to).map(kindOf);
    // European digits after Arabic letters behave as Arabic numbers: LTR inside, placed in the RTL flow.
    let lastStrong: Kind = dir ? 'R' : 'L';
    const strong: ('L' | 'R' | null)[] = kinds.map((k) => {
      if (k === 'R' || k === 'L') return (lastStrong = k);
      if (k === 'EN') return lastStrong === 'R' ? 'R' : 'L';
      return null;
    });
    for (let k = 0; k < kinds.length; k++) {
      let s = strong[k];
      if (s === null) {
        // A neutral takes the direction around it when both sides agree, else the paragraph's.
        let a: 'L' | 'R' = dir ? 'R' : 'L';
        for (let j = k - 1; j >= 0; j--) if (strong[j]) { a = strong[j]!; break; }
        let b: 'L' | 'R' = dir ? 'R' : 'L';
        for (let j = k + 1; j < kinds.length; j++) if (strong[j]) { b = strong[j]!; break; }
        s = a === b ? a : dir ? 'R' : 'L';
      }
      const isDigit = kinds[k] === 'EN';
      let lv = level;
      if (level % 2 === 0) lv = isDigit && strong[k] === 'R' ? level + 2 : s === 'R' ? level + 1 : level;
      else lv = s === 'L' || isDigit ? level + 1 : level;
      out[from + k] = lv;
    }
  };
  // Split at isolates (one depth is all the export writes).
  const segments: { from: number; to: number; isolate: boolean }[] = [];
  let start = 0;
  for (; i < chars.length; i++) {
    if (/[\u2066-\u2068]/.test(chars[i])) {
      if (i > start) segments.push({ from: start, to: i, isolate: false });
      const end = chars.indexOf('\u2069', i);
      const to = end === -1 ? chars.length : end;
      segments.push({ from: i + 1, to, isolate: true });
      i = to;
      start = to + 1;
    }
  }
  if (start < chars.length) segments.push({ from: start, to: chars.length, isolate: false });
  // Outside isolates: the outer paragraph's rules (isolates count as neutrals there).
  const outer = chars.map((c, k) => (segments.some((s) => s.isolate && k >= s.from && k < s.to) ? '\u0020' : c));
  const saved = chars.slice();
  chars.splice(0, chars.length, ...outer);
  resolve(0, chars.length, base, base);
  chars.splice(0, chars.length, ...saved);
  for (const seg of segments.filter((s) => s.isolate)) {
    const first = chars.slice(seg.from, seg.to).map(kindOf).find((k) => k === 'R' || k === 'L');
    const dir: 0 | 1 = first === 'R' ? 1 : 0;
    // The isolate sits at the level its own direction needs above the outer base.
    const level = base % 2 === dir ? base : base + 1;
    resolve(seg.from, seg.to, dir, dir === 1 && level % 2 === 0 ? level + 1 : level);
  }
  return out;
}

/** The line's runs of one level, in visual order from left to right, each in logical order inside. */
export function visualRuns(text: string, rtl: boolean): { text: string; rtl: boolean }[] {
  const chars = Array.from(text).filter((c) => !/[\u200E\u200F]/.test(c));
  const base: 0 | 1 = rtl ? 1 : 0;
  const lv = levels(chars, base);
  const keep = chars.map((c) => !CONTROL.test(c));
  const items = chars.map((ch, k) => ({ ch, level: lv[k] })).filter((_, k) => keep[k]);
  // Rule L2: from the highest level down to the lowest odd one, reverse every run at that level or above.
  const order = items.map((_, k) => k);
  const max = Math.max(base, ...items.map((x) => x.level));
  const minOdd = Math.min(...items.map((x) => x.level).filter((l) => l % 2 === 1), Infinity);
  for (let level = max; level >= minOdd && level >= 1; level--) {
    for (let k = 0; k < order.length; ) {
      if (items[order[k]].level < level) {
        k++;
        continue;
      }
      let e = k;
      while (e < order.length && items[order[e]].level >= level) e++;
      order.splice(k, e - k, ...order.slice(k, e).reverse());
      k = e;
    }
  }
  // Group visually adjacent characters of one level; an odd run's characters go back to logical order.
  const runs: { text: string; rtl: boolean; level: number }[] = [];
  for (const k of order) {
    const { ch, level } = items[k];
    const last = runs.at(-1);
    if (last && last.level === level) last.text = level % 2 ? ch + last.text : last.text + ch;
    else runs.push({ text: ch, rtl: level % 2 === 1, level });
  }
  return runs.map(({ text: t, rtl: r }) => ({ text: t, rtl: r }));
}
