import { expect, saveStatus, test } from './fixtures';

test('a stale window is told the text changed elsewhere and reloads it; nothing is overwritten silently', async ({ page, context, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New article' }).click();
  const title = page.getByRole('textbox', { name: 'Title (ru)' });
  await title.fill('Первая версия');
  await expect(saveStatus(page)).toHaveText('Saved');
  const hash = new URL(page.url()).hash;

  // A second window on the same article saves first.
  const other = await context.newPage();
  await other.goto(`${host.url}${hash}`);
  const otherTitle = other.getByRole('textbox', { name: 'Title (ru)' });
  await expect(otherTitle).toHaveValue('Первая версия');
  await otherTitle.fill('Версия из другого окна');
  await expect(saveStatus(other)).toHaveText('Saved');

  // The first window's next edit is refused, said so, and kept on screen.
  await title.fill('Первая версия, дополненная');
  await expect(saveStatus(page)).toContainText('changed elsewhere');
  await expect(title).toHaveValue('Первая версия, дополненная');
  await page.getByRole('button', { name: 'Reload Russian' }).click();
  await expect(title).toHaveValue('Версия из другого окна');
  await expect(saveStatus(page)).not.toContainText('changed elsewhere');

  // After the reload it saves normally again, and the other window's text was never overwritten behind its back.
  await title.fill('Версия из другого окна, исправленная');
  await expect(saveStatus(page)).toHaveText('Saved');
  await other.reload();
  await expect(otherTitle).toHaveValue('Версия из другого окна, исправленная');
});

test('move to trash, undo, and the trash filter', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Create sample articles' }).click();
  const list = page.getByRole('list', { name: 'Articles' });
  const entries = list.getByRole('listitem');
  await expect(entries.first()).toBeVisible();
  const before = await entries.count();

  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Title (en)' }).fill('Short-lived piece');
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.getByRole('button', { name: 'Move to trash' }).click();

  // Back on the list, without it, and with a way back.
  const notices = page.getByRole('region', { name: 'Notifications' });
  await expect(notices).toContainText('moved to the trash');
  await expect(list.getByRole('listitem', { name: 'Short-lived piece' })).toHaveCount(0);
  await expect(entries).toHaveCount(before);

  // The trash shows it.
  await page.getByRole('checkbox', { name: 'Show trash' }).check();
  const trash = page.getByRole('list', { name: 'Trash' });
  await expect(trash.getByRole('listitem', { name: 'Short-lived piece' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show trash' }).uncheck();

  // Undo restores it and opens it again.
  await notices.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Title (en)' })).toHaveValue('Short-lived piece');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await expect(list.getByRole('listitem', { name: 'Short-lived piece' })).toBeVisible();
  await expect(entries).toHaveCount(before + 1);

  // Filters narrow the list: by translation present or missing, by status.
  const translationFilter = page.getByRole('combobox', { name: 'Filter by translation' });
  await translationFilter.selectOption({ label: 'Has English' });
  await expect(list.getByRole('listitem', { name: 'Short-lived piece' })).toBeVisible();
  await translationFilter.selectOption({ label: 'Missing English' });
  await expect(list.getByRole('listitem', { name: 'Short-lived piece' })).toHaveCount(0);
  await translationFilter.selectOption({ label: 'All translations' });
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Archived' });
  await expect(page.getByRole('heading', { name: 'No articles match these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(entries).toHaveCount(before + 1);
});
