import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { COMMAND_CHANNEL, type AppCommand } from '../shared/commands';

/**
 * The app menu's template (main.ts builds it with Menu.buildFromTemplate): the platform's standard
 * roles, plus the app's own commands sent to the window. Only types come from Electron, so that it is
 * tested under plain Node. DevTools are offered in development only.
 */
export function menuTemplate(options: { isMac: boolean; development: boolean; getWindow: () => BrowserWindow | null }): MenuItemConstructorOptions[] {
  const { isMac, development, getWindow } = options;
  const command = (label: string, id: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => getWindow()?.webContents.send(COMMAND_CHANNEL, id),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        command('New Milestone…', 'new-milestone', 'CmdOrCtrl+N'),
        command('Countries and Pairs…', 'manage-pairs'),
        { type: 'separator' },
        command('Import…', 'import', 'CmdOrCtrl+O'),
        command('Import from Article…', 'import-article', 'CmdOrCtrl+Shift+O'),
        command('Export…', 'export', 'CmdOrCtrl+E'),
        command('Export Image…', 'export-image', 'CmdOrCtrl+Shift+E'),
        command('Export Citations…', 'export-citations'),
        command('Share as Web Page…', 'share-web-page'),
        { type: 'separator' },
        command('Back Up Database…', 'backup'),
        command('Restore Database…', 'restore'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      // Undo and redo go to the renderer: in a text field it undoes typing, elsewhere the app's last edit.
      submenu: [
        command('Undo', 'undo', 'CmdOrCtrl+Z'),
        command('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find…', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: 'View',
      submenu: [
        command('Present', 'present', 'F5'),
        command('Practise', 'practice'),
        command('Fit All', 'fit-all', 'CmdOrCtrl+0'),
        command('Zoom In on Timeline', 'zoom-in', 'CmdOrCtrl+='),
        command('Zoom Out on Timeline', 'zoom-out', 'CmdOrCtrl+-'),
        { type: 'separator' },
        {
          label: 'Language',
          submenu: [command('English', 'language-en'), command('العربية', 'language-ar'), command('中文（简体）', 'language-zh')],
        },
        { type: 'separator' },
        { role: 'reload' },
        ...(development ? [{ role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Bilateral Timelines', role: 'about' }] },
  ];
  return template;
}
