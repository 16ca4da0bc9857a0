import { useEffect, useRef } from 'react';
import type { WindowCommand } from '../../shared/ipc/commands';
import { navigate } from './router';

/**
 * The desktop menu's commands (shared/ipc/commands.ts), carried out by the page that owns
 * the action as if its own button were pressed. A command that arrives before its page is
 * on screen (the menu moved the window there) waits for the page, once.
 */

type Listener = (command: WindowCommand) => boolean;

export interface CommandHub {
  /** A command from the menu: handled by a listening page, or kept for the next one. */
  receive(command: WindowCommand): void;
  /** Listens for one command; a kept one is handled at once. Gives a function that stops listening. */
  listen(command: WindowCommand, handler: () => void): () => void;
}

export function createCommandHub(): CommandHub {
  let pending: WindowCommand | null = null;
  const listeners = new Set<Listener>();
  return {
    receive(command) {
      for (const listener of listeners) if (listener(command)) return;
      pending = command;
    },
    listen(command, handler) {
      if (pending === command) {
        pending = null;
        handler();
      }
      const listener: Listener = (c) => {
        if (c !== command) return false;
        handler();
        return true;
      };
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The window's one hub. */
export const windowCommands = createCommandHub();

/** Carries out `command` with `handler` while the calling component is on screen. */
export function useWindowCommand(command: WindowCommand, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => windowCommands.listen(command, () => latest.current()), [command]);
}

/**
 * Listens for the desktop menu's commands (the browser has none): each moves the window to
 * the page that owns it, which carries it out. Gives a function that stops listening.
 */
export function followMenuCommands(bridge: { onCommand?(listener: (command: WindowCommand) => void): () => void } | undefined): () => void {
  if (!bridge?.onCommand) return () => {};
  return bridge.onCommand((command) => {
    if (command === 'export-bundle') {
      navigate({ page: 'export' });
      return;
    }
    navigate({ page: 'articles' });
    windowCommands.receive(command);
  });
}
