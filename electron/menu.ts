import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The app menu: the platform's standard roles, so every shortcut users know works. */
export function buildMenu(isMac: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Bilateral Timelines', role: 'about' }] },
  ];
  return Menu.buildFromTemplate(template);
}
