/**
 * Closing a window (or quitting) never loses typing: the first close is held, the window is
 * asked to send its pending edits and wait until they are stored (`prepare-to-close`), and
 * it closes when the window says it is ready — or after `timeoutMs`, so that a window that
 * cannot answer (its page gone) never keeps Tandem open. Written against the small part of
 * a BrowserWindow it uses, so tests drive it with fakes.
 */

export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface CloseGuard {
  /** The window has stored its edits: it closes now if a close was held. */
  ready(): void;
}

export interface CloseGuardOptions {
  /** Asks the window's page to store its pending edits and say when it has. */
  ask(): void;
  /** Whether the page can answer at all (not crashed, not gone). */
  answering(): boolean;
  timeoutMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const CLOSE_TIMEOUT_MS = 12_000;

export function guardClose(window: GuardedWindow, options: CloseGuardOptions): CloseGuard {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'open' | 'asking' | 'closing' = 'open';
  let timer: unknown = null;
  const release = () => {
    if (state !== 'asking') return;
    state = 'closing';
    if (timer !== null) clearTimer(timer);
    if (!window.isDestroyed()) window.close();
  };
  window.on('close', (event) => {
    if (state === 'closing' || !options.answering()) return;
    event.preventDefault();
    if (state === 'asking') return;
    state = 'asking';
    timer = setTimer(release, options.timeoutMs ?? CLOSE_TIMEOUT_MS);
    options.ask();
  });
  return { ready: release };
}
