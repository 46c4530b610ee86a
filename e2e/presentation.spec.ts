/** Presentation mode: F5 enters, clicker keys step through the milestones, Esc leaves. */
import { test, expect } from '@playwright/test';
import { serveBrowserMode } from './serve-app';
import { openDialogOnPair } from './open-dialog';

const app = serveBrowserMode();

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

test('a story: hand-picked milestones in a chosen order, saved, presented in that order, kept, deleted', async ({ page }) => {
  const dialog = await openDialogOnPair(page, app.appUrl, 'CN-KG', 'China–Kyrgyzstan', 'stories');
  await dialog.getByTestId('story-new').click();
  await dialog.getByTestId('story-name').fill('Lesson: from ties to partnership');
  const picks = ['China and Kyrgyzstan establish diplomatic relations', 'Ties upgraded to a strategic partnership', 'Ties upgraded to a comprehensive strategic partnership for a new era'];
  for (const title of picks) await dialog.locator('.story-pick label', { hasText: title }).getByRole('checkbox').check();
  // The newest first: move it up twice.
  await dialog.getByRole('button', { name: `Move “${picks[2]}” up` }).click();
  await dialog.getByRole('button', { name: `Move “${picks[2]}” up` }).click();
  await expect(dialog.getByTestId('story-order').locator('li')).toHaveText([picks[2], picks[0], picks[1]].map((p, i) => new RegExp(`^${i + 1}\\.${p}`)));
  await page.screenshot({ path: 'test-results/screenshots/story-editor.png' });
  await dialog.getByTestId('story-save').click();
  await expect(dialog.getByTestId('story')).toContainText('3 milestones');

  await dialog.getByTestId('story').getByRole('button', { name: 'Present' }).click();
  const caption = page.getByTestId('presentation-caption');
  await expect(page.getByTestId('presentation-progress')).toHaveText('1 / 3');
  await expect(page.getByTestId('presentation-story')).toHaveText('Lesson: from ties to partnership');
  await expect(caption.getByRole('heading')).toHaveText(picks[2]);
  await page.keyboard.press('ArrowRight');
  await expect(caption.getByRole('heading')).toHaveText(picks[0]);
  await page.keyboard.press('End');
  await expect(caption.getByRole('heading')).toHaveText(picks[1]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);

  await page.reload();
  await page.getByTestId('stories-button').click();
  await expect(dialog.getByTestId('story')).toContainText('Lesson: from ties to partnership');
  await dialog.getByTestId('story').getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByTestId('story')).toHaveCount(0);
  await expect(dialog).toContainText('No stories yet');
});
