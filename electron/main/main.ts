import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, ipcMain, protocol, screen, session, type OpenDialogOptions } from 'electron';
import { chooseUiLanguage } from '../../shared/i18n';
import type { Dispatch } from '../core/api/dispatch';
import { openPreferences, type PreferencesService } from '../session/preferences';
import { backendOrMemory } from '../session/preferencesFile';
import { openSession, type Session } from '../session/session';
import { installAppMenu } from './appMenu';
import { dataDirFromArgv, givenDataDir } from './args';
import { listenForReadyToClose, registerIpc } from './ipc';
import { serveMedia } from './mediaProtocol';
import { APP_URL } from './origin';
import { withPickExportFolder } from './pickFolder';
import { withPickMedia } from './pickMedia';
import { electronStoreBackend } from './preferencesStore';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDownSession } from './session';
import { sayError, shellWords, type ShellWords } from './shellWords';
import { enableSpellcheckForWorkspace } from './spellcheck';
import { createMainWindow, readyToClose } from './windows';

/**
 * Electron main (bundled to dist/electron/main.mjs): the app's lifecycle and nothing more.
 * It opens the workspace in a session (electron/session/: the person's preferences, kept
 * with electron-store, and which workspace is open), serves the renderer on `tandem://app/`
 * and the current workspace's images on `tandem-media://media/`, connects the one IPC
 * channel to the session's dispatch (with `pickMedia`, the file dialog, answered here),
 * turns spelling on for the workspace's languages, installs the native menu (appMenu.ts, in
 * the interface's language) and opens the window. Everything the shell shows natively is
 * worded by shellWords.ts in the interface's language of the moment it is shown. When another workspace is opened, the
 * window loads again on it. On quit it closes the workspace.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, 'preload.cjs');
const rendererDir = path.join(here, '..', 'renderer');

let workspaces: Session | null = null;
let unregisterIpc: (() => void) | null = null;
/** Quit was asked for: a window whose close was held for its edits (closeGuard.ts) quits again when it closes. */
let quitting = false;

/** A window where the last one was closed; its size and place are kept as it closes. */
function openWindow(): void {
  const preferences = workspaces?.preferences;
  const window = createMainWindow({
    preloadPath,
    words: () => words().desktop,
    restore: { saved: preferences?.get().window ?? null, screens: screen.getAllDisplays().map((d) => d.workArea) },
    onClose: (state) => {
      try {
        preferences?.setWindow(state);
      } catch (e) {
        // Only the window's place is lost; it opens at the default size next time.
        console.error(e);
      }
    },
  });
  window.on('closed', () => {
    if (quitting) app.quit();
  });
}

/** The file or folder dialog, over the window the person is working in (they just asked for it there). */
const showOpenDialog = (options: OpenDialogOptions) => {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
};

/** Installs the native menu again (its words, its recent workspaces); set once the menu is installed. */
let installMenu: (() => void) | null = null;

/** Another workspace is open: spelling follows its languages, the menu lists it first, and every window loads again on it. */
function onSwitched(): void {
  applySpelling();
  installMenu?.();
  // After this call's answer has gone back to the window that asked.
  setTimeout(() => {
    for (const window of BrowserWindow.getAllWindows()) void window.loadURL(APP_URL);
  }, 0);
}

/** Spelling in the languages the person chose, else the workspace's. */
function applySpelling(): void {
  if (workspaces) void enableSpellcheckForWorkspace(session.defaultSession, workspaces.dispatch, process.platform, workspaces.preferences.get().spellcheckLanguages);
}

/** The person's preferences, once open (before the workspace: a workspace that cannot open is told in their language). */
let openedPreferences: PreferencesService | null = null;

/** The shell's words in the interface's language now: the one the person chose, else the system's. */
function words(): ShellWords {
  return shellWords(chooseUiLanguage(openedPreferences?.get().uiLanguage, app.getPreferredSystemLanguages()));
}

/** The session's dispatch, with the menu and spelling made again after the preferences they follow change (a switch of workspace: onSwitched). */
function withShellUpdates(dispatch: Dispatch): Dispatch {
  return async (name, input) => {
    const answer = await dispatch(name, input);
    if (answer.ok && name === 'setPreferences') {
      installMenu?.();
      applySpelling();
    }
    return answer;
  };
}

function start(): void {
  const dataDir = dataDirFromArgv(process.argv.slice(1));
  const log = (message: string) => console.error(message);
  try {
    const preferences = openPreferences(backendOrMemory(electronStoreBackend, app.getPath('userData'), log), log);
    openedPreferences = preferences;
    workspaces = openSession(dataDir, { preferences, onSwitched });
  } catch (e) {
    const texts = words();
    dialog.showErrorBox(texts.desktop('cannotOpen.message'), texts.desktop('cannotOpen.detail', { message: sayError(texts, e), folder: dataDir }));
    app.exit(1);
    return;
  }
  lockDownSession(session.defaultSession);
  applySpelling();
  serveRenderer(rendererDir);
  serveMedia(protocol, workspaces.media);
  installMenu = installAppMenu(workspaces, words);
  const dispatch = withPickExportFolder(withPickMedia(withShellUpdates(workspaces.dispatch), { showOpenDialog, media: workspaces.media, words: () => words().desktop }), {
    showOpenDialog,
    title: () => words().menu('chooseExportFolder'),
  });
  const unregisterCalls = registerIpc(ipcMain, dispatch);
  const stopListening = listenForReadyToClose(ipcMain, readyToClose);
  unregisterIpc = () => {
    unregisterCalls();
    stopListening();
  };
  openWindow();
}

/** Quitting: the windows have stored their edits as they closed; calls still running finish, then the workspace closes. */
function shutDown(event: { preventDefault(): void }): void {
  const open = workspaces;
  if (open === null) return;
  event.preventDefault();
  workspaces = null;
  unregisterIpc?.();
  unregisterIpc = null;
  // A workspace that cannot close within the time limit is closed at once.
  const limit = setTimeout(() => {
    open.closeNow();
    app.quit();
  }, 10_000);
  void open
    .close()
    .catch((e: unknown) => console.error(e))
    .then(() => {
      clearTimeout(limit);
      app.quit();
    });
}

// Before `ready`: every renderer sandboxed, our schemes (the app's and the images'), and one
// Tandem at a time (a second start focuses the first).
app.enableSandbox();
registerAppScheme();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second start focuses this Tandem's window, and opens the workspace it was given.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const given = givenDataDir(argv.slice(1), workingDirectory);
    if (given !== null && workspaces) {
      void workspaces.dispatch('openWorkspace', { path: given }).then((answer) => {
        if (!answer.ok) dialog.showErrorBox('Tandem', words().said(answer.error));
      });
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (workspaces && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', shutDown);
  app.whenReady().then(start, (e: unknown) => {
    console.error(e);
    app.exit(1);
  });
}
