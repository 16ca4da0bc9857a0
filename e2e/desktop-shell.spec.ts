import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The desktop shell itself: Tandem's built Electron main (dist/electron/main.mjs, from
 * `node scripts/build.mjs`) in Electron, on a fresh workspace folder passed with `--data`.
 * Where Electron's binary or a display is missing this test is skipped, and says so: the
 * browser-mode specs cover the interface, this one the shell around it.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = path.join(ROOT, 'dist', 'electron', 'main.mjs');

/**
 * Electron's executable when it is on disk, else null. Read from the installed package's
 * path.txt as scripts/electron-binary.mjs does: the package's own entry point would try
 * to download a missing binary.
 */
function electronBinary(): string | null {
  let dir: string;
  try {
    dir = path.dirname(createRequire(path.join(ROOT, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (!relative) return null;
  const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist'), relative);
  return existsSync(binary) ? binary : null;
}

function hasDisplay(): boolean {
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const binary = electronBinary();

/** Why the desktop shell cannot be tested here, or null when it can. */
function notRunnable(): string | null {
  if (!binary) {
    return 'NOT RUN: Electron’s binary is not installed (node_modules/electron has no downloaded binary; `npm ci` fetches it where the network allows, see scripts/fetch-electron.mjs). The desktop shell was not tested.';
  }
  if (!hasDisplay()) return 'NOT RUN: there is no display (DISPLAY or WAYLAND_DISPLAY) for the Electron window; run under a display or xvfb-run. The desktop shell was not tested.';
  if (!existsSync(MAIN)) return `NOT RUN: ${path.relative(ROOT, MAIN)} has not been built; run node scripts/build.mjs first. The desktop shell was not tested.`;
  return null;
}

const skipReason = notRunnable();

/** Starts Tandem's desktop shell on `dataDir`, with its own settings folder. */
async function launch(dataDir: string, settingsDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary) throw new Error('no Electron binary');
  const args = [MAIN, '--data', dataDir];
  // Chromium refuses to start as root with its own process sandbox (containers, CI).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const app = await electron.launch({
    executablePath: binary,
    args,
    cwd: ROOT,
    // A settings folder of its own, so a Tandem already open on this machine neither holds
    // the one-instance lock nor lends its preferences.
    env: { ...process.env, XDG_CONFIG_HOME: settingsDir },
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  return { app, page };
}

test.describe('the desktop shell', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  test('keeps an article typed in its window across a quit and a new start', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-desktop-'));
    const settingsDir = mkdtempSync(path.join(tmpdir(), 'tandem-desktop-settings-'));
    const title = 'Лавров: переговоры в Женеве продолжатся';
    let app: ElectronApplication | null = null;
    try {
      const first = await launch(dataDir, settingsDir);
      app = first.app;
      const { page } = first;
      // The window shows our own page, not a file or the network.
      await expect.poll(() => page.url()).toMatch(/^tandem:\/\/app\//);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

      await page.getByRole('main').getByRole('button', { name: 'New article' }).click();
      const titleBox = page.getByRole('textbox', { name: 'Title (ru)' });
      await titleBox.click();
      await page.keyboard.type(title);
      await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');

      await app.close();
      app = null;

      const second = await launch(dataDir, settingsDir);
      app = second.app;
      const list = second.page.getByRole('list', { name: 'Articles' });
      const entry = list.getByRole('link', { name: title, exact: true });
      await expect(entry).toBeVisible();
      await entry.click();
      await expect(second.page.getByRole('textbox', { name: 'Title (ru)' })).toHaveValue(title);
    } finally {
      await app?.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(settingsDir, { recursive: true, force: true });
    }
  });
});
