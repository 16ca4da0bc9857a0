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

test('a switch made in one tab first saves what another tab was typing, then loads that tab on the new workspace too', async ({ page, context, host, workspace }) => {
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-second-'));
  const second = path.join(elsewhere, 'Second desk');
  try {
    const article = valueOf(await host.call('createArticle', { section: 'news', originalLang: 'ru', title: 'Заметка' }));
    const writing = await context.newPage();
    await writing.goto(`${host.url}#/articles/${article.id}`);
    const title = writing.getByRole('textbox', { name: 'Title (ru)' });
    await expect(title).toHaveValue('Заметка');

    await page.goto(host.url);
    await page.getByRole('button', { name: 'Switch workspace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workspace' });
    await dialog.getByRole('textbox', { name: 'Workspace folder' }).fill(second);

    // The other tab is typing; the switch is asked for before its edit would save by itself.
    await title.fill('Заметка, дописанная во второй вкладке');
    await dialog.getByRole('button', { name: 'Create new workspace' }).click();

    // Both tabs now show the new, empty workspace.
    await expect(page.getByRole('banner')).toContainText('Second desk');
    await expect(writing.getByRole('banner')).toContainText('Second desk');
    await expect(writing.getByRole('main').getByRole('heading', { name: 'No articles yet' })).toBeVisible();

    // The other tab's edit landed in the workspace it was made in.
    valueOf(await host.call('openWorkspace', { path: workspace.dir, create: false }));
    const saved = valueOf(await host.call('getArticle', { articleId: article.id }));
    expect(saved.translations.find((t) => t.lang === 'ru')?.title).toBe('Заметка, дописанная во второй вкладке');
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
