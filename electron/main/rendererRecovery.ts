import { z } from 'zod';
import type { DesktopWords } from './shellWords';

/**
 * When a window's page dies (`render-process-gone`) or stops answering (`unresponsive`),
 * Tandem says so in a native message box instead of leaving a blank or frozen window.
 * A dead page offers `Reload`; a frozen one offers `Wait` or `Reload`. Reloading starts
 * the page afresh from the store, so it comes back exactly as last saved (autosave keeps
 * that within about a second of the last keystroke). The boxes speak the interface's
 * language at the moment they are shown (the catalogs' `desktop.crash` and
 * `desktop.unresponsive`). Written against the small part of
 * Electron it uses, so tests drive it with fakes; a BrowserWindow and its WebContents fit
 * these shapes.
 */

/** As much of Electron's MessageBoxOptions as these boxes set. */
export interface RecoveryMessageBox {
  type: 'error' | 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
  /** Closes the box as if cancelled, when the page answers again before the person does. */
  signal?: AbortSignal;
}

/** Electron's `dialog.showMessageBox`, already bound to the window it belongs to. */
export type ShowRecoveryBox = (options: RecoveryMessageBox) => Promise<{ response: number }>;

/** As much of Electron's WebContents as recovery uses. */
export interface RecoverableContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: unknown) => void): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  reload(): void;
  forcefullyCrashRenderer(): void;
  isDestroyed(): boolean;
}

/** As much of Electron's BrowserWindow as recovery uses. */
export interface RecoverableWindow {
  readonly webContents: RecoverableContents;
  isDestroyed(): boolean;
  close(): void;
}

/** Electron's RenderProcessGoneDetails, checked: it comes from outside our code. */
const GoneDetailsSchema = z.object({ reason: z.string(), exitCode: z.number().optional() });

export const CRASH_BUTTONS = { reload: 0, close: 1 } as const;
export const UNRESPONSIVE_BUTTONS = { wait: 0, reload: 1 } as const;

/** What the person is told about a page that is gone, by the reason Electron gives. */
export function crashBox(reason: string, t: DesktopWords): RecoveryMessageBox {
  const why =
    reason === 'oom'
      ? t('crash.outOfMemory')
      : reason === 'launch-failed'
        ? t('crash.launchFailed')
        : reason === 'killed'
          ? t('crash.killed')
          : t('crash.crashed');
  return {
    type: 'error',
    title: 'Tandem',
    message: t('crash.message'),
    detail: t('crash.detail', { reason: why }),
    buttons: [t('crash.reload'), t('crash.closeWindow')],
    defaultId: CRASH_BUTTONS.reload,
    cancelId: CRASH_BUTTONS.close,
    noLink: true,
  };
}

export function unresponsiveBox(signal: AbortSignal, t: DesktopWords): RecoveryMessageBox {
  return {
    type: 'warning',
    title: 'Tandem',
    message: t('unresponsive.message'),
    detail: t('unresponsive.detail'),
    buttons: [t('unresponsive.wait'), t('unresponsive.reload')],
    defaultId: UNRESPONSIVE_BUTTONS.wait,
    cancelId: UNRESPONSIVE_BUTTONS.wait,
    noLink: true,
    signal,
  };
}

export interface RendererRecoveryOptions {
  /** Told about a box that could not be shown; console.error by default. */
  onInternalError?: (e: unknown) => void;
}

/**
 * Watches one window's page. At most one box is shown at a time; a page that dies while
 * the "not responding" box is open replaces it with the "stopped working" box, and a page
 * that answers again closes the "not responding" box by itself. Each box is worded by
 * `words` as it is shown.
 */
export function watchRenderer(window: RecoverableWindow, showBox: ShowRecoveryBox, words: () => DesktopWords, options: RendererRecoveryOptions = {}): void {
  const contents = window.webContents;
  const onInternalError = options.onInternalError ?? ((e: unknown) => console.error(e));
  /** The box on screen now, if any. */
  let shown: { kind: 'crash' | 'unresponsive'; abort: AbortController } | null = null;
  /** The page was stopped on purpose to reload it: its `render-process-gone` is expected. */
  let restarting = false;

  const closed = () => window.isDestroyed() || contents.isDestroyed();

  async function ask(kind: 'crash' | 'unresponsive', build: (signal: AbortSignal) => RecoveryMessageBox): Promise<number | null> {
    const abort = new AbortController();
    const mine = { kind, abort };
    shown = mine;
    try {
      const { response } = await showBox(build(abort.signal));
      return abort.signal.aborted ? null : response;
    } catch (e) {
      onInternalError(e);
      return null;
    } finally {
      if (shown === mine) shown = null;
    }
  }

  contents.on('render-process-gone', (_event, details) => {
    const parsed = GoneDetailsSchema.safeParse(details);
    const reason = parsed.success ? parsed.data.reason : 'crashed';
    // A clean exit is the window closing or Tandem quitting, not a failure.
    if (reason === 'clean-exit') return;
    if (restarting) {
      restarting = false;
      return;
    }
    if (closed() || shown?.kind === 'crash') return;
    shown?.abort.abort();
    void ask('crash', () => crashBox(reason, words())).then((response) => {
      if (closed() || response === null) return;
      if (response === CRASH_BUTTONS.reload) contents.reload();
      else window.close();
    });
  });

  contents.on('unresponsive', () => {
    if (closed() || shown !== null || restarting) return;
    void ask('unresponsive', (signal) => unresponsiveBox(signal, words())).then((response) => {
      if (closed() || response !== UNRESPONSIVE_BUTTONS.reload) return;
      // A frozen page cannot be reloaded in place: stop its process, then load it anew.
      restarting = true;
      contents.forcefullyCrashRenderer();
      contents.reload();
    });
  });

  contents.on('responsive', () => {
    if (shown?.kind === 'unresponsive') shown.abort.abort();
  });
}
