import { bodyText, expect, saveStatus, test } from './fixtures';

const saveShortcut = process.platform === 'darwin' ? 'Meta+S' : 'Control+S';

test('keep versions with Ctrl+S, compare one with the text now, restore it, and undo the restore', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Title (ru)' }).fill('Версии');
  const body = page.getByRole('textbox', { name: 'Body (ru)' });
  await body.click();
  await page.keyboard.type('Первая редакция текста.');
  await page.keyboard.press(saveShortcut);
  await expect(page.getByText('Saved. A version is kept in History.')).toBeVisible();

  await page.keyboard.press('Enter');
  await page.keyboard.type('Добавленный абзац.');
  await page.keyboard.press(saveShortcut);
  await expect(saveStatus(page)).toHaveText('Saved');
  await expect(page.getByText('Saved. A version is kept in History.')).toHaveCount(2);
  expect(await bodyText(body)).toBe('Первая редакция текста.\nДобавленный абзац.');

  await page.getByRole('button', { name: 'History (ru)' }).click();
  const history = page.getByRole('complementary', { name: 'History (ru)' });
  const saved = history.getByRole('list').getByRole('button', { name: /Saved/ });
  await expect(saved).toHaveCount(2);
  // Newest first: the older one is the first edition.
  await saved.nth(1).click();
  const changes = history.getByRole('region', { name: 'Changes from this version to now' });
  await expect(changes).toContainText('Добавленный абзац.');

  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(body.getByRole('paragraph')).toHaveCount(1);
  expect(await bodyText(page.getByRole('textbox', { name: 'Body (ru)' }))).toBe('Первая редакция текста.');
  await expect(page.getByText(/^Restored the version from/)).toBeVisible();

  // Restoring kept the replaced text: Undo brings it back.
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Body (ru)' }).getByRole('paragraph')).toHaveCount(2);
  expect(await bodyText(page.getByRole('textbox', { name: 'Body (ru)' }))).toBe('Первая редакция текста.\nДобавленный абзац.');

  // Nothing was lost on the way: both saves and both restores are in the history.
  await page.reload();
  await page.getByRole('button', { name: 'History (ru)' }).click();
  const list = page.getByRole('complementary', { name: 'History (ru)' }).getByRole('list');
  await expect(list.getByRole('button', { name: /Restored/ })).toHaveCount(2);
  await expect(list.getByRole('button', { name: /Saved/ })).toHaveCount(2);
});
