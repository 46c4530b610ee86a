/**
 * Browser mode's keyboard shortcuts: one window listener that runs the command-table entry a key press
 * names (shared/commands.ts). In Electron the menu's accelerators send the same commands, so it stays off.
 */
import { useEffect } from 'react';
import { ariaKeyShortcuts, commandForKey, commandSpec, type AppCommand, type KeyScope } from '../../../shared/commands';
import { dispatchCommand } from './commands';
import { isElectron } from './transport';

export function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

function applies(scope: KeyScope, e: KeyboardEvent): boolean {
  if (scope === 'always') return true;
  const inDialog = document.querySelector('dialog[open]') !== null;
  if (scope === 'no-dialog') return !inDialog;
  return !inDialog && !inTextField(e.target);
}

export function useCommandKeys(): void {
  useEffect(() => {
    if (isElectron) return;
    const onKey = (e: KeyboardEvent) => {
      const spec = commandForKey(e);
      if (!spec || !applies(spec.scope, e)) return;
      e.preventDefault();
      dispatchCommand(spec.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A command's keys for `aria-keyshortcuts`, from the command table. */
export function commandKeys(id: AppCommand): string | undefined {
  return ariaKeyShortcuts(commandSpec(id), isMac);
}
