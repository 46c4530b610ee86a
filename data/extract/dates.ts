/**
 * Every date expression in a sentence, with where it is and the precision it is written at:
 * English through chrono-node (the article's date as reference); Arabic and Chinese by the rules below
 * (chrono's Chinese parser drops the year of "今年5月" and misses "去年"; its Arabic parser knows neither
 * the Levantine nor the Maghreb month names). Relative expressions ("on Tuesday", "أمس", "去年") are
 * resolved against the article's date and marked inferred. Works on folded text with ASCII digits.
 */
import * as chrono from 'chrono-node';
import { isPartialDate, type PartialDate } from '../../shared/dates';
import { foldForMatch } from '../../shared/text/arabic';
import { CITIES } from './gazetteer';
import { simplified } from './hanzi';
import { yearsOf, zhNumber } from './numbers';

export interface FoundDate {
  date: PartialDate;
  inferred: boolean;
  /** Folded-text span of the expression. */
  index: number;
  end: number;
  /** Later than the article's date: the text speaks of the future. */
  future: boolean;
  words: string;
  /** A span of days ("4-6 يوليو", "5月16日至20日", "from July 4 to 6"): the date is its first day. */
  span?: boolean;
  /** A span of two days ("يومي 4 و5 يناير", "on 4 and 5 January"): one occasion, dated by its first day. */
  twoDays?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Arabic-Indic and Persian digits as ASCII, one character for one (positions stay put). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

interface Ref {
  y: number;
  m: number | null;
  d: number | null;
}
const refOf = (articleDate: PartialDate | null): Ref | null => {
  if (!articleDate) return null;
  const [y, m, d] = articleDate.split('-').map(Number);
  return { y, m: m || null, d: d || null };
};
const ymd = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
const addDays = (r: Ref, n: number) => (r.d && r.m ? ymd(r.y, r.m, r.d + n) : null);
const addMonths = (r: Ref, n: number) => {
  if (!r.m) return null;
  const t = new Date(Date.UTC(r.y, r.m - 1 + n, 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
};
/** The last such weekday on or before the article's day (news tells of days just past). */
const pastWeekday = (r: Ref, weekday: number) => {
  if (!r.d || !r.m) return null;
  const today = new Date(Date.UTC(r.y, r.m - 1, r.d)).getUTCDay();
  return addDays(r, -((today - weekday + 7) % 7));
};
/** The next such weekday after the article's day (a day the text points ahead to). */
const nextWeekday = (r: Ref, weekday: number) => {
  if (!r.d || !r.m) return null;
  const today = new Date(Date.UTC(r.y, r.m - 1, r.d)).getUTCDay();
  return addDays(r, (weekday - today + 7) % 7 || 7);
};
/** A day and month without a year: the year that puts it nearest the article's date. */
const nearestYear = (r: Ref, m: number, d: number | null) => {
  if (!r.m) return r.y;
  const diff = (m - r.m) * 31 + ((d ?? 15) - (r.d ?? 15));
  return diff > 200 ? r.y - 1 : diff < -200 ? r.y + 1 : r.y;
};
const later = (date: string, articleDate: PartialDate | null) => !!articleDate && date.slice(0, articleDate.length) > articleDate.slice(0, date.length);

// ---------- month names ----------
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Arabic month names: Egyptian/Gulf, Levantine (Syriac), Maghreb (French-derived) and Moroccan forms. */
const AR_MONTHS: [string, number][] = [
  ...(['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'] as const).map((n, i): [string, number] => [n, i + 1]),
  ['إبريل', 4], ['ابريل', 4], ['يونيه', 6], ['يوليه', 7], ['اغسطس', 8], ['أغسطس', 8],
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['أوت', 8],
  ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
];
const AR_MONTH_MAP = new Map(AR_MONTHS.map(([n, m]) => [foldForMatch(n), m]));
const AR_MONTH_RE = [...AR_MONTH_MAP.keys()].sort((a, b) => b.length - a.length).join('|');
const arMonth = (name: string) => AR_MONTH_MAP.get(name.replace(/^(?:ب|ل|و)(?=.)/, '')) ?? AR_MONTH_MAP.get(name) ?? 0;

const AR = (s: string) => foldForMatch(s);
// Optional "شهر" before a month, "من"/"عام"/"سنة" between month and year, a missing space before the year ("31 أغسطس2017").
const A_MONTH = `(?:${AR('شهر')} )?(?:[بلو])?(${AR_MONTH_RE})(?:\\s*/\\s*(?:${AR_MONTH_RE}))?`;
const A_YEAR = `(?:\\s*(?:${AR('من')}\\s+)?(?:${AR('عام')}|${AR('سنة')}|${AR('العام')})?\\s*)((?:19|20)\\d{2})`;
const AR_RANGE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:-|–|${AR('و')}|${AR('إلى')}|${AR('الى')}|${AR('حتى')})\\s*(\\d{1,2})\\s*${A_MONTH}(?:${A_YEAR})?`, 'g');
// …also "الـ17 من أكتوبر" (the day as an ordinal, "من" before the month).
const AR_DMY = new RegExp(`(?<!\\d)(?:(?<![\\u0621-\\u064a])ال)?(\\d{1,2})\\s*(?:${AR('من')}\\s+)?${A_MONTH}(?![\\u0621-\\u064a])(?:${A_YEAR})?`, 'g');
const AR_MY = new RegExp(`(?<![\\u0621-\\u064a])${A_MONTH}(?![\\u0621-\\u064a])${A_YEAR}`, 'g');
const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(AR);
// The article is required: bare "احد", "اثنين" are numbers ("أحد أهم", "اتفاقيتين اثنتين").
const AR_WEEKDAY = new RegExp(`(?<![\\u0621-\\u064a])(?:${AR('يوم')} )?(?:[وب])?ال(${AR_WEEKDAYS.map((w) => w.replace(/^ال/, '')).join('|')})(?![\\u0621-\\u064a])`, 'g');

/** After an Arabic weekday: "المقبل", "القادم" (the coming one). */
const AR_WEEKDAY_AHEAD_AFTER = new RegExp(`^\\s*(?:${['المقبل', 'القادم', 'المقبلة', 'القادمة'].map(AR).join('|')})(?![\\u0621-\\u064a])`);
/** Just before it: an expectation or a future verb ("مرتقبة السبت", "المقرر … يوم الجمعة", "سيزور … الأحد", "غدا"). */
const AR_WEEKDAY_AHEAD_BEFORE = new RegExp(`(?<![\\u0621-\\u064a])(?:(?:ال)?(?:${['مرتقب', 'مرتقبة', 'مقرر', 'مقررة', 'متوقع', 'متوقعة', 'منتظر', 'منتظرة'].map(AR).join('|')})|${AR('غدا')}|${AR('غداً')}|${AR('يوم غد')})(?![\\u0621-\\u064a])[^.،؛]{0,12}$|(?<![\\u0621-\\u064a])[وف]?س[يت][\\u0621-\\u064a]{2,}\\s+(?:[\\u0621-\\u064a]+\\s+){0,1}$`);

/** A sentence opened by an imperfect verb of holding or hosting: "تشهد طشقند …", "تستضيف", "تحتضن", "تنطلق", "يعقد". */
const AR_HOLDS_OPENING = new RegExp(`^\\s*(?:[وف])?(?:${['تشهد', 'يشهد', 'تستضيف', 'يستضيف', 'تحتضن', 'يحتضن', 'تنطلق', 'ينطلق', 'تعقد', 'يعقد', 'تقام', 'يقام'].map(AR).join('|')})(?![\\u0621-\\u064a])`);

/** Before an English weekday, in its clause: the future ("will", "is to", "is scheduled to"), so the day is the coming one. */
const EN_AHEAD_BEFORE = /\b(?:will|shall|is to|are to|is due to|are due to|is scheduled to|are scheduled to|is set to|are set to|is expected to|are expected to)\b[^,]*$/i;

type Rel = { re: RegExp; date: (r: Ref) => string | null };
const AR_RELATIVE: Rel[] = [
  { re: new RegExp(`${AR('أول أمس')}|${AR('أول من أمس')}`, 'g'), date: (r) => addDays(r, -2) },
  { re: new RegExp(`(?<![\\u0621-\\u064a])(?:${AR('أمس')}|${AR('الأمس')})(?![\\u0621-\\u064a])`, 'g'), date: (r) => addDays(r, -1) },
  // ("في اليوم ذاته", "في نفس اليوم", "ذلك اليوم": the same day as an event already told, not the article's day.)
  { re: new RegExp(`(?<![\\u0621-\\u064a])(?<!(?:${['نفس', 'ذات', 'ذلك'].map(AR).join('|')})\\s)${AR('اليوم')}(?![\\u0621-\\u064a])(?!\\s+(?:${['ذاته', 'نفسه', 'عينه'].map(AR).join('|')})(?![\\u0621-\\u064a]))`, 'g'), date: (r) => addDays(r, 0) },
  { re: new RegExp(`${AR('بعد غد')}`, 'g'), date: (r) => addDays(r, 2) },
  { re: new RegExp(`(?<![\\u0621-\\u064a])(?:${AR('يوم غد')}|${AR('غدا')}|${AR('غداً')}|${AR('الغد')})(?![\\u0621-\\u064a])`, 'g'), date: (r) => addDays(r, 1) },
  // "الأسبوع الماضي", "الأسبوع المقبل": a day of the week before or after, known to its month.
  { re: new RegExp(`${AR('الأسبوع الماضي')}|${AR('الأسبوع المنصرم')}|${AR('الاسبوع الماضي')}`, 'g'), date: (r) => addDays(r, -7)?.slice(0, 7) ?? null },
  { re: new RegExp(`${AR('الأسبوع المقبل')}|${AR('الأسبوع القادم')}`, 'g'), date: (r) => addDays(r, 7)?.slice(0, 7) ?? null },
  { re: new RegExp(`${AR('الشهر الماضي')}|${AR('الشهر المنصرم')}`, 'g'), date: (r) => addMonths(r, -1) },
  { re: new RegExp(`${AR('الشهر الجاري')}|${AR('هذا الشهر')}`, 'g'), date: (r) => addMonths(r, 0) },
  { re: new RegExp(`${AR('الشهر المقبل')}|${AR('الشهر القادم')}`, 'g'), date: (r) => addMonths(r, 1) },
  { re: new RegExp(`${AR('العام الماضي')}|${AR('السنة الماضية')}|${AR('العام المنصرم')}|${AR('العام المنقضي')}`, 'g'), date: (r) => String(r.y - 1) },
  { re: new RegExp(`${AR('هذا العام')}|${AR('العام الجاري')}|${AR('العام الحالي')}|${AR('هذه السنة')}|${AR('السنة الجارية')}`, 'g'), date: (r) => String(r.y) },
  { re: new RegExp(`${AR('العام المقبل')}|${AR('العام القادم')}|${AR('السنة المقبلة')}`, 'g'), date: (r) => String(r.y + 1) },
];

const ZH_WEEKDAY = /(?:周|星期|礼拜)([日天一二三四五六])/g;
/** After a bare day, in its clause: the future ("将", "拟", "即将", "计划"), so the day is one still to come. */
const ZH_AHEAD_AFTER_DAY = /^[^。；;]{0,12}?(?:将|拟|即将|计划|预计)/;
/** Right before a bare day: the future marker with its preposition of time ("将于25日", "拟于", "定于", "将在"): the day is still to come. */
const ZH_AHEAD_BEFORE_DAY = /(?:将|拟|即将|定|计划|预计)(?:于|在)\s*$/;
const ZH_WD: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const ZH_REL_YEAR: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };
// A span's first day may come without its "日" ("9月14至16日"): the span's first day is the date. Two days of one
// month joined by "和"/"、" ("7月17日和18日") are a span too (a later day with its own month is another date).
const ZH_FULL = /(?:(\d{4})年|(前年|去年|今年|明年))?(\d{1,2})月(?:(\d{1,2})(?:日|号|(?=(?:至|到|-|–|—)(?:\d{1,2}月)?\d{1,2}(?:日|号))))?(?:(?:至|到|-|–|—)(?:\d{1,2}月)?\d{1,2}(?:日|号)|(?<=日|号)[和、]\d{1,2}(?:日|号))?/g;
const ZH_YEAR = /(?<!\d)(\d{4})年(?!\d{1,2}月)|(前年|去年|今年|明年)(?!\d{1,2}月)/g;

/**
 * A Chinese sentence with the numerals of its dates in digits ("一九九四年四月十九日", "九月十四日", "十四日", as older
 * reports write them, read as "1994年4月19日", "9月14日", "14日"), and where each character of it was in the sentence.
 * Null when it writes none: the date rules then read the sentence itself.
 */
function zhDigitDates(folded: string): { text: string; at: number[] } | null {
  const RUN = /(?<![〇零一二两三四五六七八九十百\d第])([〇零一二三四五六七八九十]{1,4})(?=年|月|日(?!内|之内|以内|游))/g;
  if (!/[〇零一二三四五六七八九十][年月日]/.test(folded)) return null;
  let text = '';
  const at: number[] = [];
  let last = 0;
  for (const m of folded.matchAll(RUN)) {
    const unit = folded[m.index + m[0].length];
    // A year is written digit by digit ("一九九四"); a month or a day as a number ("十四").
    const value = unit === '年' ? (/^[〇零一二三四五六七八九]{4}$/.test(m[1]) ? [...m[1]].map((c) => '〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c)).join('') : null) : zhNumber(m[1]);
    if (value === null || (unit === '月' && (+value < 1 || +value > 12)) || (unit === '日' && (+value < 1 || +value > 31))) continue;
    for (let i = last; i < m.index; i++) (text += folded[i]), at.push(i);
    for (const ch of String(value)) (text += ch), at.push(m.index);
    last = m.index + m[0].length;
  }
  if (last === 0) return null;
  for (let i = last; i <= folded.length; i++) (i < folded.length ? (text += folded[i]) : null), at.push(i);
  return { text, at };
}
const ZH_RELATIVE: Rel[] = [
  { re: /前天/g, date: (r) => addDays(r, -2) },
  { re: /昨天|昨日/g, date: (r) => addDays(r, -1) },
  { re: /今天|今日/g, date: (r) => addDays(r, 0) },
  { re: /明天|明日/g, date: (r) => addDays(r, 1) },
  { re: /上周|上星期|上个星期/g, date: (r) => addDays(r, -7)?.slice(0, 7) ?? null },
  { re: /下周|下星期|下个星期/g, date: (r) => addDays(r, 7)?.slice(0, 7) ?? null },
  { re: /上个月|上月/g, date: (r) => addMonths(r, -1) },
  { re: /本月|这个月|近日|日前|近期/g, date: (r) => addMonths(r, 0) },
  { re: /下个月|下月/g, date: (r) => addMonths(r, 1) },
];

const YEAR = /(?<![\d.,/-])((?:19|20)\d{2})(?![\d])/g;
/** A city name just before (a year after it names an event held there: "بكين 2022", "北京2022年"). */
const CITY_BEFORE = new RegExp(`(?:${CITIES.flatMap((c) => c.names).map((n) => foldForMatch(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*$`);

function valid(date: string | null): string | null {
  return date && isPartialDate(date) ? date : null;
}

/** All dates in one sentence (folded, ASCII digits), in order; `original` is the same sentence as written (for chrono). */
export function datesIn(folded: string, articleDate: PartialDate | null, original = folded, toFolded: (i: number) => number = (i) => i): FoundDate[] {
  const r = refOf(articleDate);
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  const add = (index: number, end: number, date: string | null, inferred: boolean, span = false, twoDays = false) => {
    const v = valid(date);
    if (!v || !free(index, end)) return;
    taken.push([index, end]);
    found.push({ date: v, inferred, index, end, future: later(v, articleDate), words: folded.slice(index, end), ...(span ? { span } : {}), ...(twoDays ? { twoDays } : {}) });
  };

  // Chinese. A month without a year after one with it ("2022年1月，…；2月，…") is of that year.
  const zh = zhDigitDates(folded);
  const zt = zh ? zh.text : folded;
  /** Where a place of `zt` is in `folded`. */
  const back = (i: number) => (zh ? zh.at[i] : i);
  let lastYear: number | null = null;
  for (const m of zt.matchAll(ZH_FULL)) {
    const rel = m[2] ? ZH_REL_YEAR[m[2]] : undefined;
    const mo = +m[3];
    const d = m[4] ? +m[4] : null;
    const y = m[1] ? +m[1] : rel !== undefined && r ? r.y + rel : lastYear !== null ? lastYear : r ? nearestYear(r, mo, d) : null;
    if (m[1]) lastYear = +m[1];
    if (y === null) continue;
    add(back(m.index), back(m.index + m[0].length), d ? `${y}-${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}`, !m[1], d !== null && /(?:至|到|-|–|—|和|、)/.test(m[0].slice(m[0].indexOf('月'))));
  }
  for (const m of zt.matchAll(ZH_YEAR)) {
    if (m[1] && CITY_BEFORE.test(zt.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (m[1]) add(back(m.index), back(m.index + m[0].length), m[1], false);
    else if (r) add(back(m.index), back(m.index + m[0].length), String(r.y + ZH_REL_YEAR[m[2]]), true);
  }
  if (r) {
    // "周三(12日)", "週五起(14日)": a weekday with its day is the month where that day is that weekday (a day ahead, in
    // an announcement, is of the article's month, not of the month before).
    for (const m of folded.matchAll(/(?:周|星期|礼拜)([日天一二三四五六])\s*起?\s*[（(]\s*(\d{1,2})日\s*[)）]/g)) {
      if (!r.m || !r.d) break;
      const d = +m[2];
      const month = [0, -1, 1].map((n) => addMonths({ ...r, d: 1 }, n)).find((mo) => mo && new Date(`${mo}-${pad(d)}T12:00:00Z`).getUTCDay() === ZH_WD[m[1]]);
      if (month) add(m.index, m.index + m[0].length, `${month}-${pad(d)}`, true);
    }
    // "习近平13日在比什凯克": a day of the article's month (the previous month when later than the article's day).
    // …unless the clause says it is ahead ("17日,胡锦涛将出席…峰会", "11日将举行"): then a later day of the same month.
    // ("11日至12日", "17日和18日": a span of days of one month, dated by its first day.)
    // ("本月24至26日": of the article's month, ahead or not.)
    for (const m of zt.matchAll(/(?<![\d月年])(本月|这个月|当月)?(\d{1,2})日?((?:至|到|-|–|—|和|、)\d{1,2}日)?(?!电|讯)(?<=日)/g)) {
      if (!r.m || !r.d) break;
      const d = +m[2];
      const thisMonth = !!m[1];
      // (Chinese puts the future marker either before the time, "将于25日通车", or after it, "11日将举行": both are the clause's tense.)
      const ahead = d > r.d && (ZH_AHEAD_AFTER_DAY.test(zt.slice(m.index + m[0].length, m.index + m[0].length + 16)) || ZH_AHEAD_BEFORE_DAY.test(zt.slice(Math.max(0, m.index - 4), m.index)));
      add(back(m.index), back(m.index + m[0].length), d <= r.d || ahead || thisMonth ? `${r.y}-${pad(r.m)}-${pad(d)}` : addMonths({ ...r, d: 1 }, -1) + `-${pad(d)}`, true, !!m[3]);
    }
    for (const rel of ZH_RELATIVE) for (const m of folded.matchAll(rel.re)) add(m.index, m.index + m[0].length, rel.date(r), true);
    for (const m of folded.matchAll(ZH_WEEKDAY)) add(m.index, m.index + m[0].length, pastWeekday(r, ZH_WD[m[1]]), true);
  }

  // Arabic.
  if (/[\u0600-\u06ff]/.test(folded)) {
    for (const m of folded.matchAll(AR_RANGE)) {
      const mo = arMonth(m[3]);
      const y = m[4] ? +m[4] : r ? nearestYear(r, mo, +m[1]) : null;
      if (mo && y) add(m.index, m.index + m[0].length, `${y}-${pad(mo)}-${pad(+m[1])}`, !m[4], true, +m[2] === +m[1] + 1);
    }
    // "أول يوليو 2024", "الأول من سبتمبر": the first day, written as a word.
    for (const m of folded.matchAll(new RegExp(`(?<![\\u0621-\\u064a])(?:${AR('الأول من')}|${AR('أول')})\\s+${A_MONTH}(?![\\u0621-\\u064a])(?:${A_YEAR})?`, 'g'))) {
      const mo = arMonth(m[1]);
      const y = m[2] ? +m[2] : r ? nearestYear(r, mo, 1) : null;
      if (mo && y) add(m.index, m.index + m[0].length, `${y}-${pad(mo)}-01`, !m[2]);
    }
    // "بتاريخ 2/1/1992", "في 27/12/1991": Arabic writes numeric dates day first.
    for (const m of folded.matchAll(/(?<![\d/.])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/g)) add(m.index, m.index + m[0].length, `${m[3]}-${pad(+m[2])}-${pad(+m[1])}`, false);
    for (const m of folded.matchAll(AR_DMY)) {
      const mo = arMonth(m[2]);
      const y = m[3] ? +m[3] : r ? nearestYear(r, mo, +m[1]) : null;
      // A short name ("ماي", "آب") without a year is a date only next to a day number.
      if (mo && y) add(m.index, m.index + m[0].length, `${y}-${pad(mo)}-${pad(+m[1])}`, !m[3]);
    }
    // "يوم 14 من الشهر الجاري": a day of the article's month (or of the month before).
    if (r?.m)
      for (const m of folded.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:${AR('من')}\\s+)?(${AR('الشهر الجاري')}|${AR('الشهر الحالي')}|${AR('هذا الشهر')}|${AR('الشهر الماضي')}|${AR('الشهر المنصرم')})`, 'g'))) {
        const month = /ماضي|منصرم/.test(m[2]) ? addMonths(r, -1) : addMonths(r, 0);
        add(m.index, m.index + m[0].length, `${month}-${pad(+m[1])}`, true);
      }
    // "في فبراير من هذا العام", "يناير الماضي".
    for (const m of folded.matchAll(new RegExp(`${A_MONTH}\\s*(?:${AR('من')}\\s+)?(${AR('هذا العام')}|${AR('العام الجاري')}|${AR('العام الحالي')}|${AR('العام الماضي')}|${AR('العام المنصرم')}|${AR('السنة الماضية')}|${AR('الماضي')}|${AR('المنصرم')})`, 'g'))) {
      const mo = arMonth(m[1]);
      if (!mo || !r) continue;
      const y = /عام الماضي|سنه الماضيه|عام المنصرم/.test(m[2]) ? r.y - 1 : /^(?:الماضي|المنصرم)$/.test(m[2]) ? (r.m && mo >= r.m ? r.y - 1 : r.y) : r.y;
      add(m.index, m.index + m[0].length, `${y}-${pad(mo)}`, true);
    }
    for (const m of folded.matchAll(AR_MY)) {
      const mo = arMonth(m[1]);
      if (mo) add(m.index, m.index + m[0].length, `${m[2]}-${pad(mo)}`, false);
    }
    // "في يونيو/ حزيران" with no year: the month nearest the article's date (short names like "ماي", "آب" need a day).
    if (r)
      // (…and "في مطلع يوليو", "في أواخر يونيو", "منتصف مايو": a part of the month is the month.)
      for (const m of folded.matchAll(new RegExp(`(?<![\\u0621-\\u064a])(?:${AR('في')} (?:(?:${['مطلع', 'أوائل', 'أواخر', 'منتصف', 'نهاية', 'بداية', 'أول'].map(AR).join('|')}) )?|(?:${['مطلع', 'أوائل', 'أواخر', 'منتصف'].map(AR).join('|')}) )${A_MONTH}(?![\\u0621-\\u064a])`, 'g'))) {
        const mo = arMonth(m[1]);
        const at = m[0].startsWith(AR('في ')) ? m.index + 3 : m.index;
        if (mo && m[1].replace(/^[بلو]/, '').length > 3) add(at, m.index + m[0].length, `${nearestYear(r, mo, null)}-${pad(mo)}`, true);
      }
    if (r) {
      for (const rel of AR_RELATIVE) for (const m of folded.matchAll(rel.re)) add(m.index, m.index + m[0].length, rel.date(r), true);
      for (const m of folded.matchAll(AR_WEEKDAY)) {
        // "الثلاثاء 12 ذو القعدة 1445 هـ الموافق 21 مايو 2024", "يوم الخميس 18 مايو": a weekday written with its date is
        // that date (a Hijri date and "الموافق" may stand between), not the last such weekday before the article.
        const end = m.index + m[0].length;
        const next = found.find((x) => x.index >= end && x.index - end < 48 && x.date.length === 10);
        if (next && new RegExp(`^[\\s،,(]*(?:\\d{1,2}\\s+[\\u0621-\\u064a ]{2,14}\\s+1[34]\\d{2}\\s*(?:ه|هـ)?\\s*)?(?:${AR('الموافق')}\\s*(?:ل)?\\s*)?$`).test(folded.slice(end, next.index))) continue;
        const wd = AR_WEEKDAYS.findIndex((w) => w.replace(/^ال/, '') === m[1]);
        // "السبت المقبل", "مرتقبة السبت", "من المقرر … يوم الجمعة", "غدا الخميس": a weekday the text points ahead to is the coming one.
        // (…and in a sentence opened by an imperfect verb of holding ("تشهد طشقند … يومي الخميس والجمعة فعاليات قمة", "تستضيف"):
        // news tells a past occasion in the perfect, "شهدت".)
        const ahead = AR_WEEKDAY_AHEAD_AFTER.test(folded.slice(end, end + 10)) || AR_WEEKDAY_AHEAD_BEFORE.test(folded.slice(Math.max(0, m.index - 24), m.index)) || (AR_HOLDS_OPENING.test(folded) && !/(?<![\u0621-\u064a])(?:الماضي|المنصرم|الفائت)(?![\u0621-\u064a])/.test(folded.slice(end, end + 12)));
        add(m.index, m.index + m[0].length, ahead ? nextWeekday(r, wd) : pastWeekday(r, wd), true);
      }
    }
  }

  // "January this year", "in May last year": chrono reads these as two dates.
  if (r)
    for (const m of folded.matchAll(new RegExp(`\\b(${EN_MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?,? (?:of )?(this|last|next) year\\b`, 'g'))) {
      const mo = EN_MONTHS.findIndex((n) => n.startsWith(m[1])) + 1;
      add(m.index, m.index + m[0].length, `${r.y + (m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0)}-${pad(mo)}`, true);
    }

  // "last week", "next week": a day of the week before or after, known to its month (chrono gives no date for them).
  if (r?.d)
    for (const m of folded.matchAll(/\b(last|next) week\b/g)) { const d = addDays(r, m[1] === 'last' ? -7 : 7); if (d) add(m.index, m.index + m[0].length, d.slice(0, 7), true); }

  // "last December", "this March", "next May": the month before, nearest to or after the article's (chrono takes the nearest).
  if (r?.m)
    for (const m of folded.matchAll(new RegExp(`\\b(last|this|next) (${EN_MONTHS.join('|')})\\b(?!,? (?:19|20)\\d{2})`, 'g'))) {
      const mo = EN_MONTHS.indexOf(m[2]) + 1;
      const y = m[1] === 'last' ? (mo < r.m ? r.y : r.y - 1) : m[1] === 'next' ? (mo > r.m ? r.y : r.y + 1) : nearestYear(r, mo, null);
      add(m.index, m.index + m[0].length, `${y}-${pad(mo)}`, true);
    }

  // English, through chrono (on the text as written: "May" the month, not "may" the verb).
  if (/[a-z]{3}/.test(folded)) {
    const instant = r ? new Date(Date.UTC(r.y, (r.m ?? 7) - 1, r.d ?? 1, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
    // "the afternoon of July 5, 2024": chrono then keeps only the time of day and drops the day; the part of the day is
    // blanked (same length, positions stay put) so that the date is read.
    const dayless = original.replace(/\b(?:(?:in|on) )?(?:the )?(?:early |late )?(?:morning|afternoon|evening|night) of (?=[A-Z0-9])/gi, (w) => ' '.repeat(w.length));
    for (const res of chrono.en.casual.parse(dayless, { instant, timezone: 0 })) {
      const text = res.text;
      // "on Tuesday evening" is the Tuesday; "this evening", "in an hour" name no day.
      if (/\b(?:week|hour|minute|tonight|morning|evening|now|noon)\b/i.test(text) && !/\d{4}/.test(text) && !(res.start.isCertain('weekday') && !/\b(?:next|last|this) week\b/i.test(text))) continue;
      // "more than 30 years ago": a round figure, no year.
      if (/\bago\b/i.test(text) && /\b(?:more than|over|nearly|almost|about|around|some|roughly)\s+$/i.test(original.slice(Math.max(0, res.index - 14), res.index))) continue;
      // "30 years after China and Kazakhstan established relations", "two days before the summit": a span from an event the
      // sentence names, not from the article's day.
      if (/\b(?:\d+|[a-z]+)\s+(?:years?|months?|weeks?|days?)\s+(?:after|before|later than|earlier than)\b/i.test(text) || (/\b(?:years?|months?|weeks?|days?)\s*$/i.test(text) && /^\s*(?:after|before)\b/i.test(original.slice(res.index + text.length, res.index + text.length + 8)))) continue;
      // "over the past few years", "in recent years", "the next five years": a period, not a date.
      if (/\b(?:past|last|recent|next|coming|previous)\s+(?:few|several|many|couple of|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years|months|decades|weeks|days)\b/i.test(text)) continue;
      if (/^may\b/.test(text) && !/\d/.test(text)) continue; // "may" without a number is the verb
      // "his first visit … in five years", "the first time in a decade": a span up to now, not a date ahead.
      if (/^(?:in|within) (?:\w+ )?(?:years?|months?|decades?)$/i.test(text) && /\b(?:first|last)\b[^.;]{0,60}$/i.test(original.slice(Math.max(0, res.index - 70), res.index))) continue;
      if (/\bsun\b|\bsat\b|\bwed\b/i.test(text) && !/\d/.test(text)) continue;
      const c = res.start;
      const known = (x: 'day' | 'month' | 'year' | 'weekday') => (c.isCertain(x) ? (c.get(x) ?? undefined) : undefined);
      const k = { day: known('day'), month: known('month'), year: known('year'), weekday: known('weekday') };
      const i = { month: c.get('month') ?? undefined };
      const relative = !/\d{4}/.test(text);
      let date: string | null = null;
      if (k.day !== undefined && k.month !== undefined) date = `${k.year ?? (r ? nearestYear(r, k.month, k.day) : null)}-${pad(k.month)}-${pad(k.day)}`;
      // ("will kick off his visit … on Sunday", "is scheduled to arrive on Monday": a weekday the clause puts ahead is the coming one.)
      else if (k.weekday !== undefined && r) date = !/\b(?:last|past|previous)\b/i.test(text) && EN_AHEAD_BEFORE.test(original.slice(0, res.index).split(/[.;!?]/).pop() ?? '') ? nextWeekday(r, k.weekday) : pastWeekday(r, k.weekday);
      else if (k.day !== undefined && k.year !== undefined && i.month !== undefined) date = `${k.year}-${pad(i.month)}-${pad(k.day)}`; // "yesterday"
      else if (k.month !== undefined) date = `${k.year ?? (r ? nearestYear(r, k.month, null) : null)}-${pad(k.month)}`;
      else if (k.year !== undefined && r) date = String(k.year);
      if (!date || date.startsWith('null')) continue;
      if (!r && relative) continue;
      // chrono reports on the original; the folded text has the same length for ASCII.
      // "from July 4 to 6", "5 to 7 February 2025": a span of days, dated by its first.
      const span = !!res.end && res.end.get('day') !== res.start.get('day');
      add(toFolded(res.index), toFolded(res.index + text.length), date, relative || k.year === undefined, span);
    }
  }

  // "was recently launched", "تم التوقيع عليها مؤخرا": an earlier day of the article's month (its day unknown), worked out.
  if (r?.m)
    for (const m of folded.matchAll(new RegExp(`\\brecently\\b|(?<![\\u0621-\\u064a])(?:${AR('مؤخرا')}|${AR('مؤخراً')}|${AR('في الآونة الأخيرة')})(?![\\u0621-\\u064a])|不久前`, 'g'))) add(m.index, m.index + m[0].length, addMonths(r, 0), true);

  // "since the beginning of the year", "earlier this year", "منذ بداية العام": the article's year, worked out.
  if (r)
    for (const m of folded.matchAll(new RegExp(`\\bsince the (?:beginning|start) of (?:the|this) year\\b|\\bearlier this year\\b|\\bso far this year\\b|${AR('منذ بداية العام')}|${AR('منذ مطلع العام')}|${AR('منذ بداية هذا العام')}|${AR('في وقت سابق من هذا العام')}`, 'g')))
      add(m.index, m.index + m[0].length, String(r.y), true);

  // "32 years ago", "قبل 32 عاما", "منذ 32 عاما مضت", "32年前", and in words: "two years ago", "قبل خمس عشرة سنة", "两年前": a year, worked out.
  if (r)
    for (const m of folded.matchAll(new RegExp(`(\\d{1,3}|[a-z]+(?:-[a-z]+)?) years? ago|${AR('قبل')} (\\d{1,3}|[\\u0621-\\u064a]+(?: (?:${AR('و')})?[\\u0621-\\u064a]+)?) (?:${AR('عاما')}|${AR('عام')}|${AR('سنة')}|${AR('سنوات')}|${AR('أعوام')})(?![\\u0621-\\u064a])|([\\d〇零一二两三四五六七八九十]{1,4})(?:多)?年前|${AR('منذ')} (\\d{1,3}|[\\u0621-\\u064a]+(?: (?:${AR('و')})?[\\u0621-\\u064a]+)?) (?:${AR('عاما')}|${AR('عام')}|${AR('سنة')}|${AR('سنوات')}|${AR('أعوام')}) (?:${AR('مضت')}|${AR('خلت')})(?![\\u0621-\\u064a])`, 'g'))) {
      // ("منذ 30 عاما مضت": "30 years ago"; a bare "منذ 30 عاما" is a duration, "for 30 years".)
      const years = yearsOf(m[1] ?? m[2] ?? m[3] ?? m[4]);
      // "more than 30 years ago", "قبل أكثر من 30 عاما", "30多年前": a round figure, no year.
      if (/(?:\b(?:more than|over|nearly|almost|about|around|some|roughly)\s+|(?<![\u0621-\u064a])(?:اكثر من|نحو|حوالي|قرابه|زهاء)\s+)$/.test(folded.slice(Math.max(0, m.index - 14), m.index)) || /^[^\d〇零一二两三四五六七八九十]*[\d〇零一二两三四五六七八九十]+多年前/.test(m[0])) {
        taken.push([m.index, m.index + m[0].length]);
        continue;
      }
      if (years !== null && years > 0 && years < 200) add(m.index, m.index + m[0].length, String(r.y - years), true);
    }

  // A bare year: "in 2019", "عام 2019", "2019年" (taken above when part of a fuller date).
  // A year inside a name ("the Beijing 2022 Olympic Winter Games", "Expo 2020 Dubai") dates the name, not the sentence.
  const cased = original.length === folded.length ? original : null;
  // (A capitalized preposition opens a sentence, not a name: "In 2014 Tajikistan launched …".)
  const inName = (i: number, j: number) =>
    !!cased && /\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|In|By|Since|From|Until|Till|Through|During|After|Before|Early|Late|Mid|Of|On|At|Throughout)\b)[A-Z][a-z]+\s$/.test(cased.slice(Math.max(0, i - 16), i)) && /^\s[A-Z][a-z]/.test(cased.slice(j, j + 3));
  // …also after a city with no preposition between: "دورة الألعاب الأولمبية الشتوية بكين 2022", "北京2022年冬奥会".
  const afterCity = (i: number) => CITY_BEFORE.test(folded.slice(Math.max(0, i - 14), i));
  for (const m of folded.matchAll(YEAR)) if (!inName(m.index, m.index + m[0].length) && !afterCity(m.index)) add(m.index, m.index + m[0].length, m[1], false);

  return found.sort((a, b) => a.index - b.index);
}

/** The article's own date from a dateline or metadata line near the top, never from a sentence. */
export function datelineDate(head: string, given: PartialDate | null): PartialDate | null {
  const r = refOf(given);
  const folded = foldForMatch(simplified(asciiDigits(head)));
  // (Numerals as characters read as digits: "本报阿拉木图九月十四日电".)
  const lines = folded.split('\n').slice(0, 6).map((l) => zhDigitDates(l)?.text ?? l);
  const ISO = /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
  const ZH_DATELINE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:电|讯)/;
  // A Chinese dateline is the article's own date, before a republisher's "发布时间:2024-11-27" line above it; without its
  // year ("新华社塔什干9月7日电"), the year is the given date's, else that of such a line, the last at which the day is not after it.
  const zhDateline = lines.map((l) => ZH_DATELINE.exec(l)).find((m) => m !== null);
  const published = lines.map((l) => (l.length < 80 ? ISO.exec(l) : null)).find((m) => m !== null);
  if (zhDateline) {
    const [month, day] = [+zhDateline[2], +zhDateline[3]];
    const notAfter = published ? +published[1] - (month * 100 + day > +published[2] * 100 + +published[3] ? 1 : 0) : null;
    const y = zhDateline[1] ? +zhDateline[1] : r ? r.y : notAfter;
    if (y) return valid(`${y}-${pad(month)}-${pad(day)}`);
  }
  for (const line of lines) {
    // Metadata: "2024-07-03 10:22", "Published: July 3, 2024", "Updated 2024/07/03".
    const iso = ISO.exec(line);
    if (iso && line.length < 80) return valid(`${iso[1]}-${pad(+iso[2])}-${pad(+iso[3])}`);
    // Latin and Arabic datelines end in the agency's name in parentheses, or a dash. (Not a Chinese line: there a
    // parenthesis after a sentence is a photo's credit, "当地时间2022年9月14日下午,…。(新华社记者饶爱民摄)", and its date the photo's.)
    const latinOrArabic = !/\p{Script=Han}/u.test(line);
    const m = latinOrArabic ? (/^([^()\n]{0,60}?)\s*\((?:[^()\n]{2,30})\)\s*(?:--|—|–|-)?/.exec(line) ?? /^([^\n]{0,50}?)\s+(?:--|—|–)\s/.exec(line)) : null;
    if (m) {
      const ds = datesIn(m[1], given, m[1]).filter((d) => d.date.length >= 7);
      if (ds[0]) return ds[0].date.length === 10 ? ds[0].date : given;
    }
    if (/^(?:published|updated|posted|date|التاريخ|تاريخ النشر|发布时间|时间|来源)/.test(line)) {
      const ds = datesIn(line, given, line).filter((d) => d.date.length === 10);
      if (ds[0]) return ds[0].date;
    }
  }
  return null;
}
