import { expect, saveStatus, test } from './fixtures';

test('typing into a new article at once is saved, even when the workspace answers late', async ({ page, host }) => {
  await page.goto(host.url);
  // The article count is asked for again after creating; let that answer arrive mid-typing.
  await page.route('**/api/call/workspaceInfo', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Body (ru)' });
  await body.click();
  // Typing goes on, a key every 40 ms, through the moment the late answer arrives.
  await page.keyboard.type('Первые слова новой статьи, набранные сразу.', { delay: 40 });
  await page.keyboard.type(' И ещё немного.', { delay: 40 });
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Body (ru)' }).getByRole('paragraph')).toHaveText(['Первые слова новой статьи, набранные сразу. И ещё немного.']);
});
