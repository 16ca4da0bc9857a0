import Database from 'better-sqlite3';
import path from 'node:path';
import { STORE_FILE } from '../electron/core/store/db';
import { expect, test } from './fixtures';
import { valueOf } from './host';

test('a workspace that cannot be written opens read-only, says why, and offers no edits', async ({ page, workspace }) => {
  valueOf(await workspace.host.call('createSampleArticles', {}));
  await workspace.host.stop();
  // A store from a newer Tandem: this one may read it but must not write to it.
  const db = new Database(path.join(workspace.dir, STORE_FILE));
  db.pragma(`user_version = ${Number(db.pragma('user_version', { simple: true })) + 1}`);
  db.close();
  const host = await workspace.restart();

  await page.goto(host.url);
  const banner = page.getByRole('region', { name: 'Read-only workspace' });
  await expect(banner).toContainText('read-only');
  await expect(banner).toContainText('newer version of Tandem');
  await expect(page.getByRole('button', { name: 'New article' })).toHaveCount(0);

  // Articles still open and read; their fields cannot be changed.
  const list = page.getByRole('list', { name: 'Articles' });
  await list.getByRole('link').first().click();
  const title = page.getByRole('textbox', { name: 'Title (ru)' });
  await expect(title).toHaveAttribute('readonly', '');
  const body = page.getByRole('textbox', { name: 'Body (ru)' });
  await expect(body).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('button', { name: 'Move to trash' })).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('');
});
