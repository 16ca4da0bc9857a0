import { bodyText, expect, saveStatus, test } from './fixtures';

const RU = {
  title: 'Лавров: «Весь набор шагов на столе»',
  summary: 'В Баку министр иностранных дел России провёл переговоры с руководством Азербайджана.',
  body: [
    'В воскресенье вечером министр встретился с президентом Азербайджана и передал ему приветствия от президента России.',
    'Работа над урегулированием идёт, сказал Лавров: всё обсуждено и отражено в документах ОБСЕ.',
  ],
  source: 'commonspace.eu по материалам агентств',
};

const EN = {
  title: 'Lavrov: the whole set of steps is on the table',
  summary: 'Russia’s foreign minister held talks with the leadership of Azerbaijan in Baku.',
  body: ['On Sunday evening the minister met the President of Azerbaijan.', 'The co-chairs meet regularly, Lavrov said.'],
  source: 'commonspace.eu with agencies',
};

test('write an article in Russian and English, reload, and find it by other word forms', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New article' }).click();

  const ruTitle = page.getByRole('textbox', { name: 'Title (ru)' });
  await expect(ruTitle).toBeVisible();
  await expect(ruTitle).toHaveAttribute('lang', 'ru');
  await expect(ruTitle).toHaveAttribute('spellcheck', 'true');
  // A new article has its original language only; the other one says it is missing.
  await expect(page.getByRole('region', { name: 'English translation' })).toContainText('No English translation yet');
  // The token has left the visible address.
  expect(page.url()).not.toContain('token=');

  for (const [lang, text] of [
    ['ru', RU],
    ['en', EN],
  ] as const) {
    await page.getByRole('textbox', { name: `Title (${lang})` }).fill(text.title);
    await page.getByRole('textbox', { name: `Summary (${lang})` }).fill(text.summary);
    const body = page.getByRole('textbox', { name: `Body (${lang})` });
    await expect(body).toHaveAttribute('aria-multiline', 'true');
    await expect(body).toHaveAttribute('lang', lang);
    await body.click();
    await page.keyboard.type(text.body[0] ?? '');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text.body[1] ?? '');
    await page.getByRole('textbox', { name: `Source (${lang})` }).fill(text.source);
  }
  await page.getByRole('combobox', { name: 'Status (en)' }).selectOption({ label: 'In review' });
  await page.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'Politics' });

  await expect(saveStatus(page)).toHaveText('Saved');
  await expect(page.getByRole('region', { name: 'English translation' })).not.toContainText('No English translation yet');

  await page.reload();
  for (const [lang, text] of [
    ['ru', RU],
    ['en', EN],
  ] as const) {
    await expect(page.getByRole('textbox', { name: `Title (${lang})` })).toHaveValue(text.title);
    await expect(page.getByRole('textbox', { name: `Summary (${lang})` })).toHaveValue(text.summary);
    await expect(page.getByRole('textbox', { name: `Source (${lang})` })).toHaveValue(text.source);
    const body = page.getByRole('textbox', { name: `Body (${lang})` });
    await expect(body.getByRole('paragraph')).toHaveCount(2);
    expect(await bodyText(body)).toBe(text.body.join('\n'));
  }
  await expect(page.getByRole('combobox', { name: 'Status (en)' })).toHaveValue('review');
  await expect(page.getByRole('combobox', { name: 'Status (ru)' })).toHaveValue('draft');
  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue('politics');

  // The list names the article by its title and shows both languages.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  const entry = page.getByRole('list', { name: 'Articles' }).getByRole('listitem', { name: RU.title });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(EN.title);
  await expect(entry).toContainText('In review');

  // Search: another form of the word (body has «президентом», «президента»).
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const results = page.getByRole('list', { name: 'Search results' });
  await search.fill('президент');
  const ruHit = results.getByRole('listitem', { name: RU.title });
  await expect(ruHit).toBeVisible();
  await expect(ruHit).toContainText('RU');
  // The matched word form is highlighted (a <mark>, shown in the accessibility tree).
  await expect(ruHit.getByRole('paragraph')).toMatchAriaSnapshot(`
    - paragraph:
      - mark: /президент[а-я]*/
  `);

  // And with е typed for ё (the summary has «провёл», the body «идёт»).
  await search.fill('идет');
  await expect(results.getByRole('listitem', { name: RU.title })).toBeVisible();
  await search.fill('провел');
  await expect(results.getByRole('listitem', { name: RU.title })).toBeVisible();

  // English word forms find the English translation and say so.
  await search.fill('talk');
  const enHit = results.getByRole('listitem', { name: EN.title });
  await expect(enHit).toBeVisible();
  await expect(enHit).toContainText('EN');
  await expect(enHit.getByRole('paragraph')).toMatchAriaSnapshot(`
    - paragraph:
      - mark: talks
  `);

  // A word that is nowhere says so plainly.
  await search.fill('Хельсинки');
  await expect(page.getByRole('heading', { name: 'Nothing found for “Хельсинки”' })).toBeVisible();

  // A search result opens the article.
  await search.fill('президента');
  await results.getByRole('link', { name: RU.title }).click();
  await expect(page.getByRole('textbox', { name: 'Title (ru)' })).toHaveValue(RU.title);
});
