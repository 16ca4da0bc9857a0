import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, ipcMain, protocol, session } from 'electron';
import { openCore, type Core } from '../core/index';
import { dataDirFromArgv } from './args';
import { registerIpc } from './ipc';
import { serveMedia } from './mediaProtocol';
import { withPickMedia, type ShowOpenDialog } from './pickMedia';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDownSession } from './session';
import { enableSpellcheckForWorkspace } from './spellcheck';
import { createMainWindow } from './windows';

/**
 * Electron main (bundled to dist/electron/main.mjs): the app's lifecycle and nothing more.
 * It opens the workspace with core, serves the renderer on `tandem://app/` and the
 * library's images on `tandem-media://media/`, connects the one IPC channel to core's
 * dispatch (with `pickMedia`, the file dialog, answered here), turns spelling on for the
 * workspace's languages and opens the window; on quit it closes the workspace.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, 'preload.cjs');
const rendererDir = path.join(here, '..', 'renderer');

let core: Core | null = null;
let unregisterIpc: (() => void) | null = null;

function openWindow(): void {
  createMainWindow({ preloadPath });
}

/** The file dialog, over the window the person is working in (they just asked for it there). */
const showOpenDialog: ShowOpenDialog = (options) => {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
};

function start(): void {
  const dataDir = dataDirFromArgv(process.argv.slice(1));
  try {
    core = openCore(dataDir);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    dialog.showErrorBox('Tandem cannot open its workspace', `${message}\n\nWorkspace folder: ${dataDir}`);
    app.exit(1);
    return;
  }
  lockDownSession(session.defaultSession);
  void enableSpellcheckForWorkspace(session.defaultSession, core.dispatch);
  serveRenderer(rendererDir);
  serveMedia(protocol, core.media);
  unregisterIpc = registerIpc(ipcMain, withPickMedia(core.dispatch, { showOpenDialog, media: core.media }));
  openWindow();
}

function shutDown(): void {
  unregisterIpc?.();
  unregisterIpc = null;
  core?.close();
  core = null;
}

// Before `ready`: every renderer sandboxed, our schemes (the app's and the images'), and one
// Tandem at a time (a second start focuses the first).
app.enableSandbox();
registerAppScheme();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', shutDown);
  app.whenReady().then(start, (e: unknown) => {
    console.error(e);
    app.exit(1);
  });
}
