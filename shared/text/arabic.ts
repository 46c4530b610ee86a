/**
 * Arabic folding for matching (search, article extraction): two spellings of the same word that differ
 * only in diacritics (tashkeel), tatweel, the hamza seat of alef, alef maqsura vs yaa, or taa marbuta
 * vs haa fold to the same string. Only for comparing: text is always stored and shown as written.
 */

// Harakat, tanween, shadda, sukun, Quranic marks, superscript alef; tatweel: removed.
const REMOVED = '[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]';
/** Each letter folded to the one it is matched as. */
const FOLDED: Record<string, string> = {
  '\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627', '\u0672': '\u0627', '\u0673': '\u0627', // آ أ إ ٱ ٲ ٳ → ا
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
};
/**
 * Every character folding changes, in one pattern: one pass over the text, not one per rule (the rules touch
 * disjoint single characters and none yields a character another rule changes, so the order never mattered).
 */
const ARABIC_FOLD = new RegExp(`${REMOVED}|[${Object.keys(FOLDED).join('')}]`, 'g');
const HAS_ARABIC_FOLD = new RegExp(ARABIC_FOLD.source);

export function foldArabic(text: string): string {
  const nfc = text.normalize('NFC');
  return HAS_ARABIC_FOLD.test(nfc) ? nfc.replace(ARABIC_FOLD, (c) => FOLDED[c] ?? '') : nfc;
}

/** Plain ASCII (most of an index's text): folding it is only lower case, one code unit for one. */
export function isPlainAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/**
 * Text made only of characters that decomposition, accent removal and composition leave as they are, one
 * by one and in any sequence (none combines, none has a compatibility form): ASCII, Arabic letters and
 * digits once folded, CJK ideographs and punctuation. Folding it is only lower case. arabic.test.ts checks
 * the set against Unicode and the result against the full folding.
 */
const STABLE_CHARS = '\\x00-\\x7f\\u0621\\u0627-\\u064a\\u0660-\\u066f\\u3001-\\u3029\\u3030-\\u3035\\u3400-\\u4dbf\\u4e00-\\u9fff';
const STABLE = new RegExp(`^[${STABLE_CHARS}]*$`);
/** The same once the Arabic letters are folded: the alef, waw and yaa with hamza or madda are composed already, and compose with nothing. */
const STABLE_ONCE_FOLDED = new RegExp(`^[${STABLE_CHARS}\\u0622-\\u0626\\u0671-\\u0673]*$`);

/** Folding for any language: Arabic as above, Latin case and accents folded, Chinese untouched. */
export function foldForMatch(text: string): string {
  // Skip the Unicode work where lower case is all there is to do.
  if (isPlainAscii(text)) return text.toLowerCase();
  if (STABLE_ONCE_FOLDED.test(text)) return text.replace(ARABIC_FOLD, (c) => FOLDED[c] ?? '').toLowerCase();
  const arabic = foldArabic(text);
  if (STABLE.test(arabic)) return arabic.toLowerCase();
  return arabic
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(text);
}
