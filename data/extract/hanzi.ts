/**
 * Traditional Chinese characters as simplified ones, one character for one (text positions stay put), so
 * that the extractor's vocabulary, written in simplified characters, also reads copies in traditional
 * characters (Hong Kong, Taiwan and overseas sites, big5 gateways of mainland media). Covers the characters
 * of the vocabulary (patterns.ts, gazetteer.ts, dates.ts) and of the partners' names, not the whole script:
 * no library for this is among the project's dependencies, and the extractor needs no more.
 */
const PAIRS =
  '茲兹與与業业兩两個个為为爲为舉举烏乌樂乐習习書书於于雲云亞亚產产會会夥伙來来係系繫系關关決决準准凱凯劃划別别動动務务華华協协歷历曆历發发髮发雙双號号後后啟启啓启國国圖图聲声備备寧宁實实寶宝對对導导將将爾尔盡尽層层島岛峯峰鞏巩幹干庫库應应開开強强錄录總总願愿戰战報报擬拟換换攜携擕携斷断時时條条橋桥歐欧濟济滬沪澤泽濤涛溫温熱热電电鄰邻隣邻礦矿磚砖確确禮礼簽签級级納纳線线組组織织經经結结統统繼继續续緬缅羅罗聯联蘇苏營营薩萨見见視视計计訂订議议訊讯記记設设訪访證证話话談谈貿贸趙赵車车邊边達达邁迈運运這这進进遠远錦锦長长問问間间階阶際际韓韩項项預预領领頻频馬马魯鲁齊齐鐵铁門门約约週周佈布園园廠厂臺台裡里並并驗验寫写萬万億亿東东廣广區区圓圆團团變变據据從从氣气無无現现學学隊队員员觀观歡欢迎迎儀仪衛卫軍军維维興兴貢贡獻献認认識识誼谊館馆飛飞機机場场參参見见歲岁傳传紀纪態态響响雖虽讓让說说們们麼么這这樣样選选舉举權权張张傑杰劉刘楊杨陳陈鄧邓顧顾蔣蒋錢钱孫孙鄭郑黃黄餘余鑑鉴鑒鉴灣湾門门倫伦輸输氣气油油礎础設设廳厅擔担負负責责貨货資资豐丰質质區区護护衛卫網网頭头稱称權权盟盟畫画塊块產产葉叶託托離离專专許许內内節节屆届贈赠額额陸陆圍围處处職职鄉乡莊庄煉炼';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) if (PAIRS[i] !== PAIRS[i + 1]) MAP.set(PAIRS[i], PAIRS[i + 1]);
const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');

/** The text with its traditional characters (those the extractor reads) as simplified ones; same length. */
export function simplified(text: string): string {
  return text.replace(TRADITIONAL, (ch) => MAP.get(ch) ?? ch);
}
