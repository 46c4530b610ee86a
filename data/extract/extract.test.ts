import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleText, formatFigures, scoreSplit } from './scores';
import { extract, guessMeta } from './extract';
import { sentences } from './segment';
import { asciiDigits, datesIn } from './dates';
import { yearsOf } from './patterns';
import { openTestApi, apiError, type TestApi } from '../test/test-api';
import { MAX_ARTICLE_CHARS } from '../../shared/api/calls/article';
import { precisionOf } from '../../shared/dates';
import { foldForMatch } from '../../shared/text/arabic';

const TJ = articleText('seed-xinhua-ar-2023-05-18-tajikistan.txt');
const KG = articleText('seed-xinhua-ar-2023-05-18-kyrgyzstan.txt');

function find(text: string, kind: string, extra: (c: ReturnType<typeof extract>[number]) => boolean = () => true) {
  return extract(text, guessMeta(text).date).find((c) => c.kind === kind && extra(c));
}
/** The projects a text gives as done, ticked by default or nearly (confidence ≥ 0.5): pair and date. */
const doneProjects = (text: string, articleDate: string) => extract(text, articleDate).filter((c) => c.kind === 'project' && !c.planned && c.confidence >= 0.5).map((c) => [c.pairId, c.date]);
const dates = (text: string, articleDate: string) => datesIn(foldForMatch(asciiDigits(text)), articleDate, asciiDigits(text)).map((d) => [d.date, d.inferred]);

describe('the seed articles', () => {
  it('reads the dateline: Xinhua, 18 May 2023, Arabic', () => {
    expect(guessMeta(TJ)).toMatchObject({ publisher: 'Xinhua', date: '2023-05-18', language: 'ar' });
  });

  it('Tajikistan: the 2019 state visit (year), the talks in Xi’an today', () => {
    const visit = find(TJ, 'visit', (c) => c.date === '2019');
    expect(visit).toMatchObject({ pairId: 'CN-TJ', title: 'State visit to Tajikistan', dateInferred: false });
    expect(precisionOf(visit!.date!)).toBe('year');
    expect(TJ.slice(visit!.sentence.start, visit!.sentence.end)).toContain('في عام 2019');
    expect(find(TJ, 'talks')).toMatchObject({ pairId: 'CN-TJ', date: '2023-05-18', dateInferred: true, place: "Xi'an", people: ['Xi Jinping', 'Emomali Rahmon'] });
  });

  it('Kyrgyzstan: the new-era partnership, 31 years of ties, the railway for both pairs, the summit', () => {
    const upgrade = find(KG, 'partnership');
    expect(upgrade).toMatchObject({ pairId: 'CN-KG', levelKey: 'comprehensive-strategic-partnership-new-era', date: '2023-05-18' });
    expect(KG.slice(upgrade!.match.start, upgrade!.match.end)).toBe('شراكة استراتيجية شاملة في العصر الجديد');
    expect(find(KG, 'anniversary')).toMatchObject({ pairId: 'CN-KG', years: 31 });
    expect(find(KG, 'project', (c) => c.pairId === 'CN-KG')).toMatchObject({ title: 'China–Kyrgyzstan–Uzbekistan railway', category: 'economy' });
    expect(find(KG, 'project', (c) => c.pairId === 'CN-UZ')).toBeTruthy();
    expect(find(KG, 'talks')).toMatchObject({ pairId: 'CN-KG', date: '2023-05-18', place: "Xi'an" });
    expect(find(KG, 'summit')).toMatchObject({ category: 'multilateral', title: 'China–Central Asia Summit' });
  });
});

describe('the rules, on sentences of the kinds real articles have', () => {
  it('a year-precision anniversary date ("This year … 30th anniversary") gives a candidate, not a crash', () => {
    const text = 'This year, Kazakhstan and China mark the 30th anniversary of diplomatic relations, and the two presidents held talks in Beijing.';
    const found = extract(text, '2022-01-03');
    expect(found.find((c) => c.kind === 'anniversary')).toMatchObject({ pairId: 'CN-KZ', years: 30, date: '2022', dateInferred: true });
  });

  it('segments with Intl.Segmenter: "Jan.", "Sept.", "U.S." and "Xi\'an" end no sentence', () => {
    const text = "Xi met Tokayev on Jan. 6, 2023 in Xi'an. Then U.S. officials came. Talks went on Sept. 14, 2022 in Samarkand.";
    expect(sentences(text, 'en').map((s) => s.text)).toEqual(["Xi met Tokayev on Jan. 6, 2023 in Xi'an.", 'Then U.S. officials came.', 'Talks went on Sept. 14, 2022 in Samarkand.']);
  });

  it('resolves dates against the article date and marks relative ones inferred', () => {
    expect(dates('held talks in Astana on Tuesday', '2024-07-03')).toEqual([['2024-07-02', true]]);
    expect(dates('on Jan. 6, 2023 and Sept. 14, 2022', '2024-07-03')).toEqual([['2023-01-06', false], ['2022-09-14', false]]);
    expect(dates('في 31 أغسطس2017', '2024-07-03')).toEqual([['2017-08-31', false]]);
    expect(dates('اعتبارا من 30 أغسطس إلى 5 سبتمبر', '2024-08-20')[0]).toEqual(['2024-08-30', true]);
    expect(dates('في ٩ حزيران ٢٠٢٣', '2024-07-03')).toEqual([['2023-06-09', false]]);
    expect(dates('أمس الأربعاء', '2024-01-25')).toEqual([['2024-01-24', true], ['2024-01-24', true]]);
    expect(dates('去年5月', '2024-07-03')).toEqual([['2023-05', true]]);
    expect(dates('习近平13日在比什凯克', '2019-06-14')).toEqual([['2019-06-13', true]]);
    // Tenth round: day spans of one month date by their first day; "منذ N عاما مضت" is N years ago (a bare
    // "منذ 30 عاما" is a duration); a weekday the clause puts ahead is the coming one; "في اليوم ذاته" is no "today".
    expect(dates('7月17日和18日对中国进行了国事访问', '2007-07-20')).toEqual([['2007-07-17', true]]);
    expect(dates('出席了11日至12日举行的会议', '2014-09-14')).toEqual([['2014-09-11', true]]);
    expect(dates('منذ إقامة العلاقات الدبلوماسية منذ 30 عاما مضت', '2022-09-07')).toEqual([['1992', true]]);
    expect(dates('على مدى 30 عاما منذ 30 عاما', '2022-09-07')).toEqual([]);
    expect(dates('Li will kick off his visit on Sunday', '2014-12-13')).toEqual([['2014-12-14', true]]);
    expect(dates('Li kicked off his visit on Sunday', '2014-12-13')).toEqual([['2014-12-07', true]]);
    expect(dates('وفي اليوم ذاته، وصل شي إلى ماليه', '2014-09-15')).toEqual([]);
  });

  it('a departure dates the leaving: the visit and summit it ends are of its month, and the place left hosted the summit', () => {
    const ar = extract('غادر الرئيس الصيني شي جين بينغ طاجيكستان صباح يوم أمس الأحد، وذلك بعد حضوره القمة الرابعة عشرة لمجلس رؤساء الدول الأعضاء لمنظمة شانغهاي للتعاون وقيامه بزيارة دولة لطاجيكستان.', '2014-09-15');
    expect(ar.filter((c) => c.kind === 'visit' || c.kind === 'summit').map((c) => [c.kind, c.pairId, c.date])).toEqual(
      expect.arrayContaining([['visit', 'CN-TJ', '2014-09'], ['summit', 'CN-TJ', '2014-09']]),
    );
    const zh = extract('新华社杜尚别9月14日电 国家主席习近平圆满结束对塔吉克斯坦的国事访问,当地时间14日上午离开杜尚别前往马尔代夫。', '2014-09-14');
    expect(zh.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-TJ', date: '2014-09' });
    // What is told "during" a visit dated by a span of days is of its month, not of one day.
    const span = extract('别尔德穆哈梅多夫7月17日和18日对中国进行了国事访问。访问期间,两国元首举行了会谈并共同签署了联合声明。', '2007-07-20');
    expect(span.filter((c) => !c.planned).map((c) => [c.kind, c.date])).toEqual(expect.arrayContaining([['visit', '2007-07-17'], ['talks', '2007-07'], ['agreement', '2007-07']]));
  });

  it('reads the article date from the dateline, not from the first date in the text', () => {
    expect(guessMeta('Headline\n\nIn February 2020 the two sides met.').date).toBeNull();
    expect(guessMeta('新华社阿斯塔纳7月5日电 两国元首举行会谈。', '2024-07-05').date).toBe('2024-07-05');
    expect(guessMeta('ASTANA, July 3, 2024 (Xinhua) -- Xi held talks.').date).toBe('2024-07-03');
    // A dateline without its year gives no date; a photo's credit below it is no dateline.
    const noYear = '“像金鹰展翅高飞”——习近平和中哈友谊\n\n新华社北京/阿斯塔纳7月2日电(记者史霄萌)“金鹰”勋章是哈萨克斯坦的最高荣誉。\n\n当地时间2022年9月14日下午,国家主席习近平在总统府接受托卡耶夫授予“金鹰”勋章。(新华社记者饶爱民摄)';
    expect(guessMeta(noYear).date).toBeNull();
    expect(guessMeta(noYear, '2024-07-02').date).toBe('2024-07-02');
    // A republisher's line above the dateline gives the year the dateline lacks (the last at which its day is not later).
    expect(guessMeta('标题\n\n发布时间:2024-11-27 19:00:11 来源: sp20241127\n\n新华社塔什干9月7日电 (记者李奥)9月5日,两国元首会谈。').date).toBe('2024-09-07');
    expect(guessMeta('标题\n\n发布时间:2025-01-03 08:00 来源: x\n\n新华社北京12月30日电 两国元首会谈。').date).toBe('2024-12-30');
  });

  it('a date belongs to the clause of its event', () => {
    const text = 'The two countries established diplomatic relations in January 1992, and in 2019 the presidents announced a permanent comprehensive strategic partnership between China and Kazakhstan.';
    const found = extract(text, '2024-07-03');
    expect(found.find((c) => c.kind === 'partnership')).toMatchObject({ date: '2019', levelKey: 'permanent-comprehensive-strategic-partnership' });
    expect(found.find((c) => c.kind === 'establishment')).toMatchObject({ date: '1992-01', pairId: 'CN-KZ' });
  });

  it('maps a level named in full to the longest rung of the pair’s ladder', () => {
    const text = 'China and Uzbekistan on Wednesday elevated their ties to an all-weather comprehensive strategic partnership for a new era.';
    expect(extract(text, '2024-01-25').find((c) => c.kind === 'partnership')).toMatchObject({ pairId: 'CN-UZ', levelKey: 'all-weather-comprehensive-strategic-partnership-new-era', date: '2024-01-24' });
  });

  it('plans are proposed unticked as planned; history without a date and railway mentions are not events', () => {
    const planned = extract('Xi Jinping will pay a state visit to Kazakhstan next week, and the two sides will sign a joint statement.', '2024-06-25');
    expect(planned.filter((c) => c.kind !== 'anniversary').every((c) => c.planned)).toBe(true);
    expect(extract('من المقرر أن يوقع الجانبان الصيني والقازاقي اتفاقية تعاون.', '2024-06-25').every((c) => c.planned)).toBe(true);
    expect(extract('China–Kazakhstan ties grew from good-neighbourly relations to a comprehensive strategic partnership.', '2024-06-25')).toEqual([]);
    expect(extract('The China–Kyrgyzstan–Uzbekistan railway will boost trade between the countries.', '2024-06-25').filter((c) => !c.planned)).toEqual([]);
  });

  it('"Shanghai Cooperation Organisation" is not the place Shanghai; an SCO summit is a summit', () => {
    const found = extract('Xi Jinping and Tokayev attended the Shanghai Cooperation Organisation summit in Astana on July 4, 2024.', '2024-07-05');
    expect(found.find((c) => c.kind === 'summit')).toMatchObject({ pairId: 'CN-KZ', date: '2024-07-04', place: 'Astana' });
  });

  it('reads vocabulary of real articles: قازاقستان, مباحثات, 建交21年来, الذكرى الثلاثين', () => {
    expect(extract('أجرى الرئيس شي جين بينغ مباحثات مع رئيس قازاقستان اليوم.', '2024-07-03')[0]).toMatchObject({ kind: 'talks', pairId: 'CN-KZ', date: '2024-07-03' });
    expect(extract('中哈建交21年来，两国关系发展顺利。', '2013-09-07').find((c) => c.kind === 'anniversary')).toMatchObject({ years: 21, pairId: 'CN-KZ' });
    expect(yearsOf('الثلاثين')).toBe(30);
    expect(yearsOf('الحادية والثلاثين')).toBe(31);
    expect(yearsOf('thirtieth')).toBe(30);
    expect(yearsOf('三十二')).toBe(32);
  });

  const ticked = (text: string, date: string) => extract(text, date).filter((c) => c.kind !== 'anniversary' && !c.planned && c.confidence >= 0.5);

  it('people introduced below the leaders stay below them when later named alone', () => {
    const text = 'زار ليو قوه تشونغ، نائب رئيس مجلس الدولة الصيني، أوزبكستان من يوم الاثنين حتى اليوم (الأربعاء).\nوخلال زيارته، عقد ليو محادثات مع رئيس الوزراء الأوزبكي عبد الله أريبوف.';
    expect(ticked(text, '2024-05-15')).toEqual([]);
    expect(ticked('التقى رئيس طاجيكستان إمام علي رحمان، هنا اليوم (السبت)، وزير الخارجية الصيني الزائر وانغ يي.', '2025-11-22')).toEqual([]);
    // The leaders themselves still meet.
    expect(ticked('التقى الرئيس الصيني شي جين بينغ، اليوم (الخميس)، الرئيس التركماني سردار بيردي محمدوف في شيآن.', '2023-05-18')[0]).toMatchObject({ kind: 'talks', pairId: 'CN-TM', date: '2023-05-18' });
  });

  it('reads Arabic as its outlets write it: pronoun endings, "أول يوليو", Levantine months, a month without a year', () => {
    expect(ticked('وناقش الرئيسان التركماني والصيني هو جينتاو خلال مباحثاتهما في عشق أباد التعاون.', '2009-12-13')[0]).toMatchObject({ kind: 'talks', pairId: 'CN-TM' });
    expect(dates('أستانا أول يوليو 2024', '2024-07-02')).toEqual([['2024-07-01', false]]);
    expect(dates('في 6 كانون الثاني 1992', '2024-07-02')).toEqual([['1992-01-06', false]]);
    expect(dates('وبدأت الصين وتركمانستان في يونيو/ حزيران مشروع خط الأنابيب', '2008-09-21')).toEqual([['2008-06', true]]);
    // An arrival is a person's: "وصول غاز" is not a visit.
    expect(ticked('سيؤمّن الأنبوب وصول غاز طبيعي تركمانستاني إلى الصين.', '2009-12-14').filter((c) => c.kind === 'visit')).toEqual([]);
  });

  it('reads traditional characters like simplified ones', () => {
    expect(ticked('國家主席習近平13日在杜尚別同塔吉克斯坦總統拉赫蒙舉行會談。', '2014-09-13')[0]).toMatchObject({ kind: 'talks', pairId: 'CN-TJ', date: '2014-09-13' });
  });

  it('a year inside a name dates no event; an undated upgrade recalled without a meeting that day is history', () => {
    const olympics = ticked('Chinese President Xi Jinping on Saturday met with Uzbek President Shavkat Mirziyoyev, who attended the opening of the Beijing 2022 Olympic Winter Games.', '2022-02-05');
    expect(olympics.map((c) => [c.kind, c.date])).toEqual([['talks', '2022-02-05']]);
    expect(ticked('وقال ليو إن رئيسي البلدين أعلنا بشكل مشترك تطوير شراكة استراتيجية شاملة في كل الأحوال في العصر الجديد بين الصين وأوزبكستان.', '2024-05-15')).toEqual([]);
  });

  it('an undated mention that points back takes the date of the event it points to', () => {
    const text = '2023年5月18日下午,国家主席习近平在西安会见土库曼斯坦总统别尔德穆哈梅多夫。会见后,两国元首共同见证签署多项双边合作文件。';
    expect(ticked(text, '2025-06-17').find((c) => c.kind === 'agreement')).toMatchObject({ pairId: 'CN-TM', date: '2023-05-18' });
  });

  it('reads "the afternoon of July 5" and a Chinese span "9月14至16日" at its first day', () => {
    expect(dates('On the afternoon of March 3, 2021 local time, the two presidents met.', '2021-03-10')[0]).toEqual(['2021-03-03', false]);
    expect(dates('9月14至16日,习近平对哈萨克斯坦进行国事访问。', '2022-09-17')[0]).toEqual(['2022-09-14', true]);
  });

  it('a copy published days later reports the news of its lede’s day', () => {
    const text = 'Presidents meet the press\n\nOn the morning of March 3, 2021 local time, Xi Jinping and Emomali Rahmon met the press in Dushanbe.\n\nXi said he is in Tajikistan for a state visit. They signed a joint statement.';
    const got = ticked(text, '2021-03-12');
    expect(got.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-TJ', date: '2021-03-03' });
    expect(got.find((c) => c.kind === 'agreement')).toMatchObject({ pairId: 'CN-TJ', date: '2021-03-03' });
  });

  it('a trip to two partners is a visit to each, the later stop still ahead; its destinations are not summit participants', () => {
    const got = extract('3月2日,国家主席习近平出席上海合作组织成员国元首理事会会议,并对哈萨克斯坦、乌兹别克斯坦进行国事访问。', '2021-03-02');
    expect(got.find((c) => c.kind === 'visit' && c.pairId === 'CN-KZ')).toMatchObject({ planned: false, date: '2021-03-02' });
    expect(got.find((c) => c.kind === 'visit' && c.pairId === 'CN-UZ')).toMatchObject({ planned: true });
    expect(got.some((c) => c.kind === 'summit' && c.pairId === 'CN-UZ')).toBe(false);
  });

  it('a meeting with a third country in a partner’s city is no event of that partner; "وزارة" is no visit', () => {
    expect(ticked('التقى الرئيس الصيني شي جين بينغ الرئيس الأذربيجاني إلهام علييف في سمرقند، أوزبكستان، اليوم الخميس.', '2021-03-04')).toEqual([]);
    expect(ticked('Xi Jinping met Azerbaijani President Ilham Aliyev in Astana on Wednesday.', '2021-03-03')).toEqual([]);
    expect(ticked('وقالت وزارة الخارجية الكازاخستانية إن العلاقات مع الصين جيدة.', '2021-03-03')).toEqual([]);
  });

  it('a headline over a body that says the event is ahead is the planned event; a summit "before"/"قبل" is ahead', () => {
    const text = '访吉尔吉斯斯坦总统\n\n新华社北京3月2日电 吉尔吉斯斯坦总统扎帕罗夫将于3月4日至7日对中国进行国事访问。';
    expect(ticked(text, '2021-03-02').some((c) => c.kind === 'visit')).toBe(false);
    expect(ticked('أستانا 3 يوليو 2024 (شينخوا) التقى الرئيس الصيني شي جين بينغ الرئيس الكازاخي توكاييف قبل الاجتماع الـ24 لمجلس رؤساء دول منظمة شانغهاي للتعاون.', '2024-07-03').some((c) => c.kind === 'summit')).toBe(false);
  });

  it('one signing per document: a communiqué on establishing ties is the establishment, and a signing’s anniversary is no signing', () => {
    const text = '双方恪守1992年1月3日签署的《中哈建交联合公报》、2017年6月8日签订的《联合声明》、2018年6月7日签订的《联合声明》。值此中哈两国《睦邻友好合作条约》签订20周年之际,两国元首会谈。';
    const got = ticked(text, '2022-09-15');
    expect(got.filter((c) => c.kind === 'agreement').map((c) => c.date).sort()).toEqual(['2017-06-08', '2018-06-07']);
    expect(got.find((c) => c.kind === 'establishment')).toMatchObject({ date: '1992-01-03' });
  });

  it('reads years ago in words, "recently", and takes no date from a year in a name', () => {
    expect(dates('منذ إقامة العلاقات الدبلوماسية بينهما قبل خمس عشرة سنة', '2007-11-03')).toEqual([['1992', true]]);
    expect(dates('两年前,两国总理举行会谈', '2016-11-04')).toEqual([['2014', true]]);
    expect(dates('اتفاقية تم التوقيع عليها مؤخرا', '2015-12-14')).toEqual([['2015-12', true]]);
    expect(dates('افتتاح دورة الألعاب الأولمبية الشتوية بكين 2022', '2022-02-05')).toEqual([]);
  });

  it('a date standing as a clause of its own dates the clause after it; "建交以来" takes no later date', () => {
    const found = extract('中国和土库曼斯坦1992年1月6日建交,2023年1月,中土关系提升为全面战略伙伴关系。', '2023-05-18');
    expect(found.find((c) => c.kind === 'establishment')).toMatchObject({ pairId: 'CN-TM', date: '1992-01-06' });
    expect(found.find((c) => c.kind === 'partnership')).toMatchObject({ pairId: 'CN-TM', date: '2023-01', levelKey: 'comprehensive-strategic-partnership' });
    expect(extract('中土建交以来,双边贸易不断增长,2022年,双边贸易额为111亿美元。', '2023-05-18').filter((c) => c.kind === 'establishment')).toEqual([]);
  });

  it('an undated event takes the day of "当天" and the date of the scene-setting sentence before it', () => {
    const sameDay = extract('12月14日,李克强抵达阿斯塔纳,开始对哈萨克斯坦进行正式访问。\n\n在当天的会谈中,中哈总理达成多项共识。', '2014-12-15');
    expect(sameDay.find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KZ', date: '2014-12-14', dateInferred: true });
    const scene = extract('6月22日17时16分,塔什干会展中心。“安格连-帕普”铁路隧道通车视频连线活动开始举行,中乌两国元首共同出席。', '2016-06-27');
    expect(scene.find((c) => c.kind === 'project')).toMatchObject({ pairId: 'CN-UZ', date: '2016-06-22' });
  });

  it('counted meetings and visits, and the meetings of legislatures\' heads, are no events', () => {
    expect(extract('وقد التقى الرئيس شي نظيره الطاجيكي إمام علي رحمن أكثر من عشر مرات.', '2024-07-06').filter((c) => c.kind === 'talks')).toEqual([]);
    expect(extract('土库曼斯坦总统别尔德穆哈梅多夫已经五次赴华访问或参会。', '2013-09-02').filter((c) => c.kind === 'visit')).toEqual([]);
    const li = extract('التقى لي تشان شو، رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني، الرئيس الكازاخي توكاييف في أستانا اليوم.', '2019-09-25');
    expect(li.filter((c) => c.kind === 'talks')).toEqual([]);
    const visiting = extract('التقى الرئيس الصيني شي جين بينغ اليوم (السبت) رئيس قازاقستان الزائر قاسم جومارت توكاييف.', '2022-02-05');
    expect(visiting.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-KZ', date: '2022-02-05' });
    expect(visiting.find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KZ', date: '2022-02-05' });
  });

  it('a former president is no leader; an arrival "to attend the meeting of the council" is no talks', () => {
    const former = extract('بكين 28 أبريل 2019 / التقى الرئيس الصيني شي جين بينغ برئيس قازاقستان السابق نور سلطان نزارباييف في بكين اليوم (الأحد).', '2019-04-28');
    expect(former.filter((c) => c.kind === 'talks')).toEqual([]);
    expect(extract('Chinese President Xi Jinping met former President Nursultan Nazarbayev of Kazakhstan in Beijing on Sunday.', '2019-04-28').filter((c) => c.kind === 'talks')).toEqual([]);
    const arrival = extract('وصل الرئيس الصيني شي جين بينغ الى أستانا اليوم (الأربعاء) للقيام بزيارة دولة إلى قازاقستان وحضور الاجتماع السابع عشر لمجلس رؤساء الدول الأعضاء في منظمة شانغهاي للتعاون.', '2017-06-07');
    expect(arrival.filter((c) => c.kind === 'talks')).toEqual([]);
    expect(arrival.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-KZ', date: '2017-06-07' });
  });

  it('the two leaders\' decision told right after a dated past visit is of that visit; undated documents recalled in a greeting are no news', () => {
    const since = extract('习近平曾于2022年9月到访哈萨克斯坦,那是习近平自2020年疫情暴发以来首次出国访问。', '2024-03-30');
    expect(since.filter((c) => c.kind === 'visit' && !c.planned).map((c) => c.date)).toEqual(['2022-09']);
    const during = extract('From 5 to 7 February 2025, President Sadyr Japarov of Kyrgyzstan paid a state visit to China, during which he met with President Xi Jinping in Beijing.', '2025-02-08');
    expect(during.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-KG', date: '2025-02-05' });
    expect(during.find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KG', date: '2025-02' });
    const recalled = extract('新华社塔什干9月7日电 9月5日,乌兹别克斯坦总统米尔济约耶夫在塔什干会见天津市委书记陈敏尔。陈敏尔说,今年1月,米尔济约耶夫总统对中国成功进行国事访问。两国元首一致决定将中乌关系提升为新时代全天候全面战略伙伴关系。', '2024-09-07');
    expect(recalled.find((c) => c.kind === 'partnership')).toMatchObject({ pairId: 'CN-UZ', date: '2024-01', levelKey: 'all-weather-comprehensive-strategic-partnership-new-era', dateInferred: true });
    const greeting = extract('经过25年的蓬勃健康发展,中哈关系已达到前所未有的历史高度。双方签订了《中哈睦邻友好合作条约》,建立了全面战略伙伴关系。', '2017-01-26');
    expect(greeting.filter((c) => c.kind === 'agreement' || c.kind === 'partnership')).toEqual([]);
  });

  it('an opening is dated by its ceremony day, and "在通车典礼上" later points back to it', () => {
    const road = extract('塔吉克斯坦总统出席道路连接线通车典礼\n\n当地时间10月22日上午,塔吉克斯坦总统拉赫蒙来到中铁五局承建的道路连接线施工段现场,参加西部施工段通车典礼。\n拉赫蒙总统在通车典礼上表示,对该项目的进度、质量和安全非常满意。', '2018-10-31');
    expect(road.filter((c) => c.kind === 'project').map((c) => [c.pairId, c.date])).toEqual([['CN-TJ', '2018-10-22']]);
  });

  it('a briefing (吹风会) presents a coming trip; the day an article was published dates no event; the airport greeting is no talks', () => {
    const briefing = extract('人民网北京12月12日电 外交部今日举行中外媒体吹风会,介绍李克强总理近期访问哈萨克斯坦并举行中哈总理第二次定期会晤等有关情况。', '2014-12-12');
    expect(briefing.filter((c) => !c.planned && (c.kind === 'visit' || c.kind === 'talks'))).toEqual([]);
    const op = extract('وقال السفير الصيني في مقال نشره في صحيفة الشعب اليومية يوم 3 يونيو الجاري إن زيارة الرئيس الصيني شي جين بينغ الى كازاخستان أعادت زخما الى العلاقات.', '2017-06-07');
    expect(op.filter((c) => c.date === '2017-06-03')).toEqual([]);
    const airport = extract('استقبل الرئيس الكازاخي توكاييف نظيره الصيني شي جين بينغ في المطار اليوم (الأربعاء)، وأجرى الرئيسان محادثات ودية في المطار.', '2022-09-14');
    expect(airport.filter((c) => c.kind === 'talks')).toEqual([]);
  });

  it('what is done during a visit span is known to its month; the summit a trip goes on to is ahead on its first day', () => {
    const span = extract('خلال زيارة دولة قام بها الرئيس الصيني شي جين بينغ لطاجيكستان فيما بين يومي الخميس والسبت (4-6 يوليو)، أعلن الجانبان إقامة الشراكة التعاونية الاستراتيجية الشاملة في العصر الجديد بين الصين وطاجيكستان.', '2024-07-06');
    expect(span.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-TJ', date: '2024-07-04' });
    expect(span.find((c) => c.kind === 'partnership')).toMatchObject({ date: '2024-07', levelKey: 'comprehensive-strategic-cooperative-partnership-new-era' });
    const trip = '6月21日,国家主席习近平抵达布哈拉,开始对乌兹别克斯坦进行国事访问并出席在塔什干举行的上海合作组织成员国元首理事会第十六次会议。';
    expect(extract(trip, '2016-06-21').find((c) => c.kind === 'summit')).toMatchObject({ pairId: 'CN-UZ', planned: true });
    expect(extract(trip, '2016-06-25').find((c) => c.kind === 'summit')).toMatchObject({ pairId: 'CN-UZ', date: '2016-06', planned: false });
  });

  it('a document told as signed is done in a future sentence; a summit "with five republics" is of all five', () => {
    const deal = extract('وسوف تساعد الشركة الصينية في بناء خط سكة حديدية في أستانا وفقا للاتفاق الثنائي الذي تم التوقيع عليه في شهر مايو من هذا العام بين الصين وقازاقستان.', '2015-12-14');
    expect(deal.find((c) => c.kind === 'agreement')).toMatchObject({ pairId: 'CN-KZ', date: '2015-05', planned: false });
    const summit = extract('افتتح الرئيس الصيني شي جين بينغ اليوم الخميس قمة غير مسبوقة بين بكين وخمس جمهوريات سابقة.', '2023-05-18');
    expect(summit.filter((c) => c.kind === 'summit').map((c) => c.pairId).sort()).toEqual(['CN-KG', 'CN-KZ', 'CN-TJ', 'CN-TM', 'CN-UZ']);
  });

  it('a weekday with its day ("週三(12日)") is of the month it fits; Taiwan and Hong Kong wording ("國是訪問", "之後會") is read', () => {
    expect(dates('将于周三(12日)起前往', '2019-06-09')).toEqual([['2019-06-12', true]]);
    const trip = extract('習近平之後會應塔吉克總統拉赫蒙邀請,出席在杜尚別舉行的亞洲相互協作與信任措施會議第5次峰會並國是訪問塔吉克。', '2019-06-09');
    expect(trip.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-TJ', planned: true, title: 'State visit to Tajikistan' });
    expect(trip.find((c) => c.kind === 'summit')).toMatchObject({ pairId: 'CN-TJ', title: 'CICA summit', planned: true });
  });

  it('sixth round: a summit in a guest modifier is known to its month; a past dated summit is done; a host-only visit, a frame before a low subject and an event prepared for are not the leaders\' news', () => {
    const guest = extract('2023年5月19日上午,国务院总理李强在人民大会堂会见来华出席中国—中亚峰会的塔吉克斯坦总统拉赫蒙。', '2023-05-19');
    expect(guest.find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-TJ', date: '2023-05-19' });
    expect(guest.find((c) => c.kind === 'summit')).toMatchObject({ pairId: 'CN-TJ', date: '2023-05', dateInferred: true });
    const past = extract('王毅表示,期待同各方落实今年6月比什凯克峰会和上合组织成员国元首共识。', '2019-11-01');
    expect(past.find((c) => c.kind === 'summit')).toMatchObject({ pairId: 'CN-KG', date: '2019-06', planned: false });
    const host = extract('التقت ليو هاي شينغ، نائبة رئيس اللجنة الوطنية للمؤتمر الاستشاري السياسي للشعب الصيني، الرئيس القرغيزي صدير جاباروف، خلال زيارة ودية إلى قرغيزستان استمرت ثلاثة أيام.', '2024-05-20');
    expect(host.filter((c) => c.kind === 'visit')).toEqual([]);
    const frame = extract('国务院副总理胡春华16日在塔什干会见乌兹别克斯坦总统米尔济约耶夫。在会见米尔济约耶夫时,胡春华首先转达了习近平主席的问候。', '2021-03-16');
    expect(frame.filter((c) => c.kind === 'talks' && !c.planned)).toEqual([]);
    const prepared = extract('胡春华说,此行是为今年习近平主席同米尔济约耶夫总统会晤作准备。', '2021-03-16');
    expect(prepared.filter((c) => c.kind === 'talks' && !c.planned)).toEqual([]);
    const occasion = extract('BISHKEK -- Chinese Premier Li Keqiang met Kyrgyz Prime Minister Jeenbekov on Wednesday. Li is in Bishkek for an official visit and to attend a prime ministers\' meeting on Thursday.', '2016-11-03');
    expect(occasion.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-KG', date: '2016-11-02' });
    const relative = extract('The state visit of the Chinese President to Tajikistan will continue from July 4 to 6, during which high-level talks between the two presidents are to be held.', '2024-07-04');
    expect(relative.filter((c) => c.kind === 'talks' && !c.planned)).toEqual([]);
    const recalled = extract('哈萨克斯坦总统托卡耶夫将在阿斯塔纳主持峰会。两年前,首届中国-中亚峰会在中国西安成功举行。', '2025-06-13');
    expect(recalled.filter((c) => c.kind === 'summit' && c.date === '2023')).toEqual([]);
  });

  it('seventh round: dates ("last December", "on Tuesday evening", no date in "more than 30 years ago", a two-day span), a line\'s party, a video meeting, a level in a signed document\'s name', () => {
    expect(dates('Last December, Hu visited Kazakhstan.', '2010-06-11')).toEqual([['2009-12', true]]);
    expect(dates('Karimov arrived in Beijing on Tuesday evening.', '2012-06-07')).toEqual([['2012-06-05', true]]);
    expect(dates('since the establishment of diplomatic ties more than 30 years ago', '2024-11-04')).toEqual([]);
    expect(dates('over the past few years', '2001-04-13')).toEqual([]);
    const chronology = extract('وفي يومي 4 و5 يناير عام 1992، قامت الصين بإيفاد وفد لزيارة طاجيكستان. ووقعت الدولتان بيانا مشتركا حول إقامة العلاقات الدبلوماسية.', '2014-09-13');
    expect(chronology.find((c) => c.kind === 'establishment')).toMatchObject({ pairId: 'CN-TJ', date: '1992-01-04' });
    const line = extract('موسكو، 14 ديسمبر/كانون أول (إفي): شارك الرؤساء التركماني قربان قولي بيردي محمدوف، والصيني هو جينتاو، والأوزبكي إسلام كريكوف، والكازاخي نور سلطان نزاربايف اليوم الاثنين، في تدشين خط بحقل سامنديب ينقل الغاز من تركمنستان إلى الصين.', '2009-12-14');
    expect(line.filter((c) => c.kind === 'project').map((c) => c.pairId)).toEqual(['CN-TM']);
    const section = extract('وضغط هو على زر رمزي لتدشين الجزء الكازاخستاني من خط الأنابيب الجديد الذي يمتد بين تركمانستان والصين اليوم.', '2009-12-12');
    expect(section.filter((c) => c.kind === 'project').map((c) => c.pairId)).toEqual(['CN-KZ']);
    const video = extract('Chinese premier meets Kazakh PM\n\nBEIJING, Nov. 29 (Xinhua) -- Chinese Premier Li Keqiang held a meeting with Kazakh Prime Minister Alikhan Smailov via video link on Tuesday. Li said the two countries can advance the negotiations on visa waivers.', '2022-11-29');
    expect(video.filter((c) => c.kind === 'talks' && !c.planned)).toEqual([]);
    const deal = extract('China and Kazakhstan on Monday signed a strategic partnership deal as President Hu Jintao visited the Central Asian state.', '2011-06-14');
    expect(deal.find((c) => c.kind === 'partnership')).toMatchObject({ pairId: 'CN-KZ', date: '2011-06-13', levelKey: 'strategic-partnership' });
    const title = extract('强调恪守2011年6月13日签订的《中华人民共和国和哈萨克斯坦共和国关于发展全面战略伙伴关系的联合声明》。', '2022-09-15');
    expect(title.find((c) => c.kind === 'partnership')).toMatchObject({ pairId: 'CN-KZ', date: '2011-06-13', levelKey: 'comprehensive-strategic-partnership' });
    const fact = extract('Premier Wen Jiabao met Wednesday with Uzbek President Islam Karimov in Beijing. The establishment of the strategic partnership between China and Uzbekistan has provided broad prospect for cooperation, said Wen.', '2012-06-07');
    expect(fact.filter((c) => c.kind === 'partnership')).toEqual([]);
  });

  it('seventh round: below the leaders, recalled documents, a summit of a trip\'s destination, an announced visit, a counted trip and "时隔两年再次访哈"', () => {
    const low = extract('وقال تشانغ تشون شيان عضو المكتب السياسي للجنة المركزية للحزب الشيوعي الصيني أول أمس الثلاثاء إن الصين مستعدة لتوسيع التعاون مع قازاقستان. واضاف في لقائه برئيس الوزراء القازاقي كريم ماسيموف إن مبادرة الحزام التي طرحتها الصين تتشابك مع سياسة قازاقستان.', '2016-05-05');
    expect(low.filter((c) => c.kind === 'talks')).toEqual([]);
    const recalled = extract('وصل الرئيس الصيني شي جين بينغ إلى أستانا اليوم. وغطت الاتفاقية الإطارية التي تم توقيعها خلال زيارة رئيس مجلس الدولة الصيني لي كه تشيانغ لقازاقستان البنية التحتية.', '2015-05-07');
    expect(recalled.filter((c) => c.kind === 'agreement')).toEqual([]);
    const destination = extract('习近平是在结束出席上海合作组织成员国元首理事会第二十四次会议并对哈萨克斯坦进行国事访问后赴杜尚别访问的。', '2024-07-04');
    expect(destination.filter((c) => c.kind === 'summit')).toEqual([]);
    const announced = extract('سيقوم الرئيس الصيني شي جين بينغ بزيارة دولة إلى كازاخستان خلال الفترة من 7 إلى 10 يونيو الجاري. وقال السفير إن زيارة الرئيس الصيني شي جين بينغ الى كازاخستان أعادت زخما هائلا الى العلاقات.', '2017-06-07');
    expect(announced.filter((c) => c.kind === 'visit' && !c.planned)).toEqual([]);
    const counted = extract('TASHKENT - Chinese President Hu Jintao and his Uzbek counterpart Islam Karimov met here on Wednesday. This is Hu\'s second trip to the Central Asian state since he became China\'s head of state in 2003. In June 2004, he visited Uzbekistan and attended a SCO summit in Tashkent.', '2010-06-09');
    expect(counted.filter((c) => c.kind === 'visit').map((c) => c.date).sort()).toEqual(['2004-06', '2010-06-09']);
    expect(counted.find((c) => c.kind === 'summit')).toMatchObject({ pairId: 'CN-UZ', date: '2004-06' });
    const again = extract('这是李克强时隔两年再次访哈。', '2016-11-04');
    expect(again.find((c) => c.kind === 'visit' && c.date === '2014')).toMatchObject({ pairId: 'CN-KZ', dateInferred: true });
    const exchange = extract('وفي فبراير من هذا العام، أجرى الرئيس شي وجاباروف تواصلا وديا ومعمقا في بكين.', '2022-09-15');
    expect(exchange.find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KG', date: '2022-02' });
  });

  it('eighth round: pinyin ruby, Arabic dates, events ahead, a body\'s session, sidelines, a consensus and a since-clause counted back', () => {
    // "習(xí)近平…會(huì)見(jiàn)": the readings in brackets do not split the words.
    const ruby = extract('中新網(wǎng)7月5日電 5日下午,中國(guó)國(guó)家主席胡錦濤會(huì)見(jiàn)了吉爾吉斯總統(tǒng)巴基耶夫。', '2005-07-05');
    expect(ruby.find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KG', date: '2005-07-05' });
    expect(dates('وأقيمت العلاقات الدبلوماسية بتاريخ 2/1/1992.', '2014-08-19')).toEqual([['1992-01-02', false]]);
    expect(extract('وأقيمت العلاقات الدبلوماسية بين الصين وأوزبكستان بتاريخ 2/1/1992.', '2014-08-19').find((c) => c.kind === 'establishment')).toMatchObject({ pairId: 'CN-UZ', date: '1992-01-02' });
    expect(dates('في صباح الـ17 من أكتوبر، التقى', '2023-10-18')).toEqual([['2023-10-17', true]]);
    expect(dates('وفي مطلع يوليو زار شي أستانا', '2024-07-20')).toEqual([['2024-07', true]]);
    expect(dates('التقيا في أستانا الأسبوع الماضي', '2025-07-03')).toEqual([['2025-06', true]]);
    expect(dates('两国元首上周在阿斯塔纳会晤', '2025-06-24')).toEqual([['2025-06', true]]);
    expect(dates('الثلاثاء 12 ذو القعدة 1445 هـ الموافق 21 مايو 2024', '2024-07-20')).toEqual([['2024-05-21', false]]);
    // "يتأهب … لافتتاح", "عشية مراسم تدشين": the opening is ahead.
    const eve = extract('عشق أباد: يتأهب الرئيس الصيني هو جين تاو الأحد لافتتاح خط أنابيب يربط أحد حقول الغاز في تركمانستان بالصين، عشية مراسم تدشين خط الأنابيب.', '2009-12-13');
    expect(eve.filter((c) => c.kind === 'project' && !c.planned)).toEqual([]);
    expect(extract('ويتوقع أن يجري شي محادثات مع نظيره الكازاخي توكاييف.', '2024-07-02').filter((c) => c.kind === 'talks' && !c.planned)).toEqual([]);
    expect(extract('ويزمع الرئيس الصيني زيارة طاجيكستان بعد قمة أستانا.', '2024-07-02').filter((c) => c.kind === 'visit' && !c.planned)).toEqual([]);
    // "الاجتماع الـ15 لرؤساء وزراء منظمة شانغهاي": a body's session, not the leaders' talks.
    const session = extract('وصل رئيس مجلس الدولة الصيني لي كه تشيانغ اليوم (الأربعاء) إلى قرغيزستان في زيارة رسمية ولحضور الاجتماع الـ15 لرؤساء وزراء منظمة شانغهاي للتعاون.', '2016-11-02');
    expect(session.filter((c) => c.kind === 'talks')).toEqual([]);
    expect(session.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-KG', date: '2016-11-02' });
    const sidelines = extract('اجتمع الرئيس الصيني شي جين بينغ مع الرئيس القرغيزي المظبك اتامباييف على هامش القمة السنوية لمنظمة شانغهاي للتعاون التى تعقد فى طشقند عاصمة أوزبكستان 24 يونيو.', '2016-06-24');
    expect(sidelines.filter((c) => c.kind === 'summit').map((c) => c.date)).toEqual(['2016-06', '2016-06']);
    const consensus = extract('بكين 22 نوفمبر 2018 / التقى لي كه تشيانغ نظيره القازاقي اليوم. وجرى الاتفاق على أن تعزيز التبادلات في مجالات الثقافة والشباب سيكون عبر توفير المزيد من الظروف بين الصين وقازاقستان.', '2018-11-22');
    expect(consensus.filter((c) => c.kind === 'agreement')).toEqual([]);
    const counted = extract('وقال شى إنه منذ ان قام البلدان بإقامة شراكة استراتيجية بينهما قبل ثلاث سنوات، استمرا فى تعزيز الثقة مع قرغيزستان.', '2016-06-24');
    expect(counted.find((c) => c.kind === 'partnership')).toMatchObject({ pairId: 'CN-KG', date: '2013', levelKey: 'strategic-partnership' });
    // A summit a leader says "we" held is of the pair whose leaders meet.
    const we = extract('习近平会见土库曼斯坦总统\n\n新华社阿斯塔纳6月17日电 当地时间6月17日上午,国家主席习近平在阿斯塔纳会见土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫。\n习近平指出,两年前,我们在西安举行首届中国—中亚峰会。', '2025-06-17');
    expect(we.find((c) => c.kind === 'summit' && c.date === '2023')).toMatchObject({ pairId: 'CN-TM' });
    // A date opening the sentence as a clause of its own dates each event after it.
    expect(extract('今年5月,托卡耶夫总统出席在西安举行的首届中国—中亚峰会,并对中国进行国事访问。', '2023-10-20').find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-KZ', date: '2023-05' });
    // What is signed after a dated visit told in the same sentence is of that visit.
    expect(extract('去年5月,托卡耶夫总统对中国进行国事访问,两国元首签署了联合声明。', '2024-08-20').find((c) => c.kind === 'agreement')).toMatchObject({ pairId: 'CN-KZ', date: '2023-05' });
    expect(extract('وعندما زار الرئيس الكازاخي توكاييف الصين في مايو، وقع الجانبان وثائق تعاون في مجالات كثيرة.', '2024-08-20').find((c) => c.kind === 'agreement')).toMatchObject({ pairId: 'CN-KZ', date: '2024-05' });
    // "أطلق الرئيس …، يوم الجمعة، أعمال بناء خط سكة حديد يربط الصين وقرغيزستان وأوزبكستان": the verb reaches past its subject
    // and time; China and two partners named as one list are all parties; "ل" + "ال" is "لل".
    const launch = extract('أطلق الرئيس القرغيزي صدير جاباروف، يوم الجمعة، أعمال بناء خط سكة حديد يربط الصين وقرغيزستان وأوزبكستان.', '2024-12-27');
    expect(launch.filter((c) => c.kind === 'project').map((c) => c.pairId).sort()).toEqual(['CN-KG', 'CN-UZ']);
    expect(extract('أطلق الرئيس القرغيزي صدير جاباروف، يوم الجمعة، أعمال بناء خط للسكك الحديدية بين الصين وقرغيزستان.', '2024-12-27').find((c) => c.kind === 'project')).toMatchObject({ pairId: 'CN-KG', date: '2024-12-27' });
    expect(extract('أطلقت عشق آباد وبكين يوم الاثنين خط أنابيب نقل الغاز التركماني إلى الصين مرورا بأراضي كازاخستان وأوزبكستان.', '2009-12-14').filter((c) => c.kind === 'project').map((c) => c.pairId)).toEqual(['CN-TM']);
    // A partner named only by the city where a meeting was held is the place, not the party.
    expect(extract('当地时间7月3日,国家主席习近平在阿斯塔纳会见吉尔吉斯斯坦总统扎帕罗夫。', '2024-07-04').find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KG', date: '2024-07-03' });
    expect(extract('التقى الرئيس الصيني شي جين بينغ في أستانا اليوم الرئيس القرغيزي صدير جاباروف.', '2024-07-04').find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KG' });
  });

  it('ninth round: days ahead, a level reached "的新水平", the remembered day and the communiqué of the establishment, a departure report, a tour of two, an ambassador\'s "我"', () => {
    // A bare day later than the article's, in a clause that says it is ahead, is of the same month.
    expect(dates('25日,李强将出席会议。', '2023-10-20')).toEqual([['2023-10-25', true]]);
    expect(dates('25日,李强出席会议。', '2023-10-20')).toEqual([['2023-09-25', true]]);
    expect(extract('2019年9月,中哈关系提升至永久全面战略伙伴关系的新水平。', '2020-01-10').find((c) => c.kind === 'partnership')).toMatchObject({ pairId: 'CN-KZ', date: '2019-09', levelKey: 'permanent-comprehensive-strategic-partnership' });
    expect(extract('1月5日是中国和哈萨克斯坦建交纪念日。', '2018-01-08').filter((c) => c.kind === 'establishment')).toEqual([]);
    const communique = extract('1992年1月,中哈两国签署联合公报,建立外交关系。', '2018-01-08');
    expect(communique.filter((c) => c.kind === 'agreement')).toEqual([]);
    expect(communique.find((c) => c.kind === 'establishment')).toMatchObject({ pairId: 'CN-KZ', date: '1992-01' });
    // A departure report with no arrival: the trip's undated events are ahead (traditional characters too).
    const left = extract('新华社北京5月10日电 国务院总理李克强10日上午离开北京,前往阿斯塔纳。此访期间,李克强同哈萨克斯坦总理举行会谈,并出席上合组织政府首脑理事会会议。', '2016-05-10');
    expect(left.filter((c) => ['visit', 'talks', 'summit'].includes(c.kind) && !c.planned)).toEqual([]);
    expect(extract('中新社北京5月10日電 國務院總理10日上午乘專機離開北京,對哈薩克斯坦進行正式訪問。', '2016-05-10').filter((c) => c.kind === 'visit' && !c.planned)).toEqual([]);
    expect(extract('غادر رئيس مجلس الدولة الصيني بكين صباح اليوم متوجها إلى أستانا في زيارة رسمية لكازاخستان.', '2016-05-10').filter((c) => c.kind === 'visit' && !c.planned)).toEqual([]);
    // …but a report that tells the arrival is news.
    expect(extract('غادر الرئيس الصيني بكين صباح اليوم، ووصل بعد الظهر إلى أستانا في زيارة دولة لكازاخستان.', '2016-05-10').find((c) => c.kind === 'visit' && !c.planned)).toMatchObject({ pairId: 'CN-KZ' });
    // A tour of two partners with its length before its kind is a visit to each.
    expect(extract('去年10月,李强对吉尔吉斯斯坦和哈萨克斯坦进行为期四天的正式访问。', '2024-03-01').filter((c) => c.kind === 'visit').map((c) => [c.pairId, c.date])).toEqual([['CN-KG', '2023-10'], ['CN-KZ', '2023-10']]);
    // An ambassador's signed article: its "我来到…" and "遍访" are the ambassador's.
    expect(extract('驻哈萨克斯坦大使在当地报纸发表署名文章。\n2019年3月,我来到哈萨克斯坦,遍访哈全国各州。', '2022-03-01').filter((c) => c.kind === 'visit')).toEqual([]);
    expect(extract('中哈天然气管道11月20日实现跨国对接。', '2009-11-21').find((c) => c.kind === 'project')).toMatchObject({ pairId: 'CN-KZ', date: '2009-11-20' });
  });

  it('ninth round: Arabic weekdays ahead, talks of third countries, a meeting "with the prime minister", a visit to a place, a regional party chief, a level "after five months", a video summit, "اتفاقا"', () => {
    expect(dates('وتقام المراسم السبت المقبل', '2014-09-10')).toEqual([['2014-09-13', true]]);
    expect(dates('والافتتاح مرتقب الأحد', '2014-09-10')).toEqual([['2014-09-14', true]]);
    expect(dates('تستضيف أستانا يوم الخميس قمة منظمة شنغهاي للتعاون', '2024-07-01')).toEqual([['2024-07-04', true]]);
    expect(dates('شهدت أستانا يوم الخميس قمة منظمة شنغهاي للتعاون', '2024-07-06')).toEqual([['2024-07-04', true]]);
    // Talks that name their parties, a third country among them and no partner, are not of the pair.
    expect(extract('وأكد الرئيس الأوزبكي أن محادثات ثلاثية تجمع قادة روسيا والصين ومنغوليا عقدت اليوم في سمرقند.', '2022-09-15').filter((c) => c.kind === 'talks')).toEqual([]);
    // "خلال اجتماعه مع رئيس الوزراء الطاجيكي": a meeting with the partner's head of government, the Chinese premier named before.
    const withPm = extract('بكين 3 مارس 2025 (شينخوا) قال رئيس مجلس الدولة الصيني لي تشيانغ اليوم (الاثنين) إن الصين تدعم التنمية في طاجيكستان.\nوأدلى لي بهذه التصريحات خلال اجتماعه مع رئيس الوزراء الطاجيكي قاهر رسول زاده.', '2025-03-03');
    expect(withPm.find((c) => c.kind === 'talks' && !c.planned && c.confidence >= 0.5)).toMatchObject({ pairId: 'CN-TJ', date: '2025-03-03' });
    // A visit to a pavilion, a factory or a mosque is no visit to the country.
    expect(extract('قام الرئيس الصيني اليوم بزيارة معرض للصناعات في أستانا برفقة نظيره الكازاخي.', '2017-06-09').filter((c) => c.kind === 'visit')).toEqual([]);
    expect(extract('Xi visited a car factory in Almaty with the Kazakh president on Tuesday.', '2017-06-09').filter((c) => c.kind === 'visit')).toEqual([]);
    // A region's party chief is below the leaders, and so are the documents signed at his visit.
    const regional = extract('وصل رئيس الحزب الشيوعي في مقاطعة قانسو إلى بيشكيك في زيارة رسمية لقرغيزستان اليوم، ووقع الجانبان ثلاث اتفاقيات.', '2019-05-06');
    expect(regional.filter((c) => c.kind === 'visit' || c.kind === 'agreement')).toEqual([]);
    // A level raised "some three months" before the sentence's time is dated only by its own words.
    expect(extract('وجاءت الزيارة اليوم بعد نحو ثلاثة أشهر من رفع الصين وأوزبكستان العلاقات إلى شراكة استراتيجية شاملة.', '2016-09-20').filter((c) => c.kind === 'partnership')).toEqual([]);
    // A video summit of China and the five, its forum named after it in the same clause.
    const video = extract('ترأس الرئيس الصيني اليوم قمة عبر الفيديو بمناسبة مرور 30 عاما على العلاقات بين الصين وخمس دول في آسيا الوسطى هي كازاخستان وقرغيزستان وطاجيكستان وتركمانستان وأوزبكستان.', '2022-01-25');
    expect(video.filter((c) => c.kind === 'summit' && !c.planned).map((c) => c.pairId).sort()).toEqual(['CN-KG', 'CN-KZ', 'CN-TJ', 'CN-TM', 'CN-UZ']);
    expect(extract('ووقع الجانبان اليوم 15 اتفاقا بين الصين وقازاقستان خلال محادثات الرئيسين.', '2013-09-07').find((c) => c.kind === 'agreement')).toMatchObject({ pairId: 'CN-KZ', date: '2013-09-07' });
    // "شى جينبينج", and "هذه الجمهورية السوفياتية السابقة" naming the article's partner.
    const anaphor = extract('أشاد رئيس كازاخستان بالتعاون مع الصين اليوم.\nوقال شى جينبينج، الذي وصل مؤخرا إلى هذه الجمهورية السوفياتية السابقة، إن العلاقات ممتازة.', '2013-09-07');
    expect(anaphor.find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-KZ', date: '2013-09' });
  });

  it('ninth round, second batch: the officials greeting an arrival, a meeting of five heads of state, a visit told as under way', () => {
    // The vice minister who greets the arriving president is not the one who arrives.
    const arrival = extract('中评社北京5月3日电 哈萨克斯坦总统专机昨日晚间抵达北京首都国际机场,中国外交部副部长等在机场迎接。', '2019-05-03');
    expect(arrival.find((c) => c.kind === 'visit' && !c.planned)).toMatchObject({ pairId: 'CN-KZ', date: '2019-05-02' });
    // …but a vice minister who arrives is below the leaders.
    expect(extract('外交部副部长昨日抵达阿斯塔纳,哈萨克斯坦官员在机场迎接。', '2019-05-03').filter((c) => c.kind === 'visit')).toEqual([]);
    // "…五国元首在上海举行会晤": a summit of each partner named, not two leaders' talks.
    const five = extract('1996年4月26日,中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦五国元首在上海举行会晤。', '2018-06-09');
    expect(five.filter((c) => c.kind === 'talks')).toEqual([]);
    expect(five.filter((c) => c.kind === 'summit').map((c) => [c.pairId, c.date]).sort()).toEqual([['CN-KG', '1996-04-26'], ['CN-KZ', '1996-04-26'], ['CN-TJ', '1996-04-26']]);
    // "من المنتظر أن توقع …، وذلك بالتزامن مع زيارة رسمية يقوم بها …": the signing is ahead, the visit under way.
    const underWay = extract('قالت وكالة الأنباء اليوم إنه من المنتظر أن توقع الصين اتفاقات مع قرغيزستان، وذلك بالتزامن مع زيارة رسمية يقوم بها رئيس الوزراء الصيني إلى بيشكيك.', '2016-11-02');
    expect(underWay.find((c) => c.kind === 'visit' && !c.planned)).toMatchObject({ pairId: 'CN-KG', date: '2016-11-02' });
    expect(underWay.filter((c) => c.kind === 'agreement' && !c.planned)).toEqual([]);
  });

  it('eleventh round: a date belongs to the clause it stands in, and history recounted in another clause does not date the day\'s event', () => {
    const on = (text: string, date: string, kind: string) => extract(text, date).filter((c) => c.kind === kind && !c.planned).map((c) => [c.pairId, c.date]);
    // A relative clause, a participle and a "who met" clause recount earlier events: the day's event keeps the day.
    expect(on('Chinese President Xi Jinping, who first visited Kazakhstan in 2013, arrived in Astana for a state visit.', '2024-07-03', 'visit')).toEqual([['CN-KZ', '2013'], ['CN-KZ', '2024-07-03']]);
    expect(on('Xi held talks with Tokayev, recalling their meeting in Beijing in October 2023.', '2024-07-03', 'talks')).toEqual([['CN-KZ', '2024-07-03']]);
    expect(on("Xi and Tokayev, who met in Xi'an in May 2023, held talks in Astana.", '2024-07-03', 'talks')).toEqual([['CN-KZ', '2024-07-03']]);
    expect(on('وأجرى شي محادثات مع توكاييف، مستذكرا لقاءهما في بكين في أكتوبر 2023.', '2024-07-03', 'talks')).toEqual([['CN-KZ', '2024-07-03']]);
    expect(on('习近平同托卡耶夫举行会谈,回顾了2023年5月在西安的会晤。', '2024-07-03', 'talks')).toEqual([['CN-KZ', '2024-07-03'], ['CN-KZ', '2023-05']]);
    // …unless the event is named as a past one itself ("his last visit").
    expect(on('وأشار شي إلى زيارتيه السابقتين إلى طاجيكستان في 2014 و2019، معربا عن سعادته بعد خمسة أعوام من زيارته الأخيرة.', '2024-07-04', 'visit')).toContainEqual(['CN-TJ', '2019']);
    // A date that is a clause of its own dates the clauses after it, coordinated predicates and other events between included;
    // so does a date right after "that" opening the reported clause.
    expect(on('Wang Huning thanked the head of the Kyrgyz Republic.\n«In June 2018, you have paid a state visit to the People’s Republic of China and together with the Chairman Xi Jinping brought our relations to the level of a comprehensive strategic partnership.', '2019-04-26', 'partnership')).toEqual([['CN-KG', '2018-06']]);
    expect(on('Xi Jinping noted that in July of this year, during the Astana summit of the Shanghai Cooperation Organization, he and Sadyr Japarov held a meeting.', '2024-12-06', 'talks')).toEqual([['CN-KG', '2024-07']]);
    // "5 years ago" after a level is its date, not an anniversary.
    expect(on('Xi Jinping stressed that since the establishment of China-Kazakhstan comprehensive strategic partnership 5 years ago, cooperation has grown.', '2016-06-24', 'partnership')).toEqual([['CN-KZ', '2011']]);
    // ", and" before a base-form verb shares the first predicate's "readiness to": the summit is ahead too.
    expect(on('The Chinese leader confirmed his readiness to visit Kazakhstan on an official visit, and take part in the SCO summit.', '2017-05-14', 'summit')).toEqual([]);
    // "将于25日" is a day ahead: the opening is planned, in this month.
    const road = extract('中新社阿斯塔纳2月22日电 中国-吉尔吉斯斯坦-乌兹别克斯坦国际公路将于25日正式通车。', '2018-02-22').filter((c) => c.kind === 'project');
    expect(road.map((c) => [c.pairId, c.date, c.planned])).toEqual([['CN-KG', '2018-02-25', true], ['CN-UZ', '2018-02-25', true]]);
    // "到2016年2月25日全隧贯通": the day the work was done, not "by".
    expect(on('乌兹别克斯坦卡姆奇克隧道从2013年9月5日鸣放进洞第一炮正式开挖,到2016年2月25日全隧贯通。', '2021-08-19', 'project')).toEqual([['CN-UZ', '2013-09-05'], ['CN-UZ', '2016-02-25']]);
    // Each signed document goes with its own verb, not with one beyond another signing verb.
    expect(on('强调恪守1992年1月3日签署的《中哈建交联合公报》、2002年12月23日签订的《中哈睦邻友好合作条约》。', '2022-09-15', 'agreement')).toEqual([['CN-KZ', '2002-12-23']]);
    // "N years after <event>" is a span from that event, not a date; the event keeps its own year.
    expect(on('The two heads of state signed a joint statement on Wednesday, 30 years after China and Kazakhstan established diplomatic relations in 1992.', '2024-07-03', 'establishment')).toEqual([['CN-KZ', '1992']]);
    // A since-clause dates its own event; a date after "…后" is the main clause's; "a day after" counts back from the date.
    expect(on('وقال الرئيس شي جين بينغ إن العلاقات مع كازاخستان شهدت تطورا كبيرا منذ زيارته لكازاخستان في سبتمبر 2013.', '2024-07-03', 'visit')).toEqual([['CN-KZ', '2013-09']]);
    expect(on('习近平是在结束对哈萨克斯坦国事访问后于4日抵达杜尚别的,开始对塔吉克斯坦进行国事访问。', '2024-07-04', 'visit')).toEqual([['CN-KZ', '2024-07'], ['CN-TJ', '2024-07-04']]);
    expect(on('Chinese President Xi Jinping held talks with Kazakh President Tokayev on Wednesday, a day after he arrived in Astana for a state visit.', '2024-07-03', 'visit')).toEqual([['CN-KZ', '2024-07-02']]);
    expect(on('وأجرى الرئيس شي جين بينغ محادثات مع الرئيس توكاييف يوم الأربعاء، بعد يوم من وصوله إلى أستانا في زيارة دولة.', '2024-07-03', 'visit')).toEqual([['CN-KZ', '2024-07-02']]);
    // Arabic level words are read folded ("دائمة"); a meeting placed only by a city is of the article's pair.
    expect(extract('وأعلن الرئيسان شي جين بينغ وتوكاييف اليوم إقامة شراكة استراتيجية شاملة دائمة بين الصين وكازاخستان.', '2019-09-11').find((c) => c.kind === 'partnership')).toMatchObject({ levelKey: 'permanent-comprehensive-strategic-partnership' });
    expect(on('国家主席习近平11日在人民大会堂同哈萨克斯坦总统托卡耶夫举行会谈。两国元首回顾了今年6月在比什凯克上合组织峰会期间的会晤。', '2019-09-11', 'talks')).toEqual([['CN-KZ', '2019-09-11'], ['CN-KZ', '2019-06']]);
    // A list of leaders arriving in Beijing is a visit by each.
    expect(on('Kyrgyzstan’s President Sooronbai Jeenbekov, the head of Tajikistan Emomali Rakhmon and the leader of Uzbekistan Shavkat Mirziyoyev arrived in Beijing.', '2019-04-26', 'visit').map(([p]) => p).sort()).toEqual(['CN-KG', 'CN-TJ', 'CN-UZ']);
  });

  it('ninth round, third batch: a gas line "通气", an arrival at a plant, one opening per month', () => {
    const gas = extract('新华社电 5日,两国元首出席中国—吉尔吉斯斯坦天然气管道通气仪式。管道于本月初试运投产。\n当天,习近平和扎帕罗夫一同抵达管道首站处理厂。', '2024-03-06');
    expect(gas.filter((c) => c.kind === 'project' && !c.planned).map((c) => [c.pairId, c.date])).toEqual([['CN-KG', '2024-03-05']]);
    expect(gas.filter((c) => c.kind === 'visit')).toEqual([]);
    // "通气会" is a briefing, not a gas line opening.
    expect(extract('外交部5日就中吉关系举行通气会,介绍管道项目进展。', '2024-03-06').filter((c) => c.kind === 'project')).toEqual([]);
  });

  it('twelfth round: an establishment counted back, an anniversary day, a recounted signing, talks with a list, a pronoun\'s summit, a summit dated ahead', () => {
    const on = (text: string, date: string, kind: string) => extract(text, date).filter((c) => c.kind === kind && !c.planned && c.confidence >= 0.5).map((c) => [c.pairId, c.date]);
    // An establishment told verb–subject–object, or as "the forging of their ties", counted back from the article's date.
    expect(on('وأشار شي إلى أنه منذ أن أقامت الصين وكازاخستان العلاقات الدبلوماسية قبل 30 عاما، تطورت العلاقات بسرعة.', '2022-01-03', 'establishment')).toEqual([['CN-KZ', '1992']]);
    expect(on('Xi praised the growth of relations with Uzbekistan since the forging of their diplomatic ties 25 years ago.', '2017-05-12', 'establishment')).toEqual([['CN-UZ', '1992']]);
    // "<day> يصادف خمسة وعشرين عاما منذ إقامة العلاقات": the day is the anniversary's, no establishment.
    const day = extract('2 يناير 2017 يصادف خمسة وعشرين عاما منذ إقامة العلاقات الدبلوماسية بين أوزبكستان والصين.', '2017-01-02');
    expect(day.filter((c) => c.kind === 'establishment')).toEqual([]);
    expect(day.find((c) => c.kind === 'anniversary')).toMatchObject({ years: 25, pairId: 'CN-UZ' });
    // A signing the anniversary's noun phrase dates itself is that signing; undated, it is none.
    expect(on('The visit marks the tenth anniversary of the signing of the China-Kazakhstan Treaty of Good-Neighborliness in 2002.', '2012-06-05', 'agreement')).toEqual([['CN-KZ', '2002']]);
    expect(on('The visit marks the tenth anniversary of the signing of the China-Kazakhstan treaty.', '2012-06-05', 'agreement')).toEqual([]);
    // "met Kyrgyz President …" (no "with") is talks with the head, in an article that names the Chinese leader.
    expect(on('Chinese President Hu Jintao arrived in Bishkek on Tuesday.\nHu met Kyrgyz President Kurmanbek Bakiyev on Tuesday afternoon.', '2007-08-15', 'talks')).toEqual([['CN-KG', '2007-08-14']]);
    // Talks "with his counterparts from X and Y" are talks with each; "They" at a summit are the partners just named.
    const two = extract('On Thursday, Hu held talks with his counterparts from Tajikistan and Kyrgyzstan. They are attending the SCO Beijing Summit on Thursday and Friday.', '2012-06-07');
    expect(two.filter((c) => c.kind === 'talks').map((c) => c.pairId).sort()).toEqual(['CN-KG', 'CN-TJ']);
    expect(two.filter((c) => c.kind === 'summit' && !c.planned).map((c) => [c.pairId, c.date]).sort()).toEqual([['CN-KG', '2012-06-07'], ['CN-TJ', '2012-06-07']]);
    // An undated mention of a summit the article dates ahead that month is that summit, not one already held.
    expect(on('Hu arrived in Tashkent on Wednesday for a state visit and an SCO summit.\nHu will attend the Tashkent Summit of the SCO on Friday.', '2010-06-10', 'summit')).toEqual([]);
  });

  it('twelfth round: projects in a relative clause, works of the project named before, lines, a disclosure\'s day, a span\'s month', () => {
    const on = (text: string, date: string, kind: string) => extract(text, date).filter((c) => c.kind === kind && !c.planned && c.confidence >= 0.5).map((c) => [c.pairId, c.date]);
    // A completion in a relative clause on the plant; works started in the next sentence are the plant's.
    expect(on('المرحلة الأولى لمحطة الطاقة الكهرومائية الكبرى على نهر نارين في جنوب قيرغيزستان، التي تم إنجاز بنائها في نهاية عام 2015، ستوفر الكهرباء للمنطقة.', '2016-03-01', 'project')).toEqual([['CN-KG', '2015']]);
    expect(on('وقعت الحكومة القيرغيزية مع شركة صينية عقدا لبناء محطة الطاقة الحرارية في بيشكك. وقد بدأ العمل في مايو عام 2013.', '2016-03-01', 'project')).toEqual([['CN-KG', '2013-05']]);
    // A line described as built or ready is no event; an opening "后,…将" is ahead; short names after China's side are parties.
    expect(on('D线是在已建成投运的A、B、C线基础上规划建设的。该线2016年底具备通气投产条件。D线全面投产后,将提升输送能力。', '2017-02-01', 'project')).toEqual([]);
    expect(on('D线于2014年9月全面启动建设,中国石油和塔吉同行建设者经过共同努力,2016年底实现了线路贯通。', '2017-02-01', 'project').sort()).toEqual([['CN-KG', '2014-09'], ['CN-KG', '2016'], ['CN-TJ', '2014-09'], ['CN-TJ', '2016']]);
    // The day of a disclosure dates what it tells to its month.
    expect(on('新华社阿斯塔纳3月5日电 中国石油4日透露,中哈天然气管道天然气到达中国霍尔果斯口岸。', '2015-03-05', 'project')).toEqual([['CN-KZ', '2015-03']]);
    // Views exchanged are talks; undated events of a multi-day visit's news are of its month, "将就…交换意见" is ahead.
    const visit = extract('中华人民共和国主席2005年7月3日至4日对哈萨克斯坦共和国进行了国事访问。\n两国元首就双边关系深入交换了意见。\n两国决定建立战略伙伴关系。', '2005-07-04');
    expect(visit.filter((c) => c.confidence >= 0.5 && !c.planned).map((c) => [c.kind, c.date]).sort()).toEqual([['partnership', '2005-07'], ['talks', '2005-07'], ['visit', '2005-07-03']]);
    expect(on('访问期间,双方将就两国关系和共同关心的问题交换意见。习近平同托卡耶夫举行会谈。', '2024-07-03', 'talks')).toEqual([['CN-KZ', '2024-07-03']]);
  });

  it('knows the spellings real copies use for the partners and their leaders', () => {
    expect(extract('التقى الرئيس الصيني شي جين بينغ اليوم (الخميس) الرئيس الطاجيكي إمام علي رحمان في بكين.', '2023-05-18').find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-TJ' });
    expect(extract('التقى الرئيس الصيني شي جين بينغ اليوم نظيره رئيس قازاخستان في بكين.', '2023-05-18').find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KZ' });
    expect(extract('習近平今日在北京會見哈薩克總統託卡葉夫。', '2023-10-17').find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KZ', people: ['Xi Jinping', 'Kassym-Jomart Tokayev'] });
    expect(extract('وصل الرئيس الصيني شي جين بينغ إلى أستانة اليوم في زيارة دولة.', '2015-05-07').find((c) => c.kind === 'visit')).toMatchObject({ pairId: 'CN-KZ', place: 'Astana' });
    expect(extract('التقى الرئيس الصيني شي جين بينغ اليوم رئيس قرقيزستان في بكين.', '2023-05-18').find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-KG' });
    expect(extract('التقى الرئيس الصيني شي جين بينغ اليوم الرئيس التاجيكي في بكين لبحث العلاقات مع تاجيكستان.', '2023-05-18').find((c) => c.kind === 'talks')).toMatchObject({ pairId: 'CN-TJ' });
  });

  it('sixteenth round: heads of government "رؤساء وزراء" meet at no summit; a new stage of a level is no new level', () => {
    const kinds = (text: string, date: string) => extract(text, date).filter((c) => c.confidence >= 0.5).map((c) => c.kind);
    expect(kinds('بكين 10 نوفمبر 2019 (شينخوا) التقى رئيس مجلس الدولة الصيني لي كه تشيانغ اليوم الأحد رئيس الوزراء الأوزبكي عبد الله أريبوف الذي يحضر اجتماع رؤساء وزراء الدول الأعضاء في منظمة شانغهاي للتعاون.', '2019-11-10')).not.toContain('summit');
    const levels = (text: string) => extract(text, '2019-11-10').filter((c) => c.kind === 'partnership').map((c) => c.levelKey);
    expect(levels('وأشاد الوزير بالإعلان المشترك للمرحلة الجديدة من الشراكة الاستراتيجية الشاملة الذي وقعه الرئيسان الصيني والأوزبكي مؤخرا.')).toEqual([]);
    expect(levels('On Monday the Chinese and Uzbek presidents announced a new stage of the comprehensive strategic partnership.')).toEqual([]);
    // A level established outright stays.
    expect(levels('The Chinese and Uzbek presidents announced the establishment of a comprehensive strategic partnership on Monday.')).toEqual(['comprehensive-strategic-partnership']);
  });

  it('sixteenth round: a power line is a project; works begun around the project\'s name; a company\'s contract is no agreement', () => {
    const of = (text: string, kind: string) => extract(text, '2019-05-03').filter((c) => c.kind === kind && !c.planned && c.confidence >= 0.5).map((c) => [c.pairId, c.date]);
    expect(of('Tajik President Emomali Rahmon on Friday opened a 500-kilovolt power transmission line built by a Chinese company.', 'project')).toEqual([['CN-TJ', '2019-05-03']]);
    expect(of('افتتح الرئيس الطاجيكي إمام علي رحمن يوم الجمعة خط نقل الكهرباء الذي بنته شركة صينية.', 'project')).toEqual([['CN-TJ', '2019-05-03']]);
    expect(of('2016年5月,中国企业承建的塔吉克斯坦500千伏输变电工程正式竣工。', 'project')).toEqual([['CN-TJ', '2016-05']]);
    expect(of('Construction on the China-financed Lolazor-Khatlon highway section in Tajikistan started in 2016.', 'project')).toEqual([['CN-TJ', '2016']]);
    expect(of('Work on the Chinese-built Vahdat-Yavan railway in Tajikistan began in 2015.', 'project')).toEqual([['CN-TJ', '2015']]);
    expect(of('Tajikistan\'s state power company Barqi Tojik signed a contract with China\'s TBEA in 2016 to build the plant.', 'agreement')).toEqual([]);
    expect(of('2016年,塔吉克斯坦国家电力公司与中国特变电工签署了合同。', 'agreement')).toEqual([]);
    expect(of('وفي عام 2016، وقعت شركة الكهرباء الطاجيكية عقد مع شركة صينية.', 'agreement')).toEqual([]);
    // Documents of the two states stay.
    expect(of('Tajikistan and China signed an agreement on economic cooperation in 2016.', 'agreement')).toEqual([['CN-TJ', '2016']]);
    expect(of('2016年,中国和塔吉克斯坦签署了合作协议。', 'agreement')).toEqual([['CN-TJ', '2016']]);
  });

  it('sixteenth round: a cross-border cooperation center ("合作中心", "مركز التعاون الحدودي") is a project', () => {
    const of = (text: string) => doneProjects(text, '2019-05-03');
    expect(of('2006年6月,中哈两国在边境地区共建的国际边境合作中心正式开工建设。')).toEqual([['CN-KZ', '2006-06']]);
    expect(of('In April 2012 the China-Kazakhstan border cooperation center at the crossing was opened.')).toEqual([['CN-KZ', '2012-04']]);
    expect(of('وفي أبريل 2012، افتتح مركز التعاون الحدودي الدولي بين الصين وكازاخستان.')).toEqual([['CN-KZ', '2012-04']]);
  });

  it('sixteenth round: a year after a capitalized preposition ("In 2014 Tajikistan …") is a date, not a name', () => {
    expect(dates('In 2014 Kazakhstan and China signed the agreement.', '2019-05-03')).toEqual([['2014', false]]);
    // A year inside a name stays out.
    expect(dates('Xi attended the Beijing 2022 Olympic Winter Games.', '2022-02-05')).toEqual([]);
  });

  it('sixteenth round: a country\'s own stretch of a line ("launched its segment", "started building its part") is its project', () => {
    const of = (text: string) => doneProjects(text, '2019-05-03');
    expect(of('In 2014 Tajikistan launched its segment.')).toEqual([['CN-TJ', '2014']]);
    // The stretch is its owner's, not the country the article names first.
    expect(of('The Chinese-led gas line runs through Kazakhstan to China. In 2009 Uzbekistan started building its part.')).toEqual([['CN-UZ', '2009']]);
    expect(of('Chinese workers began building the Dushanbe power plant in Tajikistan in 2014.')).toEqual([['CN-TJ', '2014']]);
  });

  it('sixteenth round: "construction began" with no project named is the works of the project the sentence before names', () => {
    const of = (text: string) => doneProjects(text, '2019-05-03');
    expect(of('Chinese engineers assembled the first segments of the gas line near Dushanbe in Tajikistan.\nThe ceremony was held at one of two sites where construction began on Monday.')).toEqual([['CN-TJ', '2019-04-29']]);
    // Other words that start something still need a project of their own paragraph.
    expect(of('Chinese engineers assembled the first segments of the gas line near Dushanbe in Tajikistan.\nThe ceremony was held at one of two sites where the festival began on Monday.')).toEqual([]);
  });

  it('sixteenth round: the member states\' heads ("6个成员国元首", "heads of the other member states") hold no pair\'s talks and sign no pair\'s documents; a palace is a place', () => {
    const of = (text: string) => extract(text, '2019-06-14').filter((c) => c.confidence >= 0.5 && !c.planned).map((c) => [c.kind, c.pairId, c.date]);
    expect(of('新华社比什凯克6月14日电 14日上午,5个成员国元首在吉尔吉斯斯坦总统府举行会谈,就地区安全交换意见。')).not.toContainEqual(['talks', 'CN-KG', '2019-06-14']);
    expect(of('新华社比什凯克6月14日电 14日,吉尔吉斯斯坦总统热恩别科夫和中国国家主席习近平等成员国元首共同签署了《比什凯克宣言》等重要文件。')).toEqual([]);
    expect(of('BISHKEK, June 14, 2019 -- Kyrgyz President Jeenbekov, Chinese President Xi Jinping and the heads of the other member states signed documents on Friday.')).toEqual([]);
    expect(of('新华社比什凯克6月14日电 14日上午,习近平同吉尔吉斯斯坦总统热恩别科夫一同抵达阿拉阿尔恰国宾馆。')).toEqual([]);
    // Two leaders' signing stays.
    expect(of('BISHKEK, June 14, 2019 -- Kyrgyz President Jeenbekov and Chinese President Xi Jinping signed documents on Friday.')).toEqual([['agreement', 'CN-KG', '2019-06-14']]);
  });

  it('sixteenth round: "It was the third time the two presidents met this year" ("这是…第三次会晤", "هذه هي المرة الثالثة التي") counts the meeting told, it is not one more', () => {
    const of = (text: string) => extract(text, '2019-06-14').filter((c) => c.confidence >= 0.5 && !c.planned).map((c) => [c.kind, c.pairId, c.date]);
    expect(of('Kazakh President Tokayev met Chinese President Xi Jinping in Astana on Friday. It was the third time the two presidents met this year.')).toEqual([['talks', 'CN-KZ', '2019-06-14']]);
    expect(of('新华社阿斯塔纳6月14日电 国家主席习近平14日在阿斯塔纳会见哈萨克斯坦总统托卡耶夫。这是两国元首今年第三次会晤。')).toEqual([['talks', 'CN-KZ', '2019-06-14']]);
    expect(of('أستانا 14 يونيو 2019 (شينخوا) التقى الرئيس الصيني شي جين بينغ اليوم الجمعة الرئيس الكازاخستاني توكاييف في أستانا. وهذه هي المرة الثالثة التي يلتقي فيها الرئيسان هذا العام.')).toEqual([['talks', 'CN-KZ', '2019-06-14']]);
    // A trip counted so is the trip of the news.
    expect(of('新华社杜尚别6月14日电 国家主席习近平14日在杜尚别同塔吉克斯坦总统拉赫蒙举行会谈。习近平指出,这是我第五次到访塔吉克斯坦。')).toContainEqual(['visit', 'CN-TJ', '2019-06-14']);
    // An earlier meeting told with its own date stays.
    expect(of('Kazakh President Tokayev met Chinese President Xi Jinping in Astana on Friday. The two presidents also met in Beijing in April this year.')).toEqual([['talks', 'CN-KZ', '2019-06-14'], ['talks', 'CN-KZ', '2019-04']]);
  });

  it('sixteenth round: a project named as the subject of what it brought ("The completion of … marked", "…的建成标志着", "يمثل افتتاح") is a fact recalled', () => {
    const of = (text: string) => doneProjects(text, '2019-06-14');
    expect(of('The completion of the Chinese-built Vahdat-Yavan railway marked a new stage in China-Tajikistan ties, the minister said on Friday.')).toEqual([]);
    expect(of('新华社杜尚别6月14日电 塔吉克斯坦交通部长14日表示,中国企业承建的瓦赫达特—亚万铁路的建成标志着中塔合作进入新阶段。')).toEqual([]);
    expect(of('يمثل افتتاح خط السكة الحديدية الذي بنته الصين مرحلة جديدة في العلاقات بين الصين وطاجيكستان، كما قال الوزير الطاجيكي يوم الجمعة.')).toEqual([]);
    // …with a date of its own it is that event; a ceremony held is the day's.
    expect(of('The completion of the Chinese-built Vahdat-Yavan railway in 2016 marked a new stage in China-Tajikistan ties.')).toEqual([['CN-TJ', '2016']]);
    expect(of('The launch ceremony of the Chinese-built Vahdat-Yavan railway in Tajikistan was held on Friday.')).toEqual([['CN-TJ', '2019-06-14']]);
  });

  it('sixteenth round: a dateline of a place and a day with no year ("DUSHANBE, May 3 --") is the article\'s, not an event\'s date', () => {
    const of = (text: string) => doneProjects(text, '2019-05-03');
    expect(of('DUSHANBE, May 3 -- Work on the Chinese-built Vahdat-Yavan railway in Tajikistan began in 2015, officials said.')).toEqual([['CN-TJ', '2015']]);
    expect(of('DUSHANBE, 3 May — Work on the Chinese-built Vahdat-Yavan railway in Tajikistan began in 2015, officials said.')).toEqual([['CN-TJ', '2015']]);
  });

  it('sixteenth round: a summit on whose sidelines a meeting is held is known to its month, with a long name and a day carried from the remarks', () => {
    const of = (text: string) => extract(text, '2025-06-17').filter((c) => c.kind === 'summit' && !c.planned && c.confidence >= 0.5).map((c) => [c.pairId, c.date]);
    expect(of('Chinese President Xi Jinping met with Kyrgyz President Sadyr Japarov on the sidelines of the second China-Central Asia Summit in Astana, Kazakhstan, June 17, 2025.')).toEqual([['CN-KZ', '2025-06'], ['CN-KG', '2025-06']]);
    expect(of('ASTANA, June 17 (Xinhua) -- Chinese President Xi Jinping on Tuesday called for closer ties with Kyrgyzstan.\nXi made the remarks in a meeting with Kyrgyz President Sadyr Japarov on the sidelines of the second China-Central Asia Summit in the Kazakh capital of Astana.')).toEqual([['CN-KZ', '2025-06'], ['CN-KG', '2025-06']]);
  });

  it('sixteenth round: the summit an arrival is for ("وصل … يوم الثلاثاء لحضور القمة") is known to its month, the arrival has the day', () => {
    const of = (text: string) => extract(text, '2024-07-03').filter((c) => ['summit', 'visit'].includes(c.kind) && !c.planned && c.confidence >= 0.5).map((c) => [c.kind, c.pairId, c.date]);
    expect(of('ووصل الرئيس الصيني شي جين بينغ إلى أستانا يوم الثلاثاء لحضور القمة الـ24 لمجلس رؤساء الدول الأعضاء في منظمة شانغهاي للتعاون.')).toEqual([['visit', 'CN-KZ', '2024-07-02'], ['summit', 'CN-KZ', '2024-07']]);
  });

  it('sixteenth round: a building China builds or gives ("议会大楼", "parliament building", "مبنى البرلمان") is a project', () => {
    const of = (text: string) => doneProjects(text, '2024-07-05');
    expect(of('新华社杜尚别7月5日电 国家主席习近平5日在杜尚别同塔吉克斯坦总统拉赫蒙举行会谈。\n两国元首还共同出席了中国援塔议会大楼和政府大楼项目交付仪式。')).toEqual([['CN-TJ', '2024-07-05']]);
    expect(of('On Friday the two presidents attended the handover ceremony of the parliament building that China built in Dushanbe, Tajikistan.')).toEqual([['CN-TJ', '2024-07-05']]);
    expect(of('وحضر الرئيسان يوم الجمعة مراسم تسليم مبنى البرلمان الذي بنته الصين في دوشنبه بطاجيكستان.')).toEqual([['CN-TJ', '2024-07-05']]);
  });

  it('sixteenth round: the Arabic dual of two states ("أقامتا علاقات دبلوماسية", "أسستا العلاقات الدبلوماسية") establishes relations', () => {
    const of = (text: string) => extract(text, '2024-01-24').filter((c) => c.kind === 'establishment' && c.confidence >= 0.5).map((c) => [c.pairId, c.date]);
    expect(of('وأشار الرئيس إلى أن الصين وأوزبكستان أقامتا علاقات دبلوماسية قبل 32 عاما.')).toEqual([['CN-UZ', '1992']]);
    expect(of('وذكر الوزير أن الصين وقيرغيزستان أسستا العلاقات الدبلوماسية في يناير 1992.')).toEqual([['CN-KG', '1992-01']]);
  });

  it('fifteenth round: a refinery ("炼厂", "煉油廠", "مصفاة") is a project, in simplified and traditional characters', () => {
    const of = (text: string, date: string) => extract(text, date).filter((c) => c.kind === 'project' && !c.planned).map((c) => [c.pairId, c.date]);
    expect(of('2016年3月,哈萨克斯坦巴甫洛达尔炼厂扩建工程正式启动。', '2020-05-10')).toEqual([['CN-KZ', '2016-03']]);
    expect(of('2016年3月,哈薩克斯坦巴甫洛達爾煉油廠擴建工程正式啟動。', '2020-05-10')).toEqual([['CN-KZ', '2016-03']]);
    expect(of('وفي مارس 2016، بدأ تشغيل مصفاة بافلودار الكازاخستانية التي طورتها شركة صينية.', '2020-05-10')).toEqual([['CN-KZ', '2016-03']]);
  });

  it('fifteenth round: a past verb after a trip\'s purpose ("to attend") is done; a trip between two partners is no pair\'s visit', () => {
    const of = (text: string, date: string) => extract(text, date).filter((c) => ['talks', 'visit'].includes(c.kind)).map((c) => [c.kind, c.pairId, c.date, c.planned]);
    expect(of('ASTANA, October 12 -- On his trip to Astana to attend the forum of heads of government Kyrgyz Prime Minister Akylbek Japarov met with Chinese Premier Li Qiang on Thursday.', '2023-10-12'))
      .toEqual([['talks', 'CN-KG', '2023-10-12', false]]);
    // An infinitive before a verb it governs still plans it; a Chinese visitor's trip to a partner is that pair's visit.
    expect(of('ASTANA, October 12 -- Kyrgyz Prime Minister Akylbek Japarov is to travel to Astana to attend the forum and to hold talks with Chinese Premier Li Qiang.', '2023-10-12').every((c) => c[3])).toBe(true);
    expect(of('During his visit to Astana on Thursday, Chinese President Xi Jinping met Kyrgyz President Sadyr Japarov.', '2023-10-12')).toContainEqual(['visit', 'CN-KZ', '2023-10-12', false]);
    expect(of('Kyrgyz President Sadyr Japarov met Chinese President Xi Jinping, who is on a state visit to Kazakhstan, on Thursday.', '2023-10-12')).toContainEqual(['visit', 'CN-KZ', '2023-10-12', false]);
  });

  it('fifteenth round: a document signed during an occasion named after it is of that occasion; what a visit produced is of its month', () => {
    const of = (text: string, date: string) => extract(text, date).filter((c) => c.kind === 'agreement' && !c.planned).map((c) => [c.pairId, c.date]);
    expect(of('The joint declaration signed by the two presidents during the state visit of Uzbek President Mirziyoyev to China last May opened a new stage, the minister said on Monday.', '2018-11-05'))
      .toEqual([['CN-UZ', '2018-05']]);
    expect(of('وقال الوزير إن البيان المشترك الذي وقعه الرئيسان خلال زيارة الدولة التي قام بها الرئيس الأوزبكي ميرضيائيف إلى الصين في مايو الماضي فتح مرحلة جديدة.', '2018-11-05')).toEqual([['CN-UZ', '2018-05']]);
    expect(of('ASTANA, May 10 -- President Tokayev held talks with Premier Li Qiang in Astana on Wednesday. During Li Qiang\'s official visit, the two sides signed eleven cooperation documents.', '2024-05-10'))
      .toEqual([['CN-KZ', '2024-05']]);
    expect(of('新华社阿斯塔纳5月8日电 国务院总理李强8日在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。访问期间,双方签署了十余份合作文件。', '2024-05-08')).toEqual([['CN-KZ', '2024-05']]);
  });

  it('fifteenth round: a Chinese project told as already built ("已经建成") with no date is a state, not the news day\'s opening', () => {
    const of = (text: string, date: string) => extract(text, date).filter((c) => c.kind === 'project' && !c.planned).map((c) => [c.pairId, c.date]);
    expect(of('新华社比什凯克3月2日电 吉尔吉斯斯坦交通部长2日在接受采访时说,在中国企业帮助下,奥什至伊斯法纳公路已经建成。', '2021-03-03')).toEqual([]);
    expect(of('新华社比什凯克3月2日电 吉尔吉斯斯坦交通部长2日在接受采访时说,在中国企业帮助下,奥什至伊斯法纳公路已于2月建成通车。', '2021-03-03')).toEqual([['CN-KG', '2021-02']]);
  });

  it('fourteenth round: the level a change starts from, visits exchanged, and talks whose outcomes are to be carried out', () => {
    const of = (text: string, date: string, kind: string) => extract(text, date).filter((c) => c.kind === kind && !c.planned && c.confidence >= 0.5).map((c) => [c.pairId, c.date, c.levelKey ?? null]);
    // "将A提升为B", "upgraded A to B": only B is established; A is the level there was.
    expect(of('新华社阿斯塔纳9月27日电 今年两国元首一致决定将中哈战略伙伴关系提升为全面战略伙伴关系。', '2011-09-27', 'partnership')).toEqual([['CN-KZ', '2011', 'comprehensive-strategic-partnership']]);
    expect(of('Astana, Sept 27 -- In 2011 the two presidents upgraded the strategic partnership between China and Kazakhstan to a comprehensive strategic partnership.', '2011-09-27', 'partnership')).toEqual([['CN-KZ', '2011', 'comprehensive-strategic-partnership']]);
    // A level established outright stays.
    expect(of('新华社阿斯塔纳9月27日电 2005年,中哈两国建立战略伙伴关系。', '2011-09-27', 'partnership')).toEqual([['CN-KZ', '2005', 'strategic-partnership']]);
    // Visits exchanged ("实现互访") are the pair's visits even when the sentence names no country; a habit of visits is none.
    expect(of('新华社阿斯塔纳9月27日电 吴邦国会见哈萨克斯坦总统。吴邦国说,今年总统阁下和胡锦涛主席实现互访。', '2011-09-27', 'visit')).toEqual([['CN-KZ', '2011', null]]);
    expect(of('新华社阿斯塔纳9月27日电 吴邦国会见哈萨克斯坦总统。吴邦国说,两国元首互访频繁。', '2011-09-27', 'visit')).toEqual([]);
    // Outcomes of the leaders' talks to be implemented recall the talks: no talks of the article's day.
    expect(of('新华社阿斯塔纳9月27日电 哈萨克斯坦总统会见吴邦国。吴邦国说,此行的目的是落实两国元首会晤成果。', '2011-09-27', 'talks')).toEqual([]);
    expect(of('Astana, Sept 27 (Xinhua) -- Kazakh President Nursultan Nazarbayev said on Tuesday his country would implement the outcomes of the talks with Chinese President Hu Jintao.', '2011-09-27', 'talks')).toEqual([]);
    expect(of('新华社阿斯塔纳9月27日电 胡锦涛主席27日同哈萨克斯坦总统纳扎尔巴耶夫举行会晤,会晤成果丰硕。', '2011-09-27', 'talks')).toEqual([['CN-KZ', '2011-09-27', null]]);
  });

  it('fourteenth round: what a visit told as begun and over produced, with no day of its own, is of the visit\'s month', () => {
    const of = (text: string, date: string) => extract(text, date).filter((c) => c.kind === 'agreement' && !c.planned).map((c) => [c.pairId, c.date]);
    const over = "BISHKEK, January 22 -- A state seven-day visit of Kyrgyz President Kurmanbek Bakiyev to China concluded on Sunday, January 21.\n\nBakiyev's state visit to China as guest of Chinese President Hu Jintao started on January 15.\n\nThe visit resulted in signing of six cooperation agreements in Beijing.";
    expect(of(over, '2007-01-22')).toEqual([['CN-KG', '2007-01']]);
    // A visit begun today, its end not told: the news of the day, what is signed undated is of that day.
    expect(of('BISHKEK, March 5 -- Kyrgyz President Sooronbay Jeenbekov began a state visit to China on Tuesday. The two sides signed four agreements in Beijing.', '2019-03-05')).toEqual([['CN-KG', '2019-03-05']]);
  });

  it('fourteenth round: examples ("In particular, …", "其中,…") of a sentence dated by a time of its own are of that time', () => {
    const of = (text: string, date: string) => extract(text, date).filter((c) => c.kind === 'visit' && !c.planned).map((c) => [c.pairId, c.date]);
    const recalled = 'Bishkek, March 3 -- The minister spoke to reporters in Bishkek on Tuesday.\n\nHe said that last year was a year of many contacts with China.\n\nIn particular, Kyrgyz President Sadyr Japarov paid a state visit to China.';
    expect(of(recalled, '2026-03-03')).toEqual([['CN-KG', '2025']]);
    // Without the example's opening, a new paragraph tells its own news, of the article's day.
    expect(of(recalled.replace('In particular, ', ''), '2026-03-03')).toEqual([['CN-KG', '2026-03-03']]);
    expect(of('新华社比什凯克3月3日电 外长3日会见记者。\n\n他说,去年两国高层交往频繁。\n\n其中,吉尔吉斯斯坦总统扎帕罗夫对中国进行了国事访问。', '2026-03-03')).toEqual([['CN-KG', '2025']]);
  });

  it('fourteenth round: an organisation\'s members, listed to describe it, are not its summit\'s participants', () => {
    const of = (text: string, date: string) => extract(text, date).filter((c) => c.kind === 'summit' && !c.planned).map((c) => c.pairId).sort();
    expect(of('BEIJING, June 5 -- Premier Li said on Monday that the SCO summit, which groups China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan, will stay a platform.\nThe Turkmen president attended the SCO summit in Beijing on Monday.', '2012-06-05')).toEqual(['CN-TM']);
    // Leaders named as attending stay its participants.
    expect(of('BEIJING, June 5 -- Kazakh President Nazarbayev and Kyrgyz President Atambayev attended the SCO summit in Beijing on Monday.', '2012-06-05')).toEqual(['CN-KG', 'CN-KZ']);
  });

  it('thirteenth round: talks "held a talk", Niyazov\'s arrival, and meetings of services or legislators', () => {
    const of = (text: string, date: string, kind: string) => extract(text, date).filter((c) => c.kind === kind && !c.planned).map((c) => [c.pairId, c.date]);
    // "held a talk" (the singular official English uses) names the talks, a fronted date dating them.
    expect(of('On the afternoon of May 5, 2010, visiting Premier Wen Jiabao and his Kyrgyz counterpart held a talk in Bishkek.', '2010-05-06', 'talks')).toEqual([['CN-KG', '2010-05-05']]);
    // Niyazov was Turkmenistan's head of state: his arrival is a visit, dated by its own day, not by the article's.
    expect(of('Niyazov arrived in Beijing on April 2. He is on a six-day official visit.', '2006-04-03', 'visit')).toEqual([['CN-TM', '2006-04-02']]);
    // Border services' working meeting, in an article naming no leader: no talks (leaders' talks with the same word stay).
    expect(of('霍尔果斯边检站执勤官兵与哈萨克斯坦边检站21日举行工作会晤。', '2014-04-21', 'talks')).toEqual([]);
    expect(of('习近平同哈萨克斯坦总统托卡耶夫21日在阿斯塔纳举行会晤。', '2024-07-21', 'talks')).toEqual([['CN-KZ', '2024-07-21']]);
    // A legislator is below the leaders, whether titled before the name or as the subject after an Arabic verb.
    expect(of('أجرى كبير المشرعين الصينيين محادثات مع رئيسة الجمعية الوطنية لتركمانستان في بكين اليوم الخميس.', '2025-05-22', 'talks')).toEqual([]);
    expect(of('التقى تشاو، رئيس اللجنة الدائمة للمجلس الوطني لنواب الشعب الصيني، بالرئيس القرغيزي صدير جاباروف.\nوخلال لقائه مع جاباروف، نقل تشاو تحيات الرئيس شي جين بينغ.', '2025-07-25', 'talks')).toEqual([]);
    // …while a meeting of the leaders he recalls, "من العام نفسه", is of the year written before it.
    expect(of('وقال تشاو، رئيس اللجنة الدائمة، إنه في يناير 2023 زار الرئيس التركماني الصين.\nوأضاف أنه في أكتوبر من العام نفسه، أجرى الرئيس شي جين بينغ لقاء مع الرئيس التركماني بردي محمدوف.', '2025-05-22', 'talks')).toEqual([['CN-TM', '2023-10']]);
    expect(of('Xi Jinping visited Kazakhstan in June 2013. In September of the same year, Xi met President Nazarbayev in Astana.', '2015-05-01', 'talks')).toEqual([['CN-KZ', '2013-09']]);
  });

  it('thirteenth round: openings "正式…开放", units "并网发电" on listed days, and activities held at a school', () => {
    const of = (text: string, date: string) => extract(text, date).filter((c) => c.kind === 'project' && !c.planned).map((c) => [c.pairId, c.date]).sort();
    expect(of('霍尔果斯口岸于1992年8月正式向中国和哈萨克斯坦两国开放,口岸位于新疆境内。', '2014-04-21')).toEqual([['CN-KZ', '1992-08']]);
    expect(of('中国和哈萨克斯坦坚持对外开放,口岸贸易不断增长。', '2014-04-21')).toEqual([]);
    // Two days listed for the units connected "one after the other": each day is an event.
    expect(of('中国企业承建的哈萨克斯坦电厂改造工程,于2018年5月3日、6月9日两台机组相继并网发电。', '2018-09-01')).toEqual([['CN-KZ', '2018-05-03'], ['CN-KZ', '2018-06-09']]);
    // What begins at a school is a cultural week: no project.
    expect(of('بدأت رسميا يوم 16 مارس سلسلة من أنشطة "الأسبوع الثقافي الصيني" بمدرسة تابعة لمعهد كونفوشيوس في قرغيزستان.', '2012-03-16')).toEqual([]);
    expect(of('افتتح الرئيس القرغيزي مدرسة بنتها الصين في بيشكيك يوم 16 مارس.', '2012-03-16')).toEqual([['CN-KG', '2012-03-16']]);
  });

  it('sixteenth round, older Chinese reports: dates in numeral characters, a dateline filed before the copy\'s date, "本月" with its days', () => {
    expect(dates('吴邦国二十三日在阿拉木图会见了哈萨克斯坦总统', '2003-06-24')).toEqual([['2003-06-23', true]]);
    expect(dates('一九九六年四月二十六日,五国元首在上海会晤', '1999-08-24')).toEqual([['1996-04-26', false]]);
    expect(dates('双方于十月签署了协定', '2002-12-01')).toEqual([['2002-10', true]]);
    // Numerals that count days rather than date one: no date.
    expect(dates('代表团将在三日内完成访问', '2002-12-01')).toEqual([]);
    // "本月" and its days: the article's month, even for days after the article's own.
    expect(dates('两国总理本月27至28日在北京举行会谈', '2005-05-20')).toEqual([['2005-05-27', true]]);
    // A dateline filed the day before the copy's date: "今天" and "十九日" are of the dateline's day.
    const filed = '李鹏会见卡里莫夫\n\n本报塔什干六月十九日电 正在这里访问的中国国务院总理李鹏今天上午同乌兹别克斯坦总统卡里莫夫举行会谈。';
    expect(extract(filed, '2004-06-20').filter((c) => c.kind === 'talks').map((c) => c.date)).toEqual(['2004-06-19']);
    // …but a dateline far from the copy's date is a reprint's, and the date given stands.
    expect(extract(filed, '2004-07-20').filter((c) => c.kind === 'talks').map((c) => c.date)).toEqual(['2004-07-20']);
  });

  it('every candidate has a confidence and its reasons', () => {
    for (const c of extract(KG, '2023-05-18')) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.reasons[0].code).toBe('trigger');
    }
  });
});

describe('precision and recall on the test part of the real corpus', () => {
  it('prints per language with counts, above a floor', () => {
    const f = scoreSplit('test');
    console.log(`article extraction, real corpus (data/extract/corpus), test split:\n${formatFigures('test', f)}`);
    expect(f.all.articles).toBeGreaterThanOrEqual(14);
    // A regression floor well below the measured figures (see the report); the goal is 0.90 / 0.85 per language.
    expect(f.all.precision).toBeGreaterThanOrEqual(0.45);
    expect(f.all.recall).toBeGreaterThanOrEqual(0.5);
  });
});

describe('through the API', () => {
  let t: TestApi;
  beforeEach(() => {
    t = openTestApi();
  });
  afterEach(() => t.core.close());

  it('checks the anniversary against the establishment date, and flags milestones already in the database', async () => {
    const { candidates, meta } = await t.api.extractArticle({ text: KG });
    expect(meta.date).toBe('2023-05-18');
    const anniversary = candidates.find((c) => c.kind === 'anniversary')!;
    expect(anniversary.anniversary).toEqual({ years: 31, established: '1992-01-05', consistent: true });
    expect(candidates.find((c) => c.kind === 'talks')!.duplicateOf?.title).toBe("Xi Jinping and Sadyr Japarov hold talks in Xi'an");
    // …named in every language the database has it in, for the review dialog to show the interface's.
    const dup = candidates.find((c) => c.kind === 'talks')!.duplicateOf!;
    const held = await t.api.getMilestone({ id: dup.id });
    expect([dup.titleAr, dup.titleZh]).toEqual([held.titleAr, held.titleZh]);
    expect(dup.titleAr).toMatch(/[\u0600-\u06ff]/);
    const wrong = await t.api.extractArticle({ text: KG.replace('31 عاما', '35 عاما') });
    expect(wrong.candidates.find((c) => c.kind === 'anniversary')!.anniversary?.consistent).toBe(false);
  });

  it('words each title in English, Arabic and Chinese with the names the database shows, and saves all three as proposed', async () => {
    const { candidates } = await t.api.extractArticle({ text: KG });
    const titles = (kind: string) => candidates.filter((c) => c.kind === kind).map((c) => [c.title, c.titleAr, c.titleZh]);
    expect(titles('project')).toContainEqual(['China–Kyrgyzstan–Uzbekistan railway', 'سكة حديد الصين-قرغيزستان-أوزبكستان', '中国—吉尔吉斯斯坦—乌兹别克斯坦铁路']);
    expect(titles('visit')).toContainEqual(['State visit', 'زيارة دولة', '国事访问']);
    const tj = (await t.api.extractArticle({ text: TJ })).candidates.find((c) => c.kind === 'visit' && c.date === '2019')!;
    expect([tj.title, tj.titleAr, tj.titleZh]).toEqual(['State visit to Tajikistan', 'زيارة دولة إلى طاجيكستان', '对塔吉克斯坦进行国事访问']);
    // A partnership is titled by the level its pair's ladder names, in each language the ladder has.
    const level = (await t.api.getPairTimeline({ pairId: 'CN-KG' })).ladder.find((l) => l.key === candidates.find((c) => c.kind === 'partnership')!.levelKey)!;
    expect(titles('partnership')).toContainEqual([`${level.name.en} established`, `إقامة ${level.name.ar}`, `建立${level.name.zh}`]);
    const visit = tj;
    const saved = await t.api.saveArticleMilestones({
      source: { publisher: 'Xinhua', title: 'Test article', date: '2023-05-18', language: 'ar', url: null },
      milestones: [{ pairId: 'CN-TJ', category: 'visits', title: visit.title, titleAr: visit.titleAr, titleZh: visit.titleZh, start: '2023-05-17' }],
    });
    const detail = await t.api.getMilestone({ id: saved.value.ids[0] });
    expect([detail.title, detail.titleAr, detail.titleZh]).toEqual(['State visit to Tajikistan', 'زيارة دولة إلى طاجيكستان', '对塔吉克斯坦进行国事访问']);
  });

  it('saves accepted candidates with the article as source, in one undoable step, never twice', async () => {
    const { api, snapshot } = t;
    const before = snapshot();
    const source = { publisher: 'Xinhua', title: 'Test article', date: '2023-05-18', language: 'ar', url: null };
    const milestones = [
      { pairId: 'CN-KG', category: 'economy' as const, title: 'China–Kyrgyzstan–Uzbekistan railway', start: '2023-05-18' },
      { pairId: 'CN-KG', category: 'visits' as const, title: 'State visit to China', start: '2023-05-18' },
      { pairId: 'CN-KG', category: 'economy' as const, title: 'China–Kyrgyzstan–Uzbekistan railway', start: '2023-05-18' },
    ];
    const saved = await api.saveArticleMilestones({ source, milestones });
    expect(saved.value).toMatchObject({ skipped: 1 });
    expect(saved.value.ids).toHaveLength(2);
    const detail = await api.getMilestone({ id: saved.value.ids[0] });
    expect(detail.sources.map((s) => s.title)).toEqual(['Test article']);
    expect((await api.saveArticleMilestones({ source, milestones: milestones.slice(0, 1) })).value).toMatchObject({ ids: [], skipped: 1 });
    await api.undo({});
    await api.undo({});
    expect(snapshot()).toBe(before);
  });

  it('hostile input: huge text refused, HTML and unknown languages yield no candidates, nothing saved', async () => {
    const { api, snapshot } = t;
    const before = snapshot();
    const huge = await apiError(api.extractArticle({ text: 'قمة '.repeat(1_300_000) }));
    expect(huge.message).toMatch(/too long for one article/);
    expect('x'.repeat(5 * 1024 * 1024).length).toBeGreaterThan(MAX_ARTICLE_CHARS);
    const html = await api.extractArticle({ text: '<script>window.__x = 1</script><img src=x onerror=alert(1)>' });
    expect(html.candidates).toEqual([]);
    expect(html.note).toBe('none');
    const unknown = await api.extractArticle({ text: 'Лорем ипсум долор сит амет, консектетур адиписцинг.' });
    expect(unknown).toMatchObject({ candidates: [] });
    expect(unknown.note).toBe('unreadable');
    expect(snapshot()).toBe(before);
  });

  it('a reason quotes the words as the text writes them, not as the rules fold them', () => {
    const visit = extract('خلال زيارة دولة قام بها الرئيس الصيني شي جين بينغ لطاجيكستان يوم 4 يوليو 2024، أعلن الجانبان إقامة الشراكة.', '2024-07-06').find((c) => c.kind === 'visit')!;
    expect(visit.reasons).toContainEqual({ code: 'trigger', params: { words: 'زيارة دولة' } });
    expect(visit.reasons).toContainEqual({ code: 'dateWritten', params: { words: '4 يوليو 2024' } });
    const talks = extract('習近平同哈薩克斯坦總統托卡耶夫舉行會談。', '2024-07-03').find((c) => c.kind === 'talks')!;
    expect(talks.reasons[0]).toEqual({ code: 'trigger', params: { words: '舉行會談' } });
  });

  it('a visit is titled by where it goes, not by the visitor\'s country named first ("الرئيس الصيني … لطاجيكستان")', () => {
    const title = (text: string, date: string) => extract(text, date).find((c) => c.kind === 'visit')?.title;
    expect(title('خلال زيارة دولة قام بها الرئيس الصيني شي جين بينغ لطاجيكستان فيما بين يومي الخميس والسبت (4-6 يوليو)، أعلن الجانبان إقامة الشراكة.', '2024-07-06')).toBe('State visit to Tajikistan');
    expect(title('بدأ الرئيس الكازاخستاني قاسم جومارت توكاييف زيارة دولة إلى الصين يوم 16 أكتوبر.', '2023-10-17')).toBe('State visit to China');
    expect(title('国家主席习近平7月2日对哈萨克斯坦进行国事访问。', '2024-07-03')).toBe('State visit to Kazakhstan');
    expect(title('Chinese President Xi Jinping arrived in Astana on Tuesday for a state visit to Kazakhstan.', '2024-07-03')).toBe('State visit to Kazakhstan');
  });

  it('without the article\'s date, a date only it resolves is named as needing it, not as missing', () => {
    const codes = (date: string | null) => extract('Xi Jinping held talks with Kazakh President Tokayev in Astana on Tuesday.', date)[0].reasons;
    expect(codes(null)).toContainEqual({ code: 'needsArticleDate', params: { words: 'on Tuesday' } });
    expect(codes('2024-07-03').map((r) => r.code)).not.toContain('needsArticleDate');
    expect(extract('Xi Jinping held talks with Kazakh President Tokayev in Astana.', null)[0].reasons.map((r) => r.code)).toContain('noDate');
  });
});

