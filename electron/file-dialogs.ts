/**
 * Native open and save dialogs for import, export, backup and restore. The renderer only ever names a
 * file by picking it here (a backup to restore it never even reads: main copies it among the core's uploads); every argument is checked before a dialog opens or a byte is written. An export or a
 * backup is not sent here as data: the job staged it on disk, and main moves it where the user chose.
 */
import fs from 'node:fs/promises';
import { inMb } from '../shared/limits';
import path from 'node:path';
import { openFileRequestSchema, openUploadRequestSchema, saveDownloadRequestSchema, saveFileRequestSchema } from '../shared/api/bridge-schemas';
import { uploadTooLarge, UPLOAD_MAX_BYTES } from '../shared/api/uploads';
import type { Uploads } from '../data/uploads';
import type { Downloads, Staged } from '../data/downloads';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { FILE_CHANNELS, type OpenFileResult, type OpenUploadResult, type SaveFileResult } from '../shared/api/bridge';

const openRequest = openFileRequestSchema;
const saveRequest = saveFileRequestSchema;

const unwritable = (error: unknown): SaveFileResult => {
  const detail = (error as NodeJS.ErrnoException).code ?? 'error';
  return { ok: false, message: `The file could not be written: ${detail}.`, reason: { key: 'file.unwritable', params: { detail } } };
};

/** A rename where it can (same disk), else a copy (streamed by the system, never read here) and a removal. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await fs.copyFile(from, to);
    await fs.rm(from, { force: true });
  }
}

export function registerFileDialogs(
  ipcMain: IpcMain,
  dialog: Dialog,
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | null,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  /** The core's staged exports and backups. */
  downloads: Pick<Downloads, 'take' | 'discard'>,
  /** The core's received files: a backup to restore is copied there (never sent to the renderer). */
  uploads: Pick<Uploads, 'create' | 'keep' | 'discard'>,
): () => void {
  const OPEN_REFUSED = { ok: false, message: 'This request to open a file was refused.', reason: { key: 'file.openRefused' } } as const;
  /** The request checked, then the file the user picked (null: cancelled); undefined where the request is refused. */
  const pickFile = async <T extends { filters: Electron.FileFilter[] }>(event: IpcMainInvokeEvent, parsed: { success: true; data: T } | { success: false }) => {
    const win = windowOf(event);
    if (!isTrustedSender(event) || !parsed.success || !win) return undefined;
    const chosen = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: parsed.data.filters });
    const file = chosen.filePaths[0];
    return { data: parsed.data, file: chosen.canceled || !file ? null : file };
  };

  ipcMain.handle(FILE_CHANNELS.open, async (event, raw: unknown): Promise<OpenFileResult> => {
    const picked = await pickFile(event, openRequest.safeParse(raw));
    if (!picked) return OPEN_REFUSED;
    const { data: request, file } = picked;
    if (!file) return { ok: true, file: null };
    try {
      const { size } = await fs.stat(file);
      if (size > request.maxBytes) {
        const [mb, max] = [inMb(size), inMb(request.maxBytes)];
        return { ok: false, message: `This file is too large (${mb} MB; at most ${max} MB).`, reason: { key: 'file.tooLarge', params: { mb, max } } };
      }
      return { ok: true, file: { name: path.basename(file), bytes: new Uint8Array(await fs.readFile(file)) } };
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? 'error';
      return { ok: false, message: `The file could not be read: ${detail}.`, reason: { key: 'file.unreadable', params: { detail } } };
    }
  });
  ipcMain.handle(FILE_CHANNELS.openUpload, async (event, raw: unknown): Promise<OpenUploadResult> => {
    const picked = await pickFile(event, openUploadRequestSchema.safeParse(raw));
    if (!picked) return OPEN_REFUSED;
    const { file } = picked;
    if (!file) return { ok: true, file: null };
    const { purpose } = picked.data;
    const refusedAsTooLarge = (bytes: number): OpenUploadResult => {
      const { message, reason } = uploadTooLarge(purpose, bytes);
      return { ok: false, message, reason: reason! };
    };
    const staged = uploads.create();
    try {
      // Refused before a byte is copied; counted again after the copy (the file may have grown meanwhile).
      const { size } = await fs.stat(file);
      if (size > UPLOAD_MAX_BYTES[purpose]) return refusedAsTooLarge(size);
      await fs.copyFile(file, staged.file);
      const copied = (await fs.stat(staged.file)).size;
      if (copied > UPLOAD_MAX_BYTES[purpose]) {
        uploads.discard(staged.file);
        return refusedAsTooLarge(copied);
      }
      uploads.keep(staged.id, staged.file, copied);
      return { ok: true, file: { name: path.basename(file), size: copied, upload: staged.id } };
    } catch (error) {
      uploads.discard(staged.file);
      const detail = (error as NodeJS.ErrnoException).code ?? 'error';
      return { ok: false, message: `The file could not be read: ${detail}.`, reason: { key: 'file.unreadable', params: { detail } } };
    }
  });
  ipcMain.handle(FILE_CHANNELS.save, async (event, raw: unknown): Promise<SaveFileResult> => {
    const request = saveRequest.safeParse(raw);
    const win = windowOf(event);
    if (!isTrustedSender(event) || !request.success || !win) return { ok: false, message: 'This request to save a file was refused.', reason: { key: 'file.saveRefused' } };
    const chosen = await dialog.showSaveDialog(win, { defaultPath: request.data.suggestedName, filters: request.data.filters });
    if (chosen.canceled || !chosen.filePath) return { ok: true, saved: false };
    try {
      await fs.writeFile(chosen.filePath, request.data.data);
      return { ok: true, saved: true };
    } catch (error) {
      return unwritable(error);
    }
  });
  ipcMain.handle(FILE_CHANNELS.saveDownload, async (event, raw: unknown): Promise<SaveFileResult> => {
    const request = saveDownloadRequestSchema.safeParse(raw);
    const win = windowOf(event);
    if (!isTrustedSender(event) || !request.success || !win) return { ok: false, message: 'This request to save a file was refused.', reason: { key: 'file.saveRefused' } };
    let staged: Staged;
    try {
      // Taken before the dialog opens: served once, and removed whatever the user chooses.
      staged = downloads.take(request.data.download);
    } catch {
      return { ok: false, message: 'The file to save is no longer there. Export it again.', reason: { key: 'file.downloadGone' } };
    }
    try {
      const chosen = await dialog.showSaveDialog(win, { defaultPath: request.data.suggestedName, filters: request.data.filters });
      if (chosen.canceled || !chosen.filePath) return { ok: true, saved: false };
      await moveFile(staged.file, chosen.filePath);
      return { ok: true, saved: true };
    } catch (error) {
      return unwritable(error);
    } finally {
      downloads.discard(staged.file);
    }
  });
  return () => {
    ipcMain.removeHandler(FILE_CHANNELS.open);
    ipcMain.removeHandler(FILE_CHANNELS.openUpload);
    ipcMain.removeHandler(FILE_CHANNELS.save);
    ipcMain.removeHandler(FILE_CHANNELS.saveDownload);
  };
}
