/**
 * People an article introduces with a title below the leaders ("ليو قوه تشونغ، نائب رئيس مجلس الدولة",
 * "Foreign Minister Wang Yi", "外长王毅"): news names them by title once, then by name only ("وخلال زيارته،
 * عقد ليو … محادثات"), so their later visits and talks are below the leaders too.
 */
import { LOW_RANK, REGIONAL, TALKS, VISIT } from './patterns';
import type { Sentence } from './segment';

/** Words of a title, its country or its role: "وزير الخارجية الصيني الزائر" before the name. */
// (…and prepositions: "محادثات مع دنياغوزيل غولمانوفا، رئيسة …" names her, not "مع".)
const AR_TITLE_WORDS = new Set(['رئيس', 'مجلس', 'الدوله', 'عضو', 'وزير', 'نائب', 'للشؤون', 'لشؤون', 'لدي', 'في', 'و', 'هو', 'وهو', 'ايضا', 'مساعد', 'المساعد', 'مع', 'من', 'الي', 'علي', 'عن', 'بين']);
/** An event word is no name ("كبير المشرعين الصينيين يجري محادثات …": the words after the title are the headline's verb and noun). */
const eventWord = (k: string) => [TALKS.strong, TALKS.weak, VISIT.strong, VISIT.weak].some((re) => { re.lastIndex = 0; const m = re.exec(k); return m !== null && m[0].length >= k.length - 1; }) || /^(?:[وف])?(?:يجري|تجري|اجري|اجرت|يعقد|عقد)$/.test(k);
const EN_TITLE = /\b(?:foreign minister|minister|vice president|vice-president|vice premier|vice-premier|deputy prime minister|ambassador|special envoy|envoy|secretary)\s+((?:[A-Z][a-z'-]+\s?){1,3})/gi;
const EN_APPOSITIVE = /((?:[A-Z][a-z'-]+\s){1,2}[A-Z][a-z'-]+),\s+(?:the\s+)?(?:chinese\s+|china's\s+)?(?:foreign minister|minister|vice president|vice premier|ambassador|special envoy|deputy)/gi;

function arabicNameAfter(after: string): string[] {
  const words: string[] = [];
  for (const w of after.trim().split(/\s+/)) {
    if (/[،,.:؛()]/.test(w)) {
      const clean = w.replace(/[،,.:؛()].*$/, '');
      if (clean && words.length < 2 && !clean.startsWith('ال') && !AR_TITLE_WORDS.has(clean)) words.push(clean);
      break;
    }
    if (words.length === 0 && (w.startsWith('ال') || AR_TITLE_WORDS.has(w))) continue;
    if (w.startsWith('ال') || AR_TITLE_WORDS.has(w) || words.length === 2) break;
    words.push(w);
  }
  return words;
}

/** A regex matching (in folded text) the names of the article's people below the leaders, or null. */
export function lowRankNames(list: Sentence[], isLeaderOrCountry: (word: string) => boolean): RegExp | null {
  const keys = new Set<string>();
  for (const s of list) {
    const f = s.folded;
    LOW_RANK.lastIndex = 0;
    REGIONAL.lastIndex = 0;
    for (const m of [...f.matchAll(LOW_RANK), ...f.matchAll(REGIONAL)]) {
      if (!/[\u0621-\u064a]/.test(m[0])) continue;
      // "ليو قوه تشونغ، نائب …": the name just before, set off by a comma.
      const before = /((?:[\u0621-\u064a]+ ){0,2}[\u0621-\u064a]+)\s*[،,]\s*$/.exec(f.slice(Math.max(0, m.index - 40), m.index));
      if (before) for (const w of before[1].split(' ')) keys.add(w);
      // "وزير الخارجية الصيني الزائر وانغ يي": the name after the title's words.
      for (const w of arabicNameAfter(f.slice(m.index + m[0].length, m.index + m[0].length + 80))) keys.add(w);
    }
    for (const m of f.matchAll(/(?:外长|部长|副主席|副总理|副总统|大使|特使|书记)(\p{Script=Han}{2})/gu)) keys.add(m[1]);
    for (const re of [EN_TITLE, EN_APPOSITIVE]) for (const m of s.text.matchAll(re)) for (const w of m[1].trim().split(/\s+/)) if (/^[A-Z]/.test(w)) keys.add(w.toLowerCase());
  }
  const good = [...keys].filter((k) => (/^[a-z]/.test(k) ? k.length >= 3 : k.length >= 2) && !AR_TITLE_WORDS.has(k) && !eventWord(k) && !/^(?:the|chinese|china|foreign|minister|vice|president|premier)$/.test(k) && !isLeaderOrCountry(k));
  if (!good.length) return null;
  const esc = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    good.map((k) => (/^[a-z]/.test(k) ? `\\b${esc(k)}\\b` : /^[\u0621-\u064a]/.test(k) ? `(?<![\\u0621-\\u064a])${esc(k)}(?![\\u0621-\\u064a])` : esc(k))).join('|'),
    'g',
  );
}
