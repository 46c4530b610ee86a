/**
 * Text in an SVG laid out under Node: measured with the bundled fonts, truncated or wrapped to a width,
 * escaped for XML, and given its own direction (Arabic text reads right to left wherever it sits).
 * The writer remembers every text it drew, so that exactly the fonts they need are embedded.
 */
import { measureEm, type Weight } from './fonts';

// XML 1.0 cannot carry these at all, escaped or not; user text may contain them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** Direction of the first strong character, as dir="auto" decides (LRM and RLM are strong characters too). */
export function isRtl(text: string): boolean {
  const first = /[\p{L}\u200E\u200F]/u.exec(text);
  return !!first && (first[0] === '\u200F' || RTL_CHAR.test(first[0]));
}

/** A line that reads in the document's direction whatever script it starts with (a mark, as a paragraph's base direction). */
export function inDirection(text: string, rtl: boolean): string {
  return `${rtl ? '\u200F' : '\u200E'}${text}`;
}

export function textWidth(text: string, size: number, weight: Weight = 400): number {
  return measureEm(text, weight) * size;
}

/** The text, cut to fit `max` pixels with an ellipsis. */
export function truncate(text: string, size: number, weight: Weight, max: number): string {
  if (textWidth(text, size, weight) <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + '…', size, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('').trimEnd() + '…';
}

// Chinese breaks between any two characters; other scripts at spaces.
const TOKENS = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/gu;

/** Lines of at most `max` pixels; a word longer than a line (a URL) is broken between characters. */
export function wrap(text: string, size: number, weight: Weight, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
  };
  for (const token of text.match(TOKENS) ?? []) {
    if (textWidth(line + token.trimEnd(), size, weight) <= max) {
      line += token;
      continue;
    }
    push();
    if (textWidth(token.trimEnd(), size, weight) <= max) {
      line = token.trimStart();
      continue;
    }
    for (const ch of token) {
      if (textWidth(line + ch, size, weight) > max) push();
      line += ch;
    }
  }
  push();
  return lines;
}

export interface TextStyle {
  size: number;
  weight?: Weight;
  fill: string;
}

/** Accumulates SVG elements and the texts drawn. */
export class SvgWriter {
  readonly parts: string[] = [];
  readonly texts: { text: string; weight: Weight }[] = [];

  raw(element: string): void {
    this.parts.push(element);
  }

  /**
   * Text whose left edge is at `left` (whatever its direction); returns its width. The element goes to
   * `into` (a group being built elsewhere) or to this writer's own parts; the text is remembered either way.
   */
  text(left: number, baseline: number, text: string, style: TextStyle, attrs = '', into: string[] = this.parts): number {
    const weight = style.weight ?? 400;
    const width = textWidth(text, style.size, weight);
    const rtl = isRtl(text);
    this.texts.push({ text, weight });
    const x = rtl ? left + width : left;
    into.push(
      `<text x="${r(x)}" y="${r(baseline)}" font-size="${style.size}"${weight === 700 ? ' font-weight="700"' : ''} fill="${style.fill}"` +
        `${rtl ? ' direction="rtl" style="unicode-bidi:embed"' : ''}${attrs}>${escapeXml(text)}</text>`,
    );
    return width;
  }
}

/** Coordinates to two decimals: smaller files, no visible difference. */
export function r(n: number): string {
  return String(Math.round(n * 100) / 100);
}
