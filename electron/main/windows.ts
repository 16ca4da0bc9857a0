import { BrowserWindow, dialog, shell, type WebContents, type WebPreferences } from 'electron';
import { attachContextMenu } from './contextMenu';
import { APP_URL, isAppUrl } from './origin';
import { watchRenderer } from './rendererRecovery';

/**
 * THE window factory: every Tandem window is made here, isolated and sandboxed, with a
 * preload that exposes the contract and nothing else. Navigation away from our own pages
 * and new windows are refused; web links open in the system browser instead. A page that
 * dies or stops answering is reported with a native message box that offers to reload it.
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
  /** The page to load; our renderer by default. */
  url?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title: 'Tandem',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  guardContents(window.webContents);
  attachContextMenu(window.webContents);
  watchRenderer(window, (box) => dialog.showMessageBox(window, box));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url ?? APP_URL);
  return window;
}
