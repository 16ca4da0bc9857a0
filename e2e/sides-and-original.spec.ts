import { expect, saveStatus, test } from './fixtures';

test('swap sides, and make the translation the original', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Title (ru)' }).fill('Стороны');
  await page.getByRole('textbox', { name: 'Body (ru)' }).click();
  await page.keyboard.type('Один абзац.');
  await page.getByRole('textbox', { name: 'Title (en)' }).fill('Sides');
  await page.getByRole('textbox', { name: 'Body (en)' }).click();
  await page.keyboard.type('One paragraph.');
  await expect(saveStatus(page)).toHaveText('Saved');

  const panes = page.getByRole('region', { name: / translation$/ });
  await expect(panes).toHaveCount(2);
  await expect(panes.first()).toHaveAccessibleName('Russian translation');

  const swap = page.getByRole('button', { name: 'Swap sides' });
  await swap.click();
  await expect(swap).toHaveAttribute('aria-pressed', 'true');
  await expect(panes.first()).toHaveAccessibleName('English translation');
  // The choice is the editor's own and holds for the next article they open.
  await page.reload();
  await expect(page.getByRole('region', { name: / translation$/ }).first()).toHaveAccessibleName('English translation');
  await page.getByRole('button', { name: 'Swap sides' }).click();
  await expect(page.getByRole('region', { name: / translation$/ }).first()).toHaveAccessibleName('Russian translation');

  // English becomes the original; Russian is now measured against it.
  await page.getByRole('combobox', { name: 'Original language' }).selectOption({ label: 'English' });
  const english = page.getByRole('region', { name: 'English translation' });
  const russian = page.getByRole('region', { name: 'Russian translation' });
  await expect(english).toContainText('Original');
  await expect(russian).not.toContainText('Original');
  await expect(page.getByRole('region', { name: / translation$/ }).first()).toHaveAccessibleName('English translation');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Original language' })).toHaveValue('en');
});
