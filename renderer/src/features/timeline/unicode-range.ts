/** Whether `text` holds a character of a CSS unicode-range ("U+0-FF, U+131, U+4??"). */
export function coversAny(unicodeRange: string, text: string): boolean {
  const ranges = unicodeRange.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(to.replace(/\?/g, 'F'), 16)];
  });
  for (const ch of new Set(text)) {
    const code = ch.codePointAt(0)!;
    if (ranges.some(([a, b]) => code >= a && code <= b)) return true;
  }
  return false;
}
