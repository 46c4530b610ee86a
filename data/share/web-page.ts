/**
 * One self-contained web page: the viewer's script and styles, the fonts the text needs and the data,
 * all inline. Its CSP allows exactly that script and that style block (by hash), fonts and images only as
 * data: URLs, and nothing from anywhere else: the page makes no request, and item text, which only ever
 * reaches the DOM as text, could not run even if it did become markup.
 */
import { createHash } from 'node:crypto';
import { SHARE_DATA_ID, type SharedPage } from '../../shared/share';
import { embeddedFontCss, type Weight } from '../image-export/fonts';

export interface ViewerBundle {
  script: string;
  css: string;
}

/** JSON safe inside a `<script type="application/json">` block: no `<`, `>`, `&` or line separators as themselves. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/**
 * The text the page can show in its language, bold and regular: the fonts are cut to what it needs
 * (Chinese faces come in many small files, and a page in English showing Chinese titles only in its
 * sources needs few of them).
 */
function shownTexts(page: SharedPage): { bold: string[]; regular: string[] } {
  const lng = page.language;
  const pick = (en: string | null, ar: string | null | undefined, zh: string | null | undefined) => (lng === 'ar' ? ar : lng === 'zh' ? zh : null) ?? en ?? '';
  const name = (n: { en: string; ar: string | null; zh: string | null }) => pick(n.en, n.ar, n.zh);
  const bold = [page.title, ...strings(page.messages)];
  const regular: string[] = [];
  for (const t of page.timelines) {
    bold.push(name(t.pair.a.name), name(t.pair.b.name), ...t.ladder.map((l) => name(l.name)));
    for (const m of t.milestones) bold.push(pick(m.title, m.titleAr, m.titleZh));
  }
  for (const d of page.details) {
    regular.push(pick(d.summary, d.summaryAr, d.summaryZh), d.place ?? '', ...d.people, d.disagreement ?? '', d.quote?.text ?? '');
    for (const s of d.sources) regular.push(s.publisher, s.title, s.url ?? '');
  }
  return { bold, regular: [...bold, ...regular] };
}

/** Latin digits, punctuation and the arrows the interface draws, whatever the data holds. */
const ALWAYS = ' 0123456789٠١٢٣٤٥٦٧٨٩–—·…←→↑↓×✓✗−+()[]/:,.;!?%#*“”‘’«»、，。：（）';

export function buildWebPage(page: SharedPage, viewer: ViewerBundle): string {
  // A bundle that could close its own element would let the rest of it be read as markup.
  if (/<\/script/i.test(viewer.script) || /<!--/.test(viewer.script)) throw new Error('The viewer script contains "</script" or "<!--" and cannot be inlined.');
  if (/<\/style/i.test(viewer.css)) throw new Error('The viewer styles contain "</style" and cannot be inlined.');
  const shown = shownTexts(page);
  // Titles, names and the interface's words can be bold (headings, selection, buttons); body text is regular.
  const fonts = embeddedFontCss([
    { text: [ALWAYS, ...shown.bold].join('\n'), weight: 700 as Weight },
    { text: [ALWAYS, ...shown.regular].join('\n'), weight: 400 as Weight },
  ]);
  const style = `${fonts}\n${viewer.css}`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(viewer.script)}`,
    `style-src ${sha256(style)}`,
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const rtl = page.language === 'ar';
  return `<!doctype html>
<html lang="${page.language === 'zh' ? 'zh-Hans' : page.language}" dir="${rtl ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)}</title>
<style>${style}</style>
<script type="application/json" id="${SHARE_DATA_ID}">${jsonForScript(page)}</script>
</head>
<body>
<div id="app"></div>
<script>${viewer.script}</script>
</body>
</html>
`;
}
