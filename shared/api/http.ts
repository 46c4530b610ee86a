/** How the contract travels over HTTP in browser mode: POST <prefix><call name>, JSON in and out. */
export const API_PATH_PREFIX = '/api/';
/** Header carrying the per-launch token (lower case, as Node reports headers). */
export const TOKEN_HEADER = 'x-bilateral-token';
/**
 * POST here streams a file's bytes (the body) to the server's disk: an import file, or with `?for=backup`
 * a backup to restore (each at most its UPLOAD_MAX_BYTES, shared/api/uploads.ts). It answers an ApiResult
 * whose value is `{ upload }`, the id importPreview or restoreBackup then takes instead of the file.
 */
export const UPLOAD_PATH = '/upload';
export const UPLOAD_PURPOSE_QUERY = 'for';

export function uploadUrl(purpose: 'import' | 'backup'): string {
  return purpose === 'import' ? UPLOAD_PATH : `${UPLOAD_PATH}?${UPLOAD_PURPOSE_QUERY}=${purpose}`;
}
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
