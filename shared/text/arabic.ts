/**
 * Arabic folding for matching (search, article extraction): two spellings of the same word that differ
 * only in diacritics (tashkeel), tatweel, the hamza seat of alef, alef maqsura vs yaa, or taa marbuta
 * vs haa fold to the same string. Only for comparing: text is always stored and shown as written.
 */

// Harakat, tanween, shadda, sukun, Quranic marks, superscript alef.
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g; // آ أ إ ٱ ٲ ٳ → ا
const ALEF_MAQSURA = /\u0649/g; // ى → ي
const TAA_MARBUTA = /\u0629/g; // ة → ه
const HAMZA_ON_WAW = /\u0624/g; // ؤ → و
const HAMZA_ON_YAA = /\u0626/g; // ئ → ي

export function foldArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(TASHKEEL, '')
    .replace(TATWEEL, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(ALEF_MAQSURA, '\u064A')
    .replace(TAA_MARBUTA, '\u0647')
    .replace(HAMZA_ON_WAW, '\u0648')
    .replace(HAMZA_ON_YAA, '\u064A');
}

/** Folding for any language: Arabic as above, Latin case and accents folded, Chinese untouched. */
/** Plain ASCII (most of an index's text): folding it is only lower case, one code unit for one. */
export function isPlainAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

export function foldForMatch(text: string): string {
  // Skip the Unicode work where lower case is all there is to do.
  if (isPlainAscii(text)) return text.toLowerCase();
  return foldArabic(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(text);
}
