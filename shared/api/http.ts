/** How the contract travels over HTTP in browser mode: POST <prefix><call name>, JSON in and out. */
export const API_PATH_PREFIX = '/api/';
/** Header carrying the per-launch token (lower case, as Node reports headers). */
export const TOKEN_HEADER = 'x-bilateral-token';
/**
 * POST here streams an import file's bytes (the body, at most FILE.importBytes) to the server's disk; it
 * answers an ApiResult whose value is `{ upload }`, the id importPreview then takes instead of text.
 */
export const UPLOAD_PATH = '/upload';
/**
 * GET <DOWNLOAD_PATH><id> serves a file a job staged (an export, a backup: StagedFile.download), once,
 * then removes it. It carries the token in the header, or as `?token=` so that a plain link (an anchor's
 * download, which sends no header) can fetch it straight to the user's disk.
 */
export const DOWNLOAD_PATH = '/download/';
export const TOKEN_QUERY = 'token';

export function downloadUrl(download: string, token: string): string {
  return `${DOWNLOAD_PATH}${encodeURIComponent(download)}?${TOKEN_QUERY}=${encodeURIComponent(token)}`;
}
