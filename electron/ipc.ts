/**
 * IPC registration derived from the contract: one handler per call, each refusing senders other than
 * the app's own page, and passing the raw argument to the dispatcher, which validates it.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES } from '../shared/api/contract';
import { ipcChannel } from '../shared/api/bridge';
import type { Dispatch } from '../shared/api/dispatch';
import type { ApiResult } from '../shared/api/errors';

export function registerApi(ipcMain: IpcMain, dispatch: Dispatch, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown): Promise<ApiResult> => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'unauthorized', message: 'This window may not use the app’s API.' } };
      return dispatch(name, input);
    });
  }
  return () => CALL_NAMES.forEach((name) => ipcMain.removeHandler(ipcChannel(name)));
}
