import { expect, test } from './fixtures';
import { valueOf } from './host';

const RU_TITLE = 'Лавров: переговоры в Баку продолжатся';
const EN_TITLE = 'Lavrov: talks in Baku will go on';

const RU = `---
title: "${RU_TITLE}"
summary: "Министры договорились встретиться снова."
date: 2024-05-01T10:00:00+04:00
translationKey: baku-talks
tags: [дипломатия, Баку]
draft: false
---
Министры иностранных дел встретились в Баку.

Переговоры продолжатся в июне.
`;

const EN = `---
title: "${EN_TITLE}"
summary: "The ministers agreed to meet again."
date: 2024-05-01T12:00:00+04:00
translationKey: baku-talks
tags: [diplomacy]
draft: false
---
The foreign ministers met in Baku.

Talks will go on in June.
`;

/** Words after a quoted value: YAML cannot read line 3. */
const BROKEN = `---
title: "Сломанный файл"
summary: "Министры встретились" в Баку
draft: false
---
Текст.
`;

const markdown = (name: string, text: string) => ({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });

test('Markdown files chosen in Import articles become one bilingual article; a malformed file is refused with its name and line, changing nothing', async ({ page, host }) => {
  await page.goto(host.url);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'No articles yet' })).toBeVisible();

  await main.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await expect(dialog).toContainText('translationKey');
  await dialog.getByLabel('Files to import').setInputFiles([markdown('baku-talks.ru.md', RU), markdown('baku-talks.en.md', EN)]);
  const chosen = dialog.getByRole('list', { name: 'Chosen files' });
  await expect(chosen.getByRole('listitem')).toHaveCount(2);
  await expect(chosen.getByRole('listitem').first()).toContainText('baku-talks.ru.md');
  await expect(chosen.getByRole('listitem').first()).toContainText('bytes');

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const result = dialog.getByRole('status', { name: 'Import result' });
  await expect(result).toContainText('Imported 1 article (ru 1, en 1).');
  // Behind the dialog, the list already shows it.
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem', { name: RU_TITLE, exact: true })).toBeAttached();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  const entry = list.getByRole('listitem', { name: RU_TITLE, exact: true });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(EN_TITLE);
  await expect(entry).not.toContainText('No English translation');
  await expect(main.getByText('1 article', { exact: true })).toBeVisible();

  // The store holds one article in both languages, published, tags from the original, the translation current.
  const listed = valueOf(await host.call('listArticles', {}));
  expect(listed.total).toBe(1);
  const article = valueOf(await host.call('getArticle', { articleId: listed.items[0]!.id }));
  expect(article).toMatchObject({ originalLang: 'ru', tags: ['дипломатия', 'Баку'] });
  expect(article.translations.map((t) => [t.lang, t.title, t.status, t.state])).toEqual([
    ['ru', RU_TITLE, 'published', 'original'],
    ['en', EN_TITLE, 'published', 'current'],
  ]);

  // Opened, both languages stand side by side with their text.
  await list.getByRole('link', { name: RU_TITLE, exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title (ru)' })).toHaveValue(RU_TITLE);
  await expect(page.getByRole('textbox', { name: 'Title (en)' })).toHaveValue(EN_TITLE);
  await expect(page.getByRole('textbox', { name: 'Body (ru)' })).toContainText('Министры иностранных дел встретились в Баку.');
  await expect(page.getByRole('textbox', { name: 'Body (en)' })).toContainText('The foreign ministers met in Baku.');

  // A malformed file: the error names it and its line, and nothing is imported.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await main.getByRole('button', { name: 'Import…' }).click();
  await dialog.getByLabel('Files to import').setInputFiles([markdown('broken.md', BROKEN), markdown('fine.en.md', EN)]);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('broken.md, line 3:');
  await expect(alert).toContainText('not valid YAML');
  await expect(alert).toContainText('Nothing was imported; the workspace is as it was.');
  await expect(dialog.getByRole('status', { name: 'Import result' })).toHaveCount(0);

  // Escape closes it; the list and the store are as they were.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(main.getByText('1 article', { exact: true })).toBeVisible();
  expect(valueOf(await host.call('listArticles', {})).total).toBe(1);
});

test('a file Tandem does not import is named in the dialog before anything is sent', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('main').getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await dialog.getByLabel('Files to import').setInputFiles([{ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) }]);
  await expect(dialog.getByRole('list', { name: 'Chosen files' })).toContainText('Not a file Tandem imports');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('heading', { name: 'No articles yet' })).toBeVisible();
});
