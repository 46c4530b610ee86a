/**
 * Every size limit, once: text lengths (the schemas, the forms' maxLength, and the SQL CHECKs of the
 * migrations, which a test holds to these), file sizes (file dialogs, the contract, the HTTP server) and
 * row counts. A limit that two places state differently refuses in one what the other let through.
 */

export const MiB = 1024 * 1024;

/** Characters of one text field. */
export const TEXT = {
  name: 200,
  title: 300,
  summary: 4000,
  place: 200,
  person: 120,
  publisher: 200,
  sourceTitle: 500,
  url: 2000,
  storyName: 200,
  imageTitle: 200,
  searchQuery: 500,
  quote: 300,
  disagreement: 1000,
} as const;

/** Rows in one list. */
export const COUNT = {
  people: 40,
  sources: 20,
  /** Filter choices (levels, languages, publishers) and pairs in one request. */
  choices: 100,
  searchHits: 500,
  articleMilestones: 200,
} as const;

/** Base64 characters for `bytes` bytes. */
export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/** Bytes of one file the user opens; the largest import is also the most text an import reads. */
export const FILE = {
  importBytes: 64 * MiB,
  importChars: 64 * MiB,
  backupBytes: 500 * MiB,
  articleBytes: 5 * MiB,
  /** What any native open dialog reads at most (main refuses a larger request). */
  anyOpenBytes: 1024 * MiB,
  clipboardPngBytes: 256 * MiB,
  clipboardTextChars: 4 * MiB,
} as const;

/**
 * Files a job writes for the user (exports, backups): staged on the host's disk and fetched once. Never
 * held whole in memory: the job writes them in pieces of `writeChunkChars`.
 */
export const DOWNLOAD = {
  /** A staged file not fetched (or saved by main) within this time is removed. */
  keepMs: 10 * 60_000,
  writeChunkChars: 1 * MiB,
  /** Rows between two checks for cancel while a job writes a file. */
  rowsPerCheck: 2048,
  /** Database pages an online backup copies per step (a cancel is seen between steps). */
  backupPagesPerStep: 1024,
} as const;

/**
 * The largest JSON call browser mode takes: an import of the most characters as UTF-8 (up to 3 bytes
 * each), with room for the envelope. Backups never travel in a call: they are uploaded (POST /upload).
 */
export const HTTP_MAX_BODY_BYTES = FILE.importChars * 3 + MiB;

/** Whole megabytes, for messages. */
export const inMb = (bytes: number) => Math.round(bytes / MiB);
