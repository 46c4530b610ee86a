/**
 * The readable text of a saved web page. DOMParser builds an inert document (its scripts never run);
 * script, style and template elements are dropped before the text is read, and block elements end lines.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style, noscript, template, iframe, object').forEach((el) => el.remove());
  doc.querySelectorAll('p, div, br, li, h1, h2, h3, h4, h5, h6, tr, article, section').forEach((el) => el.append('\n'));
  return (doc.body?.textContent ?? '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
