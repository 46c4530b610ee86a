/**
 * Saving a staged export or backup in the desktop app: main checks every argument, asks for the path in
 * its own save dialog, and moves the staged file there; it is served once and never left behind.
 * Electron's IPC and dialog are stood in for; the files and the core's Downloads are real.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { registerFileDialogs } from './file-dialogs';
import { FILE_CHANNELS, type OpenUploadResult, type SaveFileResult } from '../shared/api/bridge';
import { Uploads } from '../data/uploads';
import { FILE } from '../shared/limits';
import { Downloads } from '../data/downloads';
import { tempDir } from '../data/test/temp-db';

type Handler = (event: IpcMainInvokeEvent, raw: unknown) => Promise<SaveFileResult>;

const downloads = new Downloads();
const uploads = new Uploads();
afterEach(() => (downloads.close(), uploads.close()));

function setUp(chosen: string | null) {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, h: Handler) => handlers.set(channel, h), removeHandler: (channel: string) => handlers.delete(channel) } as unknown as IpcMain;
  const dialogs: unknown[] = [];
  const dialog = {
    showSaveDialog: async (_win: unknown, options: unknown) => (dialogs.push(options), chosen ? { canceled: false, filePath: chosen } : { canceled: true, filePath: '' }),
    showOpenDialog: async (_win: unknown, options: unknown) => (dialogs.push(options), chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] }),
  } as unknown as Dialog;
  registerFileDialogs(ipcMain, dialog, () => ({}) as BrowserWindow, (event) => (event as unknown as { trusted: boolean }).trusted, downloads, uploads);
  const save = (raw: unknown, trusted = true) => handlers.get(FILE_CHANNELS.saveDownload)!({ trusted } as unknown as IpcMainInvokeEvent, raw);
  const openUpload = (raw: unknown, trusted = true) => handlers.get(FILE_CHANNELS.openUpload)!({ trusted } as unknown as IpcMainInvokeEvent, raw) as unknown as Promise<OpenUploadResult>;
  return { save, openUpload, dialogs };
}

function stage(text: string) {
  const { id, file } = downloads.create();
  fs.writeFileSync(file, text);
  downloads.keep(id, { file, fileName: 'bilateral-timelines-all.json', mimeType: 'application/json', bytes: text.length });
  return { id, file };
}

const request = (download: string) => ({ download, suggestedName: 'bilateral-timelines-all.json', filters: [{ name: 'JSON', extensions: ['json'] }] });

describe('saving a staged export from the desktop app', () => {
  it('moves the staged file to the path chosen in main\'s dialog, once', async () => {
    const target = path.join(tempDir(), 'chosen.json');
    const { save, dialogs } = setUp(target);
    const staged = stage('{"format": "bilateral-timelines"}');
    expect(await save(request(staged.id))).toEqual({ ok: true, saved: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('{"format": "bilateral-timelines"}');
    expect(fs.existsSync(staged.file)).toBe(false);
    expect(dialogs).toEqual([{ defaultPath: 'bilateral-timelines-all.json', filters: [{ name: 'JSON', extensions: ['json'] }] }]);
    expect(await save(request(staged.id))).toMatchObject({ ok: false, reason: { key: 'file.downloadGone' } });
  });

  it('removes the staged file when the user cancels the dialog', async () => {
    const { save } = setUp(null);
    const staged = stage('x');
    expect(await save(request(staged.id))).toEqual({ ok: true, saved: false });
    expect(fs.existsSync(staged.file)).toBe(false);
  });

  it('refuses a request from another page, and any malformed argument, before a dialog opens or a file moves', async () => {
    const { save, dialogs } = setUp(path.join(tempDir(), 'never.json'));
    const staged = stage('kept');
    const refused = { ok: false, reason: { key: 'file.saveRefused' } };
    expect(await save(request(staged.id), false)).toMatchObject(refused);
    for (const raw of [
      null,
      'x',
      { ...request(staged.id), download: '../../etc/passwd' },
      { ...request(staged.id), suggestedName: '../outside.json' },
      { ...request(staged.id), suggestedName: 'C:\\Windows\\x.json' },
      { ...request(staged.id), filters: [{ name: 'x', extensions: ['../x'] }] },
      { ...request(staged.id), path: '/tmp/x' },
    ]) {
      expect(await save(raw)).toMatchObject(refused);
    }
    expect(dialogs).toEqual([]);
    expect(fs.readFileSync(staged.file, 'utf8')).toBe('kept');
  });
});

describe('picking a backup to restore in the desktop app', () => {
  const backupRequest = { filters: [{ name: 'Backup', extensions: ['sqlite'] }], purpose: 'backup' };

  it('copies the chosen file among the core\'s uploads: the renderer gets an upload id, never the bytes', async () => {
    const chosen = path.join(tempDir(), 'my backup.sqlite');
    fs.writeFileSync(chosen, 'SQLite format 3\0 and more');
    const { openUpload } = setUp(chosen);
    const result = await openUpload(backupRequest);
    if (!result.ok || !result.file) throw new Error('not opened');
    expect(result.file).toEqual({ name: 'my backup.sqlite', size: 25, upload: expect.any(String) });
    expect(JSON.stringify(result)).not.toContain('SQLite format');
    const staged = uploads.take(result.file.upload, FILE.backupBytes);
    expect(fs.readFileSync(staged, 'utf8')).toBe('SQLite format 3\0 and more');
    // The user's own file stays where it was.
    expect(fs.existsSync(chosen)).toBe(true);
  });

  it('refuses a file over FILE.backupBytes before copying a byte, in the words of restore.tooLarge', async () => {
    const chosen = path.join(tempDir(), 'huge.sqlite');
    fs.writeFileSync(chosen, '');
    fs.truncateSync(chosen, FILE.backupBytes + 1); // sparse: no disk used
    const { openUpload } = setUp(chosen);
    expect(await openUpload(backupRequest)).toMatchObject({ ok: false, reason: { key: 'restore.tooLarge', params: { max: 500 } } });
  });

  it('refuses another page and a request that names its own limit or purpose', async () => {
    const { openUpload, dialogs } = setUp(path.join(tempDir(), 'never.sqlite'));
    const refused = { ok: false, reason: { key: 'file.openRefused' } };
    expect(await openUpload(backupRequest, false)).toMatchObject(refused);
    for (const raw of [null, { ...backupRequest, maxBytes: 10 ** 12 }, { ...backupRequest, purpose: 'anything' }]) expect(await openUpload(raw)).toMatchObject(refused);
    expect(dialogs).toEqual([]);
  });
});
