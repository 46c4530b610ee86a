/**
 * Starts loading the interface's own faces (Latin, Arabic, the Chinese subset) as the app starts, while
 * its first calls are on their way. Left to the first layout that needs each, the last of them arrived
 * after the chart had drawn its labels (the Arabic family's Latin face, for the spaces and digits
 * beside Arabic words), and the chart measured and fitted its labels a second time (vis-adapter.ts fits
 * again when a face loads after the labels were measured).
 */
const FACES: readonly [font: string, text: string][] = [
  ['400 1em "Noto Sans"', 'a'],
  ['700 1em "Noto Sans"', 'a'],
  ['400 1em "IBM Plex Sans Arabic"', 'a ب'],
  ['700 1em "IBM Plex Sans Arabic"', 'a ب'],
  ['400 1em "Noto Sans SC"', '中'],
];

export function loadInterfaceFonts(): void {
  for (const [font, text] of FACES) document.fonts?.load(font, text).catch(() => {}); // a face that fails shows in the next of the stack
}
