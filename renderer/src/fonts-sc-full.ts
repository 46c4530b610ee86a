/**
 * The rest of Noto Sans SC, for the rare characters (traditional forms in a source's title, say) that
 * the interface's one Chinese face (fonts-sc.css) lacks: @fontsource's complete font, split into faces
 * by Unicode range, added under a family of its own ('Noto Sans SC Full', after 'Noto Sans SC' in the
 * font stacks) once the app has drawn and the page is idle, so that its two hundred rules cost the start
 * nothing. Until then such a character shows in a face of the system's.
 */
const FAMILY = /font-family:\s*(['"]?)Noto Sans SC\1\s*([;}])/g;

export function addFullChineseFaces(): void {
  const load = () =>
    void Promise.all([import('@fontsource/noto-sans-sc/400.css?inline'), import('@fontsource/noto-sans-sc/700.css?inline')]).then((sheets) => {
      const style = document.createElement('style');
      style.dataset.fonts = 'noto-sans-sc-full';
      style.textContent = sheets.map((m) => m.default.replace(FAMILY, "font-family:'Noto Sans SC Full'$2")).join('\n');
      document.head.append(style);
    });
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 2000);
}
