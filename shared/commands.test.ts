import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_COMMANDS, COMMANDS, ariaKeyShortcuts, commandForKey, commandSpec, matchesAccelerator, type KeyPress } from './commands';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

/** The key presses a README shortcut such as "Shift+Ctrl/Cmd+Z" names: one per modifier spelling. */
function pressesOf(shortcut: string): KeyPress[] {
  const parts = shortcut.split('+');
  const key = parts.pop() as string;
  const shiftKey = parts.includes('Shift');
  const spelled = shiftKey && key.length === 1 ? key.toUpperCase() : key.toLowerCase() === key ? key : key.length === 1 ? key.toLowerCase() : key;
  if (parts.includes('Ctrl/Cmd')) return [press(spelled, { ctrlKey: true, shiftKey }), press(spelled, { metaKey: true, shiftKey })];
  return [press(spelled, { ctrlKey: parts.includes('Ctrl'), metaKey: parts.includes('Cmd'), shiftKey })];
}

describe('the command table', () => {
  it('lists every command once', () => {
    expect(COMMANDS.map((c) => c.id).sort()).toEqual([...APP_COMMANDS].sort());
  });

  it('binds in browser mode every shortcut the README names', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '../README.md'), 'utf8');
    const shortcuts = [...readme.matchAll(/\b(?:Shift\+)?(?:Ctrl\/Cmd|Ctrl|Cmd)(?:\+Shift)?\+[A-Z0-9]\b|\bF\d{1,2}\b/g)].map((m) => m[0]);
    expect(shortcuts).toEqual(expect.arrayContaining(['F5', 'Ctrl+Shift+E', 'Ctrl/Cmd+Z', 'Shift+Ctrl/Cmd+Z', 'Ctrl+Y', 'Ctrl/Cmd+F', 'Ctrl/Cmd+Shift+O']));
    for (const shortcut of shortcuts) {
      for (const e of pressesOf(shortcut)) expect(commandForKey(e)?.id, `${shortcut} (${JSON.stringify(e)})`).toBeDefined();
    }
  });

  it('runs the command each key names, and nothing for near misses', () => {
    expect(commandForKey(press('O', { ctrlKey: true, shiftKey: true }))?.id).toBe('import-article');
    expect(commandForKey(press('O', { metaKey: true, shiftKey: true }))?.id).toBe('import-article');
    expect(commandForKey(press('z', { ctrlKey: true }))?.id).toBe('undo');
    expect(commandForKey(press('Z', { ctrlKey: true, shiftKey: true }))?.id).toBe('redo');
    expect(commandForKey(press('y', { ctrlKey: true }))?.id).toBe('redo');
    expect(commandForKey(press('F5'))?.id).toBe('present');
    expect(commandForKey(press('F5', { ctrlKey: true }))).toBeUndefined(); // the browser's hard reload
    expect(commandForKey(press('f'))).toBeUndefined();
    expect(commandForKey(press('f', { ctrlKey: true, altKey: true }))).toBeUndefined();
    // The browser's own keys stay the browser's: a new window, the page zoom.
    expect(commandForKey(press('n', { ctrlKey: true }))).toBeUndefined();
    expect(commandForKey(press('0', { ctrlKey: true }))).toBeUndefined();
  });

  it('reads Electron accelerators', () => {
    expect(matchesAccelerator('CmdOrCtrl+=', press('=', { metaKey: true }))).toBe(true);
    expect(matchesAccelerator('Shift+Cmd+Z', press('Z', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(matchesAccelerator('Shift+Cmd+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
  });

  it('gives aria-keyshortcuts in WAI-ARIA spelling', () => {
    expect(ariaKeyShortcuts(commandSpec('import-article'), false)).toBe('Control+Shift+O');
    expect(ariaKeyShortcuts(commandSpec('import-article'), true)).toBe('Meta+Shift+O');
    expect(ariaKeyShortcuts(commandSpec('present'), false)).toBe('F5');
    expect(ariaKeyShortcuts(commandSpec('backup'), false)).toBeUndefined();
  });
});
