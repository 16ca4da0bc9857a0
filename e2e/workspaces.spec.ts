import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { valueOf } from './host';

test('create a second workspace, find it empty, and come back to the first through the recent list', async ({ page, host, workspace }) => {
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-second-'));
  const second = path.join(elsewhere, 'Second desk');
  try {
    valueOf(await host.call('createArticle', { section: 'news', originalLang: 'ru', title: 'Статья первого стола' }));
    await page.goto(host.url);
    const articles = page.getByRole('list', { name: 'Articles' });
    await expect(articles.getByRole('listitem', { name: 'Статья первого стола' })).toBeVisible();

    // The dialog names the workspace open now.
    await page.getByRole('button', { name: 'Switch workspace' }).click();
    let dialog = page.getByRole('dialog', { name: 'Workspace' });
    await expect(dialog).toContainText(workspace.dir);
    await expect(dialog).toContainText('No other workspace has been opened here yet.');

    // A folder without a workspace is refused, with what to do; nothing changes.
    const folder = dialog.getByRole('textbox', { name: 'Workspace folder' });
    await folder.fill(elsewhere);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(`There is no Tandem workspace in ${elsewhere}`);

    // A new workspace in a folder that does not exist yet: the interface loads again on it, empty.
    await folder.fill(second);
    await dialog.getByRole('button', { name: 'Create new workspace' }).click();
    await expect(page.getByRole('main').getByRole('heading', { name: 'No articles yet' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Second desk');
    expect(valueOf(await host.call('workspaceInfo', {})).path).toBe(second);

    // Back to the first one through the recent list: its article is there.
    await page.getByRole('button', { name: 'Switch workspace' }).click();
    dialog = page.getByRole('dialog', { name: 'Workspace' });
    await expect(dialog).toContainText(second);
    const recent = dialog.getByRole('list', { name: 'Recent workspaces' });
    await recent.getByRole('button', { name: `Open ${workspace.dir}` }).click();
    await expect(articles.getByRole('listitem', { name: 'Статья первого стола' })).toBeVisible();
    expect(valueOf(await host.call('workspaceInfo', {})).path).toBe(workspace.dir);
    expect(valueOf(await host.call('getPreferences', {})).recentWorkspaces).toEqual([workspace.dir, second]);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
