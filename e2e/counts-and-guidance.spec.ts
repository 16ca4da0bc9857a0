import { expect, saveStatus, test } from './fixtures';

test('word count, reading time, and title and summary lengths against the desk’s guidance', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Writing guidance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Writing guidance' });
  await dialog.getByRole('spinbutton', { name: 'Title guidance (characters)' }).fill('5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('between 10 and 1,000');
  await dialog.getByRole('spinbutton', { name: 'Title guidance (characters)' }).fill('20');
  await dialog.getByRole('spinbutton', { name: 'Summary guidance (characters)' }).fill('40');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New article' }).click();
  const title = page.getByRole('textbox', { name: 'Title (ru)' });
  await title.fill('Короткий');
  await expect(title).toHaveAccessibleDescription('8 / 20 characters');
  await title.fill('Очень длинный заголовок новости');
  await expect(title).toHaveAccessibleDescription('31 / 20 characters, 11 over the guidance');
  await expect(page.getByRole('textbox', { name: 'Summary (ru)' })).toHaveAccessibleDescription('0 / 40 characters');

  // 400 words: 2 minutes at 200 words a minute.
  await page.getByRole('textbox', { name: 'Body (ru)' }).click();
  await page.keyboard.insertText(Array.from({ length: 400 }, (_, i) => `слово${i}`).join(' '));
  const russian = page.getByRole('region', { name: 'Russian translation' });
  await expect(russian).toContainText('400 words · 2 min read');
  await expect(saveStatus(page)).toHaveText('Saved');

  // The guidance is the workspace's: it holds after a reload.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title (ru)' })).toHaveAccessibleDescription('31 / 20 characters, 11 over the guidance');
});
