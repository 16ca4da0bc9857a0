import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { WINDOW_COMMANDS } from '../../shared/ipc/commands';
import { MENU_LABELS, menuTemplate, type MenuActions, type MenuLabel } from './menu';

/** Every action the menu asks for, in order. */
function recorder(): { actions: MenuActions; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    actions: {
      send: (command) => calls.push(`send:${command}`),
      openWorkspace: () => calls.push('openWorkspace'),
      openRecent: (path) => calls.push(`openRecent:${path}`),
      backUp: () => calls.push('backUp'),
      about: () => calls.push('about'),
    },
  };
}

const words = (label: MenuLabel) => `«${label}»`;

function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const out: MenuItemConstructorOptions[] = [];
  for (const item of template) {
    out.push(item);
    if (Array.isArray(item.submenu)) out.push(...items(item.submenu));
  }
  return out;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

const PLATFORMS: NodeJS.Platform[] = ['linux', 'win32', 'darwin'];

describe('the native menu', () => {
  for (const platform of PLATFORMS) {
    it(`on ${platform}: every item is a role, a separator, a submenu, or does something; Tandem's own carry their words and keys`, () => {
      const { actions } = recorder();
      const all = items(menuTemplate({ platform, appName: 'Tandem', recent: ['/work/desk'], t: words, actions }));
      for (const item of all) {
        const kind = item.type === 'separator' ? 'separator' : item.role ? 'role' : Array.isArray(item.submenu) ? 'submenu' : item.click ? 'action' : item.enabled === false ? 'note' : 'nothing';
        expect(kind, JSON.stringify(item)).not.toBe('nothing');
        // Every label is from the interface's words (or a folder); only macOS's app-menu roles keep the system's.
        if (item.label !== undefined) expect(item.label).toMatch(/«\w+»|^\/work\/desk$|^Tandem$/);
        const systemWords = ['services', 'hide', 'hideOthers', 'unhide', 'windowMenu', 'help'];
        if (item.role && !systemWords.includes(item.role) && !(platform === 'darwin' && item.role === 'quit')) expect(item.label, item.role).toBe(words(item.role as MenuLabel));
      }
      const accelerators = all.map((i) => i.accelerator).filter((a): a is string => typeof a === 'string');
      expect(new Set(accelerators).size).toBe(accelerators.length);
      const byLabel = (label: MenuLabel) => all.find((i) => typeof i.label === 'string' && i.label.startsWith(words(label)));
      expect(byLabel('newArticle')?.accelerator).toBe('CmdOrCtrl+N');
      expect(byLabel('openWorkspace')?.accelerator).toBe('CmdOrCtrl+O');
      expect(byLabel('exportBundle')?.accelerator).toBe('CmdOrCtrl+Shift+E');
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'minimize']) expect(all.some((i) => i.role === role), role).toBe(true);
      // Items that open a dialog say so.
      for (const label of ['openWorkspace', 'import', 'exportBundle', 'backUp'] as const) expect(byLabel(label)?.label).toMatch(/…$/);
    });
  }

  it('follows each platform’s order: the app menu and Quit on macOS, Quit in File and About in Help elsewhere', () => {
    const { actions } = recorder();
    const mac = menuTemplate({ platform: 'darwin', appName: 'Tandem', recent: [], t: words, actions });
    expect(mac.map((m) => m.label)).toEqual(['Tandem', '«file»', '«edit»', '«view»', '«window»', '«help»']);
    expect(items(mac.slice(0, 1)).some((i) => i.role === 'quit')).toBe(true);
    expect(items(mac.slice(1, 2)).some((i) => i.role === 'quit')).toBe(false);
    const linux = menuTemplate({ platform: 'linux', appName: 'Tandem', recent: [], t: words, actions });
    expect(linux.map((m) => m.label)).toEqual(['«file»', '«edit»', '«view»', '«window»', '«help»']);
    expect(items(linux.slice(0, 1)).at(-1)?.role).toBe('quit');
    expect(items(linux.slice(-1)).some((i) => i.label === '«about» Tandem')).toBe(true);
  });

  it('does what each of Tandem’s own items says, and sends the window only commands it knows', () => {
    const { actions, calls } = recorder();
    const all = items(menuTemplate({ platform: 'linux', appName: 'Tandem', recent: ['/work/a', '/work/b'], t: words, actions }));
    for (const item of all) if (item.click && !item.role) click(item);
    expect(calls).toEqual(['send:new-article', 'openWorkspace', 'openRecent:/work/a', 'openRecent:/work/b', 'send:import', 'send:export-bundle', 'backUp', 'about']);
    for (const call of calls.filter((c) => c.startsWith('send:'))) expect(WINDOW_COMMANDS).toContain(call.slice('send:'.length));
  });

  it('says there are no recent workspaces instead of an empty list', () => {
    const { actions } = recorder();
    const recent = items(menuTemplate({ platform: 'win32', appName: 'Tandem', recent: [], t: words, actions })).find((i) => i.label === '«recentWorkspaces»');
    expect(recent?.submenu).toEqual([{ label: '«noRecentWorkspaces»', enabled: false }]);
  });

  it('has a word for every label it uses, and uses every label it has', () => {
    const used = new Set<string>();
    const { actions } = recorder();
    for (const platform of PLATFORMS) menuTemplate({ platform, appName: 'Tandem', recent: [], t: (l) => (used.add(l), l), actions });
    expect([...used].sort()).toEqual([...MENU_LABELS].sort());
  });
});
