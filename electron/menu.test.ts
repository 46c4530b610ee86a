import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from './menu';

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
