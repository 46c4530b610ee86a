/**
 * The export renderer's warm-up: Chromium started in the background when the host starts, so that
 * the first PNG does not wait for its launch. Counts this process's real Chromium children.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { createChromiumRenderer, type ChromiumRenderer } from './chromium-renderer';
import { findChromium } from './chromium';

/** Child processes of this test process that are a Chromium (Playwright launches the browser as a direct child). */
function chromiumChildPids(): number[] {
  const pids: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After the command (in parentheses): the state, then the parent's pid.
      const match = /^\d+ \((.*)\) (\S+) (\d+)/s.exec(stat);
      if (match && Number(match[3]) === process.pid && /chrom/i.test(match[1])) pids.push(Number(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

const chromiumChildren = () => chromiumChildPids().length;

async function until(check: () => boolean, ms = 30_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

const onLinuxWithChromium = process.platform === 'linux' && findChromium() !== null;

describe.skipIf(!onLinuxWithChromium)('warming up the export renderer (needs Chromium, and /proc to count its processes)', () => {
  let renderer: ChromiumRenderer | null = null;
  afterEach(async () => {
    await renderer?.close();
    renderer = null;
  });

  it('starts one browser in the background, before any export, however often it is asked; the export then uses it', async () => {
    renderer = createChromiumRenderer();
    expect(chromiumChildren()).toBe(0);
    renderer.warmUp();
    renderer.warmUp();
    expect(await until(() => chromiumChildren() === 1)).toBe(true);
    const png = PNG.sync.read(Buffer.from(await renderer.png('<!doctype html><body style="margin:0;background:#123456"></body>', { width: 40, height: 20 }, 2, false)));
    expect([png.width, png.height]).toEqual([80, 40]);
    expect([...png.data.subarray(0, 3)]).toEqual([0x12, 0x34, 0x56]);
    expect(chromiumChildren()).toBe(1);
  }, 60_000);

  it('starts nothing once the host has closed it', async () => {
    renderer = createChromiumRenderer();
    await renderer.close();
    renderer.warmUp();
    await new Promise((r) => setTimeout(r, 1500));
    expect(chromiumChildren()).toBe(0);
  });
});

describe.skipIf(!onLinuxWithChromium)('closing the export renderer', () => {
  it('never throws, even while a warm-up is starting a browser that fails', async () => {
    const renderer = createChromiumRenderer();
    renderer.warmUp();
    // The browser this warm-up launches is killed under it, as Playwright does on SIGTERM.
    await until(() => chromiumChildren() === 1);
    for (const pid of chromiumChildPids()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
    await expect(renderer.close()).resolves.toBeUndefined();
  }, 60_000);
});
