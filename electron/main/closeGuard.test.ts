import { describe, expect, it } from 'vitest';
import { guardClose, type GuardedWindow } from './closeGuard';

/** A window whose close can be held, and a clock the test moves. */
function setup(answering = true) {
  const log: string[] = [];
  let listener: ((event: { preventDefault(): void }) => void) | null = null;
  let destroyed = false;
  const timers: Array<() => void> = [];
  const window: GuardedWindow = {
    on: (_name, l) => (listener = l),
    close: () => {
      log.push('close');
      tryClose();
    },
    isDestroyed: () => destroyed,
  };
  /** The person (or Quit) closes the window: true when it really closed. */
  const tryClose = (): boolean => {
    let held = false;
    listener?.({ preventDefault: () => (held = true) });
    if (!held) destroyed = true;
    return !held;
  };
  const guard = guardClose(window, {
    ask: () => log.push('ask'),
    answering: () => answering,
    setTimer: (fn) => timers.push(fn),
    clearTimer: () => log.push('timer cleared'),
  });
  return { guard, log, tryClose, timers, closed: () => destroyed };
}

describe('closing a window', () => {
  it('waits for the page to store its edits, then closes', () => {
    const { guard, log, tryClose, closed } = setup();
    expect(tryClose()).toBe(false);
    expect(tryClose()).toBe(false);
    expect(log).toEqual(['ask']);
    guard.ready();
    expect(closed()).toBe(true);
    expect(log).toEqual(['ask', 'timer cleared', 'close']);
  });

  it('closes after the time limit when the page never answers', () => {
    const { log, tryClose, timers, closed } = setup();
    tryClose();
    expect(closed()).toBe(false);
    timers[0]?.();
    expect(closed()).toBe(true);
    expect(log).toEqual(['ask', 'timer cleared', 'close']);
  });

  it('does not hold a window whose page cannot answer', () => {
    const { log, tryClose, closed } = setup(false);
    expect(tryClose()).toBe(true);
    expect(closed()).toBe(true);
    expect(log).toEqual([]);
  });

  it('ignores a page saying it is ready when no close was asked for', () => {
    const { guard, log, closed } = setup();
    guard.ready();
    expect(closed()).toBe(false);
    expect(log).toEqual([]);
  });
});
