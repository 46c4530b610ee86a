/**
 * The preload bridge: exposes the API contract's calls, and nothing else, on window.bilateral.
 * Runs sandboxed, so it is bundled into one small CommonJS file: the build inlines the contract's call
 * names (scripts/build-electron.ts) rather than bundling the schemas; main validates every input.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { CallName } from '../shared/api/contract';
import { CLIPBOARD_IMAGE_CHANNEL, CLIPBOARD_TEXT_CHANNEL, FILE_CHANNELS, LANGUAGE_CHANNEL, ipcChannel, type BridgeApi } from '../shared/api/bridge';
import { COMMAND_CHANNEL, isAppCommand } from '../shared/commands';

declare const __CALL_NAMES__: readonly CallName[];
const CALL_NAMES = __CALL_NAMES__;
const isCallName = (name: unknown): name is CallName => typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name);

const bridge: BridgeApi = {
  calls: [...CALL_NAMES],
  call(name, input) {
    if (!isCallName(name)) return Promise.resolve({ ok: false, error: { code: 'unknown_call', message: `There is no API call named "${String(name).slice(0, 60)}".` } });
    return ipcRenderer.invoke(ipcChannel(name), input);
  },
  onCommand(listener) {
    const handler = (_event: unknown, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, handler);
    return () => ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
  },
  setMenuLanguage: (language) => ipcRenderer.send(LANGUAGE_CHANNEL, language),
  openFile: (request) => ipcRenderer.invoke(FILE_CHANNELS.open, request),
  openUpload: (request) => ipcRenderer.invoke(FILE_CHANNELS.openUpload, request),
  saveFile: (request) => ipcRenderer.invoke(FILE_CHANNELS.save, request),
  saveDownload: (request) => ipcRenderer.invoke(FILE_CHANNELS.saveDownload, request),
  copyImage: (png) => ipcRenderer.invoke(CLIPBOARD_IMAGE_CHANNEL, png),
  copyText: (text) => ipcRenderer.invoke(CLIPBOARD_TEXT_CHANNEL, text),
};

contextBridge.exposeInMainWorld('bilateral', bridge);
