/**
 * The interface draws Chinese in one bundled face per weight (fonts-sc.css), and the few characters it
 * lacks in the complete font added once the app is idle (fonts-sc-full.ts): every Chinese character of the
 * bundled data and of the interface's messages must be in the one or the other, or it would show in
 * whatever face the system has (or as boxes); all of the messages' must be in the first. Its range must
 * hold them, and keep Latin and Arabic out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { woffToSfnt } from '../../data/image-export/woff';
import { faceFileFor } from '../../data/image-export/fonts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const css = fs.readFileSync(path.join(import.meta.dirname, 'fonts-sc.css'), 'utf8');
const CJK = /[\u2e80-\u2fff\u3000-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{2fa1f}]/u;

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? textFiles(file) : /\.(json|md)$/.test(e.name) ? [file] : [];
  });
}

describe('the Chinese face of the interface', () => {
  const faces = [...css.matchAll(/src: url\('([^']+)'\)/g)].map((m) => path.resolve(import.meta.dirname, m[1]));
  const ranges = [...css.matchAll(/unicode-range: ([^;]+);/g)].map((m) =>
    m[1].split(',').map((r) => r.trim().replace(/^U\+/, '').split('-').map((h) => parseInt(h, 16))),
  );

  it('holds every Chinese character of the bundled data and the messages, in both weights, within its range', () => {
    expect(faces).toHaveLength(2);
    const charsOf = (files: string[]) => {
      const found = new Set<number>();
      for (const file of files) for (const ch of fs.readFileSync(file, 'utf8')) if (CJK.test(ch) && !/[\ufe00-\ufe0f]/.test(ch)) found.add(ch.codePointAt(0)!);
      return found;
    };
    const messages = charsOf(textFiles(path.join(ROOT, 'shared/locales/zh')));
    const needed = new Set([...messages, ...charsOf(textFiles(path.join(ROOT, 'data/dataset')))]);
    expect(messages.size).toBeGreaterThan(300);
    expect(needed.size).toBeGreaterThan(1000);
    const inRange = (cp: number) => ranges[0].some(([a, b = a]) => cp >= a && cp <= b);
    for (const face of faces) {
      const font = fontkit.create(woffToSfnt(fs.readFileSync(face.replace(/\.woff2$/, '.woff')))) as fontkit.Font;
      const weight = /-700-/.test(face) ? 700 : 400;
      const missing = [...needed].filter((cp) => !font.hasGlyphForCodePoint(cp));
      expect(missing.filter((cp) => messages.has(cp)).map((cp) => String.fromCodePoint(cp))).toEqual([]);
      expect(missing.length).toBeLessThan(20);
      expect(missing.filter((cp) => !faceFileFor(cp, weight)?.includes('noto-sans-sc')).map((cp) => String.fromCodePoint(cp))).toEqual([]);
    }
    expect([...needed].filter((cp) => !inRange(cp)).map((cp) => cp.toString(16))).toEqual([]);
    expect(['A', 'é', 'ع', '1'].some((ch) => inRange(ch.codePointAt(0)!))).toBe(false);
  });
});
