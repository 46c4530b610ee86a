/**
 * A button that opens a dialog, by a click or by its command from the command table (menu, shortcut):
 * the dialog is mounted only while open. The button says which keys run the command (aria-keyshortcuts).
 */
import { useState, type ReactNode } from 'react';
import type { AppCommand } from '../../../shared/commands';
import { useCommands } from '../api/commands';
import { commandKeys } from '../api/command-keys';

export interface CommandDialogButtonProps {
  label: string;
  testId?: string;
  /** The command that opens the dialog too; none for a button without one. */
  command?: AppCommand;
  title?: string;
  className?: string;
  disabled?: boolean;
  /** Whether the command may open the dialog now (default: while the button is enabled). */
  commandOpens?: boolean;
  /** A click that does something else instead of opening (return true when it did). */
  instead?: () => boolean;
  dialog(close: () => void): ReactNode;
}

export function CommandDialogButton({ label, testId, command, title, className, disabled = false, commandOpens = !disabled, instead, dialog }: CommandDialogButtonProps) {
  const [open, setOpen] = useState(false);
  useCommands(command ? { [command]: () => commandOpens && setOpen(true) } : {});
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => instead?.() || setOpen(true)}
        disabled={disabled}
        title={title}
        aria-haspopup="dialog"
        aria-keyshortcuts={command ? commandKeys(command) : undefined}
        data-testid={testId}
      >
        {label}
      </button>
      {open && dialog(() => setOpen(false))}
    </>
  );
}
