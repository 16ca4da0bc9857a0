import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Electron's binary is not needed here: `electron` is replaced by a fake BrowserWindow
 * that records how the factory built it and which guards it installed.
 */
const recorded = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; loaded: string[]; contents: FakeContentsShape }>,
  opened: [] as string[],
}));

interface FakeContentsShape {
  openHandler: ((details: { url: string }) => { action: string }) | null;
  listeners: Map<string, Array<(event: { url: string; preventDefault(): void }) => void>>;
}

vi.mock('electron', () => {
  class FakeContents implements FakeContentsShape {
    openHandler: FakeContentsShape['openHandler'] = null;
    listeners: FakeContentsShape['listeners'] = new Map();
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
    constructor(options: Record<string, unknown>) {
      recorded.windows.push({ options, loaded: this.loaded, contents: this.webContents });
    }
    once() {
      return this;
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
  return { BrowserWindow, shell, default: { BrowserWindow, shell } };
});

const { createMainWindow, isExternalLinkAllowed, secureWebPreferences } = await import('./windows');

function navigate(contents: FakeContentsShape, name: string, url: string): boolean {
  let prevented = false;
  for (const listener of contents.listeners.get(name) ?? []) listener({ url, preventDefault: () => (prevented = true) });
  return prevented;
}

beforeEach(() => {
  recorded.windows.length = 0;
  recorded.opened.length = 0;
});

describe('the window factory', () => {
  it('builds isolated, sandboxed webPreferences with the preload', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('creates windows with exactly those preferences and loads our own page', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs' });
    expect(recorded.windows).toHaveLength(1);
    const [window] = recorded.windows;
    expect(window?.options.webPreferences).toEqual(secureWebPreferences('/p/preload.cjs'));
    expect(window?.options.show).toBe(false);
    expect(window?.loaded).toEqual(['tandem://app/']);
  });

  it('denies every new window, sending web links to the system browser', () => {
    createMainWindow({ preloadPath: '/p/preload.cjs' });
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
    createMainWindow({ preloadPath: '/p/preload.cjs' });
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
    createMainWindow({ preloadPath: '/p/preload.cjs' });
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
