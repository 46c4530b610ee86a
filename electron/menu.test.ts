import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuLanguageFor, menuTemplate } from './menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('the app menu', () => {
  it('offers DevTools in development only', () => {
    for (const isMac of [false, true]) {
      expect(roles(menuTemplate({ isMac, development: true, getWindow: () => null }))).toContain('toggleDevTools');
      const production = roles(menuTemplate({ isMac, development: false, getWindow: () => null }));
      expect(production).not.toContain('toggleDevTools');
      expect(production).toContain('togglefullscreen');
    }
  });
});

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.label ? [item.label] : []), ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);
}

function accelerators(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.accelerator ? [String(item.accelerator)] : []), ...(Array.isArray(item.submenu) ? accelerators(item.submenu) : [])]);
}

describe('the app menu, from the command table', () => {
  it('speaks the interface language', () => {
    const build = (language: 'en' | 'ar' | 'zh') => labels(menuTemplate({ isMac: false, development: false, language, getWindow: () => null }));
    expect(build('en')).toEqual(expect.arrayContaining(['File', 'Import from Article…', 'Undo']));
    expect(build('ar')).toEqual(expect.arrayContaining(['ملف', 'استيراد من مقال…', 'تراجع']));
    expect(build('zh')).toEqual(expect.arrayContaining(['文件', '从文章导入…', '撤销']));
    // Each language's name is its own, whatever the interface language.
    for (const lng of ['en', 'ar', 'zh'] as const) expect(build(lng)).toEqual(expect.arrayContaining(['English', 'العربية', '中文（简体）']));
    expect(build('ar').filter((l) => /[A-Za-z]/.test(l) && l !== 'English')).toEqual([]);
  });

  it('shows each platform its accelerators', () => {
    expect(accelerators(menuTemplate({ isMac: true, development: false, getWindow: () => null }))).toEqual(expect.arrayContaining(['CmdOrCtrl+Shift+O', 'Shift+Cmd+Z', 'F5']));
    expect(accelerators(menuTemplate({ isMac: false, development: false, getWindow: () => null }))).toContain('Ctrl+Y');
  });

  it('picks the menu language from the system locale', () => {
    expect(menuLanguageFor('ar-EG')).toBe('ar');
    expect(menuLanguageFor('zh-CN')).toBe('zh');
    expect(menuLanguageFor('fr-FR')).toBe('en');
  });
});
