import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { valueOf, type Host } from './host';
import { bodyFromParagraphs } from '../shared/editor/text';

/** An article written through the contract: Russian and English, or one language only. */
async function article(host: Host, texts: { ru?: string; en?: string; body?: string }): Promise<string> {
  const originalLang = texts.ru ? 'ru' : 'en';
  const created = valueOf(await host.call('createArticle', { section: 'news', originalLang, title: (texts.ru ?? texts.en) as string }));
  const id = created.id;
  const body = texts.body ? bodyFromParagraphs([texts.body]) : undefined;
  const first = valueOf(await host.call('updateTranslation', { articleId: id, lang: originalLang, expectedRevision: 1, patch: { summary: `${texts.ru ?? texts.en} — summary`, status: 'published', ...(body ? { body } : {}) } }));
  if (texts.ru && texts.en) {
    valueOf(await host.call('updateTranslation', { articleId: id, lang: 'en', expectedRevision: 0, patch: { title: texts.en, summary: `${texts.en} — summary`, status: 'published', ...(body ? { body } : {}) } }));
  }
  expect(first.revision).toBe(2);
  return id;
}

const items = (page: Page) => page.getByRole('list', { name: 'Items' }).getByRole('listitem');

async function addFromSearch(page: Page, query: string, title: string) {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add article' });
  await dialog.getByRole('searchbox', { name: 'Search articles' }).fill(query);
  await dialog.getByRole('button', { name: title }).click();
  await expect(dialog).toBeHidden();
}

test('build an Editor’s choice of five from search, reorder by keyboard, pin one, override a Russian teaser, and preview the English-only item on the Russian page', async ({ page, host }) => {
  await article(host, { ru: 'Переговоры в Баку', en: 'Talks in Baku' });
  await article(host, { ru: 'Бюджет на следующий год', en: 'Next year’s budget' });
  await article(host, { ru: 'Выставка в Тбилиси', en: 'An exhibition in Tbilisi' });
  await article(host, { ru: 'Матч в Ереване', en: 'A match in Yerevan' });
  await article(host, { en: 'Harvest festival in Sheki' });

  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lists' }).click();
  await page.getByRole('list', { name: 'Lists' }).getByRole('link', { name: "Editor's choice" }).click();
  await expect(page.getByRole('heading', { name: "Editor's choice", level: 1 })).toBeVisible();

  for (const [query, title] of [
    ['Баку', 'Переговоры в Баку'],
    ['бюджет', 'Бюджет на следующий год'],
    ['Тбилиси', 'Выставка в Тбилиси'],
    ['Ереван', 'Матч в Ереване'],
    ['Sheki', 'Harvest festival in Sheki'],
  ] as const) {
    await addFromSearch(page, query, title);
  }
  // Each is added at the top.
  await expect(items(page)).toHaveCount(5);
  await expect(page.getByRole('status', { name: 'List status' })).toHaveText('Saved');
  await expect(items(page).first()).toHaveAccessibleName('Harvest festival in Sheki');

  // Reorder with the keyboard: the top item down one place.
  const top = items(page).first();
  await top.getByRole('button', { name: 'Move down' }).focus();
  await page.keyboard.press('Enter');
  await expect(items(page).nth(1)).toHaveAccessibleName('Harvest festival in Sheki');
  await expect(items(page).first()).toHaveAccessibleName('Матч в Ереване');

  // Pin the Sheki item: moving the others leaves it where it is.
  await items(page).nth(1).getByRole('button', { name: 'Pin', exact: true }).click();
  await expect(items(page).nth(1).getByRole('button', { name: 'Unpin' })).toHaveAttribute('aria-pressed', 'true');
  await items(page).first().getByRole('button', { name: 'Move down' }).click();
  await expect(items(page).nth(1)).toHaveAccessibleName('Harvest festival in Sheki');
  await expect(items(page).nth(2)).toHaveAccessibleName('Матч в Ереване');

  // Override the Russian teaser of one item, for this list only.
  const budget = page.getByRole('list', { name: 'Items' }).getByRole('listitem', { name: 'Бюджет на следующий год' });
  await budget.getByRole('textbox', { name: 'Teaser (ru)' }).fill('<b>Коротко</b> о бюджете');
  await expect(page.getByRole('status', { name: 'List status' })).toHaveText('Saved');

  // The Russian preview: the English-only piece falls back, marked; the teaser shows as text.
  await page.getByRole('button', { name: 'Preview (ru)' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  const sheki = preview.getByRole('article', { name: 'Harvest festival in Sheki' });
  await expect(sheki).toContainText('in English');
  await expect(sheki).toHaveAttribute('lang', 'en');
  await expect(preview.getByRole('article', { name: 'Бюджет на следующий год' })).toContainText('<b>Коротко</b> о бюджете');

  // Saved: a reload shows the same order, pin and teaser.
  await page.reload();
  await expect(items(page)).toHaveCount(5);
  await expect(items(page).nth(1)).toHaveAccessibleName('Harvest festival in Sheki');
  await expect(items(page).nth(1).getByRole('button', { name: 'Unpin' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Items' }).getByRole('listitem', { name: 'Бюджет на следующий год' }).getByRole('textbox', { name: 'Teaser (ru)' }),
  ).toHaveValue('<b>Коротко</b> о бюджете');
  // The list counts the fallback as a gap.
  await expect(page.getByRole('list', { name: 'Gaps' })).toContainText('Missing a language: 1');
});

test('accept a Related suggestion, dismiss another; neither is saved without a click', async ({ page, host }) => {
  const words = 'Министр Фёдорова встретилась с делегацией Шеки и обсудила фестиваль урожая.';
  const source = await article(host, { ru: 'Фёдорова в Шеки', en: 'Fyodorova in Sheki', body: words });
  await article(host, { ru: 'Фестиваль урожая в Шеки', en: 'Harvest festival in Sheki', body: words });
  await article(host, { ru: 'Делегация Шеки у Фёдоровой', en: 'Sheki delegation meets Fyodorova', body: words });
  // Nothing is saved before a click: the Related list has never been saved.
  expect(valueOf(await host.call('getRelatedList', { articleId: source })).version).toBe(0);

  await page.goto(`${host.url}#/articles/${source}`);
  const related = page.getByRole('region', { name: 'Related articles' });
  const suggestions = related.getByRole('list', { name: 'Suggestions' });
  await expect(suggestions.getByRole('listitem')).toHaveCount(2);
  await suggestions.getByRole('listitem', { name: 'Фестиваль урожая в Шеки' }).getByRole('button', { name: 'Accept' }).click();
  await expect(related.getByRole('list', { name: 'Related items' }).getByRole('listitem', { name: 'Фестиваль урожая в Шеки' })).toBeVisible();
  await suggestions.getByRole('listitem', { name: 'Делегация Шеки у Фёдоровой' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(suggestions.getByRole('listitem')).toHaveCount(0);

  await expect.poll(async () => valueOf(await host.call('getRelatedList', { articleId: source })).items.map((i) => i.origin)).toEqual(['suggestion']);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('list', { name: 'Related items' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('list', { name: 'Suggestions' }).getByRole('listitem')).toHaveCount(0);
});
