/**
 * The Electron main process: one window, the app menu, the database in the user-data folder, and the
 * API contract over IPC. Everything else lives in data/ and shared/.
 */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, type IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openAppCore, type AppCore } from '../data/app-core';
import { registerApi } from './ipc';
import { registerFileDialogs } from './file-dialogs';
import { registerClipboard } from './clipboard';
import { createExportRenderer } from './export-renderer';
import { buildMenu } from './menu';
import { hardenContents, hardenSession } from './security';
import { appLocations } from './paths';

const DB_FILE_NAME = 'timelines.sqlite';

let core: AppCore | null = null;
let mainWindow: BrowserWindow | null = null;

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
  const isTrustedSender = (event: IpcMainInvokeEvent) => event.senderFrame?.url.split('#')[0] === trustedPage;

  try {
    core = openAppCore({
      dbFile: path.join(app.getPath('userData'), DB_FILE_NAME),
      datasetDir: where.datasetDir,
      nativeBinding: where.nativeBinding,
      renderer: createExportRenderer(app.getPath('temp')),
    });
  } catch (error) {
    dialog.showErrorBox('Bilateral Timelines could not open its database', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  hardenSession();
  registerApi(ipcMain, core.dispatch, isTrustedSender);
  registerFileDialogs(ipcMain, dialog, (event) => BrowserWindow.fromWebContents(event.sender), isTrustedSender);
  registerClipboard(ipcMain, clipboard, isTrustedSender);
  Menu.setApplicationMenu(buildMenu(process.platform === 'darwin', () => mainWindow));
  mainWindow = createWindow(where.rendererIndex, where.preload);
  mainWindow.on('closed', () => (mainWindow = null));
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
  app.on('will-quit', () => core?.close());
}
