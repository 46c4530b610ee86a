/**
 * Finds a Chromium (tests, browser-mode image export, the export CLI): Playwright's own when it is installed, else the system's.
 * Returns null when there is none, so the caller can say what to install.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

// Playwright is required when a Chromium is looked for, not when the server starts (it took most of the start).
const requireHere = createRequire(import.meta.url);

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(): { path: string; kind: 'playwright' | 'system' } | null {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return { path: process.env.CHROMIUM_PATH, kind: 'system' };
  try {
    const { chromium } = requireHere('playwright-core') as typeof import('playwright-core');
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return { path: own, kind: 'playwright' };
  } catch {
    // Playwright has no browser of its own here.
  }
  const system = SYSTEM_CHROMIUMS.find((p) => fs.existsSync(p));
  return system ? { path: system, kind: 'system' } : null;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), or `npx playwright install chromium`, or set CHROMIUM_PATH.';

/**
 * Whether Chromium's sandbox can be used: everywhere but as root, where Chromium refuses to start its
 * (namespace or setuid) sandbox and only runs with --no-sandbox. Only then is the sandbox left off.
 */
export function chromiumSandboxPossible(uid: number | null = process.getuid?.() ?? null): boolean {
  return uid !== 0;
}
