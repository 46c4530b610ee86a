/**
 * What the article extractor recognises, per language: countries (names and demonyms), leaders,
 * cities, month names. Matched on folded text (shared/text/arabic.ts), so spelling variants count.
 * Extend a list to teach the extractor a new country, leader or city.
 */

export interface CountryEntry {
  code: string;
  en: string;
  /** Names and demonyms in English, Arabic and Chinese. */
  names: string[];
  /** Leaders whose names in a sentence stand for the country. */
  leaders: string[];
}

export const COUNTRIES: CountryEntry[] = [
  { code: 'CN', en: 'China', names: ['China', 'Chinese', 'Beijing', 'الصين', 'الصيني', 'الصينية', 'صيني', 'صينية', '中国', '中方', '中华人民共和国'], leaders: ['Xi Jinping', 'President Xi', 'شي جين بينغ', 'الرئيس شي', '习近平'] },
  { code: 'TJ', en: 'Tajikistan', names: ['Tajikistan', 'Tajik', 'طاجيكستان', 'الطاجيكي', 'الطاجيكية', 'طاجيكي', '塔吉克斯坦', '塔方'], leaders: ['Emomali Rahmon', 'Rahmon', 'إمام علي رحمن', 'رحمن', '拉赫蒙'] },
  { code: 'KG', en: 'Kyrgyzstan', names: ['Kyrgyzstan', 'Kyrgyz', 'Kyrgyz Republic', 'قرغيزستان', 'قيرغيزستان', 'القرغيزي', 'قرغيزي', '吉尔吉斯斯坦', '吉方'], leaders: ['Sadyr Japarov', 'Japarov', 'صدير جاباروف', 'جاباروف', '扎帕罗夫'] },
  { code: 'KZ', en: 'Kazakhstan', names: ['Kazakhstan', 'Kazakh', 'كازاخستان', 'الكازاخي', 'كازاخي', '哈萨克斯坦', '哈方'], leaders: ['Kassym-Jomart Tokayev', 'Tokayev', 'قاسم جومارت توكاييف', 'توكاييف', '托卡耶夫'] },
  { code: 'UZ', en: 'Uzbekistan', names: ['Uzbekistan', 'Uzbek', 'أوزبكستان', 'الأوزبكي', 'أوزبكي', '乌兹别克斯坦', '乌方'], leaders: ['Shavkat Mirziyoyev', 'Mirziyoyev', 'شوكت ميرضيائيف', 'ميرضيائيف', '米尔济约耶夫'] },
  { code: 'TM', en: 'Turkmenistan', names: ['Turkmenistan', 'Turkmen', 'تركمانستان', 'التركماني', 'تركماني', '土库曼斯坦', '土方'], leaders: ['Serdar Berdimuhamedov', 'Berdimuhamedov', 'Gurbanguly Berdimuhamedov', 'سردار بيردي محمدوف', 'بيردي محمدوف', '别尔德穆哈梅多夫'] },
];

export const CITIES: { en: string; names: string[] }[] = [
  { en: "Xi'an", names: ["Xi'an", 'Xian', 'شيآن', 'شيان', '西安'] },
  { en: 'Beijing', names: ['Beijing', 'بكين', '北京'] },
  { en: 'Astana', names: ['Astana', 'أستانا', 'استانا', '阿斯塔纳'] },
  { en: 'Bishkek', names: ['Bishkek', 'بيشكيك', '比什凯克'] },
  { en: 'Dushanbe', names: ['Dushanbe', 'دوشنبه', 'دوشانبي', '杜尚别'] },
  { en: 'Tashkent', names: ['Tashkent', 'طشقند', '塔什干'] },
  { en: 'Samarkand', names: ['Samarkand', 'سمرقند', '撒马尔罕'] },
  { en: 'Ashgabat', names: ['Ashgabat', 'عشق آباد', 'عشق اباد', '阿什哈巴德'] },
  { en: 'Shanghai', names: ['Shanghai', 'شانغهاي', '上海'] },
];

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, أبريل: 4, مايو: 5, يونيو: 6, يوليو: 7, اغسطس: 8, أغسطس: 8, سبتمبر: 9, اكتوبر: 10, أكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
};

/** Publishers recognised in a dateline, e.g. "(شينخوا)" or "(Xinhua)". */
export const PUBLISHERS: { name: string; names: string[] }[] = [
  { name: 'Xinhua', names: ['Xinhua', 'شينخوا', '新华社'] },
  { name: 'China Daily', names: ['China Daily', '中国日报'] },
  { name: 'CGTN', names: ['CGTN'] },
  { name: 'Kabar', names: ['Kabar'] },
  { name: 'Khovar', names: ['Khovar'] },
];
