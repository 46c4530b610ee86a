import type { CallName } from './contract';
import type { ApiResult } from './errors';
import type { AppCommand } from '../commands';

/** What the Electron preload exposes on window.bilateral: the contract's calls, and nothing else. */
export interface BridgeApi {
  /** The names the bridge accepts (CALL_NAMES); any other name is refused before IPC. */
  readonly calls: readonly CallName[];
  call(name: CallName, input: unknown): Promise<ApiResult>;
  /** Menu commands from the main process; returns a function that stops listening. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}

/** IPC channel of a call. */
export function ipcChannel(name: CallName): string {
  return `api:${name}`;
}
