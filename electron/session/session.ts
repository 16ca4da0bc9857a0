import { contract, type Envelope, type ImportedMedia, type WorkspaceInfo } from '../../shared/contract';
import type { OpenWorkspaceInput } from '../../shared/contract/preferences';
import { createDispatcher, type Dispatch } from '../core/api/dispatch';
import { errorFrom, TandemError } from '../core/errors';
import { say } from '../core/said';
import { openCore as openCoreDefault, type Core } from '../core/index';
import { checkCanOpen, prepareNewWorkspace, removeCreated, workspaceFolder } from './folders';
import type { PreferencesService } from './preferences';

/**
 * The session: the person's preferences and the workspace open now, above core. It answers
 * `getPreferences`, `setPreferences` and `openWorkspace` itself and hands every other call
 * to the current workspace's core. Opening another workspace opens it first (a failure
 * leaves the current one open and untouched), then makes it current, lets the calls still
 * running on the old one finish and closes it. The desktop shell and browser mode both run
 * one session; their image serving goes through `media`, so it follows the switch too.
 */

export interface SessionOptions {
  preferences: PreferencesService;
  /** Opens a workspace's core; core's openCore unless a test says otherwise. */
  openCore?: (dir: string) => Core;
  /** Told after another workspace has become the current one. */
  onSwitched?: (info: WorkspaceInfo) => void;
  /** Told about failures that are bugs; console.error by default. */
  onInternalError?: (e: unknown) => void;
  /** The home folder a typed `~` stands for. */
  home?: string;
}

/** The current workspace's images, whichever workspace that is when they are asked for. */
export interface SessionMedia {
  variant(id: string, variantName: string): Promise<{ path: string; mime: string } | null>;
  importFile(filePath: string): Promise<ImportedMedia>;
}

export interface Session {
  /** The contract's entry point for both shells. */
  dispatch: Dispatch;
  /** The current workspace's core. */
  readonly core: Core;
  readonly media: SessionMedia;
  readonly preferences: PreferencesService;
  /** Waits for calls in flight, then closes the current workspace. */
  close(): Promise<void>;
  /** Closes the current workspace at once (the app is quitting and cannot wait); calls still running are refused. */
  closeNow(): void;
}

interface Open {
  core: Core;
  inFlight: number;
  idle: Array<() => void>;
}

/**
 * Opens the workspace in `dir` (as core does: made when the folder has none, so a first
 * start works) and remembers it among the recent ones. Throws what openCore throws.
 */
export function openSession(dir: string, options: SessionOptions): Session {
  const openCore = options.openCore ?? ((folder: string) => openCoreDefault(folder));
  const onInternalError = options.onInternalError ?? ((e: unknown) => console.error(e));
  const preferences = options.preferences;
  let current: Open = { core: openCore(dir), inFlight: 0, idle: [] };
  remember(current.core.workspace.dir);
  let switching: Promise<unknown> = Promise.resolve();
  let closed = false;

  function remember(folder: string): void {
    try {
      preferences.rememberWorkspace(folder);
    } catch (e) {
      // The workspace is open all the same; only the recent list missed it.
      onInternalError(e);
    }
  }

  /** Runs `work` on the current workspace, counted so that a switch waits for it. */
  async function onCurrent<T>(work: (core: Core) => Promise<T>): Promise<T> {
    const open = current;
    open.inFlight += 1;
    try {
      return await work(open.core);
    } finally {
      open.inFlight -= 1;
      if (open.inFlight === 0) for (const done of open.idle.splice(0)) done();
    }
  }

  function settled(open: Open): Promise<void> {
    return open.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => open.idle.push(resolve));
  }

  async function retire(open: Open): Promise<void> {
    await settled(open);
    try {
      open.core.close();
    } catch (e) {
      onInternalError(e);
    }
  }

  async function openWorkspace(input: OpenWorkspaceInput): Promise<WorkspaceInfo> {
    if (closed) throw new TandemError('unavailable', say('core.session.shuttingDown'));
    const dir = workspaceFolder(input.path, options.home);
    if (!input.create && dir === current.core.workspace.dir) {
      remember(dir);
      return workspaceInfoOf(current.core);
    }
    let created: string | null = null;
    if (input.create) created = prepareNewWorkspace(dir).created;
    else checkCanOpen(dir);

    let next: Core;
    try {
      next = openCore(dir);
    } catch (e) {
      removeCreated(created);
      if (e instanceof TandemError) throw e;
      onInternalError(e);
      throw new TandemError('unavailable', say('core.session.couldNotOpen', { dir }));
    }
    const info = await workspaceInfoOf(next).catch((e: unknown) => {
      next.close();
      removeCreated(created);
      throw e;
    });
    if (input.create) await seedExportSettings(next);

    const previous = current;
    current = { core: next, inFlight: 0, idle: [] };
    await retire(previous);
    remember(next.workspace.dir);
    options.onSwitched?.(info);
    return info;
  }

  /** A new workspace exports to the site address used last (the `exportBaseUrl` preference). */
  async function seedExportSettings(core: Core): Promise<void> {
    const baseUrl = preferences.get().exportBaseUrl;
    if (baseUrl === null) return;
    const settings = await core.dispatch('getExportSettings', {});
    const seeded = settings.ok ? await core.dispatch('setExportSettings', { ...contract.getExportSettings.output.parse(settings.value), baseUrl }) : settings;
    // The workspace is made all the same; its export settings keep their defaults.
    if (!seeded.ok) onInternalError(new Error(`A new workspace's base URL was not set: ${seeded.error.message}`));
  }

  /** The base URL saved last is the one new workspaces start with. */
  function rememberBaseUrl(answered: Envelope<unknown>): void {
    if (!answered.ok) return;
    const { baseUrl } = contract.setExportSettings.output.parse(answered.value);
    if (baseUrl === preferences.get().exportBaseUrl) return;
    try {
      preferences.update({ exportBaseUrl: baseUrl });
    } catch (e) {
      onInternalError(e);
    }
  }

  /** The session's own calls, checked and answered as core's are. */
  const answerOwn = createDispatcher(
    {
      getPreferences: () => preferences.get(),
      setPreferences: (patch) => preferences.update(patch),
      openWorkspace: (target) => {
        // One switch at a time, in the order asked.
        const run = switching.then(() => openWorkspace(target));
        switching = run.catch(() => undefined);
        return run;
      },
    },
    onInternalError,
  );

  const dispatch: Dispatch = (name, input) => {
    if (name === 'getPreferences' || name === 'setPreferences' || name === 'openWorkspace') return answerOwn(name, input);
    if (name === 'setExportSettings') {
      return onCurrent(async (core) => {
        const answered = await core.dispatch(name, input);
        rememberBaseUrl(answered);
        return answered;
      });
    }
    return onCurrent((core) => core.dispatch(name, input));
  };

  return {
    dispatch,
    get core() {
      return current.core;
    },
    media: {
      variant: (id, variantName) => onCurrent((core) => core.media.variant(id, variantName)),
      importFile: (filePath) => onCurrent((core) => core.media.importFile(filePath)),
    },
    preferences,
    async close() {
      if (closed) return;
      closed = true;
      await switching;
      await retire(current);
    },
    closeNow() {
      closed = true;
      try {
        current.core.close();
      } catch (e) {
        onInternalError(e);
      }
    },
  };
}

/** The workspace's description, as the contract gives it; throws when core cannot answer. */
async function workspaceInfoOf(core: Core): Promise<WorkspaceInfo> {
  const answered = await core.dispatch('workspaceInfo', {});
  if (!answered.ok) throw errorFrom(answered.error);
  return contract.workspaceInfo.output.parse(answered.value);
}
