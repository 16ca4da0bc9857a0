import type { Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, saveStatus, test } from './fixtures';
import { valueOf, type Host } from './host';

const BASE_URL = 'https://tandem-news.example.net/';
const CHESS = 'Юношеская сборная по шахматам выиграла командный турнир в Тбилиси';
const CHESS_EDITED = 'Юношеская сборная по шахматам снова выиграла турнир в Тбилиси';

interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

/** A folder outside the workspace for the bundle (the export makes `site/` inside it, its staging beside it). */
function bundleFolder(): { parent: string; outDir: string } {
  const parent = mkdtempSync(path.join(tmpdir(), 'tandem-export-e2e-'));
  return { parent, outDir: path.join(parent, 'site') };
}

/** The bundle's manifest, and a check that every file it lists is there with its size: the folder is consistent. */
function readBundle(outDir: string): ManifestFile[] {
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { files: ManifestFile[] };
  expect(Array.isArray(manifest.files)).toBe(true);
  for (const file of manifest.files) expect(statSync(path.join(outDir, file.path)).size, file.path).toBe(file.size);
  return manifest.files;
}

/** `5 files written, 0 removed, 60 unchanged`, read from the result. */
async function changeCounts(page: Page): Promise<{ written: number; removed: number; unchanged: number }> {
  const text = (await page.getByRole('region', { name: 'Export result' }).textContent()) ?? '';
  const match = /([\d,]+) files? written, ([\d,]+) removed, ([\d,]+) unchanged/.exec(text);
  if (!match) throw new Error(`The result does not say what changed: ${text}`);
  const n = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));
  return { written: n(match[1]), removed: n(match[2]), unchanged: n(match[3]) };
}

async function createSamples(page: Page, host: Host) {
  await page.goto(host.url);
  await page.getByRole('main').getByRole('button', { name: 'Create sample articles' }).click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first()).toBeVisible();
}

async function openArticle(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title (ru)' })).toHaveValue(title);
}

async function openExport(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
}

/** Types the settings as an editor does: Enter saves one, leaving the field saves the other. */
async function setSettings(page: Page, outDir: string) {
  const settingsStatus = page.getByRole('status', { name: 'Settings status' });
  const baseUrl = page.getByRole('textbox', { name: 'Base URL' });
  await baseUrl.fill(BASE_URL);
  await baseUrl.press('Enter');
  await expect(settingsStatus).toHaveText('Saved');
  const folder = page.getByRole('textbox', { name: 'Output folder' });
  await folder.fill(outDir);
  await folder.press('Tab');
  await expect(settingsStatus).toHaveText('Saved');
}

test('export the sample desk: settings, a preflight problem with its link, the bundle on disk, then an edit written incrementally', async ({ page, host }) => {
  const { parent, outDir } = bundleFolder();
  try {
    await createSamples(page, host);
    const chess = valueOf(await host.call('listArticles', {})).items.find((a) => a.translations.some((t) => t.title === CHESS));
    if (!chess) throw new Error('the sample chess article is missing');

    // The chess piece is in review and has no English version: make its Russian version ready.
    await openArticle(page, CHESS);
    await page.getByRole('combobox', { name: 'Status (ru)' }).selectOption('ready');
    await expect(saveStatus(page)).toHaveText('Saved');

    await openExport(page);
    // A base URL that is not a web address is refused, saying what to type.
    const baseUrl = page.getByRole('textbox', { name: 'Base URL' });
    await expect(baseUrl).not.toHaveValue('');
    await baseUrl.fill('news.example.net');
    await baseUrl.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'https://' })).toBeVisible();
    await expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
    await setSettings(page, outDir);
    await expect(baseUrl).not.toHaveAttribute('aria-invalid', 'true');

    // What to export: everything ready or published, the default.
    const scope = page.getByRole('radiogroup', { name: 'What to export' });
    await expect(scope.getByRole('radio', { name: 'All ready and published articles' })).toBeChecked();

    // Preflight ran on its own; Check asks again. The chess piece has no English version: a warning with a link to it.
    const preflight = page.getByRole('region', { name: 'Preflight' });
    await preflight.getByRole('button', { name: 'Check' }).click();
    await expect(preflight).toContainText(/\d+ articles?, \d+ pages?/);
    const chessProblem = preflight.getByRole('list', { name: 'Problems' }).getByRole('listitem').filter({ hasText: CHESS }).filter({ hasText: 'English' });
    await expect(chessProblem.first()).toBeVisible();
    await expect(chessProblem.first().getByRole('link', { name: 'Open the English translation' })).toHaveAttribute('href', `#/articles/${chess.id}`);

    const exportButton = page.getByRole('button', { name: 'Export bundle' });
    await expect(exportButton).toBeEnabled();
    await expect(exportButton).toHaveAttribute('title', /Shift\+E|⇧⌘E/);
    await exportButton.click();

    const result = page.getByRole('region', { name: 'Export result' });
    await expect(result).toBeVisible({ timeout: 60_000 });
    await expect(result).toContainText(outDir);
    const first = await changeCounts(page);
    expect(first.written).toBeGreaterThan(0);

    // The bundle on disk: a consistent manifest, the Russian front, and the chess piece's own page.
    const files = readBundle(outDir);
    const paths = files.map((f) => f.path);
    expect(existsSync(path.join(outDir, 'ru', 'index.html'))).toBe(true);
    expect(paths).toContain('ru/index.html');
    const chessPage = paths.find((p) => /^ru\/sport\/[^/]+\/index\.html$/.test(p));
    if (!chessPage) throw new Error(`No Russian page for the chess article among: ${paths.join(', ')}`);
    expect(readFileSync(path.join(outDir, chessPage), 'utf8')).toContain(CHESS);
    await expect(result).toContainText(`${files.length + 1} files`);

    // Changed files: a disclosure listing what was written.
    const disclosure = result.getByRole('button', { name: 'Changed files' });
    await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
    await disclosure.click();
    await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
    await expect(result.getByRole('list', { name: 'Changed files' })).toContainText('ru/index.html');

    // Edit one title, come back, and export with the keyboard: only what shows that title is written again.
    await openArticle(page, CHESS);
    await page.getByRole('textbox', { name: 'Title (ru)' }).fill(CHESS_EDITED);
    await expect(saveStatus(page)).toHaveText('Saved');
    await openExport(page);
    // The last result is still shown; the settings are as they were saved.
    await expect(page.getByRole('textbox', { name: 'Output folder' })).toHaveValue(outDir);
    await expect(page.getByRole('region', { name: 'Export result' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export bundle' })).toBeEnabled();
    await page.keyboard.press('Control+Shift+E');

    // The first export wrote everything into an empty folder; the second leaves most files as they were.
    await expect.poll(async () => (await changeCounts(page).catch(() => null))?.unchanged ?? -1, { timeout: 60_000 }).toBeGreaterThan(0);
    const second = await changeCounts(page);
    expect(second.written).toBeGreaterThan(0);
    expect(second.written).toBeLessThan(second.unchanged);
    const after = readBundle(outDir);
    const edited = after.map((f) => f.path).find((p) => /^ru\/sport\/[^/]+\/index\.html$/.test(p));
    if (!edited) throw new Error('The chess article lost its Russian page.');
    expect(readFileSync(path.join(outDir, edited), 'utf8')).toContain(CHESS_EDITED);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('cancel an export: it stops (or had finished), and the folder holds a consistent bundle', async ({ page, host }) => {
  const { parent, outDir } = bundleFolder();
  try {
    await createSamples(page, host);
    await openExport(page);
    await setSettings(page, outDir);
    await page.getByRole('checkbox', { name: 'Also make a zip' }).check();

    const exportButton = page.getByRole('button', { name: 'Export bundle' });
    await expect(exportButton).toBeEnabled();
    await exportButton.click();
    const cancel = page.getByRole('button', { name: 'Cancel export' });
    try {
      await cancel.click({ timeout: 3_000 });
    } catch {
      // A small workspace may be exported before the button can be pressed.
    }

    const result = page.getByRole('region', { name: 'Export result' });
    const cancelled = page.getByRole('status', { name: 'Export outcome' });
    await expect(result.or(cancelled)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('progressbar', { name: 'Export progress' })).toHaveCount(0);
    await expect(exportButton).toBeEnabled();

    if (await cancelled.isVisible()) {
      await expect(cancelled).toContainText('cancelled');
      // Nothing was moved into place: no folder, or one whose manifest names every file it holds.
      if (existsSync(path.join(outDir, 'manifest.json'))) readBundle(outDir);
    } else {
      expect(readBundle(outDir).length).toBeGreaterThan(0);
      await expect(result).toContainText('.zip');
    }
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});

test('choose what to export: one section, or articles ticked one by one, remembered while going elsewhere', async ({ page, host }) => {
  await createSamples(page, host);
  await openExport(page);
  const scope = page.getByRole('radiogroup', { name: 'What to export' });
  const preflight = page.getByRole('region', { name: 'Preflight' });

  await scope.getByRole('radio', { name: 'One section' }).check();
  await expect(page.getByRole('button', { name: 'Export bundle' })).toBeDisabled();
  // The foreign ministers' piece is published in both languages and is the only one in News.
  await page.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'News' });
  await expect(preflight).toContainText('1 article, 2 pages');

  await scope.getByRole('radio', { name: 'Chosen articles' }).check();
  await expect(page.getByRole('status', { name: 'Chosen articles count' })).toHaveText('No articles chosen yet');
  await expect(page.getByRole('button', { name: 'Export bundle' })).toBeDisabled();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('шахматам');
  await page.getByRole('checkbox', { name: CHESS }).check();
  await expect(page.getByRole('status', { name: 'Chosen articles count' })).toHaveText('1 article chosen');
  // Chosen by hand but ready in no language: a blocking problem, and the button says why it waits.
  await expect(preflight.getByRole('list', { name: 'Problems' }).getByRole('listitem').filter({ hasText: CHESS }).getByRole('link', { name: 'Open the article' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export bundle' })).toBeDisabled();
  await expect(page.getByText(/blocking problems? listed under Preflight/)).toBeVisible();

  // Away and back: the choice is kept.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await openExport(page);
  await expect(scope.getByRole('radio', { name: 'Chosen articles' })).toBeChecked();
  await expect(page.getByRole('status', { name: 'Chosen articles count' })).toHaveText('1 article chosen');
  await expect(page.getByRole('checkbox', { name: CHESS })).toBeChecked();
});

test('an empty workspace has nothing to export and says where to start', async ({ page, host }) => {
  await page.goto(host.url);
  await openExport(page);
  await expect(page.getByRole('heading', { name: 'Nothing to export yet' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Go to Articles' }).click();
  await expect(page.getByRole('button', { name: 'Create sample articles' })).toBeVisible();
});
