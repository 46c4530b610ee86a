/**
 * How this window reaches the app's core: through the Electron preload bridge when there is one,
 * otherwise over HTTP to the browser-mode server with the session's token.
 */
import { createClient, type Transport } from '../../../shared/api/client';
import type { ApiClient, CallName } from '../../../shared/api/contract';
import { API_PATH_PREFIX, downloadUrl, TOKEN_HEADER, uploadUrl } from '../../../shared/api/http';
import type { UploadPurpose } from '../../../shared/api/uploads';
import { ApiError } from '../../../shared/api/errors';
import type { ApiResult } from '../../../shared/api/errors';
import type { BridgeApi } from '../../../shared/api/bridge';

declare global {
  interface Window {
    bilateral?: BridgeApi;
  }
}

const TOKEN_KEY = 'bilateral.token';

/** Takes the token from the URL fragment (where the server put it) into session storage, out of sight. */
export function captureToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(token: string | null): Transport {
  return async (name: CallName, input: unknown): Promise<ApiResult> => {
    let response: Response;
    try {
      response = await fetch(`${API_PATH_PREFIX}${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'internal', message: 'The app’s local server is not answering. Is it still running?' } };
    }
    try {
      return (await response.json()) as ApiResult;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The app’s local server answered with HTTP ${response.status}.` } };
    }
  };
}

/**
 * Browser mode: streams a file the user chose to the server's disk (POST /upload) and gives the id that
 * importPreview (or, for a backup, restoreBackup) takes instead of the file, so that neither side holds a
 * large file in memory.
 */
export async function uploadFile(file: Blob, signal?: AbortSignal, purpose: UploadPurpose = 'import'): Promise<string> {
  let response: Response;
  try {
    response = await fetch(uploadUrl(purpose), { method: 'POST', headers: { [TOKEN_HEADER]: sessionStorage.getItem(TOKEN_KEY) ?? '' }, body: file, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw ApiError.fromBody({ code: 'internal', message: 'The app’s local server is not answering. Is it still running?' });
  }
  const result = (await response.json().catch(() => null)) as ApiResult<{ upload: string }> | null;
  if (!result) throw ApiError.fromBody({ code: 'internal', message: `The app’s local server answered with HTTP ${response.status}.` });
  if (!result.ok) throw ApiError.fromBody(result.error);
  return result.value.upload;
}

/**
 * Browser mode: saves a file a job staged on the server (an export, a backup) through a plain link, so
 * that the browser streams it to disk itself: the file never passes through this page's memory.
 */
export function downloadFromServer(download: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = downloadUrl(download, sessionStorage.getItem(TOKEN_KEY) ?? '');
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

function bridgeTransport(bridge: BridgeApi): Transport {
  return (name, input) => bridge.call(name, input);
}

export const isElectron = typeof window !== 'undefined' && window.bilateral !== undefined;

export function createApi(): ApiClient {
  return createClient(window.bilateral ? bridgeTransport(window.bilateral) : httpTransport(captureToken()));
}
