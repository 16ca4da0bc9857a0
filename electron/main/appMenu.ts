import path from 'node:path';
import { BrowserWindow, Menu, app, dialog } from 'electron';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { backupWorkspace } from '../core/backup/backup';
import type { Session } from '../session/session';
import { menuTemplate, type MenuActions, type MenuLabel } from './menu';
import { sayError, type ShellWords } from './shellWords';

/**
 * The native menu, installed: its template (menu.ts) with the actions that need the
 * machine — the folder dialog to open a workspace, the save dialog to back it up, the About
 * panel — and the commands the window carries out sent to the window the person is in.
 * Installed again (by the function it gives) when the recent workspaces or the
 * interface's language change; the dialogs and messages its actions show take the
 * interface's words at the moment they are shown.
 */

/** The window the person is working in. */
function currentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

async function tell(type: 'info' | 'error', message: string, detail?: string): Promise<void> {
  const window = currentWindow();
  const options = { type, message, ...(detail === undefined ? {} : { detail }) };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Today as `2026-11-26`, for a backup's suggested name. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function installAppMenu(session: Session, words: () => ShellWords): () => void {
  const install = () => {
    const current = words();
    const t = (label: MenuLabel) => current.menu(label);
    const actions: MenuActions = {
      send(command) {
        currentWindow()?.webContents.send(IPC_CHANNELS.command, command);
      },
      openWorkspace() {
        const window = currentWindow();
        const options = { title: words().menu('openWorkspace'), properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
        void (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)).then(({ canceled, filePaths }) => {
          const [folder] = filePaths;
          if (!canceled && folder !== undefined) actions.openRecent(folder);
        });
      },
      openRecent(folder) {
        // A switch installs the menu again with its recent list (main.ts, when the session says it switched).
        void session.dispatch('openWorkspace', { path: folder }).then(async (answer) => {
          if (!answer.ok) await tell('error', words().said(answer.error));
        });
      },
      backUp() {
        const window = currentWindow();
        const options = {
          title: words().menu('backUp'),
          defaultPath: path.join(app.getPath('documents'), `Tandem ${path.basename(session.core.workspace.dir)} ${today()}.db`),
          filters: [{ name: 'SQLite', extensions: ['db'] }],
        };
        void (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)).then(async ({ canceled, filePath }) => {
          if (canceled || !filePath) return;
          try {
            await backupWorkspace(session.core.workspace.dir, filePath);
            await tell('info', words().menu('backedUp', { file: filePath }));
          } catch (e) {
            await tell('error', sayError(words(), e));
          }
        });
      },
      about() {
        app.setAboutPanelOptions({ applicationName: app.name, applicationVersion: app.getVersion(), copyright: words().desktop('copyright') });
        app.showAboutPanel();
      },
    };
    const recent = session.preferences.get().recentWorkspaces;
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, appName: app.name, recent, t, actions })));
  };
  install();
  return install;
}
