/** How the contract travels over HTTP in browser mode: POST <prefix><call name>, JSON in and out. */
export const API_PATH_PREFIX = '/api/';
/** Header carrying the per-launch token (lower case, as Node reports headers). */
export const TOKEN_HEADER = 'x-bilateral-token';
/**
 * POST here streams an import file's bytes (the body, at most FILE.importBytes) to the server's disk; it
 * answers an ApiResult whose value is `{ upload }`, the id importPreview then takes instead of text.
 */
export const UPLOAD_PATH = '/upload';
