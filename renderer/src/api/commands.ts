/**
 * App commands (shared/commands.ts) reach the renderer from the Electron menu; components subscribe
 * here, and keyboard shortcuts and buttons can dispatch the same commands in browser mode.
 */
import { useEffect } from 'react';
import type { AppCommand } from '../../../shared/commands';

type Listener = (command: AppCommand) => void;
const listeners = new Set<Listener>();

export function dispatchCommand(command: AppCommand): void {
  for (const listener of listeners) listener(command);
}

window.bilateral?.onCommand(dispatchCommand);

/** Runs `handlers[command]` when that command arrives, while the component is mounted. */
export function useCommands(handlers: Partial<Record<AppCommand, () => void>>): void {
  useEffect(() => {
    const listener: Listener = (command) => handlers[command]?.();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  });
}
