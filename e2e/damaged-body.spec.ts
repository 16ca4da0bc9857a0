import Database from 'better-sqlite3';
import path from 'node:path';
import { STORE_FILE } from '../electron/core/store/db';
import { expect, test } from './fixtures';
import { valueOf } from './host';

test('a body that cannot be read opens read-only with a message and its stored text, and is left as it was', async ({ page, workspace }) => {
  const article = valueOf(await workspace.host.call('createArticle', { section: 'news', originalLang: 'ru', title: 'Повреждённый текст' }));
  const damaged = '{"root":{"type":"root","children":[{"type":"paragraph","text":"Спасённый абзац' + '"'; // cut off mid-way
  const file = path.join(workspace.dir, STORE_FILE);
  const db = new Database(file);
  db.prepare('UPDATE translations SET body = ? WHERE article_id = ? AND lang = ?').run(damaged, article.id, 'ru');
  db.close();

  await page.goto(workspace.host.url);
  await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: 'Повреждённый текст' }).click();
  const russian = page.getByRole('region', { name: 'Russian translation' });
  await expect(russian.getByRole('alert')).toContainText('could not be read');
  await expect(russian.getByRole('textbox', { name: 'Stored body (ru)' })).toHaveValue(damaged);
  await expect(russian.getByRole('textbox', { name: 'Body (ru)', exact: true })).toHaveCount(0);

  // Other fields still save; the stored body is untouched.
  await russian.getByRole('textbox', { name: 'Summary (ru)' }).fill('Краткое содержание');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  const check = new Database(file, { readonly: true });
  const row = check.prepare('SELECT body FROM translations WHERE article_id = ? AND lang = ?').get(article.id, 'ru') as { body: string };
  check.close();
  expect(row.body).toBe(damaged);
});
