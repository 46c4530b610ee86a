/**
 * One browser-mode app for a spec file: started before its tests, stopped after them. The returned
 * object reads the running app's fields, so a spec writes `app.appUrl` as if it held the app itself.
 */
import { test } from '@playwright/test';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

export function serveBrowserMode(): BrowserModeApp {
  let running: BrowserModeApp | null = null;
  test.beforeAll(async () => {
    running = await startBrowserMode();
  });
  test.afterAll(async () => {
    await running?.stop();
  });
  const app = (): BrowserModeApp => {
    if (!running) throw new Error('The browser-mode app starts before the tests (beforeAll); it is not running now.');
    return running;
  };
  return {
    get appUrl() {
      return app().appUrl;
    },
    get url() {
      return app().url;
    },
    get token() {
      return app().token;
    },
    get dbFile() {
      return app().dbFile;
    },
    stop: () => app().stop(),
  };
}
