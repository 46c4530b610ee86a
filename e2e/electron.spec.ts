/**
 * The desktop app itself: start → pick a pair → read a milestone's details, in a real Electron window.
 * Runs where the Electron binary exists; elsewhere it is skipped and says why.
 */
import { test, expect, _electron as electron } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installedElectronBinary } from '../scripts/electron-binary';
import { electronNativeBinding } from '../electron/paths';

const ROOT = path.resolve(import.meta.dirname, '..');
const binary = installedElectronBinary();
const native = fs.existsSync(electronNativeBinding(ROOT));

const skipReason = !binary.ok
  ? `Electron spec skipped: ${binary.reason}. Where the binary is installed (npx install-electron, or ELECTRON_OVERRIDE_DIST_PATH), this spec runs.`
  : !native
    ? 'Electron spec skipped: better-sqlite3 has not been built for Electron yet; run `npm run electron:native` first.'
    : null;
if (skipReason) console.log(skipReason);
test.skip(skipReason !== null, skipReason ?? '');

test('desktop app: start, pick China–Kyrgyzstan, open a milestone', async () => {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'bilateral-electron-'));
  const app = await electron.launch({ executablePath: binary.ok ? binary.path : undefined, args: [ROOT, `--user-data-dir=${userData}`], cwd: ROOT });
  try {
    const win = await app.firstWindow();
    const picker = win.getByTestId('pair-picker');
    await expect(picker).toBeEnabled();
    await picker.selectOption('CN-KG');
    await win.locator('.milestone-label', { hasText: 'for a new era' }).click();
    await expect(win.getByTestId('detail-panel')).toContainText('Xinhua');
    // Isolation: no Node in the page, and the bridge carries the contract's calls only.
    const page = await win.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { bilateral?: object }).bilateral ?? {}).sort(),
    }));
    expect(page).toEqual({ require: 'undefined', process: 'undefined', bridge: ['call', 'calls', 'copyImage', 'copyText', 'onCommand', 'openFile', 'saveDownload', 'saveFile', 'setMenuLanguage'] });
    // Navigation away from the app is refused.
    await win.evaluate(() => { window.location.href = 'https://example.org/'; });
    await expect(picker).toBeVisible();
    await win.screenshot({ path: 'test-results/screenshots/electron.png' });
  } finally {
    await app.close();
  }
});
