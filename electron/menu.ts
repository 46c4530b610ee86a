import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL, COMMANDS, acceleratorFor, type CommandGroup, type CommandSpec } from '../shared/commands';
import en from '../shared/locales/en/commands.json';
import ar from '../shared/locales/ar/commands.json';
import zh from '../shared/locales/zh/commands.json';

export const MENU_LANGUAGES = ['en', 'ar', 'zh'] as const;
export type MenuLanguage = (typeof MENU_LANGUAGES)[number];
const LABELS: Record<MenuLanguage, typeof en> = { en, ar, zh };

export function isMenuLanguage(x: unknown): x is MenuLanguage {
  return typeof x === 'string' && (MENU_LANGUAGES as readonly string[]).includes(x);
}

/** The menu language for a system locale ("ar-EG" → ar), English when we have no such language. */
export function menuLanguageFor(locale: string): MenuLanguage {
  const lng = locale.slice(0, 2).toLowerCase();
  return isMenuLanguage(lng) ? lng : 'en';
}

/**
 * The app menu's template (main.ts builds it with Menu.buildFromTemplate): the platform's standard
 * roles, plus the app's own commands from the command table (shared/commands.ts), labelled in the
 * interface language. Only types come from Electron, so that it is tested under plain Node. DevTools are
 * offered in development only.
 */
export function menuTemplate(options: { isMac: boolean; development: boolean; language?: MenuLanguage; getWindow: () => BrowserWindow | null }): MenuItemConstructorOptions[] {
  const { isMac, development, getWindow } = options;
  const labels = LABELS[options.language ?? 'en'];
  const item = (spec: CommandSpec): MenuItemConstructorOptions => ({
    label: spec.fixedLabel ?? (labels as Record<string, unknown>)[spec.label] as string,
    accelerator: acceleratorFor(spec, isMac),
    click: () => getWindow()?.webContents.send(COMMAND_CHANNEL, spec.id),
  });
  const group = (g: CommandGroup) => COMMANDS.filter((c) => c.group === g).map(item);
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: labels.menu.file,
      submenu: [...group('file'), separator, ...group('file-data'), separator, ...group('file-backup'), separator, isMac ? { role: 'close' } : { role: 'quit' }],
    },
    {
      label: labels.menu.edit,
      // Undo and redo go to the renderer: in a text field it undoes typing, elsewhere the app's last edit.
      submenu: [...group('edit'), separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, separator, ...group('find')],
    },
    {
      label: labels.menu.view,
      submenu: [
        ...group('view'),
        separator,
        { label: labels.menu.language, submenu: group('language') },
        separator,
        { role: 'reload' },
        ...(development ? [{ role: 'toggleDevTools' as const }] : []),
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: labels.menu.about, role: 'about' }] },
  ];
}
