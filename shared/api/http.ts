/** How the contract travels over HTTP in browser mode: POST <prefix><call name>, JSON in and out. */
export const API_PATH_PREFIX = '/api/';
/** Header carrying the per-launch token (lower case, as Node reports headers). */
export const TOKEN_HEADER = 'x-bilateral-token';
