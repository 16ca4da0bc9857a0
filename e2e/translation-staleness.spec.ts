import type { Page } from '@playwright/test';
import { BLOCK_STATE } from '../shared/editor/blocks';
import { expect, saveStatus, test } from './fixtures';
import { valueOf, type Host } from './host';

/** The saved English body's blocks: each one's text and the original block it is linked to. */
async function savedEnglishLinks(page: Page, host: Host): Promise<Array<{ text: string; linked: boolean }>> {
  const articleId = new URL(page.url()).hash.split('/').pop() ?? '';
  const article = valueOf(await host.call('getArticle', { articleId }));
  const en = article.translations.find((t) => t.lang === 'en');
  return (en?.body.root.children ?? []).map((block) => ({
    text: block.type === 'list' || block.type === 'image' ? '' : block.children.map((c) => ('text' in c ? c.text : '')).join(''),
    linked: typeof block.$?.[BLOCK_STATE.src] === 'string' && block.$[BLOCK_STATE.src] !== '',
  }));
}

const RU = ['Первый абзац о встрече министров.', 'Второй абзац о переговорах в Баку.', 'Третий абзац о следующих шагах.'];
const EN = ['First paragraph about the ministers’ meeting.', 'Second paragraph about the talks in Baku.', 'Third paragraph about the next steps.'];

test('editing one paragraph of the original marks exactly its translation stale, until it is marked up to date', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Title (ru)' }).fill('Переговоры в Баку');

  const ruBody = page.getByRole('textbox', { name: 'Body (ru)' });
  await ruBody.click();
  await page.keyboard.type(RU.join('\n'));
  await expect(saveStatus(page)).toHaveText('Saved');

  const english = page.getByRole('region', { name: 'English translation' });
  await page.getByRole('textbox', { name: 'Title (en)' }).fill('Talks in Baku');
  await expect(saveStatus(page)).toHaveText('Saved');
  const enBody = page.getByRole('textbox', { name: 'Body (en)' });
  await enBody.click();
  // Each English paragraph is written beside its Russian one and is linked to it as typed.
  for (const [i, text] of EN.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(text);
    await page.waitForTimeout(500);
  }
  await expect(saveStatus(page)).toHaveText('Saved');
  await expect.poll(async () => (await savedEnglishLinks(page, host)).every((b) => b.linked)).toBe(true);
  await expect(english.getByRole('button', { name: /^Stale/ })).toHaveCount(0);
  await expect(english.getByRole('button', { name: /^Missing/ })).toHaveCount(0);
  await expect(english).toContainText('Up to date');

  // Change the second Russian paragraph.
  await ruBody.getByRole('paragraph').nth(1).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Стороны договорились продолжить.');
  await expect(saveStatus(page)).toHaveText('Saved');

  const stale = english.getByRole('button', { name: 'Stale: original changed' });
  await expect(stale).toHaveCount(1);
  await expect(english).toContainText('Stale: 1 block changed');

  // The list says so too, and can show only the translations that need work.
  await page.reload();
  await expect(page.getByRole('region', { name: 'English translation' }).getByRole('button', { name: 'Stale: original changed' })).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await page.getByRole('combobox', { name: 'Filter by translation' }).selectOption({ label: 'English needs update' });
  const entry = page.getByRole('list', { name: 'Articles' }).getByRole('listitem', { name: 'Переговоры в Баку' });
  await expect(entry).toContainText('Stale: 1 block changed');
  await entry.getByRole('link').click();

  // What changed is there to read; marking it up to date clears the marker.
  const marker = page.getByRole('region', { name: 'English translation' }).getByRole('button', { name: 'Stale: original changed' });
  await marker.click();
  const details = page.getByRole('group', { name: 'What changed in the original' });
  await expect(details).toContainText(RU[1] ?? '');
  await expect(details).toContainText('Стороны договорились продолжить.');
  await details.getByRole('button', { name: 'Mark as up to date' }).click();
  await expect(page.getByRole('region', { name: 'English translation' }).getByRole('button', { name: /^Stale/ })).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText('Saved');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await page.getByRole('combobox', { name: 'Filter by translation' }).selectOption({ label: 'English up to date' });
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem', { name: 'Переговоры в Баку' })).toContainText('Up to date');
});

test('a new paragraph in the original shows as missing beside the translation, and can be translated from there', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New article' }).click();
  const ruBody = page.getByRole('textbox', { name: 'Body (ru)' });
  await ruBody.click();
  await page.keyboard.type('Один.\nДва.');
  await page.getByRole('textbox', { name: 'Title (en)' }).fill('One and two');
  const enBody = page.getByRole('textbox', { name: 'Body (en)' });
  await enBody.click();
  await page.keyboard.type('One.');
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Two.');
  await expect(saveStatus(page)).toHaveText('Saved');
  // Each English paragraph was linked to the Russian one beside it as it was typed.
  await expect.poll(() => savedEnglishLinks(page, host)).toEqual([
    { text: 'One.', linked: true },
    { text: 'Two.', linked: true },
  ]);

  await ruBody.getByRole('paragraph').nth(0).click();
  // A moment for the editor to take the click's place as its selection: a run that pressed
  // on at once typed at the end of the body, where typing in it had last stopped.
  await page.waitForTimeout(300);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Полтора.');
  await expect(ruBody.getByRole('paragraph')).toHaveText(['Один.', 'Полтора.', 'Два.']);
  const english = page.getByRole('region', { name: 'English translation' });
  await expect(english.getByRole('button', { name: 'Missing: not translated yet' })).toHaveCount(1);
  await expect(english.getByRole('button', { name: /^Stale/ })).toHaveCount(0);

  await english.getByRole('button', { name: 'Missing: not translated yet' }).click();
  await page.getByRole('group', { name: 'Not translated yet' }).getByRole('button', { name: 'Translate this paragraph' }).click();
  await page.keyboard.type('One and a half.');
  await expect(enBody.getByRole('paragraph')).toHaveText(['One.', 'One and a half.', 'Two.']);
  await expect(english.getByRole('button', { name: /^Missing/ })).toHaveCount(0);
});
