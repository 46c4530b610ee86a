/**
 * The extractor's patterns: keyword lists per kind of milestone, in English, Arabic and Chinese, written
 * as people spell them and folded once here (shared/text/arabic.ts) so that they match the folded text.
 */
import { foldForMatch } from '../../shared/text/arabic';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex matching any of the phrases (folded), longest first. Latin phrases match whole words; one
 * ending in "*" matches as a prefix ("upgrade*": upgraded, upgrading).
 */
export function phrases(list: string[], flags = 'g'): RegExp {
  const folded = [...new Set(list.map(foldForMatch))].sort((a, b) => b.length - a.length);
  const source = folded.map((p) => {
    const prefix = p.endsWith('*');
    const body = escape(prefix ? p.slice(0, -1) : p);
    return /^[a-z]/.test(p) ? `\\b${body}${prefix ? '' : '\\b'}` : body;
  });
  return new RegExp(source.join('|'), flags);
}

export const STATE_VISIT = phrases(['state visit', 'زيارة دولة', 'زيارة الدولة', '国事访问']);
export const TALKS = phrases(['held talks', 'holds talks', 'hold talks', 'holding talks', 'talks with', 'talks in', 'محادثات', '会谈']);
export const SIGNED = phrases(['signed', 'signing', 'sign', 'وقع', 'وقعا', 'التوقيع', 'توقيع', '签署', '签订']);
export const DOCUMENTS: { title: string; re: RegExp }[] = [
  { title: 'Joint statement signed', re: phrases(['joint statement', 'بيان مشترك', 'بيانا مشتركا', 'البيان المشترك', '联合声明']) },
  { title: 'Joint declaration signed', re: phrases(['joint declaration', 'إعلان مشترك', 'إعلانا مشتركا', 'الإعلان المشترك', '联合宣言']) },
  { title: 'Treaty signed', re: phrases(['treaty', 'معاهدة', '条约']) },
  { title: 'Agreement signed', re: phrases(['agreement', 'اتفاقية', 'اتفاق', '协定', '协议']) },
  { title: 'Memorandum of understanding signed', re: phrases(['memorandum', 'مذكرة تفاهم', '备忘录']) },
];

/** Partnership levels, most specific first; keys as the bundled ladders name them. */
export const LEVELS: { key: string; en: string; re: RegExp }[] = [
  { key: 'comprehensive-strategic-partnership-new-era', en: 'comprehensive strategic partnership in the new era', re: phrases(['comprehensive strategic partnership in the new era', 'شراكة استراتيجية شاملة في العصر الجديد', '新时代全面战略伙伴关系']) },
  { key: 'comprehensive-strategic-cooperative-partnership-new-era', en: 'comprehensive strategic cooperative partnership in the new era', re: phrases(['comprehensive strategic cooperative partnership in the new era', 'شراكة تعاون استراتيجي شامل في العصر الجديد', '新时代全面战略合作伙伴关系']) },
  { key: 'permanent-comprehensive-strategic-partnership', en: 'permanent comprehensive strategic partnership', re: phrases(['permanent comprehensive strategic partnership', 'شراكة استراتيجية شاملة دائمة', '永久全面战略伙伴关系']) },
  { key: 'comprehensive-strategic-partnership', en: 'comprehensive strategic partnership', re: phrases(['comprehensive strategic partnership', 'شراكة استراتيجية شاملة', '全面战略伙伴关系']) },
  { key: 'strategic-partnership', en: 'strategic partnership', re: phrases(['strategic partnership', 'شراكة استراتيجية', '战略伙伴关系']) },
];
/** Words that make a mention of a level a change of level. */
export const LEVEL_CHANGE = phrases(['upgrade*', 'elevat*', 'establish*', 'rais*', 'lift*', 'grew', 'grown', 'rose', 'رفع', 'الارتقاء', 'نمت', 'إقامة', 'اقامة', 'تأسيس', '提升', '建立', '升级', '发展为']);

export const PROJECT = phrases(['railway', 'rail line', 'pipeline', 'highway', 'سكة حديد', 'سكك حديد', 'السكك الحديدية', 'خط أنابيب', 'خط الأنابيب', '铁路', '管道', '公路']);
export const PROJECT_NAMES: { en: string; re: RegExp }[] = [
  { en: 'railway', re: phrases(['railway', 'rail line', 'سكة حديد', 'سكك حديد', 'السكك الحديدية', '铁路']) },
  { en: 'gas pipeline', re: phrases(['gas pipeline', 'خط أنابيب الغاز', '天然气管道']) },
  { en: 'pipeline', re: phrases(['pipeline', 'خط أنابيب', 'خط الأنابيب', '管道']) },
  { en: 'highway', re: phrases(['highway', '公路']) },
];

/** Anniversary phrases; group 1 is the number of years. */
export const ANNIVERSARY: RegExp[] = [
  /(\d{1,3})(?:st|nd|rd|th)? anniversary of (?:the )?(?:establishment of )?(?:the )?diplomatic/g,
  /(\d{1,3}) years of (?:the )?diplomatic (?:ties|relations)/g,
  /(\d{1,3}) years (?:since|after) (?:the )?(?:establishment of )?(?:the )?diplomatic/g,
  new RegExp(`${foldForMatch('الذكرى')} ?(?:ال)?(\\d{1,3})`, 'g'),
  new RegExp(`${foldForMatch('مرور')} (\\d{1,3}) ${foldForMatch('عاما')}`, 'g'),
  new RegExp(`(\\d{1,3}) ${foldForMatch('عاما')} ${foldForMatch('على')} ${foldForMatch('تأسيس')}`, 'g'),
  /建交(\d{1,3})周年/g,
];
/** An Arabic anniversary phrase only counts in a sentence about relations. */
export const RELATIONS = phrases(['diplomatic', 'relations', 'ties', 'العلاقات', 'علاقات', '建交', '关系']);

/** Sentences that tell history ("since … grew from … to …") date nothing to the article's day. */
export const HISTORY = phrases(['since', 'over the years', 'grew', 'has grown', 'منذ', 'نمت', '以来', '多年来']);

export const RELATIVE: { re: RegExp; shift: 'day' | 'month' | 'year'; by: number }[] = [
  { re: phrases(['yesterday', 'أمس', 'امس', '昨天']), shift: 'day', by: -1 },
  { re: phrases(['today', 'اليوم', '今天', '今日']), shift: 'day', by: 0 },
  { re: phrases(['last month', 'الشهر الماضي', '上个月', '上月']), shift: 'month', by: -1 },
  { re: phrases(['last year', 'العام الماضي', 'السنة الماضية', 'العام المنصرم', '去年']), shift: 'year', by: -1 },
  { re: phrases(['this year', 'هذا العام', 'العام الجاري', '今年']), shift: 'year', by: 0 },
];
