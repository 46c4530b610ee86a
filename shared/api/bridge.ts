import type { CallName } from './contract';
import type { ApiResult, ErrorReason } from './errors';
import type { FileFilter, OpenFileRequest, OpenUploadRequest, SaveDownloadRequest, SaveFileRequest } from './bridge-schemas';
import { FILE } from '../limits';
import type { AppCommand } from '../commands';

/** What the Electron preload exposes on window.bilateral: the contract's calls, and nothing else. */
export interface BridgeApi {
  /** The names the bridge accepts (CALL_NAMES); any other name is refused before IPC. */
  readonly calls: readonly CallName[];
  call(name: CallName, input: unknown): Promise<ApiResult>;
  /** Menu commands from the main process; returns a function that stops listening. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Native open dialog; the chosen file's bytes (refused above `maxBytes`), or null if cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /**
   * Native open dialog for a file a call takes as an upload (a backup to restore): main refuses one above
   * its purpose's limit (shared/api/uploads.ts) and copies it among the core's uploads; its upload id, or
   * null if cancelled. The file's bytes never cross into the renderer.
   */
  openUpload(request: OpenUploadRequest): Promise<OpenUploadResult>;
  /** Native save dialog; writes the data and says whether it was saved (false if cancelled). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Native save dialog for a file a job staged (an export, a backup); main moves it there. False if cancelled. */
  saveDownload(request: SaveDownloadRequest): Promise<SaveFileResult>;
  /** Tells main the interface language, so that the menu speaks it too. */
  setMenuLanguage(language: string): void;
  /** Puts a PNG image on the system clipboard. */
  copyImage(png: Uint8Array): Promise<CopyImageResult>;
  /** Puts plain text (a citation, say) on the system clipboard. */
  copyText(text: string): Promise<CopyImageResult>;
}

/** A refusal by main: English for logs, and the reason the renderer words in the user's language. */
export interface BridgeFailure {
  ok: false;
  message: string;
  reason: ErrorReason;
}

export type CopyImageResult = { ok: true } | BridgeFailure;

export type { FileFilter, OpenFileRequest, OpenUploadRequest, SaveDownloadRequest, SaveFileRequest };

export type OpenFileResult = { ok: true; file: { name: string; bytes: Uint8Array } | null } | BridgeFailure;

export type OpenUploadResult = { ok: true; file: { name: string; size: number; upload: string } | null } | BridgeFailure;

export type SaveFileResult = { ok: true; saved: boolean } | BridgeFailure;

/** IPC channels of the file dialogs (main validates every argument). */
export const FILE_CHANNELS = { open: 'file:open', openUpload: 'file:open-upload', save: 'file:save', saveDownload: 'file:save-download' } as const;

/** IPC channel on which the window tells main its interface language (main checks it is one of ours). */
export const LANGUAGE_CHANNEL = 'app:language';

/** IPC channel of copying an image to the clipboard. */
export const CLIPBOARD_IMAGE_CHANNEL = 'clipboard:image';

/** IPC channel of copying text to the clipboard, and the most it takes. */
export const CLIPBOARD_TEXT_CHANNEL = 'clipboard:text';
export const MAX_CLIPBOARD_TEXT = FILE.clipboardTextChars;

/** IPC channel of a call. */
export function ipcChannel(name: CallName): string {
  return `api:${name}`;
}
