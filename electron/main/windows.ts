import { BrowserWindow, dialog, shell, type WebContents, type WebPreferences } from 'electron';
import type { WindowState } from '../../shared/contract';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { WindowCommand } from '../../shared/ipc/commands';
import { guardClose, type CloseGuard } from './closeGuard';
import { attachContextMenu } from './contextMenu';
import { APP_URL, isAppUrl } from './origin';
import { MIN_SIZE, restoredWindow, windowStateOf, type Area } from './windowState';
import { watchRenderer } from './rendererRecovery';
import type { DesktopWords } from './shellWords';

/**
 * THE window factory: every Tandem window is made here, isolated and sandboxed, with a
 * preload that exposes the contract and nothing else. Navigation away from our own pages
 * and new windows are refused; web links open in the system browser instead. A page that
 * dies or stops answering is reported with a native message box that offers to reload it.
 * The right-click menu and those boxes speak the interface's language of the moment they
 * are shown (`words`).
 */

/** The webPreferences of every window. Exported so a test can hold them to account. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}

/** Links a person may follow out of Tandem, in the system browser or mail program. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

function openOutside(url: string): void {
  if (isExternalLinkAllowed(url)) void shell.openExternal(url).catch(() => undefined);
}

/** The guards every window's contents get. */
export function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface MainWindowOptions {
  /** The bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** The interface's words now: read each time the window shows a menu or a box of its own. */
  words: () => DesktopWords;
  /** The page to load; our renderer by default. */
  url?: string;
  /** The window's size and place when it was last closed, and the screens' work areas now (windowState.ts). */
  restore?: { saved: WindowState | null; screens: readonly Area[] };
  /** Told the window's size and place as it closes, to open there next time. */
  onClose?(state: WindowState): void;
}

/** Each window's close guard, by its contents (what a message names as its sender). */
const guards = new WeakMap<WebContents, CloseGuard>();

/** A window's page has stored its edits: the window closes if it was asked to. */
export function readyToClose(contents: WebContents): void {
  guards.get(contents)?.ready();
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { bounds, maximized } = restoredWindow(options.restore?.saved ?? null, options.restore?.screens ?? []);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Tandem',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  guardContents(window.webContents);
  attachContextMenu(window.webContents, options.words);
  watchRenderer(window, (box) => dialog.showMessageBox(window, box), options.words);
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('close', () => options.onClose?.(windowStateOf(window)));
  // The first close is held until the page has stored its edits (closeGuard.ts).
  guards.set(
    window.webContents,
    guardClose(window, {
      ask: () => window.webContents.send(IPC_CHANNELS.command, 'prepare-to-close' satisfies WindowCommand),
      answering: () => !window.webContents.isDestroyed() && !window.webContents.isCrashed(),
    }),
  );
  void window.loadURL(options.url ?? APP_URL);
  return window;
}
