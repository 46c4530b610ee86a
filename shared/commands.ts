/**
 * The app's commands, each once: id, label (key in the `commands` locale namespace), menu group,
 * accelerator and when its key applies. The Electron menu (electron/menu.ts), the browser-mode keyboard
 * hook (renderer/src/api/command-keys.ts), toolbar tooltips and `aria-keyshortcuts` all read this table.
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

export type CommandGroup = 'file' | 'file-data' | 'file-backup' | 'edit' | 'find' | 'view' | 'language';

/**
 * When a command's key applies in browser mode:
 * - `always`: anywhere, even in a text field or a dialog;
 * - `outside-text`: not while a text field has focus (there the key is the field's own), nor in a dialog;
 * - `no-dialog`: anywhere but inside an open dialog.
 */
export type KeyScope = 'always' | 'outside-text' | 'no-dialog';

export interface CommandSpec {
  id: AppCommand;
  /** Key in the `commands` namespace (shared/locales/<lng>/commands.json). */
  label: string;
  group: CommandGroup;
  /** Electron accelerator syntax ("CmdOrCtrl+Shift+O"); the browser hook reads the same string. */
  accelerator?: string;
  /** Where the platform's convention differs (redo is Shift+Cmd+Z on macOS, Ctrl+Y elsewhere). */
  macAccelerator?: string;
  /** More keys for the same command in browser mode (the menu shows one). */
  alsoKeys?: readonly string[];
  /**
   * Whether browser mode binds the key. Off where the browser owns it (Ctrl+N opens a window, Ctrl+0/=/-
   * zoom the page, Ctrl+O/E are the browser's): there the toolbar buttons do the work.
   */
  browser: boolean;
  scope: KeyScope;
  /** A menu label that is the language's own name, the same in every interface language. */
  fixedLabel?: string;
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'new-milestone', label: 'newMilestone', group: 'file', accelerator: 'CmdOrCtrl+N', browser: false, scope: 'no-dialog' },
  { id: 'manage-pairs', label: 'managePairs', group: 'file', browser: false, scope: 'no-dialog' },
  { id: 'import', label: 'import', group: 'file-data', accelerator: 'CmdOrCtrl+O', browser: false, scope: 'no-dialog' },
  { id: 'import-article', label: 'importArticle', group: 'file-data', accelerator: 'CmdOrCtrl+Shift+O', browser: true, scope: 'no-dialog' },
  { id: 'export', label: 'export', group: 'file-data', accelerator: 'CmdOrCtrl+E', browser: false, scope: 'no-dialog' },
  { id: 'export-image', label: 'exportImage', group: 'file-data', accelerator: 'CmdOrCtrl+Shift+E', browser: true, scope: 'always' },
  { id: 'export-citations', label: 'exportCitations', group: 'file-data', browser: false, scope: 'no-dialog' },
  { id: 'share-web-page', label: 'shareWebPage', group: 'file-data', browser: false, scope: 'no-dialog' },
  { id: 'backup', label: 'backup', group: 'file-backup', browser: false, scope: 'no-dialog' },
  { id: 'restore', label: 'restore', group: 'file-backup', browser: false, scope: 'no-dialog' },
  { id: 'undo', label: 'undo', group: 'edit', accelerator: 'CmdOrCtrl+Z', browser: true, scope: 'outside-text' },
  { id: 'redo', label: 'redo', group: 'edit', accelerator: 'Ctrl+Y', macAccelerator: 'Shift+Cmd+Z', alsoKeys: ['CmdOrCtrl+Shift+Z'], browser: true, scope: 'outside-text' },
  { id: 'find', label: 'find', group: 'find', accelerator: 'CmdOrCtrl+F', browser: true, scope: 'always' },
  { id: 'present', label: 'present', group: 'view', accelerator: 'F5', browser: true, scope: 'always' },
  { id: 'practice', label: 'practice', group: 'view', browser: false, scope: 'no-dialog' },
  { id: 'fit-all', label: 'fitAll', group: 'view', accelerator: 'CmdOrCtrl+0', browser: false, scope: 'no-dialog' },
  { id: 'zoom-in', label: 'zoomIn', group: 'view', accelerator: 'CmdOrCtrl+=', browser: false, scope: 'no-dialog' },
  { id: 'zoom-out', label: 'zoomOut', group: 'view', accelerator: 'CmdOrCtrl+-', browser: false, scope: 'no-dialog' },
  { id: 'language-en', label: 'languageEn', group: 'language', fixedLabel: 'English', browser: false, scope: 'always' },
  { id: 'language-ar', label: 'languageAr', group: 'language', fixedLabel: 'العربية', browser: false, scope: 'always' },
  { id: 'language-zh', label: 'languageZh', group: 'language', fixedLabel: '中文（简体）', browser: false, scope: 'always' },
];

export function commandSpec(id: AppCommand): CommandSpec {
  const spec = COMMANDS.find((c) => c.id === id);
  if (!spec) throw new Error(`No command spec for ${id}`);
  return spec;
}

/** The accelerator shown in the menu on this platform. */
export function acceleratorFor(spec: CommandSpec, isMac: boolean): string | undefined {
  return (isMac && spec.macAccelerator) || spec.accelerator;
}

/** Every key that runs the command in browser mode: both platforms' accelerators and the extra ones. */
export function browserKeys(spec: CommandSpec): string[] {
  return [spec.accelerator, spec.macAccelerator, ...(spec.alsoKeys ?? [])].filter((k): k is string => !!k);
}

/** The subset of KeyboardEvent a key match needs (plain objects in tests). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface ParsedKey {
  key: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

function parseAccelerator(accelerator: string): ParsedKey {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+=" splits to ['CmdOrCtrl', '=']; "CmdOrCtrl+Plus" would be Electron's spelling of '+'.
  const key = parts.pop() ?? '';
  const out: ParsedKey = { key: key === 'Plus' ? '+' : key.toLowerCase(), ctrl: false, meta: false, shift: false, alt: false };
  for (const m of parts) {
    if (m === 'CmdOrCtrl' || m === 'CommandOrControl') out.ctrl = true; // either modifier: see matchesAccelerator
    else if (m === 'Cmd' || m === 'Command') out.meta = true;
    else if (m === 'Ctrl' || m === 'Control') out.ctrl = true;
    else if (m === 'Shift') out.shift = true;
    else if (m === 'Alt' || m === 'Option') out.alt = true;
  }
  return out;
}

/**
 * Whether a key press is the accelerator. CmdOrCtrl accepts either modifier on every platform (browser
 * mode cannot always tell a Mac keyboard from another), as the old bindings did.
 */
export function matchesAccelerator(accelerator: string, e: KeyPress): boolean {
  const want = parseAccelerator(accelerator);
  const cmdOrCtrl = /(^|\+)(CmdOrCtrl|CommandOrControl)\+/.test(accelerator);
  const primary = cmdOrCtrl ? e.ctrlKey || e.metaKey : want.ctrl === e.ctrlKey && want.meta === e.metaKey;
  if (cmdOrCtrl && e.ctrlKey && e.metaKey) return false;
  return primary && want.shift === e.shiftKey && want.alt === e.altKey && e.key.toLowerCase() === want.key;
}

/** The command a key press runs in browser mode, if any. */
export function commandForKey(e: KeyPress): CommandSpec | undefined {
  return COMMANDS.find((spec) => spec.browser && browserKeys(spec).some((k) => matchesAccelerator(k, e)));
}

/** The accelerator in WAI-ARIA `aria-keyshortcuts` form ("Control+Shift+O"). */
export function ariaKeyShortcuts(spec: CommandSpec, isMac: boolean): string | undefined {
  const main = acceleratorFor(spec, isMac);
  const keys = [...(main ? [main] : []), ...(spec.alsoKeys ?? [])];
  if (keys.length === 0) return undefined;
  const word = (m: string) =>
    m === 'CmdOrCtrl' || m === 'CommandOrControl' ? (isMac ? 'Meta' : 'Control') : m === 'Cmd' || m === 'Command' ? 'Meta' : m === 'Ctrl' ? 'Control' : m;
  return keys.map((k) => k.split('+').map(word).join('+')).join(' ');
}
