import { readdirSync, readFileSync } from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Electron's binary is not needed here: `electron` is replaced by a fake BrowserWindow
 * that records how the factory built it and which guards it installed.
 */
const recorded = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; loaded: string[]; contents: FakeContentsShape; self: unknown }>,
  opened: [] as string[],
  boxes: [] as Array<{ parent: unknown; options: { message: string; buttons: string[] } }>,
  answer: 0,
}));

interface FakeContentsShape {
  openHandler: ((details: { url: string }) => { action: string }) | null;
  listeners: Map<string, Array<(event: { url: string; preventDefault(): void }, details?: unknown) => void>>;
  done: string[];
}

vi.mock('electron', () => {
  class FakeContents implements FakeContentsShape {
    openHandler: FakeContentsShape['openHandler'] = null;
    listeners: FakeContentsShape['listeners'] = new Map();
    done: string[] = [];
    reload() {
      this.done.push('reload');
    }
    forcefullyCrashRenderer() {
      this.done.push('stop page');
    }
    isDestroyed() {
      return false;
    }
    isCrashed() {
      return false;
    }
    send(channel: string, command: unknown) {
      this.done.push(`send ${channel} ${String(command)}`);
    }
    setWindowOpenHandler(handler: NonNullable<FakeContentsShape['openHandler']>) {
      this.openHandler = handler;
    }
    on(name: string, listener: (event: { url: string; preventDefault(): void }) => void) {
      const list = this.listeners.get(name) ?? [];
      list.push(listener);
      this.listeners.set(name, list);
      return this;
    }
  }
  class BrowserWindow {
    readonly webContents = new FakeContents();
    readonly loaded: string[] = [];
    readonly own = new Map<string, Array<(event: { preventDefault(): void }) => void>>();
    held = 0;
    closes = 0;
    constructor(options: Record<string, unknown>) {
      recorded.windows.push({ options, loaded: this.loaded, contents: this.webContents, self: this });
    }
    once(name: string, listener: (event: { preventDefault(): void }) => void) {
      return this.on(name, listener);
    }
    on(name: string, listener: (event: { preventDefault(): void }) => void) {
      this.own.set(name, [...(this.own.get(name) ?? []), listener]);
      return this;
    }
    emit(name: string) {
      const event = { preventDefault: () => this.held++ };
      for (const listener of this.own.get(name) ?? []) listener(event);
    }
    getNormalBounds() {
      return { x: 30, y: 40, width: 1300, height: 850 };
    }
    isMaximized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
    close() {
      this.closes++;
      this.emit('close');
    }
    show() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const shell = {
    openExternal: (url: string) => {
      recorded.opened.push(url);
      return Promise.resolve();
    },
  };
  const dialog = {
    showMessageBox: (parent: unknown, options: { message: string; buttons: string[] }) => {
      recorded.boxes.push({ parent, options });
      return Promise.resolve({ response: recorded.answer, checkboxChecked: false });
    },
  };
  return { BrowserWindow, dialog, shell, default: { BrowserWindow, dialog, shell } };
});

const { createMainWindow, isExternalLinkAllowed, readyToClose, secureWebPreferences } = await import('./windows');
const { shellWords } = await import('./shellWords');

const english = shellWords('en').desktop;
const words = () => english;

function emit(contents: FakeContentsShape, name: string, details?: unknown): void {
  for (const listener of contents.listeners.get(name) ?? []) listener({ url: '', preventDefault: () => undefined }, details);
}

function navigate(contents: FakeContentsShape, name: string, url: string): boolean {
  let prevented = false;
  for (const listener of contents.listeners.get(name) ?? []) listener({ url, preventDefault: () => (prevented = true) });
  return prevented;
}

beforeEach(() => {
  recorded.windows.length = 0;
  recorded.opened.length = 0;
  recorded.boxes.length = 0;
  recorded.answer = 0;
});

describe('the window factory', () => {
  it('builds isolated, sandboxed webPreferences with the preload', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');
    // Exactly these: a weakened switch, or any added one (enableBlinkFeatures,
    // additionalArguments, a partition…), fails here until it is looked at.
    expect(prefs).toStrictEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    });
  });

  it('creates windows with exactly those preferences and loads our own page', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', words });
    expect(recorded.windows).toHaveLength(1);
    const [window] = recorded.windows;
    expect(window?.options.webPreferences).toEqual(secureWebPreferences('/p/preload.cjs'));
    expect(window?.options.show).toBe(false);
    expect(window?.loaded).toEqual(['tandem://app/']);
  });

  it('opens where the window was last closed, and keeps its place as it closes', () => {
    const kept: unknown[] = [];
    createMainWindow({
      preloadPath: '/p/preload.cjs',
      words,
      restore: { saved: { x: 100, y: 80, width: 1200, height: 760, maximized: false }, screens: [{ x: 0, y: 0, width: 1920, height: 1050 }] },
      onClose: (state) => kept.push(state),
    });
    const [window] = recorded.windows;
    expect(window?.options).toMatchObject({ x: 100, y: 80, width: 1200, height: 760, minWidth: 800, minHeight: 500 });
    (window?.self as { emit(name: string): void }).emit('close');
    expect(kept).toEqual([{ x: 30, y: 40, width: 1300, height: 850, maximized: false }]);
  });

  it('holds the first close until the page has stored its edits', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', words });
    const [window] = recorded.windows;
    const self = window?.self as { emit(name: string): void; held: number; closes: number };
    self.emit('close');
    expect(self.held).toBe(1);
    expect(window?.contents.done).toEqual(['send tandem:command prepare-to-close']);
    readyToClose(window?.contents as never);
    expect(self.closes).toBe(1);
    expect(self.held).toBe(1);
  });

  it('denies every new window, sending web links to the system browser', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', words });
    const contents = recorded.windows[0]?.contents;
    const handler = contents?.openHandler;
    expect(handler).toBeTypeOf('function');
    expect(handler?.({ url: 'https://commonspace.eu/news/1' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'tandem://app/other' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(recorded.opened).toEqual(['https://commonspace.eu/news/1']);
  });

  it('refuses navigation away from our own pages', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', words });
    const contents = recorded.windows[0]?.contents;
    if (!contents) throw new Error('no window');
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'http://127.0.0.1:4870/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'tandem://app/articles')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-attach-webview', 'tandem://app/')).toBe(true);
    // Web links leave for the system browser; other schemes go nowhere.
    expect(recorded.opened).toEqual(['https://evil.example/', 'http://127.0.0.1:4870/']);
  });

  it('gives every window the spelling and editing context menu', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', words });
    expect(recorded.windows[0]?.contents.listeners.get('context-menu')).toHaveLength(1);
  });

  it('lets only web and mail links out', () => {
    expect(isExternalLinkAllowed('https://example.org')).toBe(true);
    expect(isExternalLinkAllowed('mailto:desk@example.org')).toBe(true);
    expect(isExternalLinkAllowed('file:///etc/passwd')).toBe(false);
    expect(isExternalLinkAllowed('smb://share/x')).toBe(false);
    expect(isExternalLinkAllowed('not a url')).toBe(false);
  });
});

describe('a window whose page dies or freezes', () => {
  it('asks over that window whether to reload, and reloads', async () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', words });
    const window = recorded.windows[0];
    if (!window) throw new Error('no window');
    emit(window.contents, 'render-process-gone', { reason: 'crashed', exitCode: 139 });
    expect(recorded.boxes).toHaveLength(1);
    expect(recorded.boxes[0]?.parent).toBe(window.self);
    expect(recorded.boxes[0]?.options.buttons).toEqual(['Reload', 'Close window']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.contents.done).toEqual(['reload']);
  });

  it('words the box in the interface language of the moment it is shown', () => {
    let now = english;
    createMainWindow({ preloadPath: '/p/preload.cjs', words: () => now });
    const window = recorded.windows[0];
    if (!window) throw new Error('no window');
    now = shellWords('ru').desktop;
    emit(window.contents, 'render-process-gone', { reason: 'crashed', exitCode: 139 });
    expect(recorded.boxes[0]?.options).toMatchObject({ message: 'Окно Tandem перестало работать.', buttons: ['Перезагрузить', 'Закрыть окно'] });
  });

  it('offers to wait or reload a page that stops answering', async () => {
    createMainWindow({ preloadPath: '/p/preload.cjs', words });
    const window = recorded.windows[0];
    if (!window) throw new Error('no window');
    recorded.answer = 1;
    emit(window.contents, 'unresponsive');
    expect(recorded.boxes[0]?.options.buttons).toEqual(['Wait', 'Reload']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.contents.done).toEqual(['stop page', 'reload']);
  });
});

/**
 * Every window must come from createMainWindow, so every window gets secureWebPreferences
 * and the guards. The source is read, not run: a window made anywhere else, or a second
 * one in the factory, fails here.
 */
const ELECTRON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WINDOW_FACTORY = path.join('main', 'windows.ts');
/** Making a window or a view with web contents of its own: `new BrowserWindow(`, `new electron.BrowserWindow (`… */
const MAKES_WINDOW = /\bnew\s+(?:[\w$]+\s*\.\s*)*(?:BrowserWindow|BrowserView|WebContentsView)\s*\(/g;
/** Renaming the class where it is imported (`{ BrowserWindow as W }`, `{ BrowserWindow: W }`) would hide it from the check above. */
const RENAMES_WINDOW = /(?<=\{[^}]*)\b(?:BrowserWindow|BrowserView|WebContentsView)(?:\s+as\s+|\s*:\s*)[\w$]+(?=[^{]*\})/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(?:[cm]?[jt]s|tsx)$/.test(entry.name) && !/\.test\.[cm]?[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

/** Each place under `root` that makes a window, as `file: text`. */
function windowsMadeUnder(root: string): string[] {
  return sourceFiles(root).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(MAKES_WINDOW), ...text.matchAll(RENAMES_WINDOW)].map((m) => `${path.relative(root, file)}: ${m[0]}`);
  });
}

describe('the one window factory', () => {
  it('is the only place under electron/ that makes a window, and makes exactly one', () => {
    expect(windowsMadeUnder(ELECTRON_DIR)).toEqual([`${WINDOW_FACTORY}: new BrowserWindow(`]);
  });

  it('builds that window with secureWebPreferences', () => {
    const factory = readFileSync(path.join(ELECTRON_DIR, WINDOW_FACTORY), 'utf8');
    const construction = factory.slice(factory.indexOf('new BrowserWindow('));
    const options = construction.slice(0, construction.indexOf('});'));
    expect(options).toMatch(/webPreferences:\s*secureWebPreferences\(options\.preloadPath\)/);
  });

  it('catches windows made elsewhere, however they are written', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'tandem-window-scan-'));
    try {
      mkdirSync(path.join(root, 'main'));
      writeFileSync(path.join(root, 'main', 'windows.ts'), 'const w = new BrowserWindow({});');
      writeFileSync(path.join(root, 'main', 'about.ts'), 'const about = new electron.BrowserWindow ({ webPreferences: {} });');
      writeFileSync(path.join(root, 'main', 'view.mjs'), 'const v = new WebContentsView();');
      writeFileSync(path.join(root, 'main', 'alias.ts'), "import { app, BrowserWindow as Win } from 'electron';");
      writeFileSync(path.join(root, 'main', 'required.cjs'), "const { BrowserWindow: Win } = require('electron');");
      writeFileSync(path.join(root, 'main', 'prose.ts'), '// a BrowserWindow as the page sees it\nconst w: BrowserWindow = BrowserWindow.getAllWindows()[0];');
      writeFileSync(path.join(root, 'main', 'fine.test.ts'), 'const w = new BrowserWindow({});');
      expect(windowsMadeUnder(root).sort()).toEqual(
        [
          `${path.join('main', 'about.ts')}: new electron.BrowserWindow (`,
          `${path.join('main', 'alias.ts')}: BrowserWindow as Win`,
          `${path.join('main', 'required.cjs')}: BrowserWindow: Win`,
          `${path.join('main', 'view.mjs')}: new WebContentsView(`,
          `${WINDOW_FACTORY}: new BrowserWindow(`,
        ].sort(),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
