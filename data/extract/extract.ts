/**
 * The rule-based article extractor. The text is cut into sentences and clauses (segment.ts); in each
 * sentence it finds the countries (gazetteer.ts), every date expression (dates.ts) and the words that
 * name an event (patterns.ts); each event takes the date of its own clause, is marked planned when the
 * text gives it as future or intended, and gets a confidence with its reasons. Pure: no database
 * (handlers/article.ts checks duplicates and anniversaries).
 */
import { foldForMatch } from '../../shared/text/arabic';
import { KIND_CATEGORY, type ArticleMeta, type Candidate, type CandidateKind, type Reason } from '../../shared/article';
import type { PartialDate } from '../../shared/dates';
import { CITIES, COUNTRIES, NOT_A_PLACE_AFTER, OTHER_COUNTRIES, PUBLISHERS, ZH_PAIR_ABBREVIATIONS } from './gazetteer';
import {
  ANNIVERSARY, AR_FUTURE, BOTH_SIDES, DEEPEN, DOCUMENTS, ESTABLISH, AIRPORT, ESTABLISH_ANY, FORMER, FORUMS, HIGHER_LEVEL, HISTORY, LEVEL_CHANGE, LEVEL_FEATURES, LOW_RANK, NOT_EVENT_DATE, PARTNERSHIP_WORD, PLANNED, REGIONAL,
  PROJECT_EVENT, PROJECT_NOUN, RELATIONS, REMOTE, SIGNED, SUMMIT, TALKS, THREE_PARTIES, VISIT, phrases, yearsOf,
} from './patterns';
import { asciiDigits, datelineDate, datesIn, type FoundDate } from './dates';
import { clauseAt, distance, EN_COORDINATED_PREDICATE, sentences, type Sentence } from './segment';
import { simplified } from './hanzi';
import { bundledLadders, type Ladders } from './ladders';
import { lowRankNames } from './rank';
import { formatTitle, type TitleNames, type TitleSpec } from './titles';

/** As the extractor finds it: the title also as what it says, for the caller to word in every language (titles.ts). */
export type RawCandidate = Omit<Candidate, 'duplicateOf' | 'anniversary' | 'titleAr' | 'titleZh'> & { years: number | null; titleSpec: TitleSpec };

const COUNTRY_RE = COUNTRIES.map((c) => ({ country: c, names: phrases(c.names), leaders: phrases(c.leaders) }));
const CITY_RE = CITIES.map((c) => ({ city: c.en, re: phrases(c.names) }));
const OTHER_RE = phrases(OTHER_COUNTRIES);
/** Cities of the partner countries: "arrived in Astana" is a visit. */
const PARTNER_CITIES = phrases(CITIES.filter((c) => !['Beijing', "Xi'an", 'Shanghai', 'Urumqi', 'Chengdu', 'Qingdao'].includes(c.en)).flatMap((c) => c.names));
// (…or "中土哈乌四国": the parties of a multilateral occasion, counted.)
const ZH_PAIR = new RegExp(`中([${Object.keys(ZH_PAIR_ABBREVIATIONS).join('')}])+(?=[关建两双合铁边友经贸务三四五产能天油输管元])`, 'g');
const LEADER_NAMES: Record<string, string> = { CN: 'Xi Jinping', TJ: 'Emomali Rahmon', KG: 'Sadyr Japarov', KZ: 'Kassym-Jomart Tokayev', UZ: 'Shavkat Mirziyoyev', TM: 'Serdar Berdimuhamedov' };

function all(re: RegExp, s: string): RegExpExecArray[] {
  re.lastIndex = 0;
  return [...s.matchAll(re)] as RegExpExecArray[];
}
function first(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

interface Mention {
  code: string;
  index: number;
  leader: boolean;
  /** Named by a city ("Dushanbe", "杜尚别"), not by the country or its people. */
  city?: boolean;
}

/** Countries a sentence names (by name, demonym, leader or the Chinese pair abbreviation "中哈"). */
const MENTIONS = new Map<string, Mention[]>();
function mentions(folded: string): Mention[] {
  const cached = MENTIONS.get(folded);
  if (cached) return cached;
  if (MENTIONS.size > 5000) MENTIONS.clear();
  const found: Mention[] = [];
  for (const { country, names, leaders } of COUNTRY_RE) {
    for (const m of all(names, folded)) found.push({ code: country.code, index: m.index, leader: false, city: CITY_RE.some(({ re }) => first(re, m[0])?.index === 0) });
    for (const m of all(leaders, folded)) found.push({ code: country.code, index: m.index, leader: true });
  }
  for (const m of all(ZH_PAIR, folded)) {
    found.push({ code: 'CN', index: m.index, leader: false });
    for (const ch of m[0].slice(1)) if (ZH_PAIR_ABBREVIATIONS[ch]) found.push({ code: ZH_PAIR_ABBREVIATIONS[ch], index: m.index + 1, leader: false });
  }
  found.sort((a, b) => a.index - b.index);
  // "في سمرقند، أوزبكستان", "in Astana, Kazakhstan": the country after its city names the place too.
  const cityEnds = CITY_RE.flatMap(({ re }) => all(re, folded).map((c) => c.index + c[0].length));
  for (const m of found) if (!m.leader && !m.city && cityEnds.some((e) => e <= m.index && /^\s*[,،]\s*$/.test(folded.slice(e, m.index)))) m.city = true;
  MENTIONS.set(folded, found);
  return found;
}

const pairOf = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** The partner the article is about: the non-Chinese country it names most (every pair the app knows has China). */
function mainPartner(all: Sentence[]): string | null {
  const counts = new Map<string, number>();
  const byName = new Set<string>();
  for (const s of all) {
    const ms = mentions(s.folded).filter((m) => m.code !== 'CN');
    for (const m of ms) if (!m.city) byName.add(m.code);
    for (const c of new Set(ms.map((m) => m.code))) counts.set(c, (counts.get(c) ?? 0) + (s.headline ? 3 : 1));
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // A partner named only by its cities ("Xi met Aliyev in Samarkand") is where an article about another country is datelined.
  if (top[0] && !byName.has(top[0][0]) && all.some((s) => first(OTHER_RE, s.folded))) return null;
  return top[0]?.[0] ?? null;
}

/** The language the text is written in, by its script. */
export function languageOf(text: string): ArticleMeta['language'] {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const max = Math.max(arabic, han * 2, latin);
  return max === 0 ? null : max === arabic ? 'ar' : max === han * 2 ? 'zh' : 'en';
}

/** Publisher, date and language from the dateline or metadata lines; the date only from those, never from a sentence. */
export function guessMeta(text: string, given: PartialDate | null = null): ArticleMeta {
  const head = asciiDigits(text.slice(0, 600));
  const folded = foldForMatch(head);
  const publisher = PUBLISHERS.find((p) => first(phrases(p.names), folded))?.name ?? null;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // The headline is the first line; datelines and metadata come after it (or first, when there is no headline).
  const date = datelineDate(lines.slice(0, 6).join('\n'), given);
  const headline = /^\s*([^\n]{1,200})\n[ \t]*\n\s*\S/.exec(text)?.[1].trim() ?? null;
  void lines;
  return { publisher, title: headline, date, language: languageOf(text) };
}

/**
 * A reason's words as the text writes them (case, hamza, taa marbuta, traditional characters), not as the rules read them: "زيارة
 * دولة", not "زياره دوله". Words not found in the candidate's own sentence (a date carried from the one before) stay as read.
 */
function asWritten(r: Reason, s: Sentence | undefined, text: string): Reason {
  const words = r.params?.words;
  const at = s && words ? s.folded.indexOf(words) : -1;
  if (!s || !words || at < 0) return r;
  const { start, end } = span(s, at, words.length);
  const written = text.slice(start, end).trim();
  return written ? { ...r, params: { ...r.params, words: written } } : r;
}

function span(s: Sentence, index: number, length: number) {
  const start = s.origin[index] ?? s.start;
  const endIndex = index + length;
  const end = endIndex < s.origin.length ? s.origin[endIndex] : s.end;
  return { start, end };
}

function cityIn(folded: string): string | null {
  for (const { city, re } of CITY_RE) for (const m of all(re, folded)) if (!NOT_A_PLACE_AFTER.test(folded.slice(m.index + m[0].length))) return city;
  return null;
}

/**
 * Where a dateline ends ("شيآن 18 مايو 2023 (شينخوا)", "ASTANA, July 3, 2024 (Xinhua) --",
 * "比什凯克2019年6月13日电"): its date is the article's, not an event's, so the rules do not read it.
 */
export function datelineLength(line: string): number {
  // Also "أستانا 6 سبتمبر 2013 /", "ASTANA, July 3, 2024 --": a place and a date, then a slash or a dash.
  // The parentheses hold the agency ("(شينخوا)"), never a day: "اليوم (الخميس)" is a date of the sentence.
  const m = /^[^\n()]{0,80}?(?:\((?![^()\n]*(?:\d|الخميس|الجمعة|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء))[^()\n]{2,30}\)\s*(?:--|—|–|-)?|\d日电|\d日讯)/.exec(line) ?? /^[^\n.،,]{0,40}?(?:19|20)\d{2}\s*(?:\/|--|—|–)\s*/.exec(asciiDigits(line))
    // …and "DUSHANBE, May 3 --", "ASTANA, 3 May —": a place and a day without its year, then a dash.
    ?? /^[A-Z][A-Za-z .'-]{1,30},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*(?:--|—|–)\s*/.exec(line);
  return m ? m[0].length : 0;
}

/** The rung of the pair's ladder a mention names: the one sharing most of its features, the longest on a tie. */
const RUNG_FEATURES = new Map<string, Set<string>>();
function featuresOf(text: string): Set<string> {
  const f = foldForMatch(text);
  return new Set(LEVEL_FEATURES.filter((x) => first(x.re, f)).map((x) => x.feature));
}
function bestRung(ladders: Ladders, pairId: string | null, features: Set<string>): { key: string; exact: boolean } | null {
  const rungs = (pairId && ladders[pairId]) || [];
  let best: { key: string; score: number; size: number; exact: boolean } | null = null;
  for (const r of rungs) {
    const own = RUNG_FEATURES.get(r.key + '|' + r.names[0]) ?? featuresOf(r.names[0] ?? r.key.replace(/-/g, ' '));
    RUNG_FEATURES.set(r.key + '|' + r.names[0], own);
    const inter = [...own].filter((x) => features.has(x)).length;
    const missing = own.size - inter;
    const extra = features.size - inter;
    if (inter === 0) continue;
    const score = inter - 0.6 * missing - 0.1 * extra;
    if (!best || score > best.score || (score === best.score && own.size > best.size)) best = { key: r.key, score, size: own.size, exact: missing === 0 && extra === 0 };
  }
  return best ? { key: best.key, exact: best.exact } : null;
}

/** The words naming a level around a partnership word, by the word order of each language. */
const EN_MODIFIERS = /((?:(?:all-weather|all weather|permanent|eternal|everlasting|lasting|comprehensive|all-round|strategic|cooperative|good-neighbou?rly|friendly|new-era|and|,)\s*)+)$/;
const EN_AFTER = /^\s*(?:of (?:comprehensive |strategic |cooperation|friendship|\s)*)?(?:(?:in|for|of) (?:the |a )?new era)?/;
// (Folded like the text it reads: "دائمة" is "دايمه" there.)
const AR_AFTER = new RegExp(`^(?:\\s*(?:${['(?:ال)?تعاوني[هة]?', '(?:ال)?تعاون', '(?:ال)?استراتيجي[هة]?', '(?:ال)?شامل[هة]?', '(?:ال)?دائم[هة]?', '(?:ال)?ابدي[هة]?', 'في (?:جميع|كل) ال(?:ظروف|احوال)', 'ل?ل?(?:ا?ل)?جميع ال(?:ظروف|احوال)', '(?:ال)?صالح[هة]?', 'ل?كل ال(?:ظروف|احوال)', '(?:في|ل|لل) ?(?:ال)?(?:عصر|حقبه) (?:ال)?جديد[هة]?', 'و', 'من اجل (?:ال)?عصر (?:ال)?جديد'].map(foldForMatch).join('|')}))+`);
const ZH_BEFORE = /((?:新时代|全天候|永久|永远|全面|战略|合作|睦邻友好|睦邻|友好|的|、|“|”|"|「)+)$/;
function levelWords(s: Sentence, index: number, end: number): { start: number; end: number } {
  const f = s.folded;
  const before = f.slice(Math.max(0, index - 90), index);
  const after = f.slice(end, end + 90);
  let a = index;
  let b = end;
  const en = EN_MODIFIERS.exec(before);
  if (en) a = index - en[1].length;
  const zh = ZH_BEFORE.exec(before);
  if (zh) a = Math.min(a, index - zh[1].length);
  const enAfter = EN_AFTER.exec(after);
  if (enAfter && /[a-z]/.test(enAfter[0])) b = end + enAfter[0].length;
  const ar = AR_AFTER.exec(after);
  if (ar && ar[0].trim()) b = Math.max(b, end + ar[0].length);
  return { start: a, end: b };
}

interface Trigger {
  kind: CandidateKind;
  index: number;
  end: number;
  strong: boolean;
  title: TitleSpec;
  levelKey?: string | null;
  levelExact?: boolean;
  /** Explicit date required (establishment), dates after "since" allowed. */
  needsWrittenDate?: boolean;
  /** Only with a date in its own clause (a joint statement named without a verb). */
  needsOwnDate?: boolean;
  /** …and only a date written after this point ("اليوم بعد ثلاثة أشهر من رفع …": "اليوم" is the sentence's time, not the event's). */
  dateAfter?: number;
  partners?: string[];
  years?: number;
  /** Where the event's verb is, when the words matched are its object ("اتفاقية تم التوقيع عليها مؤخرا"): dates go with verbs. */
  verb?: number;
}

function inRange(m: { index: number }, [a, b]: [number, number]) {
  return m.index >= a && m.index < b;
}

/** What the whole article says that a sentence's rules need. */
interface ArticleFacts {
  /** A Chinese leader is named somewhere (by name or title): without one, a meeting is below the leaders. */
  chineseLeader: boolean;
  /** The body tells a meeting held by phone or video: the headline's "meets" is that call. */
  remoteMeeting: boolean;
  /** The text is signed by someone below the leaders (an ambassador's article): its "我" is not a leader. */
  lowAuthor: boolean;
  /** A leader or a leader's title is named somewhere: without either, the article is about officials or services. */
  anyHead: boolean;
}
const ANY_ARTICLE: ArticleFacts = { chineseLeader: true, remoteMeeting: false, lowAuthor: false, anyHead: true };
/** An ambassador's signed article: "大使…发表…署名文章", "我作为中国驻乌大使", "the ambassador wrote". */
const LOW_AUTHOR = /(?:大使|特使)[^\n。]{0,40}(?:署名文章|发表[^\n。]{0,40}文章)|我作为[^，,。]{0,12}(?:大使|特使)|\bambassador\b[^.\n]{0,40}\b(?:wrote|article|op-ed)\b/;
/** The other side named without a name: "نظيره الصيني", "his Chinese counterpart", "两国元首", "the two presidents". */
const COUNTERPART = new RegExp(`\\bcounterparts?\\b|\\bthe two (?:presidents|heads of state|leaders|premiers|prime ministers)\\b|\\bchinese (?:president|premier|leader)\\b|(?<![\\u0621-\\u064a])(?:${['نظير', 'نظيره', 'نظيرها', 'نظيريه', 'الرئيسان', 'الرئيسين', 'رئيسا البلدين', 'رئيسا الدولتين', 'زعيما البلدين', 'قائدا البلدين', 'رئيسا الوزراء', 'رئيسي الوزراء'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])|两国元首|两国总理|两国领导人|国家主席|国务院总理`);

/** "相继", "先后", "respectively": events told together, each on its own of the days listed before them. */
const ONE_AFTER_ANOTHER = /相继|先后|分别|\brespectively\b|\bone after (?:another|the other)\b|(?<![\u0621-\u064a])(?:على التوالي|تباعا)(?![\u0621-\u064a])/;
/** What joins the days of a list: "、", "和", "and", "و". */
const LIST_JOIN = /^\s*(?:、|和|及|与|,|，|and|و)\s*$/;
/** "من العام نفسه", "of the same year": after a month, the year last written. */
const SAME_YEAR_AFTER = new RegExp(`^\\s*(?:(?:of )?(?:the same|that) year\\b|(?:${['من العام نفسه', 'من نفس العام', 'من ذات العام', 'من العام ذاته', 'من السنة نفسها', 'من نفس السنة'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a]))`);
/** Activities held somewhere (cultural weeks, shows, festivals), not works: "أنشطة", "معرض", "exhibition", "活动", "展览". */
const ACTIVITY = new RegExp(`\\b(?:activities|exhibitions?|festival|cultural week|show|concert|competition)\\b|活动|展览|展会|文化周|艺术节|演出|比赛|(?<![\\u0621-\\u064a])(?:${['أنشطة', 'الأنشطة', 'فعاليات', 'الفعاليات', 'معرض', 'المعرض', 'الأسبوع الثقافي', 'أسبوع ثقافي', 'مهرجان', 'المهرجان', 'مسابقة', 'حفل فني'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])`);
/** Titles of the leaders, named without a name ("the two presidents", "رئيس الوزراء", "两国元首"). */
const HEAD_TITLE = /\b(?:presidents?|premiers?|prime ministers?|heads? of (?:state|government)|leaders?)\b|(?<![\u0621-\u064a])(?:ال)?(?:رئيس|رئيسا|رئيسي|الرئيسان|الرئيسين|زعيم|زعيما|قائدا)(?![\u0621-\u064a])|主席|总统|总理|元首|领导人/;

/** The event words of one sentence. */
function triggersIn(s: Sentence, ladders: Ladders, pairGuess: string | null, lowNames: RegExp | null = null, article: ArticleFacts = ANY_ARTICLE, prev: Sentence | null = null, earlier: Sentence | null = prev): Trigger[] {
  const f = s.folded;
  const out: Trigger[] = [];
  const ms = mentions(f);
  const codes = new Set(ms.map((m) => m.code));
  const foreign = [...codes].filter((c) => c !== 'CN');
  const anniversaries = ANNIVERSARY.flatMap((re) => all(re, f));
  // "الذكرى الـ30 لإقامة العلاقات الدبلوماسية": the establishment named by an anniversary is not an event.
  const inAnniversary = (i: number) => anniversaries.some((a) => i >= a.index && i < a.index + a[0].length + 30);
  // A sentence about another country and none of the partners is not about a pair of the app.
  if (foreign.length === 0 && first(OTHER_RE, f)) return [];
  // A partner's city alone does not make it a party to another country's meeting ("Xi met Aliyev in Samarkand"); a trip
  // there or a summit held there stays.
  const cityOnly = first(OTHER_RE, f) !== null && !ms.some((m) => m.code !== 'CN' && !m.city);
  // "Foreign Minister Wang Yi met …", "Vice President Han Zheng met …": below the leaders.
  const lowRank = (i: number) => {
    const [a] = clauseAt(s, i, 'weak');
    if (all(LOW_RANK, f).some((m) => m.index >= Math.min(a, i - 60) && m.index < i + 40 && !/prime\s+$/.test(f.slice(Math.max(0, m.index - 6), m.index)))) return true;
    if (all(REGIONAL, f).some((m) => m.index >= Math.min(a, i - 60) && m.index < i + 60)) return true;
    // A former leader ("رئيس قازاقستان السابق", "former President Nazarbayev", "前总统") is no longer one of the leaders.
    const [, b] = clauseAt(s, i, 'weak');
    return all(FORMER, f).some((m) => m.index >= Math.min(a, i - 60) && m.index < Math.max(b, i + 40) && m.index < i + 90);
  };
  // A leader named with "vice"/"نائب" before the title ("نائب الرئيس الصيني") is not the leader.
  const realLeader = (m: Mention) => m.leader && !/(?:نائب|vice|deputy|副)\s*$/.test(f.slice(Math.max(0, m.index - 8), m.index));
  const cnLeader = ms.some((m) => m.code === 'CN' && realLeader(m));
  const anyLeader = ms.some(realLeader);
  // Someone the article introduced below the leaders, named near the event ("عقد ليو … محادثات").
  const lowNamed = (i: number) => lowNames !== null && all(lowNames, f).some((m) => Math.abs(m.index - i) < 80);
  // …and the person nearest the event words is one of them ("خلال زيارته …، التقى لي …" with Xi named only as the sender of greetings).
  const nearestIsLow = (i: number) => {
    if (lowNames === null) return false;
    const low = all(lowNames, f).map((m) => Math.abs(m.index - i)).sort((a, b) => a - b)[0] ?? Infinity;
    const leader = ms.filter((m) => realLeader(m)).map((m) => Math.abs(m.index - i)).sort((a, b) => a - b)[0] ?? Infinity;
    return low < 80 && low < leader;
  };
  // "在会见纳扎尔巴耶夫时,张高丽首先转达了习近平主席的问候", "During the meeting with X, Zhang said": a frame before
  // its subject; the meeting is the subject's, below the leaders when the subject is.
  const frameOfLow = (i: number) => {
    const [wa, wb] = clauseAt(s, i, 'weak');
    const frame = f.slice(wa, wb).replace(/[\s,，،]+$/, '');
    if (!/^(?:在|\s*(?:during|at|in) (?:the|his|a) |\s*(?:و)?(?:خلال|اثناء|في) )/.test(frame) || !/(?:时|期间|中)$|^\s*(?:during|at|in) |^\s*(?:و)?(?:خلال|اثناء|في) /.test(frame)) return false;
    // (An Arabic subject follows its verb: "وخلال لقائه مع جاباروف، نقل تشاو …".)
    const next = f.slice(wb, wb + 24).replace(/^[\s,，،]+/, '').replace(/^(?:و|ف)?[\u0621-\u064a]{2,6}\s+(?=[\u0621-\u064a])/, '').slice(0, 12);
    const low = [...all(LOW_RANK, next), ...(lowNames ? all(lowNames, next) : [])];
    return low.some((m) => m.index < 3);
  };
  const lowTalks = (i: number) => {
    if (lowRank(i) || nearestIsLow(i) || frameOfLow(i) || article.lowAuthor && /我(?!们|国|方)/.test(f.slice(clauseAt(s, i, 'weak')[0], i))) return true;
    // "Chinese premier meets Kazakh PM" over a body that tells the meeting was held via video link: the call.
    if (s.headline && article.remoteMeeting) return true;
    if (cnLeader) return false;
    const [a, b] = clauseAt(s, i, 'strong');
    return lowNamed(i) || all(LOW_RANK, f).some((m) => m.index >= a && m.index < b);
  };
  // "التقت شن، نائبة رئيس …، الرئيس التركماني …، خلال زيارة ودية إلى تركمانستان": the only leader named is the host of
  // the visit, so the visitor is the official named before him, below the leaders.
  const hostOnly = (i: number, end: number) => {
    const to = destination(f, { kind: 'visit', index: i, end, strong: false, title: { is: 'summit' } }, ms) ?? ms.find((m) => !m.leader && m.code !== 'CN' && m.index >= end && m.index - end < 30 && /^[^،,.;؛]*(?:(?<![\u0621-\u064a])(?:الي|إلى)|\bto)\s*$/.test(f.slice(end, m.index)))?.code ?? null;
    const leaders = ms.filter(realLeader);
    if (!to || !leaders.length || leaders.some((m) => m.code !== to)) return false;
    const low = [...all(LOW_RANK, f), ...(lowNames ? all(lowNames, f) : [])].map((m) => m.index);
    return low.some((x) => x < leaders[0].index && x < i);
  };
  // "我遍访乌所有地区": touring all over a country is no visit to it; "我…来到…" in an ambassador's signed article is the
  // ambassador's own trip.
  const selfLow = (i: number) => article.lowAuthor && /我(?!们|国|方)/.test(f.slice(clauseAt(s, i, 'weak')[0], i));
  // "…专机抵达青岛…,中国外交部副部长…等在机场迎接", "وكان في استقباله نائب …": the officials who greet an arrival are not the
  // one who arrives; only one named right by the verb (the subject of "وصل نائب رئيس …") or before it is.
  const greeters = (i: number, end: number) => /^(?:arrived|[وف]?(?:وصل|وصول|يصل|تصل)|抵达|到达)/.test(f.slice(i, end)) && GREETED.test(f.slice(end, end + 160));
  const lowArrival = (i: number, end: number) => {
    const [a] = clauseAt(s, i, 'weak');
    // (The subject follows an Arabic verb, "وصل نائب رئيس …"; it comes before a Chinese or English one.)
    const upTo = /[\u0600-\u06ff]/.test(f.slice(i, end)) ? end + 15 : i;
    return [LOW_RANK, REGIONAL, FORMER, ...(lowNames ? [lowNames] : [])].some((re) => all(re, f).some((m) => m.index >= Math.min(a, i - 60) && m.index < upTo));
  };
  const lowVisit = (i: number, end = i) => (greeters(i, end) ? lowArrival(i, end) : lowRank(i) || (!anyLeader && lowNamed(i)) || nearestIsLow(i)) || hostOnly(i, end) || /遍$/.test(f.slice(Math.max(0, i - 1), i)) || selfLow(i);
  // "التقى … أكثر من عشر مرات", "五次赴华访问", "多次访华", "visited China several times": a count of events, not one of them.
  const counted = (i: number, end: number) => COUNTED_BEFORE.test(f.slice(Math.max(0, i - 10), i)) || COUNTED_AFTER.test(f.slice(end, end + 90).split(/[.،,;؛。，]/)[0]);
  // ("This was the second time the two heads of state met this year": the meeting just told, counted, not one more. A trip
  // counted so is the trip of the news, dated as such below.)
  const countedMeeting = (i: number, end: number) => counted(i, end) || ORDINAL_TIME.test(f.slice(clauseAt(s, i, 'weak')[0], i));
  const remote = (i: number) => {
    const [a, b] = clauseAt(s, i, 'weak');
    return first(REMOTE, f.slice(a, Math.max(b, i + 30))) !== null;
  };

  // "بزيارة الجناح الصيني بمعرض 2017", "زار مسجدًا", "visited the Chinese pavilion": a visit to a place (a pavilion, a
  // factory, a mosque), not to a country.
  // (…"一同抵达阿姆河右岸天然气处理厂": an arrival at a plant, a site, a hall.)
  const toPlace = (m: RegExpExecArray) => PLACE_VISITED.test(f.slice(m.index + m[0].length, m.index + m[0].length + 30)) || PLACE_VISITED_ZH.test(f.slice(m.index + m[0].length, m.index + m[0].length + 20));
  for (const m of all(VISIT.strong, f)) if (!lowVisit(m.index, m.index + m[0].length) && !counted(m.index, m.index + m[0].length)) out.push({ kind: 'visit', index: m.index, end: m.index + m[0].length, strong: true, title: visitTitle(m[0], f, m.index) });
  // Arrivals are visits of people: "وصول غاز", "the first train arrived in" are not.
  const person = (i: number) => ms.some((m) => m.leader && Math.abs(m.index - i) < 60) || /president|premier|leader|رئيس|زعيم|主席|总统|总理/.test(f.slice(Math.max(0, i - 60), i + 60));
  const arrival = (w: string) => /^(?:arrived|[وف]?(?:وصل|وصول|يصل|تصل)|抵达)/.test(w);
  // "لدى وصوله": "his arrival" names its person.
  const ownArrival = (i: number) => /^[\u0621-\u064a]*(?:ه|ها|هما)(?![\u0621-\u064a])/.test(f.slice(i));
  // "来华出席…对话会": coming to attend a forum is not by itself a visit (an arrival or a named visit is).
  // "وزارة الخارجية" is the ministry, not "و + زار" (and visited).
  const ministry = (m: RegExpExecArray) => /^(?:[وفبل]|ال|وال|بال|لل)?وزار[هةاتي]/.test(f.slice(m.index, m.index + 12));
  // "التجارة … وصلت إلى مستوى قياسي": to reach a level or a figure, not to arrive.
  const reached = (m: RegExpExecArray) => /^(?:[وف]?(?:وصل|يصل|تصل))/.test(m[0]) && REACHED.test(f.slice(m.index + m[0].length, m.index + m[0].length + 24));
  const toAttend = (m: RegExpExecArray) => /^(?:来华|赴华)$/.test(m[0]) && /^\s*(?:出席|参加)/.test(f.slice(m.index + m[0].length));
  // ("时隔两年再次访哈": the word names where the visit goes, and the gap when the one before it was.)
  // ("今年总统阁下和胡锦涛主席实现互访": visits exchanged go both ways, so they are the article's pair's without a country named.)
  if (foreign.length || first(PARTNER_CITIES, f) || (pairGuess && (first(PARTNER_ANAPHOR, f) || /实现了?互访/.test(f))) || /时隔[^，,。；]{1,8}访[哈吉塔乌土]/.test(f)) for (const m of all(VISIT.weak, f)) if (!lowVisit(m.index, m.index + m[0].length) && !counted(m.index, m.index + m[0].length) && !reached(m) && !toAttend(m) && !ministry(m) && !toPlace(m) && (!arrival(m[0]) || person(m.index) || ownArrival(m.index)) && !/زيارات|exchanges? of visits/.test(f.slice(m.index, m.index + m[0].length + 2))) out.push({ kind: 'visit', index: m.index, end: m.index + m[0].length, strong: false, title: visitTitle('', f, m.index) });
  // "the meeting of the Council of Heads of State", "the meeting between the ministers": a body's session, not the leaders' talks.
  const meetingOf = (m: RegExpExecArray) =>
    (m[0] === 'the meeting' && /^\s+(?:of|between)\b/.test(f.slice(m.index + m[0].length))) || (/اجتماع$/.test(m[0]) && HEADS_OF.test(f.slice(m.index + m[0].length)));
  // "在机场举行欢迎仪式…亲切交谈", "greeted him at the airport … cordial talks": the arrival, not the talks.
  const atAirport = (i: number) => {
    const [a, b] = clauseAt(s, i, 'strong');
    return all(AIRPORT, f).some((x) => x.index >= a && x.index < b);
  };
  // "advance the negotiations on visa waivers": talks on a subject, not a meeting; in an article whose meeting was a video
  // call, the other meeting words are that call.
  // An article that names no Chinese leader at all ("وقال تشانغ … في لقائه برئيس الوزراء القازاقي"): the Chinese side of
  // a meeting it tells by a plain "meeting" word is someone below them.
  const noChineseLeader = !cnLeader && !article.chineseLeader && !first(COUNTERPART, f);
  const topical = (m: RegExpExecArray) => /^negotiations$/.test(m[0]) && /^\s+(?:on|over|about|for)\b/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 7));
  // "محادثات ثلاثية تجمع قادة روسيا والصين ومنغوليا", "talks between Russia, China and Mongolia": talks that name their
  // parties are theirs; when a third country is among them and no partner is, they are not of a pair of the app.
  const othersTalks = (m: RegExpExecArray) => {
    const w = f.slice(m.index + m[0].length, m.index + m[0].length + 70).split(/[.،,;؛。，]/)[0];
    if (!/(?<![\u0621-\u064a])(?:تجمع|بين)(?![\u0621-\u064a])|\b(?:between|among)\b|(?:之间|之间的)/.test(w)) return false;
    return first(OTHER_RE, w) !== null && !mentions(w).some((x) => x.code !== 'CN' && !x.city);
  };
  // "中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦五国元首在上海举行会晤", "the heads of state of the five countries met":
  // a meeting of three or more heads of state is a summit of each partner it names, not two leaders' talks.
  const manyHeads = (i: number) => {
    const [a, b] = clauseAt(s, i, 'strong');
    return MANY_HEADS.test(f.slice(a, b)) && new Set(ms.filter((x) => x.code !== 'CN' && x.index >= a && x.index < b).map((x) => x.code)).size >= 1;
  };
  for (const m of all(TALKS.strong, f)) if (manyHeads(m.index)) {
    const [a, b] = clauseAt(s, m.index, 'strong');
    out.push({ kind: 'summit', index: m.index, end: m.index + m[0].length, strong: true, title: { is: 'summit' }, partners: [...new Set(ms.filter((x) => x.code !== 'CN' && !x.leader && x.index >= a && x.index < b).map((x) => x.code))] });
  }
  // "边检站执勤官兵与…边检站举行工作会晤": talks words in an article that names no leader and no leader's title anywhere are
  // a meeting of services or officials, not of the leaders.
  const noLeaderAtAll = !article.anyHead;
  // "落实两国元首会晤成果", "implement the outcomes of the leaders' talks", "تنفيذ نتائج المحادثات": talks whose results are to be
  // carried out are recalled as a whole (any or all of them), not an event told with the article's date.
  const implemented = (m: RegExpExecArray) => (/^\s*(?:的)?(?:成果|共识)/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 4)) && /(?:落实|贯彻|执行|推进|推动)[^，,。；]{0,10}$/.test(f.slice(Math.max(0, m.index - 14), m.index))) || /\b(?:implement\w*|carry(?:ing)? out|follow(?:ing)? up on) (?:the |on )?(?:outcomes?|results?|consensus|agreements?) (?:of|reached (?:at|during)) (?:the |their |both )?[\w' -]{0,30}$/.test(f.slice(Math.max(0, m.index - 70), m.index)) || /(?:تنفيذ|متابعه) (?:نتائج|مخرجات)\s*$/.test(f.slice(Math.max(0, m.index - 20), m.index));
  // ("随后,6个成员国元首举行会谈": the member states' heads meeting, even with no partner named, are no two leaders' talks.)
  const headsOfMany = (i: number) => MANY_HEADS.test(f.slice(...clauseAt(s, i, 'strong')));
  for (const m of all(TALKS.strong, f)) if (!headsOfMany(m.index) && !noLeaderAtAll && !othersTalks(m) && !remote(m.index) && !atAirport(m.index) && !lowTalks(m.index) && !implemented(m) && !countedMeeting(m.index, m.index + m[0].length)) out.push({ kind: 'talks', index: m.index, end: m.index + m[0].length, strong: true, title: talksTitle(f) });
  // "صرح لي بذلك خلال اجتماعه مع رئيس الوزراء القيرغيزي", "during his meeting with the Kyrgyz prime minister": a meeting
  // with a partner's head of state or government, in an article that names the Chinese leader who speaks.
  // ("Hu met Kyrgyz President Kurmanbek Bakiyev yesterday": English "met" takes the head as its object, with no "with".)
  const withHead = (m: RegExpExecArray) => article.chineseLeader && foreign.length > 0 && (WITH_HEAD.test(f.slice(m.index + m[0].length, m.index + m[0].length + 40)) || (/^(?:met|meets)$/.test(m[0]) && MET_HEAD.test(f.slice(m.index + m[0].length, m.index + m[0].length + 40))));
  if (codes.size >= 2 || ms.filter(realLeader).length >= 2 || (first(BOTH_SIDES, f) && (foreign.length || pairGuess)) || all(TALKS.weak, f).some(withHead)) for (const m of [...all(TALKS.weak, f), ...all(HELD_EXCHANGE, f)]) if (!othersTalks(m) && !remote(m.index) && !(article.remoteMeeting && !OWN_DAY.test(f)) && !topical(m) && !noChineseLeader && !atAirport(m.index) && !lowTalks(m.index) && !meetingOf(m) && !implemented(m) && !countedMeeting(m.index, m.index + m[0].length)) out.push({ kind: 'talks', index: m.index, end: m.index + m[0].length, strong: withHead(m), title: talksTitle(f) });

  // "习近平指出,今年2月,我们在北京进行了…交流": a leader's "we" is the pair the article is about.
  if (pairGuess && (cnLeader || foreign.length)) for (const m of all(ZH_EXCHANGE, f)) if (!remote(m.index) && !article.remoteMeeting && !lowTalks(m.index)) out.push({ kind: 'talks', index: m.index, end: m.index + m[0].length, strong: false, title: talksTitle(f) });

  // A joint communiqué on establishing diplomatic relations is the establishment, not an agreement.
  // (…or the communiqué the relations were established by: "发表联合公报,正式建立外交关系", "a joint communiqué establishing ties".)
  const ofEstablishment = (at: RegExpExecArray) => /建交$|建立外交关系的?$/.test(f.slice(Math.max(0, at.index - 8), at.index)) || /^[^。；;]{0,12}?(?:正式)?(?:建立(?:了)?外交关系|建交)/.test(f.slice(at.index + at[0].length, at.index + at[0].length + 20)) || /^\s*(?:establishing|that established|which established)\s+(?:\S+\s+){0,2}diplomatic\b/.test(f.slice(at.index + at[0].length, at.index + at[0].length + 50)) || (/^\s*(?:on|concerning|بشان|حول)\s/.test(f.slice(at.index + at[0].length)) && first(ESTABLISH_ANY, f.slice(at.index + at[0].length, at.index + at[0].length + 80)) !== null);
  for (const m of all(SIGNED, f)) {
    // "《建交联合公报》签署30周年", "条约签订即将迎来20周年", "the 30th anniversary of the signing": an anniversary, not a signing.
    if (/^[^，,。；;\d\s]{0,6}\d{1,3}\s*周年/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    const clause = clauseAt(s, m.index, 'strong');
    // ("the fifth anniversary of the signing of the … Treaty … in 2002": a signing the noun phrase dates itself is that signing,
    // recounted; only with that date.)
    const ofAnniversary = /anniversary of (?:the )?$/.test(f.slice(Math.max(0, m.index - 20), m.index));
    if (ofAnniversary && !/^[^,;.]*?\b(?:in|on) (?:[a-z]+\.? )?(?:\d{1,2},? )?(?:19|20)\d{2}\b/.test(f.slice(m.index, clause[1]))) continue;
    // Each signing verb takes the document nearest to it ("2017年…签订的《联合声明》、2018年…签订的《联合声明》").
    const nearest = (re: RegExp) => all(re, f).filter((x) => inRange(x, clause) && Math.abs(x.index - m.index) < 120).sort((x, y) => Math.abs(x.index - m.index) - Math.abs(y.index - m.index))[0];
    // "أعلن" announces documents only when they are counted ("أعلن رئيسا الدولتين عن أكثر من 20 اتفاقية"); "أعلنا اتفاقهما على" is a consensus.
    const announcedOnly = /^[وف]?اعلن/.test(m[0]);
    // "التبادلات الثقافية": exchanges between peoples (a plural noun), not documents exchanged.
    if (/تبادلات/.test(m[0])) continue;
    // "وجرى الاتفاق على أن …", "تم الاتفاق على": it was agreed (a consensus), no document.
    const consensus = (at: RegExpExecArray) => /^(?:[وفب]|ال|وال|بال)?اتفاق$/.test(at[0]) && (/^\s+علي\s/.test(f.slice(at.index + at[0].length, at.index + at[0].length + 6)) || /(?:جري|تم)\s+$/.test(f.slice(Math.max(0, at.index - 6), at.index)));
    // "وقعتا اتفاقات … أثناء زيارة قام بها رئيس الحزب … في منطقة شينجيانغ": signed at a visit of someone below the leaders.
    if (all(VISIT.weak, f).some((v) => inRange(v, clause) && v.index > m.index - 40 && lowVisit(v.index, v.index + v[0].length) && !cnLeader)) continue;
    // "成员国元首共同签署了《…杜尚别宣言》等重要文件", "the heads of member states signed …": a summit's documents, not the pair's.
    if (MANY_HEADS.test(f.slice(clause[0], m.index))) continue;
    // (…not one on the far side of another signing verb: in a list "1992年…签署的《建交联合公报》、2002年…签订的《…条约》", the
    // first verb signs the communiqué, not the treaty the second verb signs.)
    const signers = all(SIGNED, f);
    const ownVerb = (at: RegExpExecArray) => !signers.some((x) => x.index !== m.index && (m.index < at.index ? x.index > m.index && x.index < at.index : x.index > at.index && x.index < m.index));
    // "the national grid signed a contract with China's TBEA": a company's contract is business, not a document of the two states.
    const companyContract = (at: RegExpExecArray) => /^(?:contract|(?:[وفب]|ال|وال|بال)?عقو?د|合同)/.test(at[0]) && COMPANY.test(f.slice(...clause));
    const docs = DOCUMENTS.map((d) => ({ d, at: nearest(d.re) })).filter((x) => x.at && ownVerb(x.at) && !ofEstablishment(x.at) && !consensus(x.at) && !companyContract(x.at) && (!announcedOnly || (x.at.index > m.index && /\d|عدد|سلسل|مجموع/.test(f.slice(m.index, x.at.index)))));
    // A trilateral agreement is one of each pair it names.
    const chain = chainPartners(f) ?? undefined;
    for (const { d, at } of docs) out.push({ kind: 'agreement', index: at!.index, end: at!.index + at![0].length, strong: true, title: { is: 'signed', document: d.doc }, partners: chain, verb: m.index, ...(ofAnniversary ? { needsOwnDate: true } : {}) });
  }
  // "إعلانهما المشترك في سبتمبر المنصرم", "the joint statement of January 2023": a joint statement or declaration
  // is issued when it is made; named with a date of its own, it is that signing even without a verb.
  for (const d of DOCUMENTS.slice(0, 2))
    for (const at of all(d.re, f))
      if (!out.some((t) => t.kind === 'agreement' && Math.abs(t.index - at.index) < 120) && !ofEstablishment(at))
        out.push({ kind: 'agreement', index: at.index, end: at.index + at[0].length, strong: true, title: { is: 'signed', document: d.doc }, partners: chainPartners(f) ?? undefined, needsOwnDate: true });

  for (const m of all(PARTNERSHIP_WORD, f)) {
    const words = levelWords(s, m.index, m.index + m[0].length);
    const features = featuresOf(f.slice(words.start, words.end));
    if (process.env.EXTRACT_DEBUG) console.log("level", f.slice(words.start, words.end), [...features]);
    if (!features.has('strategic') && !features.has('good-neighbourly')) continue;
    // "建立战略伙伴关系10周年", "the 10th anniversary of the strategic partnership": an anniversary, not a change.
    // ("…partnership 5 years ago", "…伙伴关系5年前": a date counted back, the change's own date, not an anniversary.)
    if (/^\S{0,3}\s*\d{1,3}\s*(?:周年|years(?! ago))/.test(f.slice(words.end, words.end + 12)) || /anniversary of (?:the |their )?(?:establishment of )?(?:the )?$|الذكري \S+ ل(?:اقامه )?$/.test(f.slice(Math.max(0, words.start - 45), words.start))) continue;
    // ("提升至全面战略伙伴关系的新水平", "raised to the new level of a comprehensive strategic partnership": the level reached is
    // named with the new level, right after a change verb.)
    const reached = /(?:提升至|提升为|提升到|升级为|上升为|发展为)\s*$/.test(f.slice(Math.max(0, words.start - 4), words.start)) && /^的?(?:新水平|新高度|新阶段)/.test(f.slice(words.end, words.end + 5));
    if (!reached && first(HIGHER_LEVEL, f.slice(words.end, words.end + 40))) continue;
    // "将中哈战略伙伴关系提升为全面战略伙伴关系", "upgraded the strategic partnership to a comprehensive strategic partnership",
    // "من الشراكة الاستراتيجية إلى الشراكة الاستراتيجية الشاملة": the level a change starts from is the one there was, not a new one.
    if (/^\s*(?:提升|升级|上升|发展)(?:为|至|到)/.test(f.slice(words.end, words.end + 6)) || /^\s+(?:(?:between|with)\s+[\w\s]{1,40}?\s+)?(?:relations(?:hip)?\s+)?(?:in)?to\s+(?:a|an|the)\b[\w\s-]{0,40}partnership/.test(f.slice(words.end, words.end + 70)) && /\b(?:upgrad|elevat|rais|lift)\w*\s+(?:the\s+|their\s+|bilateral\s+)*[\w\s-]{0,40}$/.test(f.slice(Math.max(0, words.start - 60), words.start))) continue;
    // "agreed to further deepen the comprehensive strategic partnership": the level there is, not a new one.
    const lead = f.slice(Math.max(0, words.start - 30), words.start);
    if (all(DEEPEN, lead).some((x) => !first(LEVEL_CHANGE, lead.slice(x.index + x[0].length)))) continue;
    // "a joint declaration on a new stage of the comprehensive strategic partnership", "الإعلان المشترك للفترة الجديدة من الشراكة":
    // a new stage of a level is that level going on, not a new one.
    if (NEW_STAGE_OF.test(lead)) continue;
    // The change is said next to the level: "raised … to a comprehensive strategic partnership", "提升为…伙伴关系".
    // …or the level names a document signed ("signed a strategic partnership deal", "签订的《…关于发展全面战略伙伴关系的联合声明》"):
    // the signing establishes it.
    const signedDocument = DOCUMENT_AFTER_LEVEL.test(f.slice(words.end, words.end + 16)) && all(SIGNED, f).some((x) => x.index < words.start && words.start - x.index < 90 && !/^(?:交换|exchanged|تبادل)/.test(x[0]));
    const change = all(LEVEL_CHANGE, f).find((x) => (x.index < words.start && words.start - x.index < 70) || (x.index >= words.end && x.index - words.end < 25));
    if (!change && !signedDocument) continue;
    // "The establishment of the strategic partnership … has provided": the level named as a fact, dated only by its own clause.
    const nominal = !!change && !signedDocument && /^(?:establishment|elevation|upgrading|upgrade|establishing) of\b/.test(f.slice(change.index, change.index + 20)) && /\bthe\s+$/.test(f.slice(Math.max(0, change.index - 5), change.index));
    // "بعد حوالي خمسة أشهر من رفع البلدين العلاقات …", "some five months after the two sides upgraded …": a change a span
    // before the time of the sentence is dated only by its own words.
    const spanAt = change ? SPAN_AFTER.exec(f.slice(Math.max(0, change.index - 40), change.index)) : null;
    const spanBefore = !!spanAt;
    const pairId = foreign.length ? pairOf('CN', foreign[0]) : pairGuess;
    const rung = bestRung(ladders, pairId, features);
    if (!rung) continue;
    out.push({ kind: 'partnership', index: words.start, end: words.end, strong: true, title: { is: 'partnership', pairId: null, level: rung.key }, levelKey: rung.key, levelExact: rung.exact, ...(nominal || spanBefore ? { needsOwnDate: true } : {}), ...(spanAt && change ? { dateAfter: Math.max(0, change.index - 40) + spanAt.index } : {}) });
  }

  for (const m of all(PROJECT_EVENT, f)) {
    const clause = clauseAt(s, m.index, 'weak');
    // (…or after the verb past its subject and time set off by commas: "أطلق الرئيس …، يوم الجمعة، أعمال بناء خط …".)
    // (…or in the clause a relative clause hangs on: "المرحلة الثانية لمحطة الطاقة …، التي قد تم إنجاز بنائها في نهاية عام 2016",
    // "the plant, which was completed in 2016".)
    const head: [number, number] | null = clause[0] > 0 && /^[\s,،]*(?:(?:التي|الذي|اللتين|الذين)(?![\u0621-\u064a])|(?:which|that)\b)/.test(f.slice(clause[0], clause[0] + 12)) ? clauseAt(s, clause[0] - 1, 'weak') : null;
    // "Turkmenistan launched its segment", "Uzbekistan started building its part": a country's own stretch of the line, the verb's object.
    const stretchAt = OWN_STRETCH.exec(f.slice(m.index + m[0].length, m.index + m[0].length + 30));
    const stretch = stretchAt ? Object.assign([stretchAt[1]], { index: m.index + m[0].length + stretchAt[0].length - stretchAt[1].length, input: f, groups: undefined }) as RegExpExecArray : null;
    const found = stretch ?? all(PROJECT_NOUN, f).find((x) => inRange(x, clause) || (head !== null && inRange(x, head)) || Math.abs(x.index - m.index) < 40 || (x.index > m.index && x.index - m.index < 100 && !/[.;؛。]/.test(f.slice(m.index, x.index)) && all(PROJECT_EVENT, f.slice(m.index + m[0].length, x.index)).length === 0 && /^(?:و|ف)?(?:اطلق|دشن|افتتح)/.test(m[0])));
    // "…عقدا لبناء محطة الطاقة الحرارية رقم 2 …. وقد بدأ العمل في أكتوبر عام 2012": the works (العمل, the construction) of a
    // sentence that names no project are those of the project the sentence before, in its paragraph, names.
    // (…"one of 3 sites where construction began yesterday": words that name the works themselves take the project of the
    // sentence before, even across a paragraph break: copies often set each sentence apart.)
    const ownWorks = /^(?:construction (?:began|started)|(?:began|started) construction)$/.test(m[0]);
    const source = prev ?? (ownWorks ? earlier : null);
    const works = !found && source !== null && (ownWorks || WORKS_AFTER.test(f.slice(m.index + m[0].length, m.index + m[0].length + 20))) && !first(PROJECT_NOUN, f) ? first(PROJECT_NOUN, source.folded) : null;
    const noun = found ?? (works ? Object.assign([works[0]], { index: m.index, input: f, groups: undefined }) as RegExpExecArray : null);
    if (!noun) continue;
    // "أطلق … على المشروع اسم": to give a name, not to launch.
    if (/^(?:و|ف)?اطلق/.test(m[0]) && / علي /.test(f.slice(m.index, m.index + 60))) continue;
    // "在已建成投运的A\B线基础上", "具备通气投产条件": a line described as built, or ready for an opening, is no event told.
    if (/已(?:经)?\S{0,2}$/.test(f.slice(Math.max(0, m.index - 4), m.index)) && /^(?:建成|投运|投产|通车|运营|开通)*的/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    if (/^(?:通气|投产|通车|运营|投运)*条件/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    // "隧道通车前", "before the opening": the opening is the time of reference, not an event told.
    if (/^\s*(?:前(?!夕)|之前)|^\s+before\b/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    // "بدأت … سلسلة من أنشطة \"الأسبوع الثقافي الصيني\" بمدرسة …", "an exhibition opened at the school": what starts between the
    // event word and the place (or between a place and its event word: "the school's exhibition opened") is an activity held
    // there (a week, a show, a festival), not the place's opening.
    if (ACTIVITY.test(f.slice(Math.min(m.index + m[0].length, noun.index), Math.max(m.index, noun.index)))) continue;
    // "reform and opening-up": a policy, not an opening.
    if (/^opening$/.test(m[0]) && /^[\s-]+up\b/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    // "The completion of the gas pipeline marked the beginning of a new stage", "管道的建成标志着…", "يمثل افتتاح الخط …": a
    // project named as the subject of what it brought is a fact recalled, dated only by its own clause.
    const evaluated = (/^(?:completion|opening|launch|commissioning|inauguration)$/.test(m[0]) && /\bthe\s+$/.test(f.slice(Math.max(0, m.index - 5), m.index)) && EVALUATED_EN.test(f.slice(m.index, clause[1])))
      || (/的\s*$/.test(f.slice(Math.max(0, m.index - 1), m.index)) && /^\s*(?:标志着|意味着|为[^，,。；]{1,20}奠定)/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 12)))
      || EVALUATED_AR.test(f.slice(Math.max(0, m.index - 14), m.index));
    // (A date goes with the event's verb, not with the noun it may share with another event: "隧道…正式开挖,到…全隧贯通".)
    out.push({ kind: 'project', ...(evaluated ? { needsOwnDate: true } : {}), verb: m.index, index: Math.min(noun.index, m.index), end: Math.max(noun.index + noun[0].length, m.index + m[0].length), strong: !/project|مشروع|مشاريع|项目/.test(noun[0]), title: projectTitle(f, noun[0]), partners: (stretch ? ownerOf(f, ms, m.index) : null) ?? chainPartners(f) ?? sectionPartner(f, ms) ?? routePartners(f, ms, noun.index) ?? [] });
  }

  const forums = FORUMS.flatMap((x) => all(x.re, f).map((m) => ({ forum: x.forum, m })));
  for (const m of all(SUMMIT, f)) {
    // (…or named later in the summit's own clause: "قمة عقدت يوم الثلاثاء عبر رابط فيديو للاحتفال … بين الصين وخمس دول في آسيا الوسطى".)
    const forum = forums.find((x) => Math.abs(x.m.index - m.index) < 60) ?? forums.find((x) => x.m.index > m.index && x.m.index - m.index < 150 && !/[.;؛。،,]/.test(f.slice(m.index, x.m.index)));
    if (!forum) continue;
    // Heads of government meet too ("اجتماع رؤساء حكومات …", "heads of government"): not a summit.
    if (HEADS_OF_GOVERNMENT.test(f.slice(m.index, m.index + m[0].length + 25))) continue;
    // "the SCO summit in Astana, Kazakhstan": the host takes part, and the leaders the sentence names; a country
    // named for something else ("a state visit to Tajikistan after … the summit in Astana") does not.
    // …or a city just before it ("上合组织阿斯塔纳峰会", "the Astana summit", "在阿斯塔纳举行的…峰会").
    // (…or "在乌首都塔什干举行的上海合作组织成员国元首理事会": the place the sentence says it is held in.)
    const heldIn = /在([^，,。；]{1,16}?)(?:举行|召开)的[^，,。；]{0,40}$/.exec(f.slice(Math.max(0, m.index - 60), m.index));
    const heldAt = heldIn ? ms.filter((x) => x.code !== 'CN' && !x.leader && x.index >= Math.max(0, m.index - 60) + heldIn.index && x.index < Math.max(0, m.index - 60) + heldIn.index + heldIn[0].length - heldIn[0].replace(/^在[^，,。；]{1,16}?(?=举行|召开)/, '').length).pop() : undefined;
    const cityBefore = ms.filter((x) => x.city && x.index < m.index && m.index - x.index < 24 && !/[.。,，،;；]/.test(f.slice(x.index, m.index))).pop() ?? heldAt;
    // "غادر … طاجيكستان … بعد حضوره القمة", "left Dushanbe after attending the summit": the place left hosted it.
    const leave = [...f.slice(0, m.index).matchAll(new RegExp(LEAVE.source, 'g'))].pop();
    const left = leave ? ms.find((x) => x.code !== 'CN' && !x.leader && x.index > leave.index && x.index - leave.index < 60 && x.index < m.index) : undefined;
    const leftHost = left && AFTER.test(f.slice(left.index, m.index)) && !/[.。;؛]/.test(f.slice(left.index, m.index)) ? left.code : null;
    const host = hostAfter(f, Math.max(m.index + m[0].length, forum.m.index + forum.m[0].length)) ?? cityBefore?.code ?? leftHost;
    // A city named for something else ("赴杜尚别访问") does not make its country a participant.
    // Nor does a country the sentence names as a trip's destination ("出席…会议,并对哈萨克、塔吉克进行国事访问").
    const trips = destinationLists(f, ms);
    // …nor one named only as where a visit of the sentence goes ("出席…会议并对哈萨克斯坦进行国事访问后赴杜尚别").
    const visitedOnly = new Set(out.filter((x) => x.kind === 'visit').map((x) => destination(f, x, ms)).filter((c): c is string => !!c));
    // "…summit of the SCO, which groups China, Russia, Kazakhstan, …", "التي تضم …": the organisation's members, named to
    // describe it, are not thereby the summit's participants.
    const members = [...f.matchAll(MEMBERS_LIST)].map((x) => ({ start: x.index!, end: x.index! + x[0].length }));
    const named = [...new Set(ms.filter((x) => x.code !== 'CN' && !x.city && !trips.some((l) => x.index >= l.start && x.index < l.end) && !members.some((l) => x.index >= l.start && x.index < l.end) && !(visitedOnly.has(x.code) && !x.leader && !ms.some((c) => c.city && c.code === x.code))).map((x) => x.code))];
    const excluded = !named.length && ms.some((x) => x.code !== 'CN' && !x.city && !x.leader);
    // "قمة … بين بكين وخمس جمهوريات", "China and the five Central Asian countries": all five take part.
    // (Only when the sentence names no partner of its own: "两国元首…共同出席中国同中亚五国…峰会" is of the pair it names.)
    const allFive = forum.forum === 'chinaCentralAsia' && /five|خمس|五国/.test(forum.m[0]) && !ms.some((x) => x.code !== 'CN');
    const partners = allFive ? COUNTRIES.filter((c) => c.code !== 'CN').map((c) => c.code) : host && host !== 'CN' ? [...new Set([host, ...ms.filter((x) => x.code !== 'CN' && realLeader(x)).map((x) => x.code)])] : named;
    // (When every partner the sentence names is only a trip's destination, the text does not say who took part.)
    if (!partners.length && excluded && !allFive && !(host && host !== 'CN')) continue;
    out.push({ kind: 'summit', index: m.index, end: m.index + m[0].length, strong: true, title: { is: 'forum', forum: forum.forum }, partners });
  }

  for (const m of all(ESTABLISH_ANY, f)) {
    if (inAnniversary(m.index)) continue;
    // "1月2日是中乌建交纪念日", "the anniversary day of the establishment": the day it is remembered, not the event.
    if (/^\s*(?:[\d〇零一二两三四五六七八九十]{1,4}\s*)?(?:周年)?纪念日/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    out.push({ kind: 'establishment', index: m.index, end: m.index + m[0].length, strong: true, title: { is: 'establishment' }, needsWrittenDate: true });
  }

  if (cityOnly) return out.filter((t) => !['talks', 'agreement', 'partnership'].includes(t.kind));
  if (first(RELATIONS, f))
    for (const a of anniversaries) {
      const years = yearsOf(a[1]);
      if (years && years > 0 && years < 200) out.push({ kind: 'anniversary', index: a.index, end: a.index + a[0].length, strong: true, title: { is: 'anniversary', years }, years });
    }
  return out;
}

const CITY_NAMES = CITIES.flatMap((c) => c.names).map((n) => foldForMatch(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
/** A leader leaving a capital for a trip: "离开北京,前往…", "离京", "غادر … بكين", "left Beijing for". */
const DEPARTED = new RegExp(`离开(?:${CITY_NAMES})|离京|启程前往|(?<![\\u0621-\\u064a])(?:[وف])?(?:${['غادر', 'يغادر', 'غادرت', 'تغادر'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])[^.،؛]{0,60}?(?<![\\u0621-\\u064a])(?:ال)?(?:${CITY_NAMES})(?![\\u0621-\\u064a])|\\b(?:left|leaves|departed|departs)\\s+(?:from\\s+)?(?:${CITY_NAMES})\\b`);
/** An arrival told anywhere in the text: then the report is not of a departure only. */
const ARRIVED = new RegExp(`抵达|到达|\\barriv(?:ed|es|al)\\b|(?<![\\u0621-\\u064a])[وف]?(?:${['وصل', 'وصول', 'وصوله', 'يصل', 'تصل', 'وصلت'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])`);

/** "بعد (حوالي) خمسة أشهر من", "(some) five months after", "两个多月后": the time of the sentence is a span after the event. */
const SPAN_AFTER = new RegExp(`(?<![\\u0621-\\u064a])(?:${['بعد', 'عقب'].map(foldForMatch).join('|')})\\s+(?:(?:${['حوالي', 'نحو', 'قرابة', 'أكثر من', 'أقل من'].map(foldForMatch).join('|')})\\s+)?(?:\\d+|[\\u0621-\\u064a]+)\\s+(?:${['أشهر', 'شهور', 'شهرا', 'أعوام', 'سنوات', 'عاما', 'أسابيع', 'أيام'].map(foldForMatch).join('|')})\\s+(?:${['من', 'على'].map(foldForMatch).join('|')})\\s*$|\\b(?:\\d+|[a-z]+) (?:months|years|weeks|days) after\\s+(?:the\\s+)?(?:\\S+\\s+){0,3}$`);

/** "a new stage of (the)", "للفترة الجديدة من", "المرحلة الجديدة من": right before a level, a stage of the level there is. */
const NEW_STAGE_OF = new RegExp(`\\bnew (?:stage|phase|period|chapter) (?:of|in) (?:the |their |our |bilateral )*$|(?<![\\u0621-\\u064a])(?:[وبل]|لل|ال)?(?:${['فترة', 'مرحلة'].map(foldForMatch).join('|')}) (?:ال)?${foldForMatch('جديدة')} (?:${['من', 'في', 'ل'].map(foldForMatch).join('|')}) ?$`);

/** A company named as a party: "company", "corp.", "شركة", "公司", "集团". */
const COMPANY = new RegExp(`\\b(?:company|companies|corp|corporation|ltd|inc|firm)\\b|(?<![\\u0621-\\u064a])(?:[وبل]|لل|ال)?${foldForMatch('شركة')}|${foldForMatch('شركات')}|公司|集团`);

/** Right after a start verb: "its (own) part/section/segment/stretch/leg/portion". */
const OWN_STRETCH = /^\w*\s+(its (?:own )?(?:part|section|segment|stretch|leg|portion))\b/;

/** After a project's nominal subject: what it brought ("marked", "ushered in", "has become", "is a milestone"). */
const EVALUATED_EN = /^[^,;]{0,80}?\b(?:marked|marks|has marked|ushered|has brought|brought|has become|became|has opened|opened a new|is a|was a|has been a|signified|symbolized|symbolised|laid the foundation)\b/;
/** Before a project's nominal: "يمثل/شكل/يعد (افتتاح …)": it represents, it is. */
const EVALUATED_AR = new RegExp(`(?<![\\u0621-\\u064a])[وف]?(?:${['يمثل', 'مثل', 'شكل', 'يشكل', 'يعد', 'يعتبر', 'اعتبر', 'يعكس'].map(foldForMatch).join('|')})\\s+(?:ال)?$`);

/** Before a summit's name: "on the sidelines of (the …)", "على هامش". */
const SIDELINES_BEFORE = /(?<![\u0621-\u064a])علي هامش\s*$|\bon the (?:sidelines|margins) of (?:the )?(?:\S+\s+){0,4}$/;

/** Before a summit's name, in its clause: the purpose of a trip ("لحضور", "للمشاركة في", "to attend", "出席"). */
const TO_ATTEND_BEFORE = new RegExp(`(?<![\\u0621-\\u064a])(?:${['لحضور', 'للمشاركة في', 'للمشاركه في'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])[^،,.;؛]{0,50}$|\\bto (?:attend|take part in|participate in)\\b[^,.;]{0,50}$|(?:出席|参加)[^，,。；]{0,20}$`);

/** What a visit word is to when it is a place: "(ب)زيارة الجناح", "زار مسجدا", "visited the pavilion", "a visit to the factory". */
// (…also after a preposition: "الزيارة إلى متحف أمير تيمور".)
const PLACE_VISITED = new RegExp(`^[\\u0621-\\u064a]*\\s*(?:(?:${['إلى', 'الى', 'في', 'ل'].map(foldForMatch).join('|')})\\s?)?(?:(?:ال)?(?:${['جناح', 'معرض', 'مصنع', 'متحف', 'مسجد', 'مدرسة', 'جامعة', 'شركة', 'مقر', 'قاعة', 'حديقة', 'ضريح', 'نصب', 'مستشفى', 'مختبر', 'مركز'].map(foldForMatch).join('|')})(?:ا|ه|ها)?(?![\\u0621-\\u064a])|(?:to\\s+)?(?:the |a |an )?(?:[a-z]+\\s+){0,2}(?:pavilion|exhibition|expo|factory|plant|museum|school|university|mosque|company|mausoleum|memorial|laboratory|hospital)\\b)`);

/** After a visit: the present that tells it under way ("يقوم بها", "يجريها حاليا", "he is paying", "正在进行"). */
const UNDER_WAY = new RegExp(`^\\s*(?:(?:التي|الذي)\\s+)?(?:${['يقوم بها', 'تقوم بها', 'يجريها', 'تجريها', 'يؤديها', 'يقومان بها'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])|^\\s*(?:that |which )?(?:he|she) is (?:paying|making|on)\\b`);

/** Three or more heads of state: "五国元首", "三国领导人", "the heads of state of the five countries", "قادة الدول الخمس". */
// (…"6个成员国元首", "各成员国元首", "the heads of member states": the member states' heads, all of them.)
const MANY_HEADS = new RegExp(`[三四五六七八九十]国(?:元首|领导人|首脑)|(?:\\d+|[三四五六七八九十]+)个(?:成员国|国家)(?:的)?(?:元首|领导人|首脑)|成员国(?:的)?(?:元首|领导人|首脑)(?!理事会)|\\bheads of (?:state of )?(?:the )?(?:other |sco |organization's )?member (?:states|countries)\\b|(?<![\\u0621-\\u064a])(?:${['قادة الدول الأعضاء', 'رؤساء الدول الأعضاء'].map(foldForMatch).join('|')})|\\b(?:heads of state|leaders) of (?:the )?(?:three|four|five|six|seven|eight) (?:countries|nations|states)\\b|(?<![\\u0621-\\u064a])(?:${['قادة الدول الخمس', 'رؤساء الدول الخمس', 'قادة الدول الثلاث', 'رؤساء الدول الثلاث', 'زعماء الدول الخمس'].map(foldForMatch).join('|')})`);

/** Greeting an arrival: "在机场迎接", "热情迎接", "كان في استقباله", "greeted by", "welcomed at the airport". */
const GREETED = new RegExp(`迎接|迎候|热情欢迎|\\b(?:greeted|welcomed|received)\\b|(?<![\\u0621-\\u064a])(?:${['في استقباله', 'في استقبال', 'استقبله', 'استقبلها'].map(foldForMatch).join('|')})`);

/** A Chinese place that is no country (a plant, a site, a hall), right after an arrival or visit word. */
// (…a palace or a guest house where a summit meets: "抵达索莫尼宫", "抵达国宾馆".)
const PLACE_VISITED_ZH = /^[^，,。；、]{0,14}?(?:处理厂|工厂|电厂|工地|现场|会场|会议中心|展览中心|大厦|纪念馆|博物馆|展馆|学校|大学|医院|园区|气田|油田|宫|宾馆|大会堂)(?=[，,。；]|$)/;

/** After a meeting word: "with" and a head of state's or government's title ("مع رئيس الوزراء القيرغيزي", "with the Kyrgyz president"). */
const WITH_HEAD = new RegExp(`^\\s*(?:(?:مع|ب)\\s+(?:ال)?(?:${['رئيس الوزراء', 'رئيس مجلس الوزراء', 'رئيس الحكومة', 'الرئيس', 'رئيس'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])|with\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}(?:president|prime minister|premier|chairman of the cabinet)\\b)`);

/** The works a start or completion word names with no project ("بدأ العمل", "بدأت أعمال البناء", "began work", "开工建设"). */
const WORKS_AFTER = new RegExp(`^\\s*(?:(?:ال)?(?:${['العمل', 'الأعمال', 'أعمال البناء', 'أعمال الإنشاء', 'البناء', 'الإنشاء', 'التشييد'].map((w) => foldForMatch(w).replace(/^ال/, '')).join('|')})(?![\\u0621-\\u064a])|(?:the )?(?:work|works|construction)\\b)`);

/** After English "met": a head of state or government as its object ("met Kyrgyz President …", "met the Uzbek prime minister"). */
const MET_HEAD = /^\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:president|prime minister|premier)\b/;

/** "أجرى هو وجاباروف تواصلا وديا ومعمقا في بكين": "held an exchange" is a meeting (a call says so: "هاتفيا", "عبر الفيديو"). */
const HELD_EXCHANGE = new RegExp(`(?<![\\u0621-\\u064a])[وف]?(?:${['أجرى', 'أجريا', 'أجرت', 'يجري', 'يجريان'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])[^،,.؛]{0,30}?(?<![\\u0621-\\u064a])${foldForMatch('تواصلا')}(?![\\u0621-\\u064a])`, 'g');

/** A sentence that writes a day or a date of its own (a cheap check: digits, weekdays, "today"). */
const OWN_DAY = new RegExp(`\\d|\\b(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|今天|昨天|周[一二三四五六日]|(?<![\\u0621-\\u064a])(?:${['اليوم', 'أمس', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])`);

/** "وأدلى … بهذا التصريح في …", "made the remarks at/during …", "上述讲话是在…": the remarks just quoted, and where they were made. */
const REMARKS_AT = new RegExp(`^(?:[وف]?(?:${['أدلى', 'ادلى', 'جاءت هذه التصريحات', 'جاءت تصريحات'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])|\\S+(?: \\S+)? made (?:the|these|his|her) (?:remarks|comments|statement)\\b|[^，,。]{0,10}(?:是在|系在)[^，,。]{0,30}(?:时|上)(?:作出|发表)?(?:上述|这番)?(?:讲话|表示))`);

/** "我们在北京进行了友好、深入、务实的交流": the leaders' exchange, said by one of them, is their meeting. */
const ZH_EXCHANGE = /(?:我们|我同你|我和你|两国元首|两国领导人)[^，,。；]{0,12}(?:进行|举行)了?[^，,。；]{0,14}交流/g;

/** A partnership word that names a document: "strategic partnership deal", "…伙伴关系的联合声明", "declaration on …". */
const DOCUMENT_AFTER_LEVEL = /^\s*(?:deal|agreement|accord|treaty|declaration|statement|的联合声明|的联合宣言|条约|的条约)|^(?:关系)?的?(?:联合声明|联合宣言)/;

/** "the Central Asian state", "البلد الواقع في آسيا الوسطى", "这个中亚国家": the article's partner, named by its region. */
const PARTNER_ANAPHOR = new RegExp(`\\bthe central asian (?:state|country|nation|republic|neighbou?r)\\b|(?<![\\u0621-\\u064a])(?:${['البلد الواقع في آسيا الوسطى', 'البلد الواقع في وسط آسيا', 'الدولة الواقعة في آسيا الوسطى', 'الدولة الواقعة في وسط آسيا', 'البلد الآسيوي الأوسط', 'الجمهورية السوفيتية السابقة', 'الجمهورية السوفياتية السابقة'].map(foldForMatch).join('|')})|(?:这个|该|这一)中亚国家`);

/** "… الذي تم التوقيع عليه", "… signed in/on/last": a document told as signed. */
const PAST_SIGNED = new RegExp(`^\\s*(?:[\\u0621-\\u064a]+\\s+){0,2}(?:${['الذي', 'التي', 'اللذين', 'اللتين', 'اللذان'].map(foldForMatch).join('|')}) (?:${['تم', 'جرى', 'وقع', 'وقعت', 'وقعها', 'وقعتها'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])|^\\s*(?:\\w+\\s+){0,2}(?:that was |which was |that were |which were )?signed (?:in|on|last|earlier|during)\\b`);

/** "当天", "the same day", "في اليوم نفسه": the day last written. */
const SAME_DAY = new RegExp(`当天|当日|同日|同一天|\\b(?:the same day|that day|on the same day)\\b|(?<![\\u0621-\\u064a])(?:${['في اليوم نفسه', 'في نفس اليوم', 'في ذات اليوم', 'في اليوم ذاته', 'اليوم نفسه'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])`);

/** Words that may stand with a date in a clause of its own ("当地时间6月22日17时16分", "وفي عام 2019", "In 2019,"). */
// (A time of day and the frame of a span are part of the date: "2023年5月18日下午,", "وفي الفترة من 3 إلى 5 يوليو عام 2000،".)
const DATE_LIGHT = /当地时间|北京时间|上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|\blocal time\b|\b(?:in|on|at|of|the|early|late|from|between|during the period|(?:in the )?(?:morning|afternoon|evening|night))\b|(?<![\u0621-\u064a])(?:و?في|و|يوم|مساء|صباح|بتوقيت|الفتر[هة]|من|الي|إلى)(?![\u0621-\u064a])|[在于\s,，、،:：()（）.。\d时分点晚]/g;
/** A complementizer a clause opens with ("noted that", "أشار إلى أن", "表示,"): a date right after it opens the reported clause. */
const THAT_BEFORE = /(?:\bthat|(?<![\u0621-\u064a])(?:ان|إن|أن|انه|إنه|أنه))\s*$/;

/** English names as the extractor knows them: its gazetteer's countries and cities, the ladders' levels. */
function englishNames(ladders: Ladders): TitleNames {
  return {
    country: (code, language) => (language === 'en' ? (COUNTRIES.find((c) => c.code === code)?.en ?? null) : null),
    city: (english, language) => (language === 'en' ? english : null),
    level: (pairId, key, language) => (language === 'en' ? (ladders[pairId]?.find((r) => r.key === key)?.names[0] ?? null) : null),
  };
}
/** A candidate's English title and what it says (worded in every language by the app: data/handlers/article.ts). */
function titled(spec: TitleSpec, ladders: Ladders): { title: string; titleSpec: TitleSpec } {
  return { title: formatTitle(spec, 'en', englishNames(ladders)), titleSpec: spec };
}

/**
 * Words that put the country after them as where a visit goes: "to", "إلى", "对…进行", "访问", "抵达", "前往"; in Arabic also
 * "لـ" attached to the name, which the name's match includes ("لطاجيكستان", "للصين"; no partner's name starts with "ل").
 * The first country after the visit's word may be the visitor's ("قام بها الرئيس الصيني … لطاجيكستان").
 */
const DESTINATION_BEFORE = /(?:\bto (?:the )?|(?<![\u0621-\u064a])(?:الي|إلى) |对|访问|抵达|到访|前往|赴)$/;
const destinationMarked = (f: string, at: number) => f[at] === 'ل' || DESTINATION_BEFORE.test(f.slice(Math.max(0, at - 4), at));
function visitTitle(words: string, f: string, at: number): TitleSpec {
  const type = /state|دوله|国事|国是/.test(words) ? 'state' : /official|رسميه|正式/.test(words) ? 'official' : 'plain';
  const countries = mentions(f).filter((m) => !m.leader);
  // Where the sentence marks a destination, the one nearest the visit's word; else the first country after it.
  const marked = countries.filter((m) => destinationMarked(f, m.index)).sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  const after = marked ?? countries.find((m) => m.index >= at);
  return { is: 'visit', type, country: after?.code ?? null };
}
function talksTitle(f: string): TitleSpec {
  return { is: 'talks', city: cityIn(f) };
}
function projectTitle(f: string, noun: string): TitleSpec {
  const type = /rail|سك|铁路|班列/.test(noun) ? 'railway' : /pipeline|انابيب|管/.test(noun) ? 'pipeline' : /road|highway|طريق|公路/.test(noun) ? 'road' : 'project';
  return { is: 'project', type, chain: countryChain(f) ?? [] };
}
/** The partners of a trilateral name ("China–Kyrgyzstan–Uzbekistan railway", "中吉乌铁路"), if the sentence has one. */
function chainPartners(f: string): string[] | null {
  const zh = first(ZH_PAIR, f);
  if (zh && zh[0].length > 2) return [...zh[0].slice(1)].map((ch) => ZH_PAIR_ABBREVIATIONS[ch]).filter(Boolean);
  // "中国石油和乌哈同行建设者", "中方与哈乌两国": partners' short names run together after China's side, as its fellow parties.
  const run = /(?:和|与|及|同)([哈吉塔乌土]{2,4})(?=同行|两国|三国|双方|各方|建设者|企业)/.exec(f);
  if (run) return [...new Set([...run[1]].map((ch) => ZH_PAIR_ABBREVIATIONS[ch]))];
  // "بين حكومات الدول الثلاث … بين الصين وقرغيزستان وأوزبكستان", "the three countries": every partner named.
  if (first(THREE_PARTIES, f)) {
    const named = [...new Set(mentions(f).filter((m) => m.code !== 'CN' && !m.leader).map((m) => m.code))];
    if (named.length >= 2) return named;
  }
  const chain = countryChain(f);
  if (!chain) return coordinated(f);
  const codes = chain.filter((c) => c !== 'CN');
  return codes.length ? [...new Set(codes)] : null;
}

/**
 * "يربط الصين وقرغيزستان وأوزبكستان", "between China, Kyrgyzstan and Uzbekistan", "中国、吉尔吉斯斯坦和乌兹别克斯坦": China and two or
 * more partners named as one list are all parties (countries a line only passes through are not in such a list with China).
 */
function coordinated(f: string): string[] | null {
  const names = COUNTRY_RE.flatMap(({ country, names: re }) => all(re, f).map((m) => ({ code: country.code, index: m.index, end: m.index + m[0].length }))).sort((a, b) => a.index - b.index);
  for (let i = 0; i < names.length; i++) {
    const list = [names[i]];
    for (let j = i + 1; j < names.length && /^\s*(?:,|،|、|and|, and|和|与|及)?\s*$/.test(f.slice(list[list.length - 1].end, names[j].index)); j++) list.push(names[j]);
    const partners = [...new Set(list.map((x) => x.code).filter((c) => c !== 'CN'))];
    if (list.length >= 3 && list.some((x) => x.code === 'CN') && partners.length >= 2) return partners;
  }
  return null;
}

/** "الجزء الكازاخستاني من خط الأنابيب", "the Kazakh section of the pipeline", "哈萨克斯坦境内段": the section's country is the party. */
function sectionPartner(f: string, ms: Mention[]): string[] | null {
  for (const m of ms) {
    if (m.leader || m.code === 'CN') continue;
    if (/(?<![\u0621-\u064a])(?:ال)?(?:جزء|قسم|شطر|مقطع)\s*$/.test(f.slice(Math.max(0, m.index - 8), m.index))) return [m.code];
    const after = f.slice(m.index, m.index + 40);
    if (/^[a-z-]+\s+(?:section|segment|stretch|part|leg)\s+of\b/.test(after) || /^\p{Script=Han}{2,6}?(?:境内)?(?:段|部分)/u.test(after)) return [m.code];
  }
  return null;
}

/** "Uzbekistan also started building its part": the country named last before the verb, in its clause, owns the stretch. */
function ownerOf(f: string, ms: Mention[], verb: number): string[] | null {
  const m = ms.filter((x) => !x.leader && x.index < verb && verb - x.index < 60 && !/[.;,،؛]|\bwhile\b|\band\b/.test(f.slice(x.index, verb))).pop();
  return m && m.code !== 'CN' ? [m.code] : null;
}

/**
 * The partner a line or road runs between with China ("خط … ينقل الغاز من تركمنستان إلى الصين", "a pipeline from
 * Turkmenistan to China", "从土库曼斯坦到中国"): the project's party, whoever else the sentence names (transit
 * countries, guests at the ceremony).
 */
function routePartners(f: string, ms: Mention[], from: number): string[] | null {
  const names = ms.filter((m) => !m.leader && m.index >= from - 10 && m.index < from + 120);
  for (const a of names) {
    const before = f.slice(Math.max(0, a.index - 8), a.index);
    // "from X to China", "between X and China" ("بين تركمنستان والصين").
    const from = /(?:\bfrom|(?<![\u0621-\u064a])من|从|自)\s*$/.test(before);
    const between = /(?:\bbetween|(?<![\u0621-\u064a])بين)\s*$/.test(before);
    if (!from && !between) continue;
    const link = from ? /(?:\bto|(?<![\u0621-\u064a])(?:الي|إلى)|到|至)\s*$/ : /(?:\band|(?<![\u0621-\u064a])و)\s*$/;
    const b = names.find((x) => x.index > a.index && x.index - a.index < 40 && (x.code === 'CN') !== (a.code === 'CN') && (link.test(f.slice(Math.max(a.index, x.index - 6), x.index)) || (between && /^و/.test(f.slice(x.index)))) && !/[.،,;؛。，]/.test(f.slice(a.index, x.index)));
    if (b) return [a.code === 'CN' ? b.code : a.code];
  }
  return null;
}

const CITY_COUNTRY: Record<string, string> = { Astana: 'KZ', Almaty: 'KZ', Bishkek: 'KG', Dushanbe: 'TJ', Tashkent: 'UZ', Samarkand: 'UZ', Ashgabat: 'TM', "Xi'an": 'CN', Beijing: 'CN', Shanghai: 'CN', Urumqi: 'CN', Chengdu: 'CN', Qingdao: 'CN' };
/** The country a summit is held in, when a city or country follows its name ("… summit in Astana", "قمة … في أستانا"). */
function hostAfter(f: string, from: number): string | null {
  const after = f.slice(from, from + 50);
  const at = /^[^.،,;؛]*?(?:\bin\b|\bat\b|(?<![\u0621-\u064a])(?:في|ب)(?=[\s\u0621-\u064a])|在|于)/.exec(after);
  if (!at) return null;
  const rest = after.slice(at[0].length, at[0].length + 25);
  for (const { city, re } of CITY_RE) {
    const m = first(re, rest);
    if (m && m.index < 6 && CITY_COUNTRY[city]) return CITY_COUNTRY[city];
  }
  for (const { country, names } of COUNTRY_RE) {
    const m = first(names, rest);
    if (m && m.index < 6) return country.code;
  }
  return null;
}

/** "الصين-قرغيزستان-أوزبكستان" → "China–Kyrgyzstan–Uzbekistan". */
/** The countries of a name such as "China–Kyrgyzstan–Uzbekistan" (codes in the text's order), if the sentence has one. */
function countryChain(folded: string): string[] | null {
  const names = COUNTRY_RE.flatMap(({ country, names: re }) => all(re, folded).map((m) => ({ code: country.code, index: m.index, end: m.index + m[0].length }))).sort((a, b) => a.index - b.index);
  for (let i = 0; i < names.length; i++) {
    const chain = [names[i]];
    for (let j = i + 1; j < names.length && /^\s*[-–—]\s*$/.test(folded.slice(chain[chain.length - 1].end, names[j].index)); j++) chain.push(names[j]);
    if (chain.length >= 2) return chain.map((c) => c.code);
  }
  return null;
}

/** "اجتماع رؤساء…", "اجتماع مجلس…": the session of a body (a summit or a ministers' meeting), not two leaders' talks. */
// (With its clitics: "الاجتماع الـ15 لرؤساء وزراء …", "للقادة".)
const HEADS_OF = new RegExp(`^\\s+(?:ال\\d+\\s+|(?:ال)?[\\u0621-\\u064a]+\\s+(?:(?:و)?(?:ال)?[\\u0621-\\u064a]+\\s+)?)?(?:[ول]|لل)?(?:ال)?(?:${['مجلس', 'رؤساء', 'وزراء', 'قادة'].map(foldForMatch).join('|')})`);

// ("اجتماع رؤساء وزراء الدول الأعضاء": heads of government without the article, too.)
const HEADS_OF_GOVERNMENT = new RegExp(`heads? of government|prime ministers|${['حكومات', 'الحكومات', 'الوزراء', 'رؤساء وزراء'].map(foldForMatch).join('|')}|政府首脑|总理会议`);

/** "arrived on Thursday … after a busy schedule at the summit": what follows "after" happened before the date. */
/** Counts of events: "N次", "多次", "several times", "أكثر من عشر مرات", "مرات عديدة". */
/** "This was the second time …", "it is his third time …": the event told is counted among others, not a new one. */
// ("这是两国元首今年第三次会晤", "وهذه هي المرة الثالثة التي يلتقي فيها الرئيسان": the same in Chinese and Arabic.)
const ORDINAL_TIME = new RegExp(`\\b(?:this|it|that) (?:was|is|marks|marked) (?:the|his|her|their) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)) time\\b[^,;.]{0,80}$|这是[^，,。；]{0,20}第[二三四五六七八九十\\d]+次[^，,。；]{0,4}$|(?<![\\u0621-\\u064a])[وف]?(?:${['هذه هي', 'هذا هو', 'هي', 'وهي'].map(foldForMatch).join('|')}) ${foldForMatch('المرة')} (?:ال)?[\\u0621-\\u064a]+ ${foldForMatch('التي')}[^،,.؛]{0,40}$`);
const COUNTED_BEFORE = /(?:(?<![第\d一二两三四五六七八九十])[\d一二两三四五六七八九十多数]+次|屡次|多番)[^，,。、\s]{0,3}$/;
const COUNTED_AFTER = new RegExp(`^[^]{0,70}?(?:\\b(?:\\d+|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous) times\\b|(?<![\\u0621-\\u064a])(?:${['مرات', 'مرات عديدة', 'عدة مرات'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a]))`);
/** What one reaches that is not a place: "وصلت إلى مستوى قياسي", "وصل حجم التبادل إلى 40 مليار". */
const REACHED = new RegExp(`^\\s*(?:[\\u0621-\\u064a]+\\s+){0,2}(?:${['إلى', 'الى'].map(foldForMatch).join('|')})\\s+(?:\\d|${['مستوى', 'مستويات', 'ذروة', 'رقم', 'حوالي', 'نحو', 'أكثر', 'قمة'].map(foldForMatch).join('|')})`);

/** A publication verb before a date: the date is the text's, not its events'. */
const PUBLISHED = new RegExp(`\\b(?:published|wrote|written|in an article|op-ed)\\b[^.;]{0,20}$|(?<![\\u0621-\\u064a])(?:${['نشره', 'نشرته', 'نشر', 'نشرت', 'مقال', 'مقالا'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])[^.،;]{0,48}$`);
const AFTER = /\b(?:after|following)\b|(?<![\u0621-\u064a])(?:بعد|عقب|إثر|اثر)(?![\u0621-\u064a])|结束后|之后/;
/** "a day after", "two days after", "بعد يوم من", "بعد يومين من": a span back from the date before it. */
const DAYS_AFTER = /(?:\b(a|one|two|three|\d) days? after\b|(?<![\u0621-\u064a])بعد (يوم|يومين|\d) (?:(?:ايام|أيام|يوما) )?من)[^,.;،؛]{0,60}$/;
/** Any word of a meeting, visit or summit, whether or not it makes a candidate ("their meeting", "لقاءهما", "那次会晤"). */
const EVENT_NOUN = /\b(?:met|meet|meeting|meetings|visit|visits|visited|trip|talks|summit)\b|(?<![\u0621-\u064a])(?:[وبل]|ال|وال|بال|لل)?(?:لقاء|اجتماع|زيار[هة]|زار|قم[هة]|محادثات|مباحثات)|会晤|会见|会谈|访问|峰会/;
/** Words that name an event as a past occasion ("his last visit", "زيارته الأخيرة", "上次会晤"): it may take a date of history. */
const PAST_OCCASION = /\b(?:last|previous|earlier|former|first|past)\b|(?<![\u0621-\u064a])(?:ال)?(?:سابق|سابقه|سابقتين|اخير|اخيره|ماضي|ماضيه|اولي)(?![\u0621-\u064a])|上次|此前|首次|前次|曾经|曾/;
/** A trip told at its end ("في ختام رحلته", "at the end of his visit", "结束…访问"): it began before the news day. */
const TRIP_ENDS = /(?<![\u0621-\u064a])(?:في|عند) ختام (?:رحلت|زيارت|جولت)[هة]|\bat the (?:end|close|conclusion) of (?:his|her|a) (?:\S+ )?(?:visit|trip|tour)\b|\bconclud(?:ed|ing|es) (?:his|her|a) (?:\S+ )?(?:visit|trip|tour)\b|结束(?:了)?[^，,。]{0,12}(?:访问|之行)/;
/**
 * A visit told as begun on a day and as over ("The state visit … started on January 15" in a report that the visit
 * "concluded on Sunday"): it lasted several days, and the day told is only its first.
 * (Without its end told, "Hu begins a visit" is the news of the day, and what is done undated is of that day.)
 */
const VISIT_BEGAN = /\b(?:started|began|kicked off)\b|\b(?:three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b/;
const VISIT_OVER = /\b(?:visit|trip|tour)\b[^.]{0,80}\b(?:concluded|ended|wrapped up)\b/;
/** A sentence giving examples of the one before ("In particular,", "For example,", "其中,", "على سبيل المثال،"). */
const EXAMPLE_OPENING = new RegExp(`^(?:in particular|notably|for example|for instance|among them|among these|specifically)\\b|^(?:其中|特别是|例如|比如)|^(?:${['على سبيل المثال', 'ولا سيما', 'وعلى وجه الخصوص', 'وبشكل خاص'].map(foldForMatch).join('|')})`);
/** An organisation described by its members, to the end of the clause: "which groups China, Russia, …", "التي تضم …". */
const MEMBERS_LIST = new RegExp(`\\b(?:which|that) (?:groups|comprises|includes|brings together|consists of|unites)\\b[^.;)]*|\\b(?:grouping|comprising|whose members (?:are|include))\\b[^.;)]*|(?<![\\u0621-\\u064a])(?:${['التي تضم', 'الذي يضم', 'والتي تضم', 'والذي يضم'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])[^.;؛)]*`, 'g');
/** A frame that places what follows during the visit just told: "访问期间", "during the visit", "خلال الزيارة". */
const DURING_VISIT = /(?:访问|访华|此访|这次访问)期间|\bduring (?:the|his|her|this|[a-z-]+(?: [a-z-]+){0,3}['’]s) (?:state |official |working )?(?:visit|trip|stay)\b|(?<![\u0621-\u064a])(?:خلال|اثناء) (?:ال|هذه ال)?زيار[هة]/;
/** "已经建成", "早已投产": a project told as already done, a state; with a date ("已于6月投产") it is an event. */
const ALREADY_DONE = /(?:已经|业已|早已)(?:建成|竣工|投产|通车|开通|投运|贯通|落成|完工)[^，,。；]*$/;
/** Between a document and the occasion named after it: "signed (by the two presidents) during". (Arabic "الذي وقعه … خلال" is read as a past signing already.) */
const SIGNED_DURING = new RegExp(`\\b(?:signed|inked|adopted|issued)\\b[^.;]{0,50}\\b(?:during|at|in the course of|on the sidelines of)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|a\\s+)?[^.;]{0,60}$`);
/** A leader leaving a country or city (not only a capital, as DEPARTED needs): "غادر … طاجيكستان", "left Dushanbe", "离开杜尚别". */
const LEAVE = new RegExp(`\\b(?:left|leaves|departed|departs)\\b|(?<![\\u0621-\\u064a])[وف]?(?:${['غادر', 'يغادر', 'غادرت', 'تغادر'].map(foldForMatch).join('|')})(?![\\u0621-\\u064a])|离开`);
/**
 * "غادر … طاجيكستان صباح يوم أمس الأحد … بعد حضوره القمة … وقيامه بزيارة دولة", "left Dushanbe on Sunday after attending
 * the summit", "圆满结束对塔吉克斯坦的国事访问,当地时间14日上午离开杜尚别": the day is the departure's; the visit, the
 * summit and the talks the departure ends were before it, known only to its month.
 */
function endedBy(f: string, pick: { index: number; end: number }, t: { index: number; end: number }): boolean {
  // ("结束…国事访问,…离开杜尚别", "concluded his visit … and left": the visit ends with the departure told after it.)
  if (/结束|\b(?:ended|concluded|wrapped up)\b/.test(f.slice(Math.max(0, t.index - 16), t.index)) && LEAVE.test(f.slice(t.end, t.end + 40).split(/[。.;؛]/)[0])) return true;
  if (t.index > pick.end) {
    const between = f.slice(pick.end, t.index);
    return LEAVE.test(f.slice(Math.max(0, pick.index - 80), pick.index)) && AFTER.test(between) && !/[.。;؛]/.test(between);
  }
  return false;
}
// "将" before a verb is the future; before a noun it is the object marker ("将两国关系提升为"), so only verbs and adverbs follow.
// "之后会应…邀请…出席": "会" as "will" (Hong Kong and Taiwan usage), not the "会" of 会见, 会谈, 峰会.
const ZH_FUTURE = /将(?:于|在|对|同|与|就|赴|前往|先后|出席|访问|举行|签署|会见|进行|启动|开工|建设|召开|主持|会谈|首次|继续|共同|一道|一起|携手|正式|再次|分别)|即将|(?:之后|随后|稍后|届时|还|也|亦)会(?![见谈晤议面长上期后场所员谈])/g;
/** "访华期间，…将…", "During the visit, Xi will …", "خلال الزيارة سي…": a visit is as future as what is done during it. */
const DURING_AFTER = /^[^，,。；]{0,8}?(?:期间|时)/;
const DURING_BEFORE = /(?:during|خلال|在)\s*(?:the |his |her |this |ال)?\S{0,6}$/;
const NOT_PLANNED_PARTNERSHIP = /agree|decid|同意|决定|اتفق|قرر/;

/**
 * The day a report was filed, when its dateline gives one a few days before the copy's date (a paper prints on the
 * 20th what "本报塔什干4月19日电" filed on the 19th): its "今天", "today" and "14日" are of that day. Otherwise the date given.
 */
function filedDate(text: string, given: PartialDate | null): PartialDate | null {
  if (!given || given.length !== 10) return given;
  const filed = datelineDate(text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 6).join('\n'), given);
  return filed && filed.length === 10 && filed < given && daysBefore(filed, given) <= 3 ? filed : given;
}

/** Planned, expected or future: the words that say so in the trigger's clause. */
function plannedWords(s: Sentence, t: Trigger, lang: ArticleMeta['language']): string | null {
  const f = s.folded;
  // "للاتفاق الثنائى الذى تم التوقيع عليه فى شهر مايو", "the agreement signed in May", "签署的协议": a document described by its
  // past signing is done, whatever the main clause says of what it will bring.
  if (t.kind === 'agreement' && PAST_SIGNED.test(f.slice(t.end, t.end + 30))) return null;
  // "بالتزامن مع زيارة رسمية يقوم بها …", "a visit he is paying": a visit told as under way is governed only by its own clause.
  const underWay = t.kind === 'visit' && UNDER_WAY.test(f.slice(t.end, t.end + 24));
  const [a0, b] = underWay ? clauseAt(s, t.index, 'weak') : clauseAt(s, t.index, lang === 'en' ? 'weak' : 'strong');
  // ", during which high-level meetings … will be held" after "the visit will continue …": a relative clause is
  // governed by the clause it hangs on.
  // (…and so is a predicate coordinated with the one before it: ", and take part in the SCO summit".)
  const a = lang === 'en' && a0 > 0 && (/^[\s,]*(?:during|in|at|after) which\b|^[\s,]*where\b/.test(f.slice(a0, a0 + 20)) || EN_COORDINATED_PREDICATE.test(f.slice(a0, a0 + 30))) ? clauseAt(s, a0 - 1, 'weak')[0] : a0;
  // Before the event's words, near them ("will visit", "من المقرر أن يوقع", "将于…出席"); or after them, words of
  // expectation only ("a visit is expected", "峰会前").
  if (t.kind === 'summit' && /^\s*(?:前|前夕|之前)/.test(f.slice(t.end))) return f.slice(t.end, t.end + 2);
  // "قبل الاجتماع الـ24 لمجلس رؤساء دول…", "before the summit": the summit is still ahead.
  const beforeSummit = t.kind === 'summit' ? /(?:\bbefore (?:the )?|(?<![\u0621-\u064a])قبل (?:ال)?)[^.،,؛;]{0,30}$/.exec(f.slice(Math.max(0, t.index - 40), t.index)) : null;
  if (beforeSummit) return beforeSummit[0].trim();
  // "訪問前夕", "on the eve of the visit": the visit is still ahead.
  // (Of any event: "عشية مراسم تدشين خط أنابيب", "on the eve of the opening ceremony", "وقبل وصول الرئيس الصيني".)
  const eve = /^\s*前夕/.exec(f.slice(t.end)) ?? /\b(?:on the eve of|ahead of) (?:the |his |her |this )?(?:\S+ ){0,2}$|(?<![\u0621-\u064a])(?:عشيه|قبيل) (?:ال)?(?:(?:مراسم|حفل|مراسيم) (?:ال)?)?$/.exec(f.slice(Math.max(0, t.index - 40), t.index)) ?? (t.kind === 'visit' ? /(?<![\u0621-\u064a])[وف]?قبل $|\bbefore (?:the |his |her )?$/.exec(f.slice(Math.max(0, t.index - 12), t.index)) : null);
  if (eve) return eve[0].trim();
  // "为今年…会晤作准备", "to prepare for the summit", "للتحضير للقمة": an event prepared for is still ahead.
  const prepared = /为(?=[^，,。；]{0,40}$)/.test(f.slice(Math.max(0, t.index - 40), t.index)) ? /^[^，,。；]{0,8}?(?:作|做)好?(?:准备|筹备)/.exec(f.slice(t.end, t.end + 14)) : null;
  if (prepared) return prepared[0];
  const preparing = /\b(?:prepar(?:e|es|ing|ations?) for|in preparation for)\s+(?:the\s+|a\s+|his\s+)?[^,.;]{0,40}$|(?<![\u0621-\u064a])(?:[وف]?(?:لل|ل)?(?:تحضير|اعداد|تمهيد))\s+(?:ل|لل)[^،,.؛]{0,40}$/.exec(f.slice(Math.max(0, t.index - 60), t.index));
  if (preparing) return preparing[0].trim().split(/\s+/).slice(0, 3).join(' ');
  // "As part of his visit to Tashkent to attend the … meeting Kazakh PM Mamin met with Li Keqiang": a finite past verb ("met",
  // "held talks", "signed") is not governed by a purpose infinitive before it ("to attend", "to sign"), which says what a trip
  // was for; "will be signed", "to be held", "have met" stay governed.
  const finitePast = lang === 'en' && /^(?:met|held|had|signed|inked|visited|paid|exchanged|discussed)\b/.test(f.slice(t.index, t.end)) && !/\b(?:be|been|being|have|has|to)\s+$/.test(f.slice(Math.max(0, t.index - 8), t.index));
  const infinitive = (m: RegExpExecArray) => /^to\s/.test(m[0]);
  const before = (m: RegExpExecArray, reach: number) => m.index < t.end && m.index >= Math.max(a, t.index - reach) && !(finitePast && infinitive(m));
  const expectation = (m: RegExpExecArray) => m.index >= t.end && m.index < b && /expect|schedul|plann|due|set to|المقرر|المتوقع|المرتقب|المنتظر|يتوقع|计划|预计/.test(m[0]);
  // "من المقرر أن …", "It is expected that …" opening the clause governs all of it.
  const opening = (m: RegExpExecArray) => m.index >= a && m.index < t.end && m.index - a < 25 && /المقرر|المتوقع|المنتظر|يتوقع|ينتظر|expect|schedul|计划|预计|将于/.test(m[0]);
  const found = [
    ...all(PLANNED, f).filter((m) => before(m, 100) || expectation(m) || opening(m)),
    ...all(AR_FUTURE, f).filter((m) => before(m, 60)),
    ...all(ZH_FUTURE, f).filter((m) => before(m, 60)),
    ...(t.kind === 'visit' && (DURING_AFTER.test(f.slice(t.end)) || DURING_BEFORE.test(f.slice(Math.max(0, t.index - 20), t.index)))
      ? [...all(ZH_FUTURE, f), ...all(AR_FUTURE, f), ...all(/\bwill\b/g, f)].filter((m) => m.index >= t.end && m.index < t.end + 60)
      : []),
  ].filter((m) => !(t.kind === 'partnership' && NOT_PLANNED_PARTNERSHIP.test(m[0])));
  // "…将主持的中亚峰会,明日召开,…拉赫蒙应邀对中国进行国事访问": a clause of its own that says the visit happens at an
  // invitation is not governed by another clause's future.
  const [wa, wb] = clauseAt(s, t.index, 'weak');
  if (/应邀|\bat the invitation of\b/.test(f.slice(wa, t.index)) && !found.some((m) => m.index >= wa && m.index < wb)) return null;
  // "中亚天然气管道C线全面投产后,…将使…": an opening after which something will be is itself ahead.
  if (t.kind === 'project' && /^[^，,。；]{0,4}(?:后|以后|之后)/.test(f.slice(t.end, t.end + 6))) {
    const will = /将(?!军)/.exec(f.slice(t.end));
    if (will) return will[0];
  }
  // "计划" plans only as a verb ("计划于…访问"); "产能合作计划" is a programme.
  const verbs = found.filter((m) => m[0] !== '计划' || /^(?:于|在|将|赴|访|举|签|出|明|今|下|\d)/.test(f.slice(m.index + 2, m.index + 3)));
  // An Arabic future verb is a future only as a verb: "سياسة", "سيارة" are nouns.
  const real = verbs.filter((m) => !/^(?:[وف])?س(?:ياس|يار|ياح|ياد|يط|يول|يبير|يمن|ينا|يرغ|يريك|نوي|نه|نوات|نتين|نغاف|يد|ير|تين|تاد|تار|تان|ته|تمر)/.test(m[0]));
  return real[0]?.[0] ?? null;
}

export function extract(text: string, given: PartialDate | null, ladders: Ladders = bundledLadders()): RawCandidate[] {
  const articleDate = filedDate(text, given);
  const language = languageOf(text);
  const list = sentences(text, language);
  const partner = mainPartner(list);
  const pairGuess = partner ? pairOf('CN', partner) : null;
  const out: RawCandidate[] = [];
  /** The date of the article's latest dated news event: undated events of the same report share it. */
  let newsDate: PartialDate | null = null;
  /** The date of the last event of each kind the text told: "this visit", "会见后" point back to it. */
  const lastOfKind = new Map<CandidateKind, PartialDate>();
  /** A visit the text dates by a span of several days ("7月17日和18日對中國進行了國事訪問"): what is told "during" it is of its month. */
  let spanVisit: PartialDate | null = null;
  /** The same, for events of the article's own days: in a news report "the visit" is the one of the news, in a recap the last one told. */
  const recentOfKind = new Map<CandidateKind, PartialDate>();
  /** The words of the first future date of a planned event: the article announces a programme ahead. */
  let announced: string | null = null;
  /** Whether the article has reported a dated event as done. */
  let reportedDone = false;
  /** A recap (its first dated events are past ones): its undated mentions are not the news of the day. */
  let recap = false;
  /** Partners whose leaders the article names: the countries that took part in a summit it reports. */
  const leadersNamed = [...new Set(list.flatMap((s) => mentions(s.folded).filter((m) => m.leader && m.code !== 'CN').map((m) => m.code)))];

  /** The day the article's news is of: its own date, or the lede's written day when the copy came out later. */
  let newsDay: PartialDate | null = articleDate;
  // Datelines open the article (after the headline): later sentences have none.
  const datelineZone = list.filter((s) => !s.headline)[0]?.end ?? 0;
  /** The dates a sentence writes (not its dateline's), computed once (chrono is the costly part). */
  const dateCache = new Map<Sentence, FoundDate[]>();
  const datesOf = (s: Sentence): FoundDate[] => {
    const had = dateCache.get(s);
    if (had) return had;
    const skip = s.start < datelineZone ? datelineLength(s.text) : 0;
    const toFolded = (i: number) => {
      const k = s.origin.findIndex((o) => o - s.start >= i);
      return k === -1 ? s.folded.length : k;
    };
    let found = datesIn(s.folded, articleDate, asciiDigits(s.text), toFolded).filter((d) => s.origin[d.index] - s.start >= skip);
    // "في أكتوبر من العام نفسه", "in October of the same year", "同年10月": the month is of the year last written before it
    // (in the sentence or the ones before), not the one the article's date would guess.
    found = found.map((d, k) => {
      if (!d.inferred || d.date.length < 7 || !SAME_YEAR_AFTER.test(s.folded.slice(d.end, d.end + 22)) && !/同年\s*$/.test(s.folded.slice(Math.max(0, d.index - 3), d.index))) return d;
      const si = list.indexOf(s);
      let year: string | null = found.slice(0, k).filter((x) => !x.inferred).pop()?.date.slice(0, 4) ?? null;
      for (let j = si - 1; year === null && j >= 0 && j >= si - 6; j--) year = datesOf(list[j]).filter((x) => !x.inferred).pop()?.date.slice(0, 4) ?? null;
      if (year === null) return d;
      const date = `${year}${d.date.slice(4)}`;
      return { ...d, date, future: articleDate !== null && date.slice(0, 7) > articleDate.slice(0, 7) };
    });
    dateCache.set(s, found);
    return found;
  };
  const paragraphBreak = (a: Sentence, b: Sentence) => text.slice(a.end, b.start).includes('\n');
  /** The partners a sentence opened by a pronoun subject ("They", "他们", "两人") means: those the sentence before names. */
  const pronounParties = (si: number): string[] | null => {
    const s = list[si];
    const prev = list[si - 1];
    if (!prev || prev.headline || s.headline || paragraphBreak(prev, s) || !/^\s*(?:they|both of them|the two)\b|^\s*(?:他们|两人|二人)/.test(s.folded)) return null;
    const codes = [...new Set(mentions(prev.folded).filter((m) => m.code !== 'CN').map((m) => m.code))];
    return codes.length ? codes : null;
  };
  /**
   * The date an undated event takes from the sentences before it: "当天", "the same day", "في اليوم نفسه" → the last day
   * written; else, within a paragraph, the date of the sentence just before ("في الفترة من 11 إلى 14 أغسطس عام 1999، قام …
   * بزيارة … ووقع الجانبان أربع وثائق", "6月22日17时16分,塔什干会展中心。…通车…"). A span gives a visit its first day, and
   * what is done during it its month.
   */
  const carriedDate = (si: number, t: Trigger, clause: [number, number]): { date: PartialDate; words: string } | null => {
    const s = list[si];
    const sameDay = SAME_DAY.exec(s.folded.slice(...clause));
    if (sameDay) {
      for (let j = si - 1; j >= 0 && j >= si - 8; j--) {
        const d = datesOf(list[j]).filter((x) => x.date.length === 10 && !x.future).pop();
        if (d) return { date: d.date, words: sameDay[0] };
      }
      return null;
    }
    const prev = list[si - 1];
    if (!prev || prev.headline || s.headline) return null;
    // "قال الرئيس … يوم الإثنين إن …" then "وأدلى الرئيس بهذا التصريح في مراسم تسليم مستشفى", "Li made the remarks at …":
    // the occasion of the remarks is of their day.
    if (REMARKS_AT.test(s.folded.slice(0, 40))) {
      const said = datesOf(prev).filter((x) => !x.future && x.date.length === 10).pop();
      if (said) return { date: said.date, words: said.words };
    }
    // "…the past year was rich in contacts." then "In particular, X made a state visit …", "其中,…": the examples of the
    // sentence before are of its time, even in a paragraph of their own.
    const elaborates = EXAMPLE_OPENING.test(s.folded.slice(0, 24));
    if (paragraphBreak(prev, s) && !elaborates) return null;
    const d = datesOf(prev).filter((x) => !x.future && !first(NOT_EVENT_DATE, prev.folded.slice(Math.max(0, x.index - 12), x.index))).pop();
    // (A year alone dates only the examples of its sentence: elsewhere it is too loose to carry.)
    if (!d || (d.date.length < 7 && !elaborates)) return null;
    // Only a sentence that sets the scene (a date and no event of its own), or, in a recounted chronology, the next
    // step of a dated item ("… عام 1999، قام … بزيارة … ووقع الجانبان …"): elsewhere the sentence before may tell another event.
    // (A scene is short: a longer sentence may tell an event the rules do not read, a call or a ministers' meeting.)
    const scene = prev.folded.length <= 40 && triggersIn(prev, ladders, pairGuess, lowNames, facts).length === 0;
    const chronology = !d.inferred && articleDate !== null && daysBefore(d.date.length === 7 ? `${d.date}-28` : d.date, articleDate) > 31 && /^(?:و|ف)(?!ال)[\u0621-\u064a]/.test(s.folded);
    // "今年1月,…对中国进行国事访问。两国元首一致决定将中乌关系提升为…": the two leaders' next step, told right after a
    // dated past visit or meeting, is of that occasion.
    const occasion = ['partnership', 'agreement'].includes(t.kind) && articleDate !== null && daysBefore(d.date.length === 4 ? `${d.date}-12-28` : d.date.length === 7 ? `${d.date}-28` : d.date, articleDate) > 31 &&
      first(BOTH_SIDES, s.folded.slice(0, 12)) !== null && triggersIn(prev, ladders, pairGuess, lowNames, facts).some((x) => x.kind === 'visit' || x.kind === 'talks');
    if (!scene && !chronology && !occasion && !elaborates) return null;
    // A span gives a visit its first day; what is done during it, and a summit the trip is for, its month.
    return { date: d.date.length === 10 && ((d.span && !d.twoDays && t.kind !== 'visit') || t.kind === 'summit') ? d.date.slice(0, 7) : d.date, words: d.words };
  };
  // The lede's day is the news day, even when its verb is not one the rules know ("… هو جينتاو أمس الجزء الكازاخستاني"),
  // or the opening sentences' ("…最为寒冷的首都之一。14日中午,当…专机…降落…": a feature sets the scene first).
  const body = list.filter((s) => !s.headline);
  if (body.length && articleDate) {
    const day = body
      .slice(0, 3)
      .flatMap((s) => datesOf(s))
      .find((d) => d.date.length === 10 && !d.future && (isRecent(d.date, articleDate) || (!d.inferred && daysBefore(d.date, articleDate) <= 31)));
    if (day) newsDate = day.date;
    // A report published days after the day it reports ("On July 5, 2024 …" in a copy of 15 July): its news is of
    // the lede's day, so "recent" is reckoned from that day.
    if (day && !isRecent(day.date, articleDate)) newsDay = day.date;
  }
  /** The partners of the trilateral project the article names, if it names one. */
  const articleChain = list.map((s) => (first(PROJECT_NOUN, s.folded) ? chainPartners(s.folded) : null)).find((c) => c && c.length > 1) ?? null;
  const lowNames = lowRankNames(list, (w) => COUNTRY_RE.some(({ names, leaders }) => first(names, w)?.[0] === w || first(leaders, w)?.[0] === w));
  /**
   * A departure report: its lede tells a leader leaving for the trip ("胡锦涛9日…乘专机离开北京,前往塔什干", "غادر … بكين اليوم
   * في جولة", "left Beijing for Astana") and the text tells no arrival. Its undated visits, talks, summits and signings are the
   * trip's programme, still ahead.
   */
  const departure = (() => {
    const lede = list.filter((s) => !s.headline).slice(0, 2);
    if (list.some((s) => first(ARRIVED, s.folded))) return null;
    for (const s of lede) {
      const m = first(DEPARTED, s.folded);
      if (m) return m[0];
    }
    return null;
  })();
  const facts: ArticleFacts = {
    lowAuthor: LOW_AUTHOR.test(foldForMatch(simplified(text.slice(0, 1500)))),
    anyHead: list.some((s) => HEAD_TITLE.test(s.folded) || mentions(s.folded).some((m) => m.leader)),
    chineseLeader: list.some((s) => mentions(s.folded).some((m) => m.code === 'CN' && m.leader && !/(?:نائب|vice|deputy|副)\s*$/.test(s.folded.slice(Math.max(0, m.index - 8), m.index)))),
    remoteMeeting: list.some((s) => !s.headline && [...all(TALKS.strong, s.folded), ...all(TALKS.weak, s.folded)].some((m) => {
      const [a, b] = clauseAt(s, m.index, 'weak');
      return first(REMOTE, s.folded.slice(a, Math.max(b, m.index + 30))) !== null;
    })),
  };
  for (const s of list) {
    const f = s.folded;
    // A dateline's date is the article's, not an event's.
    const skip = s.start < datelineZone ? datelineLength(s.text) : 0;
    const si = list.indexOf(s);
    const before = si > 0 && !list[si - 1].headline && !paragraphBreak(list[si - 1], s) ? list[si - 1] : null;
    const triggers = triggersIn(s, ladders, pairGuess, lowNames, facts, before, si > 0 && !list[si - 1].headline ? list[si - 1] : null).filter((t) => s.origin[t.index] - s.start >= skip);
    if (!triggers.length) continue;
    // Dates (chrono is the costly part) only for sentences that name an event.
    const dates = datesOf(s);
    const ms = mentions(f);
    /** A date that is a clause of its own, followed by another: it opens the next clause. */
    const fronted = (d: FoundDate) => {
      const c = clauseAt(s, d.index, 'weak');
      if (c[1] >= f.length) return false;
      const rest = (f.slice(c[0], d.index) + f.slice(d.end, c[1])).replace(DATE_LIGHT, '');
      if (rest === '') return true;
      // "Xi noted that in July of this year, during the summit, he and Japarov held a meeting": the date opens the clause
      // the complementizer introduces, as a clause of its own would.
      const lead = f.slice(c[0], d.index).replace(DATE_LIGHT, ' ');
      return THAT_BEFORE.test(lead.trimEnd() + ' ') && f.slice(d.end, c[1]).replace(DATE_LIGHT, '') === '';
    };
    const notEvent = (d: FoundDate) => {
      const before = f.slice(Math.max(0, d.index - 12), d.index);
      const after = f.slice(d.end, d.end + 4);
      // "since the beginning of the year", "今年以来", "منذ بداية العام": during the article's own year, an event date.
      if (articleDate && d.inferred && d.date === articleDate.slice(0, 4) && /(?:since|منذ)\s*$|^\s*以来/.test(before + '|' + after)) return false;
      // ("到2016年2月25日全隧贯通": "到" with a past day and the completion right after it is when the work was done, not "by".)
      const reached = /到\s*$/.test(before) && !d.future && first(PROJECT_EVENT, f.slice(d.end, d.end + 10)) !== null;
      if ((first(NOT_EVENT_DATE, before) !== null && !reached) || /^\s*(?:以来|至今)/.test(after)) return true;
      // "since he became China's head of state in 2003", "منذ توليه الرئاسة في مارس 2013": the date of the clause that opens a
      // period, not of the event the period is counted to.
      // (A date counted back, "منذ أن أقام البلدان شراكة … قبل ثلاث سنوات", "since they set up … three years ago", is the event's.)
      if (!/\bago\b|^قبل/.test(d.words) && /(?:\bsince\b|(?<![\u0621-\u064a])منذ(?![\u0621-\u064a]))(?![^,.;،؛]*(?:\bago\b|(?<![\u0621-\u064a])قبل(?![\u0621-\u064a])))[^,.;،؛]{4,60}$/.test(f.slice(Math.max(0, d.index - 64), d.index))) return true;
      // "自2020年冠病疫情暴发以来,首次出国访问": the date starts a period ("自…以来"), it dates no event of its own.
      if (/自\s*$/.test(before) && /^[^，,。；;]{0,16}?(?:以来|至今)/.test(f.slice(d.end, d.end + 20))) return true;
      // "في مقال نشره … يوم 7 يونيو", "in an article published on June 7", "6月7日发表署名文章": the day of a text's
      // publication, not of the events the text speaks of.
      return PUBLISHED.test(f.slice(Math.max(0, d.index - 60), d.index)) || /^\s*(?:在[^，,。]{0,12})?(?:发表|刊登|刊发)(?:[^，,。]{0,6})?(?:署名)?文章/.test(after + f.slice(d.end + 4, d.end + 24));
    };
    for (const t of triggers) {
      const reasons: Reason[] = [{ code: 'trigger', params: { words: f.slice(t.index, t.end) } }];
      const tripTo = (x: Trigger) => destinationLists(f, ms).find((l) => (x.index >= l.end && x.index - l.end < 12) || (x.end <= l.start && l.start - x.end < 24))?.codes ?? null;
      let confidence = t.strong ? 0.9 : 0.7;
      // The date: the nearest in the trigger's clause, else the nearest that no other event is closer to.
      // "is in Bishkek for an official visit and for participation in the … meeting on November 3": a date after another
      // occasion the visit takes in (a meeting, forum, ceremony the rules do not make a candidate) is that occasion's.
      const ofOccasion = (d: FoundDate) => t.kind === 'visit' && d.index > t.end && OCCASION.test(f.slice(t.end, d.index));
      // "منذ زيارته لكازاخستان في سبتمبر 2013", "since his visit to Kazakhstan in September 2013": a date that opens a period
      // dates the event of its own since-clause (the period's start), though no event after it.
      const ownSince = (d: FoundDate) => d.index > t.end && /(?:\bsince|(?<![\u0621-\u064a])منذ)\s*$/.test(f.slice(Math.max(0, t.index - 24), t.index).split(/[,،]/).pop() ?? '') && !/[,،;؛.]/.test(f.slice(t.end, d.index));
      const usable = dates.filter((d) => t.needsWrittenDate || ((!notEvent(d) || ownSince(d)) && !ofOccasion(d)));
      const events = triggers.filter((x) => x.kind !== 'anniversary');
      const owner = (d: FoundDate) => events.reduce((best, x) => (distance(s, x.index, d.index) < distance(s, best.index, d.index) ? x : best), t);
      // A date whose own clause tells another event (not a frame: "在…访华期间", "during the visit") is that event's.
      const ownClauseOfOther = (d: FoundDate) => {
        const c = clauseAt(s, d.index, 'weak');
        // …or the clause just before, when the date's own clause tells no event ("…的中亚峰会,明日在西安召开"); a clause
        // that is only a date ("…建交,2023年1月,中土关系提升为…") opens the clause after it.
        const o = owner(d);
        const prev: [number, number] = fronted(d) ? [c[0], clauseAt(s, c[1], 'weak')[1]] : c[0] > 0 && !events.some((x) => inRange(x, c)) ? [clauseAt(s, c[0] - 1, 'weak')[0], c[1]] : c;
        return o !== t && inRange(o, prev) && !inRange(t, prev) && !/期间|\bduring\b|(?<![\u0621-\u064a])(?:خلال|اثناء)(?![\u0621-\u064a])/.test(f.slice(...prev));
      };
      const at = t.verb ?? t.index;
      const byDistance = (x: FoundDate, y: FoundDate) => distance(s, at, x.index) - distance(s, at, y.index);
      // A date on the far side of another event of the clause is that event's ("خلال اللقاء إلى أن … منذ إقامة العلاقات … قبل خمس عشرة سنة").
      // (A level named in a document's title is the document's occasion: "the Joint Declaration on Establishing a … Partnership in May 2023".)
      const beyondOther = (d: FoundDate) => events.some((x) => x !== t && x.kind !== t.kind && !(['agreement', 'partnership'].includes(x.kind) && ['agreement', 'partnership'].includes(t.kind)) && (d.index > t.end ? x.index > t.end && x.end <= d.index : x.index >= d.end && x.end <= t.index) && distance(s, x.index, d.index) < distance(s, at, d.index));
      // The event's clause is its verb's ("隧道…正式开挖,到2016年2月25日全隧贯通": the noun may stand in another clause).
      const weak = clauseAt(s, at, 'weak');
      const strong = clauseAt(s, at, 'strong');
      // A date belongs to the clause it stands in. A date that is a clause of its own ("In June 2018,", "2023年1月,",
      // "وفي عام 2019،") is an adverbial of what follows it: it dates each clause after it, to the end of its strong
      // clause or the next date ("今年5月,托卡耶夫总统出席…峰会,并对中国进行国事访问", "In June 2018, you paid a state visit
      // … and … brought our relations to …").
      const governs = (d: FoundDate) => {
        const c = clauseAt(s, d.index, 'weak');
        if (at >= c[0] && at < c[1]) return true;
        if (!fronted(d) || at < c[1]) return false;
        const next = dates.find((y) => y.index > d.index);
        return at < Math.min(clauseAt(s, d.index, 'strong')[1], next?.index ?? Infinity);
      };
      // "建交以来,…,2022年,…": the start of a period is dated only in its own clause ("自1992年建交以来", "منذ إقامة … قبل 30 عاما").
      const periodStart = t.kind === 'establishment' && (/^\s*(?:以来|来|至今)/.test(f.slice(t.end, t.end + 3)) || /(?:\bsince|(?<![\u0621-\u064a])منذ|自)\s*$/.test(f.slice(Math.max(0, t.index - 8), t.index)));
      // A date of recounted history dates the event of its own clause ("who first visited Kazakhstan in 2013", "recalling
      // their meeting in October 2023", "去年5月我们在西安会晤"): an event another clause reports is not dated by it (the day's
      // event is dated by its own words, or the article), unless that event is itself named as a past occasion ("his last visit").
      const ownPast = PAST_OCCASION.test(f.slice(Math.max(weak[0], t.index - 24), Math.min(weak[1], t.end + 16)));
      // (The event of the date's clause may be a word the rules make no candidate of: "recalling their meeting in October 2023".)
      const eventOfItsOwn = (d: FoundDate) => owner(d) !== t || EVENT_NOUN.test(f.slice(...clauseAt(s, d.index, 'weak')));
      const recountedElsewhere = (d: FoundDate) => !ownPast && !governs(d) && eventOfItsOwn(d) && !!articleDate && clearlyPast(d.date, newsDay ?? articleDate);
      // ("在结束对哈萨克斯坦国事访问后于4日抵达杜尚别": a date after "…后" is the main clause's; the event ended before it.)
      const afterIt = (d: FoundDate) => d.index > t.end && /^[^，,。；]{0,6}?(?:后|之后|以后)/.test(f.slice(t.end, d.index));
      const borrowable = usable.filter((d) => !recountedElsewhere(d) && !afterIt(d));
      const pick = periodStart ? (usable.filter((d) => inRange(d, weak)).sort(byDistance)[0] ?? null) :
        // In the event's own clause; else a date leading its strong clause ("2022年1月，…，共同出席…峰会"); else one no other event is nearer to.
        // (An adverbial clause dates every event it scopes over, other events between included.)
        usable.filter((d) => governs(d) && (!inRange(d, weak) || !beyondOther(d)) && !afterIt(d)).sort(byDistance)[0] ??
        // (Not a summit's: "11日抵达杜尚别,…出席…元首理事会" dates the arrival; the summit is what the trip is for.)
        // (Not a date another event shares its own clause with: "…峰会,明日在西安召开,…进行国事访问" dates the summit.)
        borrowable.filter((d) => inRange(d, strong) && d.index < t.index && !AFTER.test(f.slice(d.end, t.index)) && !(t.kind === 'summit' && owner(d).kind === 'visit' && !(d.date.length < 10 && fronted(d))) && !ownClauseOfOther(d)).sort(byDistance)[0] ??
        borrowable.filter((d) => owner(d) === t || owner(d).kind === t.kind).sort(byDistance)[0] ??
        // "Xi, making his fifth visit to Kazakhstan, held talks … on July 3": a visit is where the talks it hosts are.
        (t.kind === 'visit' ? (borrowable.filter((d) => owner(d).kind === 'talks' && !owner(d).needsOwnDate).sort(byDistance)[0] ?? null) : null) ??
        // "去年5月,托卡耶夫总统对中国进行国事访问,两国元首签署了联合声明", "وعندما زار … في مايو، وقع الجانبان وثائق": what
        // is signed or declared after a dated visit or meeting told in the same sentence is of that occasion.
        // (A recounted occasion too: the signing is told as that occasion's.)
        (['agreement', 'partnership'].includes(t.kind) ? (usable.filter((d) => !d.future && d.index < t.index && ['visit', 'talks'].includes(owner(d).kind) && owner(d).index < t.index && !owner(d).needsOwnDate).sort(byDistance)[0] ?? null) : null) ??
        // "The joint statement … signed by the Heads of State during the first state visit … this September": a document told
        // as signed during an occasion named after it is of that occasion's date.
        (['agreement', 'partnership'].includes(t.kind) ? (usable.filter((d) => !d.future && d.index > t.end && ['visit', 'talks', 'summit'].includes(owner(d).kind) && owner(d).index > t.end && owner(d).index < d.index && SIGNED_DURING.test(f.slice(t.end, owner(d).index)) && !/[.;؛]/.test(f.slice(t.end, owner(d).index))).sort(byDistance)[0] ?? null) : null);
      // "This is Hu's second trip to … since he became head of state", "这是…第二次访问": the trip of the news, counted.
      const counting = t.kind === 'visit' && (/\bthis is (?:\S+'s |his |her |the )?(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:\S+\s+)?$/.test(f.slice(Math.max(0, t.index - 40), t.index)) || /这是[^，,。]{0,12}第[\d一二三四五六七八九十]+次[^，,。]{0,4}$/.test(f.slice(Math.max(0, t.index - 24), t.index)));
      const history = counting ? null : first(HISTORY, f.slice(...clauseAt(s, t.index, 'strong')));
      let date: PartialDate | null = null;
      let inferred = false;
      let announcedBy: string | null = null;
      let tripAhead: string | null = null;
      if (t.needsOwnDate && (!pick || !governs(pick) || (t.dateAfter !== undefined && pick.index < t.dateAfter))) continue;
      // Undated, an event named as one already told ("這次訪問", "during the visit", "هذه الزيارة") or in a sentence
      // that follows one ("会见后,两国元首共同见证签署", "After the talks, …") has that event's date.
      const back = pick || history ? null : pointsBack(f, t, (k) => (recap ? lastOfKind.get(k) : recentOfKind.get(k)));
      const carried = pick || back ? null : carriedDate(si, t, weak);
      if (t.needsWrittenDate && !pick && !carried) continue;
      // "…公路已经建成" with no date in its own clause: a state the text describes (the road stands built), not an opening of
      // the news day or of a date another clause gives ("部长2日在接受采访时说,…已经建成").
      if (t.kind === 'project' && language === 'zh' && ALREADY_DONE.test(f.slice(t.index, t.end)) && !(pick && inRange(pick, weak))) continue;
      if (carried) {
        // (A meeting's day carried from the remarks before it is the meeting's; the summit on whose sidelines it was, its month.)
        date = t.kind === 'summit' && carried.date.length === 10 && SIDELINES_BEFORE.test(f.slice(Math.max(0, t.index - 60), t.index)) ? carried.date.slice(0, 7) : carried.date;
        inferred = true;
        reasons.push({ code: 'dateRelative', params: { words: carried.words } });
        confidence -= 0.1;
      } else if (back) {
        date = back.date;
        inferred = true;
        reasons.push({ code: 'dateRelative', params: { words: back.words } });
        confidence -= 0.05;
      } else if (pick && t.kind === 'summit' && pick.date.length === 10 && owner(pick) !== t && owner(pick).kind === 'talks' && owner(pick).index < t.index && GUEST_ATTENDS.test(f.slice(owner(pick).end, t.index))) {
        // "5月19日…会见来华出席中国—中亚峰会的…总统", "met X, who is in China to attend the summit": the day is the
        // meeting's; the summit the guest came for is named without a day of its own (known to its month).
        date = pick.date.slice(0, 7);
        inferred = true;
        reasons.push({ code: 'dateRelative', params: { words: pick.words } });
        confidence -= 0.05;
      } else if (pick && t.kind === 'summit' && pick.date.length === 10 && owner(pick) !== t && owner(pick).kind === 'visit') {
        // "于7月2日至4日对哈萨克斯坦进行国事访问并出席上合组织…会议", "وصل مساء الخميس … حيث شارك في قمة": the day is the
        // trip's; the summit within it is known to its month.
        date = pick.date.slice(0, 7);
        inferred = true;
        reasons.push({ code: 'dateRelative', params: { words: pick.words } });
        confidence -= 0.05;
        // A trip that begins on the day reported ("6月21日,习近平抵达布哈拉,开始…国事访问并出席在塔什干举行的…会议"): the
        // summit it goes on to is still ahead.
        const trip = owner(pick);
        if (pick.date === (newsDay ?? articleDate) && trip.index < t.index && !AFTER.test(f.slice(trip.end, t.index)) && !/^\s*(?:后|之后|以后)/.test(f.slice(t.end, t.end + 3))) tripAhead = f.slice(trip.index, trip.end);
      } else if (pick && ['visit', 'summit', 'talks'].includes(t.kind) && pick.date.length === 10 && endedBy(f, pick, t)) {
        date = pick.date.slice(0, 7);
        inferred = true;
        reasons.push({ code: 'dateRelative', params: { words: pick.words } });
        confidence -= 0.1;
      } else if (pick) {
        date = pick.date;
        // "held talks on Wednesday, a day after he arrived …", "بعد يوم من وصوله": the event after "N days after" is N days
        // before the date.
        const gap = pick.date.length === 10 && pick.index < t.index ? DAYS_AFTER.exec(f.slice(pick.end, t.index)) : null;
        if (gap) {
          const w = gap[1] ?? gap[2];
          const n = /^(?:a|one|يوم)$/.test(w) ? 1 : /^(?:two|يومين)$/.test(w) ? 2 : w === 'three' ? 3 : Number(w);
          if (n > 0 && n < 8) date = new Date(Date.parse(`${pick.date}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
        }
        // What is done during a visit given as a span ("خلال زيارة دولة … (4-6 يوليو)، أعلن الجانبان …") is known to its month.
        const c = clauseAt(s, pick.index, 'weak');
        // "管道局15日透露,中亚C线天然气到达…": the day of a disclosure or a report is when it was told; the event it tells, in
        // another clause, happened by then (known to its month).
        if (date.length === 10 && !inRange({ index: at }, c) && /^[^，,。；]{0,4}(?:透露|获悉|介绍|报道|消息)[\s，,:：]*$/.test(f.slice(pick.end, c[1]))) {
          date = date.slice(0, 7);
        }
        if (t.kind !== 'visit' && date.length === 10 && !inRange(t, c) && events.some((x) => x.kind === 'visit' && inRange(x, c)) && dates.some((y) => inRange(y, c) && y.span && !y.twoDays)) date = date.slice(0, 7);
        // "From 5 to 7 February, X paid a state visit, during which he met …": the visit's span, not a day of the meeting.
        else if (t.kind !== 'visit' && date.length === 10 && pick.span && !pick.twoDays && !inRange(t, c) && events.some((x) => x.kind === 'visit' && x.index < t.index && x.index > pick.index)) date = date.slice(0, 7);
        // "اجتمع … على هامش القمة … 24 يونيو", "met on the sidelines of the summit": the day is the meeting's, the summit
        // (held over days) is known to its month.
        // (…a long name between: "on the sidelines of the second China-Central Asia Summit".)
        else if (t.kind === 'summit' && date.length === 10 && SIDELINES_BEFORE.test(f.slice(Math.max(0, t.index - 60), t.index))) date = date.slice(0, 7);
        // "ووصل … يوم الثلاثاء لحضور القمة": the day is the arrival's; the summit the trip is for is known to its month.
        else if (t.kind === 'summit' && date.length === 10 && TO_ATTEND_BEFORE.test(f.slice(Math.max(0, t.index - 60), t.index)) && events.some((x) => x.kind === 'visit' && x.index < t.index)) date = date.slice(0, 7);
        inferred = pick.inferred;
        reasons.push({ code: pick.inferred ? 'dateRelative' : 'dateWritten', params: { words: pick.words } });
        if (pick.inferred) confidence -= 0.05;
      } else if (t.needsWrittenDate) {
        continue;
      } else if (history && t.kind !== 'anniversary') {
        // Recounted history with no date of its own is not an event of the article's day.
        if (t.kind === 'partnership' || !s.headline) continue;
        reasons.push({ code: 'history' });
        confidence -= 0.3;
      } else if (articleDate && t.kind === 'summit') {
        // A summit the text names without its date: the article's month, unsure; less so when the sentence
        // places a partner's leader or a visit at it ("بقدوم ميرزيوييف … لحضور قمة", "after … the summit in Astana").
        date = articleDate.slice(0, 7);
        // …still ahead when the trip to it begins on the day reported ("6月21日,…抵达布哈拉,开始…国事访问并出席…会议").
        const trip = triggers.find((x) => x.kind === 'visit' && x.index < t.index && !AFTER.test(f.slice(x.end, t.index)) && dates.some((d) => d.index < x.index && d.date === (newsDay ?? articleDate)));
        if (trip && !/^\s*(?:后|之后|以后)/.test(f.slice(t.end, t.end + 3))) tripAhead = f.slice(trip.index, trip.end);
        else if (departure) tripAhead = departure;
        inferred = true;
        reasons.push({ code: 'dateArticle' });
        // ("حضر الرئيس الصيني … قمة", "出席了…峰会", "attended the summit": a leader who attended was there too; an Arabic
        // imperfect, "يشارك", is as often an announcement.)
        const present = ms.some((m) => m.leader && m.code !== 'CN') || triggers.some((x) => x.kind === 'visit') || (ms.some((m) => m.leader) && /(?<![\u0621-\u064a])[وف]?(?:حضر|شارك)(?![\u0621-\u064a])|出席了|参加了|\battended\b|\btook part\b/.test(f.slice(Math.max(0, t.index - 45), t.index)));
        confidence -= present ? 0.25 : 0.45;
      } else if (['visit', 'summit', 'talks'].includes(t.kind) && dates.some((d) => d.date.length === 10 && !d.future && endedBy(f, d, t))) {
        // (Undated, in the clause of a departure dated by its day: "غادر … أمس الأحد … بعد حضوره القمة … وقيامه بزيارة دولة".)
        const d = dates.find((x) => x.date.length === 10 && !x.future && endedBy(f, x, t))!;
        date = d.date.slice(0, 7);
        inferred = true;
        reasons.push({ code: 'dateRelative', params: { words: d.words } });
        confidence -= 0.1;
      } else if (articleDate && (t.kind === 'visit' || t.kind === 'summit') && (/^\s*(?:后|之后|以后)/.test(f.slice(t.end, t.end + 3)) || /(?:\bafter\b|\bfollowing\b|(?<![\u0621-\u064a])(?:بعد|عقب)(?![\u0621-\u064a])|结束[^后]*)[^.،,，;]{0,40}$/.test(f.slice(Math.max(0, t.index - 50), t.index)))) {
        // A trip or summit "… after a state visit to Kazakhstan", "结束…国事访问后": before the day's news, in the article's month.
        date = articleDate.slice(0, 7);
        inferred = true;
        reasons.push({ code: 'dateArticle' });
        confidence -= 0.1;
      } else if (articleDate && t.kind === 'agreement' && PAST_SIGNED.test(f.slice(t.end, t.end + 30))) {
        // "وغطت الاتفاقية الإطارية التي تم توقيعها خلال زيارة …", "the agreement signed during …": a document described by a
        // past signing and no date of its own is recalled, not signed on the day of the news.
        continue;
      } else if (articleDate && spanVisit && t.kind !== 'visit' && DURING_VISIT.test(f.slice(0, t.index))) {
        // "…7月17日和18日對中國進行了國事訪問。訪問期間,兩國元首舉行了會談": of the visit's days, no one day.
        date = spanVisit.slice(0, 7);
        inferred = true;
        reasons.push({ code: 'dateRelative', params: { words: first(DURING_VISIT, f.slice(0, t.index))![0] } });
        confidence -= 0.1;
      } else if (articleDate && t.kind === 'visit' && list.some((x) => TRIP_ENDS.test(x.folded))) {
        // "…فى ختام رحلته الى البلد …", then "زيارة شى لأوزبكستان": a visit the report tells at its end, with no day of
        // its own, began before the news day (its month).
        date = (newsDate ?? articleDate).slice(0, 7);
        inferred = true;
        reasons.push({ code: 'dateArticle' });
        confidence -= 0.1;
      } else if (articleDate) {
        date = newsDate ?? articleDate;
        // "胡锦涛2005年7月3日至4日对哈萨克斯坦进行了国事访问" and then, undated, "两国元首…交换了意见", "两国决定建立…伙伴关系": the
        // news is of a visit of several days, and what is done in it without a day of its own is known to its month, not
        // to the visit's first day.
        if (spanVisit && date === spanVisit && t.kind !== 'visit') date = spanVisit.slice(0, 7);
        // "During Karim Massimov's visit, both countries signed …", "访问期间,…签署", "خلال الزيارة، …": what a visit (of
        // several days) produced, told with no day of its own, is known to the visit's month, not to the news day.
        else if (t.kind !== 'visit' && date.length === 10 && DURING_VISIT.test(f.slice(strong[0], t.index))) date = date.slice(0, 7);
        inferred = true;
        // An article that announces a trip ahead ("في الفترة بين 2 و6 تموز") and reports nothing done: its undated
        // events ("ويزور شي البلدين", "يشارك … في اجتماع") are that programme.
        // (Arabic tells such a programme in the imperfect: "يزور", "يشارك … في"; a past "舉行會晤" is news.)
        if (!reportedDone && announced && language === 'ar' && /(?<![\u0621-\u064a])و?[يت][\u0621-\u064a]{3,}(?![\u0621-\u064a])/.test(f.slice(Math.max(0, t.index - 40), t.index + 6))) announcedBy = announced;
        else if (departure && ['visit', 'talks', 'summit', 'agreement'].includes(t.kind)) announcedBy = departure;
        reasons.push({ code: 'dateArticle' });
        confidence -= 0.1;
        // In a recap of past events, an undated one is more likely one of them than the news of the day.
        if (recap && !newsDate) {
          reasons.push({ code: 'history' });
          confidence -= 0.2;
        }
      } else {
        // A date the sentence gives only against the article's ("on Tuesday", "4-6 يوليو", "7月2日"), with no article date
        // given: say so, so that the user enters it, rather than "no date in the text". (Any full date serves to find them.)
        const relative = articleDate ? undefined : datesIn(f, '2000-06-15').find((d) => d.inferred);
        reasons.push(relative ? { code: 'needsArticleDate', params: { words: relative.words } } : { code: 'noDate' });
        confidence -= 0.3;
      }
      // An event the text dates itself to a time already past ("期待同各方就落实今年6月比什凯克峰会共识" in November,
      // "the visit he paid in May") is done, whatever the sentence expects of what follows it.
      const pastOwn = !!pick && !pick.future && !!date && !!articleDate && clearlyPast(date, articleDate);
      // (In a departure report, the trip's events dated by the day of the departure are still ahead too.)
      const departureTrip = !!departure && ['visit', 'talks', 'summit', 'agreement'].includes(t.kind) && !!date && !!articleDate && !clearlyPast(date, articleDate) ? departure : null;
      const plannedBy = t.kind === 'anniversary' ? null : ((pastOwn ? null : plannedWords(s, t, language)) ?? (pick?.future ? pick.words : null) ?? (pastOwn ? null : announcedBy ?? tripAhead ?? departureTrip));
      if (plannedBy && pick?.future && !announced) announced = pick.words;
      if (plannedBy) reasons.push({ code: 'planned', params: { words: plannedBy } });
      if (!t.strong && pick === null && !counting) confidence -= 0.1;

      // The pair: the partners the sentence names (nearest the event first), else the article's.
      const foreign = [...new Set(ms.filter((m) => m.code !== 'CN').sort((x, y) => Math.abs(x.index - t.index) - Math.abs(y.index - t.index)).map((m) => m.code))];
      let partners: string[];
      // "As part of his visit to Tashkent … Kazakh PM Askar Mamin met with Li Keqiang": one partner's leader on a trip to another
      // partner (named as the trip's end, the visitor before any Chinese name) makes no visit of China's pairs.
      if (t.kind === 'visit' && language === 'en' && visitBetweenPartners(f, t, ms)) continue;
      // A summit or a trilateral project is a milestone of every pair the sentence names.
      // (A past summit the sentence recalls without naming who took part, "两年前,首届中国-中亚峰会在中国西安成功举行", is
      // not of the leaders the article's news names.)
      // (…unless a leader says "we" held it: "两年前,我们在西安举行首届中国—中亚峰会" is of the pair whose leaders meet.)
      const weHeld = t.kind === 'summit' && !!partner && /我们|(?<![\u0621-\u064a])(?:نحن|عقدنا|حضرنا|شاركنا)(?![\u0621-\u064a])|\bwe\b/.test(f.slice(...clauseAt(s, t.index, 'strong')));
      if (t.kind === 'summit' && !t.partners?.length && date && articleDate && clearlyPast(date, articleDate) && !s.headline && !weHeld) continue;
      if (t.kind === 'summit' && !t.partners?.length && weHeld && date && articleDate && clearlyPast(date, articleDate)) partners = [partner!];
      // "Hu also held talks with his counterparts from Kazakhstan and Turkmenistan. They are attending the … Summit": a summit
      // whose participants are a pronoun are the partners the sentence before names.
      else if (t.kind === 'summit' && !t.partners?.length && pronounParties(si)) partners = pronounParties(si)!;
      else if (t.kind === 'summit' && !t.partners?.length) partners = leadersNamed.length ? leadersNamed : partner ? [partner] : [];
      // "the railway project" after "the China–Kyrgyzstan–Uzbekistan railway": the project the article named.
      // (A city of the dateline, "哈通社阿斯塔纳6月16日电", is where the report was filed, not a party.)
      else if (t.kind === 'project' && !t.partners?.length && !ms.some((m) => m.code !== 'CN' && !(m.city && s.origin[m.index] - s.start < skip)) && articleChain) partners = articleChain;
      else if (t.partners) partners = t.partners.length ? t.partners : partner ? [partner] : [];
      // A visit is of the country it goes to ("对哈萨克斯坦进行国事访问", "state visit to Kazakhstan").
      // A trip to several partners is a visit to each ("对哈萨克斯坦、乌兹别克斯坦进行国事访问").
      // "抵达杜尚别", "arrived in Astana", "وصل إلى أستانا": an arrival is a visit to the country of the city it reaches.
      else if (t.kind === 'visit' && arrivedAt(f, t)) partners = [arrivedAt(f, t)!];
      else if (t.kind === 'visit' && tripTo(t)) partners = tripTo(t)!;
      else if (t.kind === 'visit' && destination(f, t, ms)) partners = [destination(f, t, ms)!];
      else if (t.kind === 'visit' && /^访[哈吉塔乌土]$/.test(f.slice(t.index, t.end))) partners = [ZH_PAIR_ABBREVIATIONS[f[t.index + 1]]];
      // "Jeenbekov, … Rakhmon and … Mirziyoyev arrived in Beijing", "托卡耶夫、扎帕罗夫…来华": a visit to China whose subject is
      // a list of partners' leaders is a visit by each of them.
      else if (t.kind === 'visit' && visitorsOf(s, t, ms)) partners = visitorsOf(s, t, ms)!;
      // "held talks with his counterparts from Kazakhstan and Turkmenistan", "مع رئيسي كازاخستان وتركمانستان": talks with each
      // partner of the list.
      else if (t.kind === 'talks' && counterpartsListed(f, t, ms)) partners = counterpartsListed(f, t, ms)!;
      // The article's partner when the sentence names it; else the partner named nearest the event.
      // (A partner named only by a city is where it happened when another is named by its name or leader: "在阿斯塔纳会见
      // 吉尔吉斯斯坦总统", "التقى في أستانا الرئيس القرغيزي" are CN-KG meetings.)
      else if (foreign.length) {
        const byName = ['talks', 'agreement', 'partnership', 'establishment'].includes(t.kind) ? foreign.filter((c) => ms.some((m) => m.code === c && !m.city)) : [];
        // (…and one named only by a city, with no party named, is the place of a meeting of the article's pair: "两国元首回顾了
        // …在比什凯克…峰会期间的会晤" in an article on China and Kazakhstan.)
        const placeOnly = ['talks', 'agreement', 'partnership'].includes(t.kind) && !byName.length && !!partner && ms.every((m) => m.code === 'CN' || m.city);
        const pool = byName.length ? byName : placeOnly ? [partner!] : foreign;
        partners = [partner && pool.includes(partner) ? partner : pool[0]];
      }
      else partners = partner ? [partner] : [];
      // ("the Central Asian state" names the article's partner for a trip to it.)
      const named = (foreign.length > 0 && (ms.some((m) => m.code === 'CN') || t.kind === 'summit' || t.kind === 'visit')) || (t.kind === 'visit' && !foreign.length && (first(PARTNER_ANAPHOR, f) !== null || /^访[哈吉塔乌土]$/.test(f.slice(t.index, t.end))));
      if (!named) {
        reasons.push({ code: 'pairArticle' });
        confidence -= foreign.length ? 0.05 : 0.15;
      } else reasons.push({ code: 'pairNamed' });
      if (s.headline) {
        reasons.push({ code: 'headline' });
        confidence -= 0.1;
      }
      if (t.kind === 'partnership' && t.levelExact === false) {
        reasons.push({ code: 'levelPartial', params: { words: f.slice(t.index, t.end) } });
        confidence -= 0.1;
      }
      if (!plannedBy && pick && date && newsDay && t.kind !== 'anniversary' && isRecent(date, newsDay)) newsDate = date;
      if (!plannedBy && date && t.kind !== 'anniversary') {
        if (pick || back || carried) lastOfKind.set(t.kind, date);
        if (t.kind === 'visit' && pick?.span && !pick.twoDays && date.length === 10) spanVisit = date;
        // "The state visit … started on January 15" of a visit told as over: the first of several days, so what is done in it
        // with no day of its own is known only to its month.
        else if (t.kind === 'visit' && pick && !pick.twoDays && date.length === 10 && !spanVisit && VISIT_BEGAN.test(f) && list.some((x) => VISIT_OVER.test(x.folded) || TRIP_ENDS.test(x.folded))) spanVisit = date;
        if ((pick || back || carried) && t.kind !== 'establishment') reportedDone = true;
        if (pick && newsDay && !isRecent(date, newsDay) && !recentOfKind.size) recap = true;
        if (newsDay && isRecent(date, newsDay) && !recentOfKind.has(t.kind) && (pick || back || carried || (!recap && !s.headline))) recentOfKind.set(t.kind, date);
        // (A headline's undated event is only guessed to be of the article's day: "the project" in the body points to the lede's.)
      }

      const people = [...new Set(COUNTRY_RE.filter(({ leaders }) => first(leaders, f)).map(({ country }) => LEADER_NAMES[country.code]))];
      const trip = t.kind === 'visit' ? tripTo(t) : null;
      for (const p of partners.length ? partners : [null]) {
        // A tour's later stops come after its first one: dated by the day the tour began, they are still ahead.
        const laterStop = !!trip && p !== null && p !== trip[0] && date?.length === 10;
        out.push({
          id: '',
          kind: t.kind,
          category: KIND_CATEGORY[t.kind],
          pairId: p ? pairOf('CN', p) : null,
          // A partnership's level is named on its pair's ladder: the pair is known only here.
          ...titled(t.kind === 'partnership' && t.title.is === 'partnership' ? { ...t.title, pairId: p ? pairOf('CN', p) : null } : t.title, ladders),
          date,
          dateInferred: inferred,
          place: cityIn(f),
          people,
          levelKey: t.kind === 'partnership' ? (t.levelKey ?? null) : null,
          planned: !!plannedBy || laterStop,
          confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)),
          reasons: laterStop && !plannedBy ? [...reasons, { code: 'planned', params: { words: f.slice(t.index, t.end) } }] : reasons,
          sentence: { start: s.start, end: s.end },
          match: span(s, t.index, t.end - t.index),
          years: t.years ?? null,
        });
        // "至2017年3月2日、4月27日,两台机组相继并网发电", "on 2 March and 27 April respectively": dates listed for works done
        // one after another are each one's day, so each listed day is an event of its own.
        if (t.kind === 'project' && pick && date === pick.date && !plannedBy && ONE_AFTER_ANOTHER.test(f.slice(pick.end, t.end + 16))) {
          const run = [pick];
          for (let i = dates.indexOf(pick); i > 0 && LIST_JOIN.test(f.slice(dates[i - 1].end, dates[i].index)); i--) run.unshift(dates[i - 1]);
          for (let i = dates.indexOf(pick); i >= 0 && i < dates.length - 1 && LIST_JOIN.test(f.slice(dates[i].end, dates[i + 1].index)); i++) run.push(dates[i + 1]);
          const base = out[out.length - 1];
          for (const d of run) if (d !== pick && d.date.length === pick.date.length) out.push({ ...base, date: d.date, dateInferred: d.inferred, match: span(s, d.index, d.end - d.index) });
        }
        // "这是李克强时隔两年再次访哈": the visit again after two years says when the one before it was.
        const again = t.kind === 'visit' && !plannedBy && articleDate ? /时隔([\d一二两三四五六七八九十]{1,3})年(?:后|之后)?(?:再次|又一次|重新|再度|第二次)?[^，,。；]{0,4}$/.exec(f.slice(Math.max(0, t.index - 16), t.index)) : null;
        const gap = again ? yearsOf(again[1]) : null;
        if (again && gap && gap > 0 && gap < 60 && p)
          out.push({ ...out[out.length - 1], date: String(Number(articleDate!.slice(0, 4)) - gap), dateInferred: true, planned: false, confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)), reasons: [reasons[0], { code: 'dateRelative', params: { words: again[0] } }, ...reasons.slice(1).filter((r) => !r.code.startsWith('date'))], match: span(s, t.index - again[0].length, again[0].length) });
      }
    }
  }
  // "期间,两国元首举行亲切会谈并发表联合声明" (undated) and later "9月15日,…举行正式会谈": the talks are the ones the article
  // dates, and the statement issued with them is of their day.
  const guessedDate = (c: RawCandidate) => c.reasons.some((r) => r.code === 'dateArticle');
  // (Dated by a written day, not by pointing back to the undated mention: "此次会晤".)
  const writtenDay = (o: RawCandidate) => o.reasons.some((r) => (r.code === 'dateWritten' || r.code === 'dateRelative') && /\d|day|اليوم|امس|يوم|今天|昨天|周|星期/.test(String(r.params?.words ?? '')));
  const ownTalks = (pair: string | null) => [...new Set(out.filter((o) => o.kind === 'talks' && o.pairId === pair && !o.planned && writtenDay(o) && (o.date ?? '').length === 10 && articleDate !== null && isRecent(o.date!, articleDate)).map((o) => o.date!))];
  for (const c of out) {
    if (c.kind !== 'talks' || c.planned || !guessedDate(c)) continue;
    const dated = ownTalks(c.pairId);
    if (dated.length !== 1 || dated[0] === c.date) continue;
    const was = c.date;
    for (const o of out) if (o.sentence.start === c.sentence.start && o.pairId === c.pairId && guessedDate(o) && !o.planned && (o === c || (o.kind === 'agreement' && o.match.start > c.match.start))) o.date = dated[0];
    // …and a later "此次会晤" that pointed back to the undated mention.
    for (const o of out) if (o.kind === 'talks' && o.pairId === c.pairId && o.date === was && !o.planned && !writtenDay(o) && !guessedDate(o)) o.date = dated[0];
  }
  if (process.env.EXTRACT_DEBUG) for (const c of out) console.log("raw", c.kind, c.pairId, c.date, c.levelKey, c.planned, c.reasons.map((r) => r.code).join(","));
  return dedupe(out, articleDate).map((c) => ({ ...c, reasons: c.reasons.map((r) => asWritten(r, list.find((x) => x.start === c.sentence.start), text)) }));
}

const BACK_BEFORE = /(?:\bat the\s+|(?<![\u0621-\u064a])في حفل\s+|\b(?:this|that|the|his|her|their)\s+(?:(?:state|official|working|first|latest|recent)\s+)?|\b(?:during|after|following)\s+(?:the|this|his|her)\s+(?:\S+\s+)?|(?<![\u0621-\u064a])(?:هذه|تلك|هذا|خلال|اثناء|بعد|عقب)\s+(?:ال)?|这次|此次|这一|该次|此)$/;
const BACK_AFTER = /^(?:期间|前|时)/;
const AFTER_TALKS = /(?:会见|会谈|会晤)(?:后|结束后)|\b(?:after|following) the (?:talks|meeting|negotiations)\b|(?<![\u0621-\u064a])(?:بعد|عقب) (?:المحادثات|المباحثات|اللقاء|الاجتماع)/;
/** The date of an earlier event this undated mention points back to, with the words that point. */
function pointsBack(f: string, t: Trigger, last: (kind: CandidateKind) => PartialDate | undefined): { date: PartialDate; words: string } | null {
  const before = f.slice(Math.max(0, t.index - 24), t.index);
  const own = last(t.kind);
  // "在通车仪式上": at the ceremony of the event already told.
  if (own && /^[^，,。]{0,4}?(?:仪式|典礼)(?:上|中)/.test(f.slice(t.index, t.index + 10))) return { date: own, words: f.slice(t.index, t.index + 6) };
  if (own && (BACK_BEFORE.test(before) || BACK_AFTER.test(f.slice(t.end, t.end + 3)))) return { date: own, words: (before.match(BACK_BEFORE)?.[0] ?? '') + f.slice(t.index, t.end) };
  const after = t.kind !== 'talks' ? AFTER_TALKS.exec(f.slice(0, t.index)) : null;
  const talks = last('talks');
  if (after && talks) return { date: talks, words: after[0] };
  return null;
}

/** A trip "to" a partner (its country or city right after the words) whose visitor, named first, is another partner's leader. */
function visitBetweenPartners(f: string, t: Trigger, ms: Mention[]): boolean {
  const words = f.slice(t.index, t.end);
  const lead = /\b(?:to|in)$/.test(words) ? /^\s*/.exec(f.slice(t.end))! : /^\s+(?:to|in)\s+/.exec(f.slice(t.end, t.end + 6));
  if (!lead) return false;
  const to = ms.find((m) => !m.leader && m.index === t.end + lead[0].length);
  if (!to || to.code === 'CN') return false;
  // (A Chinese visitor named before the trip's words is the one on it: "met Xi, who is on a state visit to Kazakhstan".)
  if (ms.some((m) => m.code === 'CN' && m.index < t.index)) return false;
  // The first one named of another country: a leader, or a country's word before a head's title ("Kazakh PM", "Kyrgyz President").
  const visitor = ms.find((m) => m.code !== to.code && !m.city);
  if (!visitor || visitor.code === 'CN') return false;
  return visitor.leader || /^[a-z]*\s+(?:pm|prime minister|premier|president|head of state|leader)\b/.test(f.slice(visitor.index).replace(/^\S+/, ''));
}

/** The partner whose city an arrival reaches, named right after the arrival word. */
function arrivedAt(f: string, t: Trigger): string | null {
  if (!/^(?:arriv|抵达|到达|[وف]?(?:وصل|يصل|تصل))/.test(f.slice(t.index, t.end))) return null;
  const after = f.slice(t.end, t.end + 30).replace(/^\s*(?:in|at|إلى|الى|في)?\s*/, '');
  const city = CITY_RE.find(({ re }) => first(re, after)?.index === 0);
  const code = city ? CITY_COUNTRY[city.city] : undefined;
  return code && code !== 'CN' ? code : null;
}

/** After a talks word, heads of several countries named by their countries: "with his counterparts from", "مع نظيريه", "مع رئيسي". */
const COUNTERPARTS_OF = new RegExp(`^\\s*(?:with\\s+)?(?:his|her|their|the)\\s+(?:counterparts|presidents|leaders|heads of state|prime ministers)\\s+(?:from|of)\\s+(?:the\\s+)?|^\\s*(?:مع|ب)\\s*(?:${['نظيريه', 'نظرائه', 'رئيسي', 'رؤساء', 'قادة'].map(foldForMatch).join('|')})\\s+(?:ال)?`);
/** The partners listed after "talks with his counterparts from …" (two or more, joined by commas and "and"), or null. */
function counterpartsListed(f: string, t: Trigger, ms: Mention[]): string[] | null {
  const lead = COUNTERPARTS_OF.exec(f.slice(t.end, t.end + 60));
  if (!lead) return null;
  let at = t.end + lead[0].length;
  const codes: string[] = [];
  for (const m of ms.filter((x) => !x.leader && x.code !== 'CN' && x.index >= at)) {
    if (!/^\s*(?:,|،|and|, and)?\s*$/.test(f.slice(at, m.index))) break;
    codes.push(m.code);
    at = m.index + (first(COUNTRY_RE.find((c) => c.country.code === m.code)!.names, f.slice(m.index))?.[0].length ?? 1);
  }
  const partners = [...new Set(codes)];
  return partners.length >= 2 ? partners : null;
}

/** The partners' leaders a visit to China has for its subject, when they are two or more ("X, Y and Z arrived in Beijing"). */
function visitorsOf(s: Sentence, t: Trigger, ms: Mention[]): string[] | null {
  const f = s.folded;
  const toChina = /^(?:来华|访华)/.test(f.slice(t.index, t.end)) || ms.some((m) => m.code === 'CN' && !m.leader && m.index >= t.end && m.index - t.end < 8);
  if (!toChina) return null;
  const [a] = clauseAt(s, t.index, 'strong');
  const leaders = [...new Set(ms.filter((m) => m.leader && m.code !== 'CN' && m.index >= a && m.index < t.index).map((m) => m.code))];
  return leaders.length >= 2 ? leaders : null;
}

/** Lists of countries a trip goes to ("对哈萨克斯坦、乌兹别克斯坦进行国事访问", "visits to Kazakhstan and Tajikistan",
 * "زيارة إلى كازاخستان وطاجيكستان"): each list's partners and where its cue and its last name are. */
function destinationLists(f: string, ms: Mention[]): { codes: string[]; start: number; end: number }[] {
  const out: { codes: string[]; start: number; end: number }[] = [];
  const names = ms.filter((m) => !m.leader && m.code !== 'CN');
  const cues = [
    ...[...f.matchAll(/[对赴](?=[^，,。；]{2,40}?(?:进行|开始)?(?:国事|正式|工作|友好)?访问)/g)].map((m) => ({ end: m.index + 1, zh: true })),
    ...[...f.matchAll(/\b(?:visits?|trip|tour) (?:to|of) |(?<![\u0621-\u064a])[وبل]?(?:زيار[هة]|جول[هة])(?: (?:دول[هة]|رسمي[هة]|عمل))? (?:الي|إلى|الى) /g)].map((m) => ({ end: m.index + m[0].length, zh: false })),
  ];
  for (const cue of cues) {
    const chain: Mention[] = [];
    let at = cue.end;
    for (const m of names) {
      if (m.index < at) continue;
      if (!/^\s*(?:(?:,|、|和|及|与|and|,\s*and)\s*)?$/.test(f.slice(at, m.index)) || (!chain.length && m.index - cue.end > 2)) break;
      if (chain.length && !/[,、和及与]|and|^\s*$/.test(f.slice(at, m.index)) && !/^و/.test(f.slice(m.index))) break;
      chain.push(m);
      at = m.index + (first(COUNTRY_RE.find((c) => c.country.code === m.code)!.names, f.slice(m.index))?.[0].length ?? 1);
    }
    // A Chinese list is a destination only when the visit words follow it.
    // ("对哈萨克斯坦和土库曼斯坦进行为期三天的工作访问": the trip's length may stand before its kind.)
    if (chain.length >= 2 && (!cue.zh || /^\s*(?:进行|开始)?(?:为期[^，,。；]{1,6}的)?(?:国事|正式|工作|友好)?访问/.test(f.slice(at, at + 20)))) out.push({ codes: [...new Set(chain.map((m) => m.code))], start: cue.end, end: at });
  }
  return out;
}

/** The partner a visit goes to, when the text says so next to it; null for a visit to China or none named. */
function destination(f: string, t: Trigger, ms: Mention[]): string | null {
  for (const m of [...ms].sort((x, y) => Math.abs(x.index - t.index) - Math.abs(y.index - t.index))) {
    if (m.leader || m.code === 'CN') continue;
    if (m.index >= t.end && m.index - t.end < 12 && /^\s*(?:to|إلى|الى|لي|ل)?\s*$/.test(f.slice(t.end, m.index).replace(/^\s*(?:to|إلى|الى)\s*/, ''))) {
      if (/^\s*(?:to\b|إلى|الى)/.test(f.slice(t.end, m.index + 3)) || /^[لإا]/.test(f.slice(m.index, m.index + 1))) return m.code;
    }
    if (m.index < t.index && t.index - m.index < 24 && /[对赴]$/.test(f.slice(m.index - 1, m.index)) && /^[^，,。]*$/.test(f.slice(m.index, t.index))) return m.code;
  }
  return null;
}

/**
 * Between a meeting and the summit its guest came for: "会见来华出席…", "who is in China to attend the", "الذي يزور الصين لحضور";
 * or on whose sidelines it was held: "اجتمع … على هامش القمة", "met … on the sidelines of the summit" (the day is the meeting's).
 */
const GUEST_ATTENDS = /(?:来华|赴华|访华|前来|来京)?(?:出席|参加)[^，,。；]{0,30}$|(?<![\u0621-\u064a])علي هامش\s*$|\bon the (?:sidelines|margins) of (?:the )?[^,.;]{0,30}$|\b(?:who (?:is|was) in [^,.;]{0,30} (?:to attend|for)|(?:in china|here) (?:to attend|for)) (?:the )?[^,.;]{0,30}$|(?<![\u0621-\u064a])(?:ل|من اجل )(?:حضور|المشارك[هة] في)(?![\u0621-\u064a])[^،,.؛]{0,30}$/;

/** Occasions a trip takes in that are not candidates themselves (the date after them is theirs). */
const OCCASION = /\b(?:meeting|forum|conference|session|ceremony|expo|exhibition|games)\b|(?<![\u0621-\u064a])(?:[وبل]|ال|وال|بال|لل)?(?:اجتماع|منتدي|مؤتمر|موتمر|دوره|حفل|معرض)(?![\u0621-\u064a])/;

/** A date before the article's own month (or year, or more than a week before its day): told as past. */
function clearlyPast(date: string, articleDate: string): boolean {
  if (date.length === 4) return date < articleDate.slice(0, 4);
  if (date.length === 7) return articleDate.length >= 7 && date < articleDate.slice(0, 7);
  return daysBefore(date, articleDate) > 7 && daysBefore(date, articleDate) !== Infinity;
}

/** Whole days from a day-precision date to the article's date (Infinity when either is not a day). */
function daysBefore(date: string, articleDate: string): number {
  if (date.length !== 10 || articleDate.length !== 10 || date > articleDate) return Infinity;
  return (Date.parse(articleDate) - Date.parse(date)) / 86_400_000;
}

/** A date of the article's news: its own month, or a day of the week before it. */
function isRecent(date: string, articleDate: string): boolean {
  if (date.length === 7) return articleDate.startsWith(date);
  if (date.length !== 10 || articleDate.length !== 10 || date > articleDate) return false;
  return (Date.parse(articleDate) - Date.parse(date)) / 86_400_000 <= 7;
}

/** One candidate per event: an article repeats itself, and its headline repeats its body. */
function dedupe(list: RawCandidate[], articleDate: PartialDate | null): RawCandidate[] {
  // One agreement per signing occasion: a joint statement and the documents signed with it are one.
  const key = (c: RawCandidate) => `${c.kind}|${c.pairId}|${c.date}|${c.levelKey}|${c.kind === 'anniversary' ? c.years : ''}`;
  const best = new Map<string, RawCandidate>();
  const ownDated = (x: RawCandidate) => x.reasons.some((r) => r.code === 'dateWritten' || r.code === 'dateRelative');
  const onlyGuessed = (x: RawCandidate) => x.reasons.some((r) => r.code === 'dateArticle');
  const pointsBack = (x: RawCandidate) => x.reasons.some((r) => r.code === 'dateRelative' && !OWN_DAY.test(String(r.params?.words ?? '')));
  const triggerWords = (x: RawCandidate) => String(x.reasons[0]?.params?.words ?? '');
  // (An arrival is done whatever was announced; a later stop of a tour is planned by its order, not by words.)
  const arrival = (x: RawCandidate) => /وصل|وصول|arriv|抵达|到达/.test(triggerWords(x));
  const announcedByWords = (x: RawCandidate) => x.reasons.some((r) => r.code === 'planned' && r.params?.words !== triggerWords(x));
  for (const c of list) {
    const k = key(c);
    const had = best.get(k);
    // The body's mention beats the headline's (which repeats it), keeping the surer confidence; else a done event beats
    // a planned mention of it, and a more confident one a less.
    const headline = (x: RawCandidate) => x.reasons.some((r) => r.code === 'headline');
    // The body says whether the headline's event is done: "訪…總統" over a body's "將於…訪問" is the planned visit.
    if (!had) best.set(k, c);
    else if (headline(had) !== headline(c)) {
      if (headline(had)) best.set(k, had.planned === c.planned ? { ...c, confidence: Math.max(c.confidence, had.confidence) } : c);
    } else if (had.planned && !c.planned && !(ownDated(had) && announcedByWords(had) && onlyGuessed(c) && !arrival(c))) best.set(k, c);
    // "سيقوم … بزيارة … من 7 إلى 10 يونيو" then "فإن زيارة … الى كازاخستان": an undated mention on the day of an event the
    // article announces for that day is the announced one.
    // (Dated by its own words: "خلال الاجتماع" points back to the day's meeting, it names no day ahead.)
    else if (!had.planned && c.planned && onlyGuessed(had) && !arrival(had) && ownDated(c) && !pointsBack(c) && announcedByWords(c)) best.set(k, c);
    else if (had.planned === c.planned && c.confidence > had.confidence) best.set(k, c);
  }
  let kept = [...best.values()];
  // An event the article dates itself: its undated mentions (given the article's date) are the same event.
  const own = (c: RawCandidate) => c.reasons.some((r) => r.code === 'dateWritten' || r.code === 'dateRelative');
  const guessed = (c: RawCandidate) => c.reasons.some((r) => r.code === 'dateArticle');
  kept = kept.filter((c) => !guessed(c) || c.kind === 'anniversary' || !kept.some((o) => o !== c && o.kind === c.kind && o.pairId === c.pairId && own(o) && !o.planned && articleDate !== null && isRecent(o.date ?? '', articleDate)));
  // "arrived in Bishkek Tuesday for a state visit and a … summit", then "will attend the Bishkek Summit … tomorrow": a summit
  // is one occasion, so its undated mention is the one the article dates ahead that month, not a summit already held.
  kept = kept.filter((c) => c.kind !== 'summit' || c.planned || !guessed(c) || !kept.some((o) => o.kind === 'summit' && o.planned && o.pairId === c.pairId && own(o) && articleDate !== null && (o.date ?? '').length === 10 && o.date! > articleDate && o.date!.startsWith(c.date ?? '#')));
  // A level is announced at a meeting of the leaders: undated, it is the news only when the article reports one that day
  // ("رئيسا البلدين أعلنا …" recalled by a visiting minister is history).
  // (A document the article does not date either is no such meeting: "双方签订了《…条约》,建立了…伙伴关系" is a recap.)
  kept = kept.filter((c) => c.kind !== 'partnership' || !guessed(c) || kept.some((o) => (['talks', 'visit', 'summit'].includes(o.kind) || (o.kind === 'agreement' && !guessed(o))) && o.pairId === c.pairId && o.date === c.date && !o.planned));
  // Documents are signed at an occasion: an undated signing is the day's news only when the article reports a meeting,
  // visit or summit of the pair that day; else it is recalled ("双方签订了《中哈睦邻友好合作条约》" in a greeting).
  kept = kept.filter((c) => c.kind !== 'agreement' || !guessed(c) || kept.some((o) => ['talks', 'visit', 'summit'].includes(o.kind) && o.pairId === c.pairId && (o.date ?? '').startsWith(c.date ?? '#') && !o.planned));
  // An opening happens once: an undated mention of a project ("在通车典礼上表示") is the dated one the article told that month.
  // (…or the one it announces ahead that month: "将于25日正式通车", then "其建成…": the mention is of that opening, still to come.)
  kept = kept.filter((c) => c.kind !== 'project' || !guessed(c) || !kept.some((o) => o !== c && o.kind === 'project' && o.pairId === c.pairId && own(o) && articleDate !== null && (o.date ?? '').length === 10 && (o.planned ? o.date! >= articleDate && o.date!.startsWith(articleDate.slice(0, 7)) : o.date! <= articleDate && daysBefore(o.date!, articleDate) <= 31)));
  // A headline names the body's events: drop a headline candidate when the body has one of its kind and pair.
  kept = kept.filter((c) => !c.reasons.some((r) => r.code === 'headline') || !kept.some((o) => o !== c && o.kind === c.kind && o.pairId === c.pairId && !o.reasons.some((r) => r.code === 'headline')));
  // A visit lasts days: the same pair's visits dated a few days apart ("arrived on Thursday", "is on a state visit
  // on Friday") are one visit, dated by its first day.
  kept = kept.filter((c) => c.kind !== 'visit' || c.planned || (c.date ?? '').length !== 10 || !kept.some((o) => o !== c && o.kind === 'visit' && !o.planned && o.pairId === c.pairId && (o.date ?? '').length === 10 && o.date! < c.date! && daysBefore(o.date!, c.date!) <= 3));
  // A project known only to its month is the same pair's project dated to a day of that month ("A线于今年12月初试运投产",
  // "14日…通气仪式"): one opening.
  kept = kept.filter((c) => c.kind !== 'project' || c.planned || (c.date ?? '').length !== 7 || !kept.some((o) => o !== c && o.kind === 'project' && !o.planned && o.pairId === c.pairId && (o.date ?? '').length === 10 && o.date!.startsWith(c.date!)));
  // …and a visit known only to its month, inferred, is the same pair's visit dated to a day of that month.
  kept = kept.filter((c) => c.kind !== 'visit' || c.planned || !c.dateInferred || (c.date ?? '').length !== 7 || !kept.some((o) => o !== c && o.kind === 'visit' && !o.planned && o.pairId === c.pairId && (o.date ?? '').length === 10 && o.date!.startsWith(c.date!)));
  // Visits and talks of the same day: the same event named twice by different words stays one per kind.
  return kept.sort((a, b) => a.sentence.start - b.sentence.start || a.match.start - b.match.start).map((c, i) => ({ ...c, id: `c${i + 1}` }));
}
