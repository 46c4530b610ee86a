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
  { code: 'CN', en: 'China', names: ['China', 'Chinese', 'Beijing', "People's Republic of China", 'PRC', 'Wang Yi', 'Han Zheng', 'Zhao Leji', 'Wang Huning', 'وانغ يي', '王毅', '赵乐际', '王沪宁', '韩正', 'الصين', 'الصيني', 'الصينية', 'صيني', 'صينية', 'الصينيين', 'بكين', 'جمهورية الصين الشعبية', '中国', '中方', '中华人民共和国', '我国'], leaders: ['Xi Jinping', 'President Xi', 'Li Qiang', 'Li Keqiang', 'Hu Jintao', 'Jiang Zemin', 'Wen Jiabao', 'شي جين بينغ', 'شي جين بينج', 'شي جينبينغ', 'شي جينبينج', 'شى جينبينج', 'شي جين پينغ', 'شي جين‌بينغ', 'الرئيس الصيني', 'الرئيس شي', 'لي تشيانغ', 'لي تشيانج', 'لي كه تشيانغ', 'لي كه تشيانج', 'لي كيشيانغ', 'لي كي تشيانغ', 'لي كيتشيانغ', 'لي تشيانغ', 'لي قيانغ', 'رئيس مجلس الدولة الصيني', 'ون جيا باو', 'وين جيا باو', 'جيانغ تسه مين', 'Premier Li', '国务院总理', 'هو جين تاو', 'هو جينتاو', 'هو جنتاو', '习近平', '李强', '李克强', '胡锦涛', '江泽民', '温家宝'] },
  { code: 'TJ', en: 'Tajikistan', names: ['Tajikistan', 'Tajik', 'Tajikistani', 'Dushanbe', 'دوشنبه', 'دوشانبي', '杜尚别', 'طاجيكستان', 'طاجكستان', 'طاجيستان', 'تاجيكستان', 'تاجكستان', 'دوشنبي', 'طاجكي', 'طاجكية', 'طاجيكستانية', 'طاجكستاني', 'طاجكستانية', 'طاجيكي', 'طاجيكية', 'الطاجيكي', 'الطاجيكية', 'الطاجيكستاني', '塔吉克斯坦', '塔吉克', '塔方', '塔国'], leaders: ['Kokhir Rasulzoda', 'Rasulzoda', 'قاهر رسول زاده', 'رسول زاده', '拉苏尔佐达', 'Emomali Rahmon', 'Rahmon', 'Rakhmon', 'Rakhmonov', 'Rahmonov', 'إمام علي رحمن', 'إمام علي رحمان', 'إمام على رحمان', 'إمام على رحمن', 'إمومالي رحمن', 'رحمن', 'رحمان', 'رحمون', 'رحمونوف', '拉赫蒙', '拉赫莫诺夫'] },
  { code: 'KG', en: 'Kyrgyzstan', names: ['Kyrgyzstan', 'Kyrgyz', 'Kyrgyz Republic', 'Kirgizstan', 'Bishkek', 'بيشكيك', '比什凯克', 'قرغيزستان', 'قيرغيزستان', 'قرغيزيا', 'قيرغيزيا', 'قرغيزي', 'قرغيزية', 'قرغيزستاني', 'قرغيزستانية', 'قيرغيزستاني', 'قيرغيزستانية', 'كيرغيزستان', 'قرغيزستان', 'قرقيزستان', 'قيرقيزستان', 'قيرجيزستان', 'كيرجيزستان', 'قرجيزستان', 'بيشكك', 'القرقيزي', 'القرقيزية', 'كيرغيزي', 'كيرغيزية', 'قيرغيزي', 'قيرغيزية', 'القرغيزي', 'القرغيزية', 'القيرغيزي', 'القيرغيزية', '吉尔吉斯斯坦', '吉尔吉斯', '吉方', '吉国'], leaders: ['Kurmanbek Bakiyev', 'Bakiyev', 'Bakiev', 'باكييف', '巴基耶夫', 'Sapar Isakov', 'Djaparov', 'Jeenbekov', 'Zheenbekov', '札帕罗夫', 'جاپاروف', 'Isakov', 'Mukhammedkaly Abylgaziev', 'Abylgaziev', 'إيساكوف', 'أبيلغازييف', '伊萨科夫', '阿布尔加济耶夫', 'Sadyr Japarov', 'Japarov', 'Zhaparov', 'Sooronbay Jeenbekov', 'Jeenbekov', 'Akylbek Japarov', 'Adylbek Kasymaliev', 'Kasymaliev', 'قاسمعلييف', '卡瑟马利耶夫', 'Almazbek Atambayev', 'Atambayev', 'Atambaev', 'صدير جاباروف', 'صادر جباروف', 'صدر جباروف', 'جاباروف', 'جباروف', 'صادير جاباروف', 'زاباروف', 'زابروف', 'جينبيكوف', 'جينبكوف', 'أتامباييف', 'أتامبايف', '扎帕罗夫', '热恩别科夫', '阿坦巴耶夫', '阿塔姆巴耶夫'] },
  { code: 'KZ', en: 'Kazakhstan', names: ['Kazakhstan', 'Kazakh', 'Kazakhstani', 'Qazaqstan', 'Astana', 'Nur-Sultan', 'أستانا', 'استانا', 'نور سلطان', '阿斯塔纳', '努尔苏丹', 'كازاخستان', 'قازاقستان', 'قازاخستان', 'قزاقستان', 'كازخستان', 'كزاخستان', 'أستانة', 'استانة', 'نورسلطان', 'كازاخستاني', 'كازاخستانية', 'قازاقستاني', 'قازاقستانية', 'قازاخستاني', 'قازاخستانية', 'قازاخي', 'قازاخية', 'القازاخستاني', 'القازاخستانية', 'كازاخي', 'كازاخية', 'الكازاخي', 'الكازاخية', 'الكازاخستاني', 'الكازاخستانية', 'الكازخستاني', 'القازاقستاني', 'القازاقستانية', 'القازاقي', 'القازاقية', 'قازاقي', '哈萨克斯坦', '哈萨克', '哈方', '哈国'], leaders: ['Bakytzhan Sagintayev', 'Sagintayev', 'Sagintaev', 'Askar Mamin', 'ساجينتاييف', 'ساغينتاييف', 'ساجينتايف', 'عسكر مامين', '萨金塔耶夫', 'Kassym-Jomart Tokayev', 'Tokayev', 'Tokaev', 'Nursultan Nazarbayev', 'Nazarbayev', 'Nazarbaev', 'قاسم جومارت توكاييف', 'قاسم جومارت توكايف', 'توكاييف', 'توكايف', 'توقاييف', 'توقايف', 'توكاتيف', 'قاسم-جومارت توكاييف', 'قاسم-جومارت توقاييف', 'Alikhan Smailov', 'Smailov', 'Olzhas Bektenov', 'Bektenov', 'Karim Massimov', 'Massimov', 'سمايلوف', 'بكتينوف', 'ماسيموف', '斯迈洛夫', '别克捷诺夫', '马西莫夫', 'نزارباييف', 'نزاربايف', 'نور سلطان نزارباييف', '托卡耶夫', '托卡叶夫', '纳扎尔巴耶夫'] },
  { code: 'UZ', en: 'Uzbekistan', names: ['Uzbekistan', 'Uzbek', 'Uzbekistani', 'Tashkent', 'طشقند', '塔什干', 'أوزبكستان', 'أوزباكستان', 'أوزبيكستان', 'اوزبكستان', 'أزبكستان', 'تاشقند', 'سمرقند', 'أوزبيكي', 'أوزبيكية', 'أوزبكستانية', 'أوزبيكستاني', 'أوزبيكستانية', 'أوزبكي', 'أوزبكية', 'الأوزبكي', 'الأوزبكية', 'الأوزبكستاني', 'الأوزبكستانية', 'الاوزبكستاني', 'أوزبكستاني', '乌兹别克斯坦', '乌兹别克', '乌方'], leaders: ['Shavkat Mirziyoyev', 'Mirziyoyev', 'Mirziyoev', 'Mirziyaev', 'Mirziyayev', '米尔季约耶夫', 'ميرزيوف', 'ميرزيائيف', 'Islam Karimov', 'Karimov', 'شوكت ميرضيائيف', 'ميرضيايف', 'ميرضياييف', 'شوكت ميرزيوييف', 'ميرضيائيف', 'ميرزيوييف', 'ميرزياييف', 'مرضيائيف', 'ميرزيوييف', 'ميرزيوييف', 'ميرزوييف', 'ميرزاييف', 'ميرزييف', 'ميرزيائيف', 'كريموف', 'Abdulla Aripov', 'Aripov', 'أريبوف', 'عبد الله أريبوف', '阿里波夫', '米尔济约耶夫', '卡里莫夫'] },
  { code: 'TM', en: 'Turkmenistan', names: ['Turkmenistan', 'Turkmen', 'Ashgabat', 'عشق آباد', 'عشق اباد', 'عشقاباد', '阿什哈巴德', 'تركمانستان', 'تركمنستان', 'تركمانيا', 'عشق أباد', 'عشقباد', 'أشغابات', 'عشق اباد', 'تركمنستاني', 'تركمنستانية', 'تركمانستاني', 'تركمانستانية', 'تركمني', 'تركمنية', 'التركمانستانية', 'التركمنستاني', 'تركماني', 'تركمانية', 'التركماني', 'التركمانية', 'التركمانستاني', '土库曼斯坦', '土库曼', '土方'], leaders: ['Saparmurat Niyazov', 'Niyazov', 'نيازوف', '尼亚佐夫', 'Serdar Berdimuhamedov', 'Berdimuhamedov', 'Berdimuhamedow', 'Berdymuhamedov', 'Berdymukhamedov', 'Berdimukhamedov', '贝尔迪穆哈梅多夫', 'Gurbanguly Berdimuhamedov', 'Berdymukhamedov', 'Berdymukhammedov', 'سردار بيردي محمدوف', 'بيردي محمدوف', 'قربان قولي بيردي محمدوف', 'قربانقولي بيردي محمدوف', 'بردي محمدوف', 'بيرديمحمدوف', 'بيرديموخاميدوف', 'بردي محمدوفا', 'بيردي محمد وف', 'بردي محمدوف', 'برديمخمدوف', 'بردى محمدوف', 'قربان جولى بردي محمدوف', 'قربان قولي بردى محمدوف', '别尔德穆哈梅多夫'] },
];

/** Chinese writes a pair as 中 + the partner's first character: "中哈关系", "中吉乌铁路". */
export const ZH_PAIR_ABBREVIATIONS: Record<string, string> = { 哈: 'KZ', 吉: 'KG', 塔: 'TJ', 乌: 'UZ', 土: 'TM' };

export const CITIES: { en: string; names: string[] }[] = [
  { en: "Xi'an", names: ["Xi'an", 'Xi’an', 'Xian', 'شيآن', 'شيان', '西安'] },
  { en: 'Beijing', names: ['Beijing', 'بكين', '北京'] },
  { en: 'Astana', names: ['Astana', 'Nur-Sultan', 'أستانا', 'استانا', 'أستانة', 'استانة', 'نورسلطان', 'نور سلطان', '阿斯塔纳', '努尔苏丹'] },
  { en: 'Almaty', names: ['Almaty', 'ألماتي', '阿拉木图'] },
  { en: 'Bishkek', names: ['Bishkek', 'بيشكيك', 'بيشكك', '比什凯克'] },
  { en: 'Dushanbe', names: ['Dushanbe', 'دوشنبه', 'دوشانبي', 'دوشانبيه', 'دوشنبي', '杜尚别'] },
  { en: 'Tashkent', names: ['Tashkent', 'طشقند', 'تاشقند', '塔什干'] },
  { en: 'Samarkand', names: ['Samarkand', 'Samarqand', 'سمرقند', '撒马尔罕'] },
  { en: 'Ashgabat', names: ['Ashgabat', 'عشق آباد', 'عشق اباد', 'عشقاباد', 'عشقباد', 'أشغابات', '阿什哈巴德'] },
  { en: 'Shanghai', names: ['Shanghai', 'شانغهاي', 'شنغهاي', '上海'] },
  { en: 'Urumqi', names: ['Urumqi', 'أورومتشي', 'أورومقي', '乌鲁木齐'] },
  { en: 'Chengdu', names: ['Chengdu', 'تشنغدو', '成都'] },
  { en: 'Qingdao', names: ['Qingdao', 'تشينغداو', '青岛'] },
];
/** A city's name in Arabic or Chinese: the first of its names in that script (each list starts with the usual spelling). */
export function cityName(english: string, language: 'en' | 'ar' | 'zh'): string | null {
  const city = CITIES.find((c) => c.en === english);
  if (!city || language === 'en') return city?.en ?? null;
  const script = language === 'ar' ? /^[\u0600-\u06ff\s]+$/ : /^[\u3400-\u9fff]+$/;
  return city.names.find((n) => script.test(n)) ?? null;
}

/**
 * Countries outside the app's pairs that news about them often names: a sentence about one of these and
 * none of the app's partners is not about the pair ("中俄两国领导人在北京进行了会谈").
 */
export const OTHER_COUNTRIES = [
  'Russia', 'Russian', 'Putin', 'Azerbaijani', 'Aliyev', 'الأذربيجاني', 'الأذربيجانية', 'الأذري', 'علييف', '阿利耶夫', 'United States', 'U.S.', 'American', 'Biden', 'Trump', 'Myanmar', 'Pakistan', 'Pakistani', 'Mongolia', 'Iran', 'Iranian', 'Turkey', 'Turkish', 'India', 'Indian', 'Belarus', 'Afghanistan', 'Azerbaijan', 'Japan', 'Korea', 'France', 'Germany', 'Britain', 'European Union',
  'روسيا', 'الروسي', 'الروسية', 'بوتين', 'الولايات المتحدة', 'الأمريكي', 'الأمريكية', 'ميانمار', 'باكستان', 'الباكستاني', 'منغوليا', 'إيران', 'الإيراني', 'تركيا', 'التركي', 'الهند', 'الهندي', 'بيلاروس', 'أفغانستان', 'أذربيجان',
  '俄罗斯', '俄方', '普京', '中俄', '美国', '中美', '缅甸', '巴基斯坦', '中巴', '蒙古', '伊朗', '土耳其', '印度', '白俄罗斯', '阿富汗', '阿塞拜疆', '日本', '韩国',
];

/** A city name followed by these words is part of an organisation's name ("Shanghai Cooperation Organisation"). */
export const NOT_A_PLACE_AFTER = /^[\s-]*(?:cooperation|للتعاون|合作|组织|spirit|روح|精神)/;

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
