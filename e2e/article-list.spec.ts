import { expect, test } from './fixtures';
import { valueOf } from './host';

test('the list pages with Load more', async ({ page, host }) => {
  const total = 34;
  for (let i = 1; i <= total; i++) {
    valueOf(await host.call('createArticle', { section: 'news', originalLang: 'ru', title: `Заметка номер ${i}` }));
  }
  await page.goto(host.url);
  const entries = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(entries.first()).toBeVisible();
  const firstPage = await entries.count();
  expect(firstPage).toBeLessThan(total);
  await expect(page.getByText(`Showing ${firstPage} of ${total}`)).toBeVisible();

  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(entries).toHaveCount(total);
  const list = page.getByRole('list', { name: 'Articles' });
  for (let i = 1; i <= total; i++) await expect(list.getByRole('listitem', { name: `Заметка номер ${i}`, exact: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  await expect(page.getByText(`Showing ${total} of ${total}`)).toBeVisible();
});
