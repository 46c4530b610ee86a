/**
 * Numbers written as words, in English, Arabic and Chinese ("thirtieth", "الحادية والثلاثين", "三十二",
 * "خمس عشرة"): the years of an anniversary or of "N years ago". One module for dates.ts and patterns.ts.
 */
import { foldForMatch } from '../../shared/text/arabic';

const ZH_NUM: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** "三十二" → 32, "十五" → 15, "32" → 32. */
export function zhNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let unit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (unit || 1) * 100;
      unit = 0;
    } else if (ch === '十') {
      total += (unit || 1) * 10;
      unit = 0;
    } else unit = ZH_NUM[ch];
  }
  return total + unit;
}
/** English number words (cardinal and ordinal) → value. */
const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_ORD = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_TENS_ORD = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
function enNumber(word: string): number | null {
  const w = word.toLowerCase();
  const unit = (s: string) => (EN_UNITS.indexOf(s) >= 0 ? EN_UNITS.indexOf(s) : EN_ORD.indexOf(s));
  if (unit(w) >= 0) return unit(w);
  const tens = (s: string) => (EN_TENS.indexOf(s) >= 2 ? EN_TENS.indexOf(s) : EN_TENS_ORD.indexOf(s));
  if (tens(w) >= 2) return tens(w) * 10;
  const [a, b] = w.split('-');
  if (b && EN_TENS.indexOf(a) >= 2 && unit(b) > 0 && unit(b) < 10) return EN_TENS.indexOf(a) * 10 + unit(b);
  return null;
}
/** Arabic number words, cardinal and ordinal, masculine and feminine ("الحادية والثلاثين" → 31). */
const AR_UNITS: [string[], number][] = [
  [['واحد', 'واحده', 'الحادي', 'الحاديه', 'حادي', 'حاديه', 'الاول', 'الاولي', 'اول'], 1],
  [['اثنين', 'اثنان', 'اثنتين', 'الثاني', 'الثانيه', 'ثاني', 'ثانيه'], 2],
  [['ثلاث', 'ثلاثه', 'الثالث', 'الثالثه', 'ثالث', 'ثالثه'], 3],
  [['اربع', 'اربعه', 'الرابع', 'الرابعه', 'رابع', 'رابعه'], 4],
  [['خمس', 'خمسه', 'الخامس', 'الخامسه', 'خامس', 'خامسه'], 5],
  [['ست', 'سته', 'السادس', 'السادسه', 'سادس', 'سادسه'], 6],
  [['سبع', 'سبعه', 'السابع', 'السابعه', 'سابع', 'سابعه'], 7],
  [['ثماني', 'ثمانيه', 'ثمان', 'الثامن', 'الثامنه', 'ثامن', 'ثامنه'], 8],
  [['تسع', 'تسعه', 'التاسع', 'التاسعه', 'تاسع', 'تاسعه'], 9],
  [['عشر', 'عشره', 'العاشر', 'العاشره', 'عاشر', 'عاشره'], 10],
];
const AR_TENS: [string, number][] = [['عشرين', 20], ['عشرون', 20], ['ثلاثين', 30], ['ثلاثون', 30], ['اربعين', 40], ['اربعون', 40], ['خمسين', 50], ['خمسون', 50], ['ستين', 60], ['ستون', 60], ['سبعين', 70], ['سبعون', 70]];
function arWord(w: string): number | null {
  const bare = w.replace(/^و/, '').replace(/^ال(?=..)/, '');
  for (const [t, v] of AR_TENS) if (bare === t || w === t || w === `ال${t}`) return v;
  for (const [forms, v] of AR_UNITS) if (forms.includes(w) || forms.includes(bare) || forms.includes(`ال${bare}`)) return v;
  return null;
}
function arNumber(phrase: string): number | null {
  const words = foldForMatch(phrase).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const first = arWord(words[0]);
  if (first === null) return null;
  if (words.length === 1) return first;
  // "الحادية عشرة" = 11; "الحادية والثلاثين" = 31.
  if (words[1] === 'عشر' || words[1] === 'عشره') return first + 10;
  const second = arWord(words[1]);
  if (second !== null && second >= 20 && first < 10) return first + second;
  return first;
}

/** The number of years in an anniversary phrase: digits, or number words in English, Arabic or Chinese. */
export function yearsOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[a-z-]+$/.test(text)) return enNumber(text);
  if (/^[〇零一二两三四五六七八九十百]+$/.test(text)) return zhNumber(text);
  return arNumber(text);
}
