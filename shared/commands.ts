/**
 * App commands that the Electron menu sends to the window (the renderer also binds keyboard shortcuts
 * and toolbar buttons to the same ids, so browser mode has them too). Each feature adds its ids here.
 */
export const APP_COMMANDS = [
  'fit-all',
  'zoom-in',
  'zoom-out',
  'undo',
  'redo',
  'new-milestone',
  'find',
  'manage-pairs',
  'import',
  'export',
  'export-image',
  'export-citations',
  'backup',
  'restore',
  'import-article',
  'language-en',
  'language-ar',
  'language-zh',
  'present',
  'share-web-page',
  'practice',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export function isAppCommand(x: unknown): x is AppCommand {
  return typeof x === 'string' && (APP_COMMANDS as readonly string[]).includes(x);
}

/** IPC channel on which main sends commands to the window. */
export const COMMAND_CHANNEL = 'app:command';
