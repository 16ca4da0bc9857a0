import type { MenuItemConstructorOptions } from 'electron';
import type { WindowCommand } from '../../shared/ipc/commands';

/**
 * The native menu bar, as a template (Electron's `Menu.buildFromTemplate` makes it). Made
 * by a plain function of the platform, the recent workspaces and the interface's words, so
 * tests check it without Electron. Items the platforms already know (Edit, View, Window,
 * the macOS app menu) use Electron's roles, which bring their own accelerators and
 * translations; Tandem's own items carry their accelerators here.
 */

/**
 * The roles whose words Tandem gives in the interface's language: Electron's own labels
 * for them are English on Windows and Linux. macOS's app-menu roles (Services, Hide…)
 * keep the system's words.
 */
const ROLE_LABELS = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'delete',
  'selectAll',
  'reload',
  'toggleDevTools',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'minimize',
  'zoom',
  'front',
  'close',
  'quit',
] as const;
type LabelledRole = (typeof ROLE_LABELS)[number];

/** Every word the menu shows that is Tandem's own, the labelled roles' included. */
export const MENU_LABELS = [
  'file',
  'newArticle',
  'openWorkspace',
  'recentWorkspaces',
  'noRecentWorkspaces',
  'import',
  'exportBundle',
  'backUp',
  'edit',
  'view',
  'window',
  'help',
  'about',
  ...ROLE_LABELS,
] as const;
export type MenuLabel = (typeof MENU_LABELS)[number];

/** What the menu's own items do. */
export interface MenuActions {
  /** Hands a command to the window the person is working in. */
  send(command: WindowCommand): void;
  /** The system's folder dialog, then that workspace in place of this one. */
  openWorkspace(): void;
  openRecent(path: string): void;
  /** The system's save dialog, then a copy of the workspace's store there. */
  backUp(): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Workspace folders, newest first. */
  recent: readonly string[];
  t(label: MenuLabel): string;
  actions: MenuActions;
}

/** Tandem's own accelerators: the conventional keys for new, open and the app's export. */
export const ACCELERATORS = {
  newArticle: 'CmdOrCtrl+N',
  openWorkspace: 'CmdOrCtrl+O',
  exportBundle: 'CmdOrCtrl+Shift+E',
} as const;

export function menuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const mac = o.platform === 'darwin';
  const { t, actions } = o;
  /** A role item: Electron's action and accelerator, with its words in the interface's language. */
  const role = (name: LabelledRole): MenuItemConstructorOptions => ({ role: name, label: t(name) });
  const recent: MenuItemConstructorOptions[] =
    o.recent.length === 0
      ? [{ label: t('noRecentWorkspaces'), enabled: false }]
      : o.recent.map((path) => ({ label: path, click: () => actions.openRecent(path) }));

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { label: t('newArticle'), accelerator: ACCELERATORS.newArticle, click: () => actions.send('new-article') },
      { type: 'separator' },
      { label: `${t('openWorkspace')}…`, accelerator: ACCELERATORS.openWorkspace, click: () => actions.openWorkspace() },
      { label: t('recentWorkspaces'), submenu: recent },
      { type: 'separator' },
      { label: `${t('import')}…`, click: () => actions.send('import') },
      { label: `${t('exportBundle')}…`, accelerator: ACCELERATORS.exportBundle, click: () => actions.send('export-bundle') },
      { label: `${t('backUp')}…`, click: () => actions.backUp() },
      // macOS quits from the app menu; elsewhere File ends with Quit (Ctrl+Q).
      ...(mac ? [] : [{ type: 'separator' } as const, role('quit')]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      role('undo'),
      role('redo'),
      { type: 'separator' },
      role('cut'),
      role('copy'),
      role('paste'),
      role('pasteAndMatchStyle'),
      role('delete'),
      { type: 'separator' },
      role('selectAll'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      role('reload'),
      role('toggleDevTools'),
      { type: 'separator' },
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      { type: 'separator' },
      role('togglefullscreen'),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t('window'),
    role: 'windowMenu',
    submenu: mac ? [role('minimize'), role('zoom'), { type: 'separator' }, role('front')] : [role('minimize'), role('close')],
  };
  const about: MenuItemConstructorOptions = { label: `${t('about')} ${o.appName}`, click: () => actions.about() };
  const help: MenuItemConstructorOptions = { label: t('help'), role: 'help', submenu: mac ? [] : [about] };
  if (!mac) return [file, edit, view, window, help];
  const app: MenuItemConstructorOptions = {
    label: o.appName,
    submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  };
  return [app, file, edit, view, window, help];
}
