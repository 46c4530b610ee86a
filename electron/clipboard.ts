/** Copying an exported PNG or a citation's text to the system clipboard; each checked before use. */
import { ClipboardItem, type clipboard as electronClipboard, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { FILE } from '../shared/limits';
import { CLIPBOARD_IMAGE_CHANNEL, CLIPBOARD_TEXT_CHANNEL, MAX_CLIPBOARD_TEXT, type CopyImageResult } from '../shared/api/bridge';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_BYTES = FILE.clipboardPngBytes;

export function isPng(bytes: unknown): bytes is Uint8Array {
  return bytes instanceof Uint8Array && bytes.length > PNG_SIGNATURE.length && bytes.length <= MAX_BYTES && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

export function isClipboardText(text: unknown): text is string {
  return typeof text === 'string' && text.length > 0 && text.length <= MAX_CLIPBOARD_TEXT && !text.includes('\u0000');
}

export function registerClipboard(ipcMain: IpcMain, clipboard: typeof electronClipboard, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): () => void {
  ipcMain.handle(CLIPBOARD_IMAGE_CHANNEL, async (event, png: unknown): Promise<CopyImageResult> => {
    if (!isTrustedSender(event) || !isPng(png)) return { ok: false, message: 'This request to copy an image was refused.', reason: { key: 'clipboard.refused' } };
    try {
      // Electron's clipboard follows the web's: one item, its PNG as a Blob.
      await clipboard.write([new ClipboardItem({ 'image/png': new Blob([png as BlobPart], { type: 'image/png' }) })]);
      return { ok: true };
    } catch {
      return { ok: false, message: 'The system clipboard did not take the image, so nothing was copied.', reason: { key: 'clipboard.failed' } };
    }
  });
  ipcMain.handle(CLIPBOARD_TEXT_CHANNEL, (event, text: unknown): CopyImageResult => {
    if (!isTrustedSender(event) || !isClipboardText(text)) return { ok: false, message: 'This request to copy text was refused.', reason: { key: 'clipboard.refused' } };
    clipboard.writeText(text);
    return { ok: true };
  });
  return () => {
    ipcMain.removeHandler(CLIPBOARD_IMAGE_CHANNEL);
    ipcMain.removeHandler(CLIPBOARD_TEXT_CHANNEL);
  };
}
