/**
 * The extractor's vocabulary, per language: the words that name each kind of event, the words that make
 * an event planned or recounted history, and number words. Written as people spell them and folded once
 * here (shared/text/arabic.ts) so that they match the folded text.
 */
import { foldForMatch } from '../../shared/text/arabic';
import { yearsOf } from './numbers';
import type { DocumentKey, ForumKey } from './titles';

export { yearsOf };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex matching any of the phrases (folded), longest first. Latin phrases match whole words; one
 * ending in "*" matches as a prefix ("upgrade*": upgraded, upgrading). Arabic phrases match at a word
 * start, with the clitics و ف ب ل ك and ال allowed in front.
 */
export function phrases(list: string[], flags = 'g'): RegExp {
  const folded = [...new Set(list.map(foldForMatch))].sort((a, b) => b.length - a.length);
  const source = folded.map((p) => {
    const prefix = p.endsWith('*');
    const body = escape(prefix ? p.slice(0, -1) : p).replace(/ /g, '[\\s\\u00a0-]+');
    if (/^[a-z0-9]/.test(p)) return `\\b${body}${prefix ? '' : '\\b'}`;
    // …and, after a noun, an attached pronoun ("مباحثاتهما", "زيارته", "لقائهما").
    // ("ل" + "ال" is written "لل": "للسكك الحديدية" is "ل" + "السكك الحديدية".)
    if (/^[\u0600-\u06ff]/.test(p)) return `(?<![\\u0621-\\u064a])(?:(?:[وفبلك]|ال|وال|بال|لل)?${body}${p.startsWith('ال') && p.length > 3 ? `|[وف]?لل${escape(p.slice(2)).replace(/ /g, '[\\s\\u00a0-]+')}` : ''})${prefix ? '' : '(?:ه|ها|هما|هم|نا)?(?![\\u0621-\\u064a])'}`;
    return body;
  });
  return new RegExp(source.join('|'), flags);
}

/** Event words per kind; `strong` ones name the event for certain, the rest need a country pair in the clause. */
export const VISIT = {
  strong: phrases(['state visit', 'official visit', 'working visit', 'official friendly visit', 'زيارة دولة', 'زيارة الدولة', 'زيارة رسمية', 'زيارة عمل', 'زيارة صداقة', '国事访问', '国是访问', '正式访问', '工作访问', '友好访问']),
  weak: phrases(['visit to', 'visited', 'visiting', 'visits', 'paid a visit', 'trip to', 'arrived in', 'first visit', 'second visit', 'third visit', 'fourth visit', 'fifth visit', 'sixth visit', 'latest visit', 'زيار*', 'زار*', 'يزور*', 'تزور*', 'زائر', 'زائرة', 'زائران', 'زائرين', 'وصل*', 'وصول*', 'يصل*', '访问', '此访', '抵达', '出访', '到访', '访华', '来华', '访哈', '访吉', '访塔', '访乌', '访土',
    // "今年总统阁下和胡锦涛主席实现互访": visits exchanged ("实现", carried out) are visits told; bare "互访" ("高层互访频繁") is a habit.
    '实现互访', '实现了互访']),
};
export const TALKS = {
  // (Views exchanged in person are talks, in the past form only: "两国元首…深入交换了意见", "the two presidents exchanged views";
  // "将就…交换意见" is a programme. Calls and officials below the leaders are told apart as for any talks.)
  strong: phrases(['held talks', 'hold talks', 'held a talk', 'had a talk', 'had talks', 'hold a talk', 'holds talks', 'holding talks', 'talks with', 'held a meeting', 'had a meeting', 'exchanged views', 'exchanged their views', 'محادثات', 'مباحثات', 'مشاورات', 'تبادلا وجهات النظر', '会谈', '会晤', '举行会谈', '交换了意见']),
  weak: phrases(['met with', 'met', 'meets', 'meeting with', 'the meeting', 'talks', 'negotiations', 'meetings', 'met twice', 'two meetings', 'discussed', 'held discussions', 'ناقش', 'ناقشا', 'بحثا', 'اجتمع', 'التقى', 'يلتقي', 'لقاء', 'اجتماع', 'التقيا', 'اجتمعا', 'اجتماعهما', 'اجتماعيهما', 'لقاءهما', 'لقائهما', 'لقاءيهما', 'اجتماعه', 'لقائه', 'لقاءه', '会见', '见面']),
};
/** Below the leaders: their meetings and trips are not milestones of the pair. */
// Heads of legislatures and of advisory bodies are below the leaders too ("رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب", "China's top legislator", "رئيسة الجمعية الوطنية").
export const LOW_RANK = phrases(['foreign minister', 'minister', 'ministers', 'vice president', 'vice-president', 'vice premier', 'vice-premier', 'deputy', 'ambassador', 'envoy', 'secretary', 'parliament speaker', 'speaker of parliament', 'top legislator', 'chief legislator', 'كبير المشرعين', 'رئيس الجمعية الوطنية', 'رئيسة الجمعية الوطنية', 'chairman of the standing committee', 'chairwoman of the standing committee', 'member of the standing committee', 'political bureau', 'politburo', 'وزير', 'وزيرة', 'نائب', 'نائبة', 'سفير', 'سفيرة', 'مبعوث', 'أمين', 'رئيس اللجنة الدائمة', 'رئيس البرلمان', 'رئيسة البرلمان', 'رئيس مجلس النواب', 'رئيس مجلس الشيوخ', '外长', '部长', '副主席', '副总理', '副总统', '大使', '特使', '书记', '委员长', '议长', '政协主席']);

/** A region's or province's party chief or governor ("رئيس الحزب الشيوعي في منطقة شينجيانغ", "Xinjiang's party chief", "新疆维吾尔自治区党委书记"): below the leaders. */
export const REGIONAL = new RegExp(`(?<![\\u0621-\\u064a])(?:ال)?(?:${['رئيس الحزب', 'سكرتير الحزب', 'أمين الحزب', 'أمين لجنة الحزب'].map(foldForMatch).join('|')})[^،,.؛]{0,30}?(?<![\\u0621-\\u064a])(?:في|ب|ل)\\s?(?:ال)?(?:${['منطقة', 'مقاطعة', 'إقليم', 'ولاية', 'شينجيانغ', 'شينجيانج'].map(foldForMatch).join('|')})|\\bparty (?:chief|boss|head|secretary) (?:of|in|for) (?:the )?[a-z]+|\\b[a-z]+(?:'s)? (?:regional |provincial )?party (?:chief|boss|secretary)\\b|(?:自治区|省|市)(?:党委)?(?:书记|主席)`, 'g');

/** Former leaders: their meetings are not the leaders' talks ("الرئيس … السابق" is written after the title and the country). */
export const FORMER = new RegExp(`${phrases(['former president', 'former prime minister', 'former premier', 'ex-president', 'first president of', 'الرئيس السابق', 'رئيس الوزراء السابق', '前总统', '前任总统', '首任总统', '前总理', '卸任']).source}|(?<![\\u0621-\\u064a])(?:ل|ب|و)?(?:ال)?${foldForMatch('رئيس')}(?: (?:ال)?[\\u0621-\\u064a]+){0,2} ${foldForMatch('السابق')}(?![\\u0621-\\u064a])`, 'g');

/** The greeting at the airport on arrival, even called "cordial talks", is not the leaders' talks. */
export const AIRPORT = phrases(['airport', 'مطار', 'المطار', '机场']);

/** Phone and video calls are not meetings. */
export const REMOTE = phrases(['phone', 'telephone', 'video', 'virtual', 'online', 'هاتف*', 'هاتفي*', 'الهاتف', 'فيديو', 'الفيديو', 'عبر الإنترنت', '电话', '视频', '通话', '线上', '云']);
export const SIGNED = phrases([
  'signed', 'signing', 'sign', 'inked', 'concluded', 'adopted', 'issued', 'exchanged',
  'وقع*', 'يوقع*', 'التوقيع', 'توقيع', 'الموقعة', 'الموقع', 'الموقعتين', 'موقعة', 'أصدر*', 'اعتمد*', 'تبادل*', 'أعلن*',
  '签署', '签订', '签约', '发表', '发布', '交换', '见证',
]);
export const DOCUMENTS: { doc: DocumentKey; re: RegExp }[] = [
  { doc: 'jointStatement', re: phrases(['joint statement', 'joint communique', 'بيان مشترك', 'بيانا مشتركا', 'البيان المشترك', 'بيان المشترك', 'بيانهما المشترك', 'بيانهم المشترك', '联合声明', '联合公报']) },
  { doc: 'jointDeclaration', re: phrases(['joint declaration', 'إعلان مشترك', 'إعلانا مشتركا', 'الإعلان المشترك', 'إعلانهما المشترك', 'إعلانهم المشترك', '联合宣言']) },
  { doc: 'treaty', re: phrases(['treaty', 'معاهدة', 'المعاهدة', '条约']) },
  { doc: 'agreement', re: phrases(['agreement*', 'accord', 'accords', 'deal', 'deals', 'contract*', 'اتفاقية', 'اتفاقيات', 'اتفاق', 'اتفاقات', 'اتفاقا', 'اتفاقين', 'اتفاقيتين', 'عقد', 'عقود', '协定', '协议', '合同']) },
  { doc: 'memorandum', re: phrases(['memorandum', 'memoranda', 'mou', 'mous', 'مذكرة تفاهم', 'مذكرات تفاهم', 'مذكرة', 'مذكرات', '备忘录']) },
  { doc: 'documents', re: phrases(['documents', 'document', 'وثيقة', 'وثائق', 'الوثائق', 'وثيقة تعاون', '文件', '合作文件']) },
];

/** A partnership mention: the word, and the features of a rung of the ladder (matched to the pair's own rungs). */
export const PARTNERSHIP_WORD = phrases(['partnership', 'partners', 'شراكة', 'الشراكة', 'شراكات', '伙伴关系', '伙伴']);
export const LEVEL_FEATURES: { feature: string; re: RegExp }[] = [
  { feature: 'all-weather', re: phrases(['all-weather', 'all weather', 'في جميع الظروف', 'في كل الظروف', 'لجميع الأحوال', 'في جميع الأحوال', 'لكل الأحوال', 'في كل الأحوال', 'لكل الظروف', 'لجميع الظروف', '全天候']) },
  { feature: 'permanent', re: phrases(['permanent', 'eternal', 'everlasting', 'lasting', 'دائمة', 'الدائمة', 'أبدية', 'الأبدية', '永久', '永远']) },
  { feature: 'comprehensive', re: phrases(['comprehensive', 'all-round', 'شاملة', 'الشاملة', 'شامل', 'الشامل', '全面']) },
  { feature: 'strategic', re: phrases(['strategic', 'استراتيجية', 'الاستراتيجية', 'استراتيجي', 'الاستراتيجي', 'إستراتيجية', 'الإستراتيجية', '战略']) },
  { feature: 'cooperative', re: phrases(['cooperative', 'cooperation', 'تعاون', 'التعاون', 'تعاونية', '合作']) },
  { feature: 'new-era', re: phrases(['new era', 'العصر الجديد', 'الحقبة الجديدة', 'عصر جديد', 'حقبة جديدة', '新时代']) },
  { feature: 'good-neighbourly', re: phrases(['good-neighbourly', 'good-neighborly', 'good neighbourly', 'good neighborly', 'حسن الجوار', '睦邻']) },
];
/** "Deepening the comprehensive strategic partnership": the level there is, named in a call to strengthen it. */
export const DEEPEN = phrases(['deepen*', 'strengthen*', 'enhanc*', 'consolidat*', 'further', 'advance', 'advancing', 'promote', 'promoting', 'enrich*', 'تعميق', 'وتعميق', 'لتعميق', 'تعزيز', 'وتعزيز', 'لتعزيز', 'توطيد', 'تطوير', 'وتطوير', 'لتطوير', 'دفع', 'مواصلة', '深化', '加强', '巩固', '推动', '推进', '充实', '发展好', '深入发展']);
/** "To a higher level": a call to deepen the partnership there is, not a new level. */
export const HIGHER_LEVEL = phrases(['higher level', 'new level', 'new heights', 'new high', 'higher levels', 'مستوى أعلى', 'مستويات أعلى', 'آفاق جديدة', 'مستوى جديد', '更高水平', '新高度', '新水平', '更高层次', '新台阶']);
/** Words that make a mention of a level a change of level. */
export const LEVEL_CHANGE = phrases([
  'upgrade*', 'elevat*', 'establish*', 'rais*', 'lift*', 'announc*', 'decided', 'decide', 'agreed', 'agree to', 'forge*', 'declared', 'proclaim*',
  'رفع', 'الارتقاء', 'ارتقاء', 'ترقية', 'إقامة', 'أقام*', 'إعلان', 'أعلن*', 'تأسيس', 'إرساء', 'الانتقال', 'قررا', 'قرر', 'الى مستوى', 'إلى مستوى', 'to the level of',
  '提升为', '提升至', '提升', '建立', '升级为', '升级', '发展为', '确立', '宣布', '决定', '迈入',
]);

export const PROJECT_NOUN = phrases([
  'railway', 'railroad', 'rail line', 'pipeline', 'highway', 'motorway', 'road', 'bridge', 'tunnel', 'power plant', 'power station', 'plant', 'factory', 'technopark', 'technology park', 'mine', 'industrial park', 'logistics', 'dry port', 'corridor', 'project', 'projects', 'hydropower', 'solar', 'wind farm', 'refinery', 'terminal', 'port', 'road section',
  // A power line is built like a road ("power transmission line", "输电线路", "خط نقل الكهرباء").
  'transmission line', 'power line', 'power lines', 'substation', 'خط نقل الكهرباء', 'خطوط نقل الكهرباء', 'خط كهرباء', '输电线路', '输变电',
  // A cross-border zone is built too ("中哈霍尔果斯国际边境合作中心…开工建设", "border cooperation center").
  'cooperation center', 'cooperation centre', 'cooperation zone', 'مركز التعاون الحدودي', 'منطقة التعاون', '合作中心', '合作区',
  // A building China builds or gives ("中国援塔议会大楼和政府大楼项目交付仪式", "مبنى البرلمان").
  'parliament building', 'government building', 'مبنى البرلمان', 'مبنى الحكومة', '大楼',
  'hospital', 'school', 'stadium', 'مستشفى', 'المستشفى', 'مدرسة', 'ملعب', '医院', '学校', '体育场', 'مصفاة', 'مصفاه', 'مصافي', '炼油厂', '炼厂', 'gas line', 'خط غاز', 'خط الغاز', 'خط للغاز', 'ينقل الغاز', 'لنقل الغاز', 'سكة حديد', 'سكك حديد', 'أنبوب', 'أنبوبا', 'أنابيب', 'أنبوب الغاز', 'السكك الحديدية', 'السكة الحديدية', 'خط أنابيب', 'خط الأنابيب', 'خط السكة', 'طريق سريع', 'الطريق السريع', 'جسر', 'نفق', 'محطة', 'مصنع', 'منجم', 'منطقة صناعية', 'ميناء', 'مشروع', 'مشاريع', 'مشروعات', 'ممر',
  '铁路', '管道', '管线', '公路', '大桥', '隧道', '全隧', '主隧', '电站', '电厂', '工厂', '矿', '工业园', '口岸', '项目', '走廊', '中欧班列', '连接线', '施工段', '路段', '线路',
]);
/** Words that make a project mention an event: started, opened, completed. */
export const PROJECT_EVENT = new RegExp(phrases([
  'launch*', 'inaugurat*', 'commencement', 'started building', 'began building', 'begun building', 'commenced', 'opened', 'opening', 'commission*', 'broke ground', 'groundbreaking', 'ground-breaking', 'ground breaking', 'put into operation', 'went into operation', 'began construction', 'started construction', 'construction began', 'construction started', 'completed', 'completion', 'started operation', 'began operation', 'kicked off', 'first train', 'officially opened', 'came into operation', 'opened to traffic', 'entered into service',
  'handover', 'handed over', 'handing over', 'تسليم', 'سلمت', 'تسلم', 'تسلمت', 'تدشين', 'دشن*', 'افتتاح', 'افتتح*', 'إطلاق', 'أطلق*', 'بدء', 'بدأ*', 'انطلاق', 'انطلق*', 'دخل الخدمة', 'تشغيل', 'وضع حجر الأساس', 'حجر الأساس', 'تشغيل', 'دخل حيز التشغيل', 'اكتمال', 'إنجاز',
  '开工', '动工', '破土', '天然气到达', '天然气抵达', '奠基', '正式开挖', '贯通', '通车', '开通', '投产', '竣工', '全线贯通', '跨国对接', '实现对接', '通气仪式', '实现通气', '成功通气', '投产通气', '单线通气', '建成通气', '主体工程顺利完成', '主体工程完工', '主体工程竣工', '启动', '投入运营', '投运', '建成', '落成', '揭牌', '开行', '首发', '下线仪式', '移交', '交付', '交接仪式',
  // A plant's units connected to the grid ("机组并网发电") is its commissioning.
  '并网发电', '并网运行', '并网投产',
]).source + // A place "officially opened to" its users ("口岸…正式向中塔两国开放"); a plain "开放" is also the opening-up policy.
  '|正式(?:向[^，,。；;]{1,12})?开放' +
  // "Construction on the Datka-Kemin line began in 2012", "work on the project started": the works and their start around the project's name.
  '|\\b(?:construction|work|works) (?:on|of) (?:the )?(?:[\\w$.,-]+ ){0,8}?(?:began|begun|started|commenced)\\b', 'g');

export const SUMMIT = phrases([
  'summit', 'summits', 'council of heads of state', 'heads of state council', 'council of heads of member states', 'council of the heads of member states', 'council of the heads of state', 'قمة', 'القمة', 'قمه', 'مجلس رؤساء الدول', 'مجلس رؤساء دول', 'اجتماع رؤساء', 'meeting of heads of state', '峰会', '元首理事会',
]);
/** "The three countries", "三国", "四国元首": a multilateral occasion, of each partner the sentence names. */
export const THREE_PARTIES = phrases(['three countries', 'three nations', 'four countries', 'four nations', 'trilateral', 'tripartite', 'quadrilateral', 'الدول الثلاث', 'البلدان الثلاثة', 'البلدان الثلاث', 'الدول الثلاثة', 'الدول الأربع', 'البلدان الأربعة', 'ثلاثية', 'الثلاثية', 'رباعية', '三国', '三方', '四国', '四方']);
/** Multilateral forums whose summits are milestones of each pair that takes part. */
export const FORUMS: { forum: ForumKey; re: RegExp }[] = [
  { forum: 'sco', re: phrases(['shanghai cooperation organization', 'shanghai cooperation organisation', 'sco', 'منظمة شانغهاي للتعاون', 'منظمة شنغهاي للتعاون', 'شانغهاي للتعاون', 'شنغهاي للتعاون', '上海合作组织', '上合组织', '上合']) },
  { forum: 'chinaCentralAsia', re: phrases(['five central asian countries', 'five central asian states', 'five central asian republics', 'five former soviet republics', 'بكين وخمس جمهوريات', 'خمس جمهوريات سوفيتية سابقة', 'الصين وخمس دول في آسيا الوسطى', 'خمس دول في آسيا الوسطى', 'الصين والدول الخمس بآسيا الوسطى', 'دول آسيا الوسطى الخمس', 'china and the five central asian countries', 'china and five central asian countries', 'central asia-china', 'central asia–china', 'الصين ودول آسيا الوسطى الخمس', 'الصين والدول الخمس في آسيا الوسطى', '中国同中亚五国', '中国与中亚五国', '中国和中亚五国', 'china-central asia', 'china–central asia', 'china — central asia', 'china central asia', 'c+c5', 'الصين-آسيا الوسطى', 'الصين - آسيا الوسطى', 'الصين وآسيا الوسطى', 'الصين وآسيا الوسطي', 'الصين-آسيا الوسطي', '中国－中亚', '中国-中亚', '中国—中亚', '中国中亚', '中国与中亚', '中亚峰会']) },
  { forum: 'cica', re: phrases(['cica', 'conference on interaction and confidence', 'مؤتمر التفاعل وتدابير بناء الثقة', 'مؤتمر التفاعل وإجراءات بناء الثقة', 'سيكا', '亚信', '亚洲相互协作与信任措施会议']) },
  { forum: 'brics', re: phrases(['brics', 'بريكس', '金砖']) },
];

export const ESTABLISH = phrases([
  'established diplomatic relations', 'establishment of diplomatic relations', 'establishing diplomatic relations', 'establish diplomatic relations', 'diplomatic relations were established', 'diplomatic ties were established', 'established diplomatic ties', 'establishment of diplomatic ties', 'forged diplomatic ties', 'forged diplomatic relations',
  'أسست الدولتان علاقات دبلوماسية', 'أسس البلدان علاقات دبلوماسية', 'أسسا علاقات دبلوماسية', 'إقامة العلاقات الدبلوماسية', 'إقامة علاقات دبلوماسية', 'أقامت علاقات دبلوماسية', 'أقاما علاقات دبلوماسية', 'أقامتا علاقات دبلوماسية', 'أقامتا العلاقات الدبلوماسية', 'أسستا علاقات دبلوماسية', 'أسستا العلاقات الدبلوماسية', 'أقام البلدان علاقات دبلوماسية', 'تأسيس العلاقات الدبلوماسية', 'إقامة العلاقات الديبلوماسية', 'تقيم علاقات دبلوماسية', 'يقيم علاقات دبلوماسية', 'أقامت العلاقات الدبلوماسية', 'أقام علاقات دبلوماسية', 'أقيمت العلاقات الدبلوماسية', 'أقيمت علاقات دبلوماسية', 'تأسست العلاقات الدبلوماسية', 'أسست العلاقات الدبلوماسية', 'تمت إقامة العلاقات الدبلوماسية',
  '建交', '建立外交关系',
]);
// The subject may stand between the noun and its object: "إقامة البلدين العلاقات الدبلوماسية", "establishment by the two countries of …".
const ESTABLISH_SPLIT = `(?<![\\u0621-\\u064a])(?:[وبل]|لل)?(?:${['إقامة', 'تأسيس'].map(foldForMatch).join('|')}) (?:[\\u0621-\\u064a]+ ){1,3}(?:ال)?${foldForMatch('علاقات')} (?:ال)?${foldForMatch('دبلوماسية')}`;
// …and after a verb, the subject before its object (Arabic verb–subject–object order): "أقامت الصين وطاجيكستان العلاقات الدبلوماسية".
const ESTABLISH_VSO = `(?<![\\u0621-\\u064a])[وف]?(?:${['أقام', 'أقامت', 'أقاما', 'أقامتا', 'أسس', 'أسست', 'أسسا', 'أسستا'].map(foldForMatch).join('|')}) (?:[\\u0621-\\u064a]+ ){1,3}(?:ال)?${foldForMatch('علاقات')} (?:ال)?${foldForMatch('دبلوماسية')}`;
// …and in English with the pair named in between: "the establishment of the Sino-Uzbek diplomatic relations",
// "established China-Kazakhstan diplomatic ties".
// (…"the forging of their diplomatic ties": the noun of "forge" too, and a possessive with no pair named.)
const ESTABLISH_EN_SPLIT = `\\b(?:establishment of|establishing|established|forged|forging(?: of)?) (?:the |their )?(?:(?:sino|china|chinese|bilateral|[a-z]+stan|[a-z]+stani|kazakh|kyrgyz|tajik|turkmen|uzbek)[\\s-]+(?:and\\s+)?){0,3}diplomatic (?:relations|ties)\\b`;
export const ESTABLISH_ANY = new RegExp(`${ESTABLISH.source}|${ESTABLISH_SPLIT}|${ESTABLISH_VSO}|${ESTABLISH_EN_SPLIT}`, 'g');

/** Anniversary phrases; group 1 is the number of years (digits or words, parsed by yearsOf). */
const NUM_EN = '(\\d{1,3}|[a-z]+(?:-[a-z]+)?)';
export const ANNIVERSARY: RegExp[] = [
  new RegExp(`${NUM_EN}(?:st|nd|rd|th)? anniversary of (?:the )?(?:establishment of |establishing )?(?:the |their |bilateral )?diplomatic`, 'g'),
  new RegExp(`${NUM_EN} years of (?:the )?(?:establishment of )?(?:bilateral )?diplomatic (?:ties|relations)`, 'g'),
  new RegExp(`${NUM_EN} years (?:since|after) (?:the )?(?:establishment of |establishing )?(?:the )?(?:bilateral )?diplomatic`, 'g'),
  new RegExp(`${foldForMatch('الذكرى')} ?(?:ال)?(\\d{1,3}|[\\u0621-\\u064a]+(?: ${foldForMatch('و')}[\\u0621-\\u064a]+| ${foldForMatch('عشره?')})?)`, 'g'),
  new RegExp(`${foldForMatch('مرور')} (\\d{1,3}|[\\u0621-\\u064a]+(?: ${foldForMatch('و')}[\\u0621-\\u064a]+)?) (?:${foldForMatch('عاما')}|${foldForMatch('عام')}|${foldForMatch('سنه')}|${foldForMatch('سنوات')}|${foldForMatch('أعوام')})`, 'g'),
  // "4 يناير 2017 يصادف خمسة وعشرين عاما منذ اقامة العلاقات": N years since the establishment, in digits or words (an anniversary
  // phrase, the day it names is the anniversary's).
  new RegExp(`(\\d{1,3}|[\\u0621-\\u064a]+(?: ${foldForMatch('و')}[\\u0621-\\u064a]+)?) (?:${foldForMatch('عاما')}|${foldForMatch('سنه')}|${foldForMatch('سنوات')}|${foldForMatch('أعوام')}) (?:${foldForMatch('على')}|${foldForMatch('منذ')}) (?:${foldForMatch('تأسيس')}|${foldForMatch('إقامة')})`, 'g'),
  /建交([\d〇零一二两三四五六七八九十]{1,4})周年/g,
  /建交([\d〇零一二两三四五六七八九十]{1,4})(?:多)?年(?:来|以来)/g,
];
/** An anniversary phrase only counts in a sentence about relations. */
export const RELATIONS = phrases(['diplomatic', 'relations', 'ties', 'العلاقات', 'علاقات', 'الدبلوماسية', '建交', '关系']);

/** Words that give an event as planned, expected or future. */
export const PLANNED = phrases([
  'will', "'ll", 'shall', 'would', 'is to', 'are to', 'to be held', 'to be signed', 'expected', 'expects', 'plan', 'plans', 'planned', 'planning', 'scheduled', 'set to', 'upcoming', 'forthcoming', 'agreed to', 'agree to', 'intend*', 'aim to', 'aims to', 'seek to', 'ready to', 'ready for', 'willing to', 'hope to', 'hopes to', 'wish to', 'wishes to', 'desire to', 'look forward', 'looks forward', 'looking forward', 'proposed', 'propose*', 'prepare*', 'preparing', 'next year', 'next month', 'next week', 'future', 'should', 'must', 'need to', 'needs to', 'called for', 'calls for', 'calling for', 'called on', 'calls on', 'calling on', 'urged', 'urges', 'strive*', 'early launch', 'speed up', 'as soon as possible', 'as early as possible', 'at an early date', 'to visit', 'to sign', 'to attend', 'to participate', 'to take part', 'to hold', 'to build', 'to launch', 'to establish', 'ahead of', 'invitation', 'invited',
  'سوف', 'من المقرر', 'من المتوقع', 'المزمع', 'يعتزم', 'تعتزم', 'يعتزمان', 'اتفق على', 'اتفقا على', 'اتفق الجانبان على', 'اتفقت', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'يتطلع', 'تتطلع', 'نتطلع', 'أتطلع', 'يتطلعان', 'تتطلعان', 'رغبته', 'رغبتها', 'رغبتهما', 'رغبة', 'يرغب', 'ترغب', 'يرغبان', 'نرغب', 'يأملان', 'تأمل', 'يخطط', 'تخطط', 'خطة', 'دعوة', 'لدعوة', 'تلبية لدعوة', 'استعداد', 'مستعد*', 'جاهز*', 'يأمل', 'نأمل', 'سيتم', 'ستتم', 'يرتقب', 'المرتقبة', 'المرتقب', 'مرتقب', 'مرتقبة', 'قبيل', 'عشية', 'يتأهب', 'تتأهب', 'يستعد', 'تستعد', 'يستعدان', 'يتهيأ', 'يتوقع', 'تتوقع', 'ويتوقع', 'من المنتظر', 'المنتظر', 'ينتظر', 'يزمع', 'تزمع', 'يزمعان', 'في وقت لاحق', 'ينبغي', 'يتعين', 'يجب', 'دعا إلى', 'دعا الى', 'دعا', 'دعت', 'يدعو', 'تدعو', 'حث', 'في أقرب وقت', 'في أسرع وقت', 'في أقرب فرصة',
  '将于', '将在', '即将', '吹风会', '拟', '计划', '预计', '将会', '将要', '同意', '愿', '愿意', '希望', '准备', '期待', '明年', '下一步', '前夕', '之前', '应该', '应当', '呼吁', '尽早', '尽快', '早日',
]);
/** "The two presidents", "两国元首": both sides of the article's pair, named without their names. */
export const BOTH_SIDES = phrases(['the two presidents', 'the two heads of state', 'the two leaders', 'both presidents', 'both leaders', 'the two sides', 'الرئيسان', 'الرئيسين', 'زعيما البلدين', 'قائدا البلدين', 'الجانبان', 'الجانبين', '两国元首', '两国领导人', '双方', '两国总统']);

/** Arabic future prefix: س + imperfect (سيزور، ستوقع، سيعقد). */
export const AR_FUTURE = /(?<![\u0621-\u064a])(?:[وف])?س[يتن][\u0621-\u064a]{2,}/g;
/** Words after which a planned reading is cancelled: a visit "at the invitation of" is a visit that happens. */
export const INVITATION_DONE = phrases(['at the invitation of', 'بدعوة من', 'بدعوة', 'تلبية لدعوة', '应邀', '应']);

/** A clause that recounts history: its events have no date of their own unless it writes one. */
export const HISTORY = phrases([
  'since', 'over the years', 'over the past', 'in recent years', 'has grown', 'have grown', 'grew', 'developed from', 'has developed', 'has become', 'have become', 'from a', 'history', 'traditional', 'ever since',
  'منذ', 'نمت', 'على مر السنين', 'خلال السنوات', 'في السنوات الأخيرة', 'تطورت', 'شهدت العلاقات', 'شهدت علاقات', 'تاريخ',
  '以来', '年来', '多年来', '近年来', '历史', '一直', '不断', '持续', '日益',
]);
/** Dates after these words are not the date of the clause's event ("since 1992", "by 2030"). */
export const NOT_EVENT_DATE = phrases(['since', 'by', 'until', 'till', 'through', 'منذ', 'بحلول', 'حلول', 'حتى', '以来', '到', '至今', '截至']);

