/** Presentation mode: F5 enters, clicker keys step through the milestones, Esc leaves. */
import { test, expect } from '@playwright/test';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeAll(async () => {
  app = await startBrowserMode();
});
test.afterAll(async () => {
  await app?.stop();
});

test('F5 presents the pair; arrows, Space, PageUp/PageDown, Home/End step through it; Esc leaves', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(app.appUrl);
  await page.getByTestId('pair-picker').selectOption('CN-KG');
  const meta = page.getByTestId('pair-meta');
  await expect(meta).toContainText('China–Kyrgyzstan');
  const n = Number(/(\d+) milestones/.exec((await meta.textContent())!)![1]);
  await page.keyboard.press('F5');
  const show = page.getByTestId('presentation');
  await expect(show).toBeVisible();
  const progress = page.getByTestId('presentation-progress');
  const caption = page.getByTestId('presentation-caption');
  await expect(progress).toHaveText(`1 / ${n}`);
  await expect(caption.getByRole('heading')).toHaveText("China recognises Kyrgyzstan's independence");
  await expect(caption).toContainText('27 December 1991');
  await expect(page.getByTestId('presentation-level')).toHaveCount(0); // no partnership level yet
  await page.keyboard.press('ArrowRight');
  await expect(progress).toHaveText(`2 / ${n}`);
  await expect(caption.getByRole('heading')).toHaveText('China and Kyrgyzstan establish diplomatic relations');
  await expect(caption).toContainText('5 January 1992');
  await expect(caption).toContainText('Source: Xinhua');
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  await expect(progress).toHaveText(`4 / ${n}`);
  await page.keyboard.press('PageUp');
  await expect(progress).toHaveText(`3 / ${n}`);
  await page.keyboard.press('End');
  await expect(progress).toHaveText(`${n} / ${n}`);
  await expect(page.getByTestId('presentation-level')).toContainText('new era');
  await page.screenshot({ path: 'test-results/screenshots/presentation-1024.png' });
  await page.keyboard.press('Home');
  await expect(progress).toHaveText(`1 / ${n}`);
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page.getByTestId('timeline')).toBeVisible();
});
