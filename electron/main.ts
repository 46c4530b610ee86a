/**
 * The Electron main process: one window, the app menu, the database in the user-data folder, and the
 * API contract over IPC. Everything else lives in data/ and shared/.
 */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openAppCore, type AppCore } from '../data/app-core';
import { registerApi } from './ipc';
import { registerFileDialogs } from './file-dialogs';
import { registerClipboard } from './clipboard';
import { createExportRenderer } from './export-renderer';
import { isMenuLanguage, menuLanguageFor, menuTemplate, type MenuLanguage } from './menu';
import { LANGUAGE_CHANNEL } from '../shared/api/bridge';
import { hardenContents, hardenSession } from './security';
import { appLocations } from './paths';

const DB_FILE_NAME = 'timelines.sqlite';
/** After the page has loaded: long enough for its first draw on a busy machine. */
const JOB_WARM_UP_DELAY_MS = 1500;

let core: AppCore | null = null;
let mainWindow: BrowserWindow | null = null;
/** A packaged build is a user's; a checkout (npm start) is a developer's, with DevTools. */
const development = !app.isPackaged;
/** The export renderer's pages: a private folder, the only one outside the app that its windows may load from. */
let exportDir: string | null = null;

function createWindow(rendererIndex: string, preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Bilateral Timelines',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: development,
    },
  });
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

async function start(): Promise<void> {
  const where = appLocations({ appRoot: app.getAppPath(), isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });
  const trustedPage = pathToFileURL(where.rendererIndex).href;
  const isTrustedSender = (event: IpcMainInvokeEvent | IpcMainEvent) => event.senderFrame?.url.split('#')[0] === trustedPage;

  exportDir = fs.mkdtempSync(path.join(app.getPath('temp'), 'bilateral-export-'));
  try {
    core = openAppCore({
      dbFile: path.join(app.getPath('userData'), DB_FILE_NAME),
      datasetDir: where.datasetDir,
      shareViewerDir: where.shareViewerDir,
      nativeBinding: where.nativeBinding,
      renderer: createExportRenderer(exportDir),
    });
  } catch (error) {
    dialog.showErrorBox('Bilateral Timelines could not open its database', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  hardenSession({ allowedDirs: [path.dirname(where.rendererIndex), exportDir], development });
  registerApi(ipcMain, core.dispatch, isTrustedSender);
  registerFileDialogs(ipcMain, dialog, (event) => BrowserWindow.fromWebContents(event.sender), isTrustedSender, core.downloads, core.uploads);
  registerClipboard(ipcMain, clipboard, isTrustedSender);
  // The menu speaks the system's language until the window says which one the user chose.
  const setMenu = (language: MenuLanguage) =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', development, language, getWindow: () => mainWindow })));
  setMenu(menuLanguageFor(app.getLocale()));
  ipcMain.on(LANGUAGE_CHANNEL, (event, language: unknown) => {
    if (isTrustedSender(event) && isMenuLanguage(language)) setMenu(language);
  });
  mainWindow = createWindow(where.rendererIndex, where.preload);
  mainWindow.on('closed', () => (mainWindow = null));
  // The job worker (imports, exports, backups) starts once the page has loaded and drawn, not during its start.
  mainWindow.webContents.once('did-finish-load', () => setTimeout(() => void core?.warmUpJobs(), JOB_WARM_UP_DELAY_MS).unref());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Bilateral Timelines could not start', String(error));
    app.exit(1);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && core) {
      const where = appLocations({ appRoot: app.getAppPath(), isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });
      mainWindow = createWindow(where.rendererIndex, where.preload);
    }
  });
  app.on('will-quit', () => {
    core?.close();
    if (exportDir) fs.rmSync(exportDir, { recursive: true, force: true });
  });
}
