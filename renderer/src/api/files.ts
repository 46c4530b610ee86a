/**
 * Opening and saving files: native dialogs through the Electron bridge, or a file picker and a download
 * in browser mode. Reading reports progress and can be cancelled.
 */
import type { BridgeFailure, FileFilter } from '../../../shared/api/bridge';
import { inMb } from '../../../shared/limits';
import { ApiError } from '../../../shared/api/errors';
import type { StagedFile } from '../../../shared/exchange';
import { downloadFromServer, uploadFile } from './transport';
import { uploadTooLarge, UPLOAD_MAX_BYTES, type UploadPurpose } from '../../../shared/api/uploads';

export interface PickedFile {
  name: string;
  size: number;
  /** Reads the whole file; `onProgress` gets a fraction; rejects with an AbortError when `signal` aborts. */
  read(onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<Uint8Array>;
  /** In browser mode, the file itself: it can be sent to the server without being read here. */
  blob?: Blob;
}

/** A refusal by Electron's main process, as an error the renderer words in the user's language. */
export function refusal(failure: BridgeFailure): ApiError {
  return ApiError.fromBody({ code: 'invalid_input', message: failure.message, reason: failure.reason });
}

function pickInBrowser(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function readInBrowser(file: File, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(ApiError.keyed('invalid_input', 'file.unreadable', 'The file could not be read.', { detail: reader.error?.name ?? 'error' }));
    reader.onabort = () => reject(new DOMException('Cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => reader.abort(), { once: true });
    reader.readAsArrayBuffer(file);
  });
}

/** Lets the user choose a file; refuses one above `maxBytes` before reading it. */
export async function pickFile(filters: FileFilter[], maxBytes: number): Promise<PickedFile | null> {
  const tooLarge = (size: number) => {
    const [mb, max] = [inMb(size), inMb(maxBytes)];
    return ApiError.keyed('invalid_input', 'file.tooLarge', `This file is too large (${mb} MB; at most ${max} MB).`, { mb, max });
  };
  const bridge = window.bilateral;
  if (bridge) {
    const result = await bridge.openFile({ filters, maxBytes });
    if (!result.ok) throw refusal(result);
    if (!result.file) return null;
    const { name, bytes } = result.file;
    return { name, size: bytes.length, read: async (onProgress) => (onProgress?.(1), bytes) };
  }
  const file = await pickInBrowser(filters);
  if (!file) return null;
  if (file.size > maxBytes) throw tooLarge(file.size);
  return { name: file.name, size: file.size, blob: file, read: (onProgress, signal) => readInBrowser(file, onProgress, signal) };
}

/** A file picked for a call that takes it as an upload; `send` gives its upload id (browser mode sends it then). */
export interface PickedUpload {
  name: string;
  size: number;
  send(signal?: AbortSignal): Promise<string>;
}

/**
 * Lets the user choose a file for `purpose` (a backup to restore) that a call takes as an upload, refused
 * above the purpose's one limit before a byte is read (shared/api/uploads.ts). In the desktop app main
 * copies it among the core's uploads; in browser mode it is streamed to the server when sent. Its bytes
 * never pass through this page.
 */
export async function pickUpload(filters: FileFilter[], purpose: UploadPurpose): Promise<PickedUpload | null> {
  const bridge = window.bilateral;
  if (bridge) {
    const result = await bridge.openUpload({ filters, purpose });
    if (!result.ok) throw refusal(result);
    if (!result.file) return null;
    const { name, size, upload } = result.file;
    return { name, size, send: async () => upload };
  }
  const file = await pickInBrowser(filters);
  if (!file) return null;
  if (file.size > UPLOAD_MAX_BYTES[purpose]) throw uploadTooLarge(purpose, file.size);
  return { name: file.name, size: file.size, send: (signal) => uploadFile(file, signal, purpose) };
}

/** UTF-8 text; a file with bytes that are not UTF-8 is refused (a U+FFFD the file itself holds is kept). */
export { decodeUtf8File as decodeText } from '../../../shared/text/decode-utf8';

/** Saves through a native dialog, or downloads; false when the user cancelled the dialog. */
export async function saveFile(suggestedName: string, filters: FileFilter[], data: string | Uint8Array, mimeType: string): Promise<boolean> {
  const bridge = window.bilateral;
  if (bridge) {
    const result = await bridge.saveFile({ suggestedName, filters, data });
    if (!result.ok) throw refusal(result);
    return result.saved;
  }
  const blob = new Blob([data as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** Saves a file a job staged (an export, a backup): main moves it where the user chooses, or the browser downloads it. */
export async function saveStaged(file: StagedFile, filters: FileFilter[]): Promise<boolean> {
  const bridge = window.bilateral;
  if (bridge) {
    const result = await bridge.saveDownload({ download: file.download, suggestedName: file.fileName, filters });
    if (!result.ok) throw refusal(result);
    return result.saved;
  }
  downloadFromServer(file.download, file.fileName);
  return true;
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
