import { expect, test } from './fixtures';
import { valueOf } from './host';

test('an empty workspace offers sample articles, and creating them lists them', async ({ page, host }) => {
  await page.goto(host.url);

  const main = page.getByRole('main');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'No articles yet' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'New article' })).toBeVisible();
  // No list, no search over nothing: the empty state is the page.
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveCount(0);

  await main.getByRole('button', { name: 'Create sample articles' }).click();

  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list).toBeVisible();
  const entries = list.getByRole('listitem');
  await expect(entries.first()).toBeVisible();
  const count = await entries.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const listed = valueOf(await host.call('listArticles', {}));
  expect(listed.total).toBe(count);
  await expect(page.getByRole('heading', { name: 'No articles yet' })).toHaveCount(0);

  // Each entry is named by its title (the original language's) and shows both languages.
  const titleOf = (a: (typeof listed.items)[number]) => a.translations.find((t) => t.lang === a.originalLang)?.title ?? '';
  for (const article of listed.items) {
    const entry = list.getByRole('listitem', { name: titleOf(article), exact: true });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText('RU');
    await expect(entry).toContainText('EN');
    for (const lang of article.missing) await expect(entry).toContainText(`No ${lang === 'en' ? 'English' : 'Russian'} translation`);
  }

  // A sample opens in the editor with its text.
  const sample = listed.items.find((a) => a.translations.length === 2) ?? listed.items[0];
  if (!sample) throw new Error('no sample article');
  await list.getByRole('link', { name: titleOf(sample), exact: true }).click();
  for (const t of sample.translations) {
    await expect(page.getByRole('textbox', { name: `Title (${t.lang})` })).toHaveValue(t.title);
    await expect(page.getByRole('textbox', { name: `Body (${t.lang})` })).not.toHaveText('');
  }
  // Opening an article is not an edit: nothing is being saved.
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('');

  // The samples are only offered to an empty workspace.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('button', { name: 'Create sample articles' })).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
});
