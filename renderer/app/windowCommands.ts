import { useEffect, useRef } from 'react';
import type { WindowCommand } from '../../shared/ipc/commands';
import type { DesktopBridge } from '../api/transports';
import { allEditsLanded } from '../features/articles/useTranslationAutosave';
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

/** How long a closing window waits for its edits to be stored (the shell waits a little longer). */
const CLOSE_WAIT_MS = 10_000;

/**
 * Listens for the desktop shell's commands (the browser has none): each menu command moves
 * the window to the page that owns it, which carries it out; before the window closes, its
 * edits are stored first. Gives a function that stops listening.
 */
export function followShellCommands(bridge: DesktopBridge | undefined): () => void {
  if (!bridge?.onCommand) return () => {};
  return bridge.onCommand((command) => {
    if (command === 'prepare-to-close') {
      // The shell holds the close until every open article's edits are stored.
      void allEditsLanded(CLOSE_WAIT_MS).then(() => bridge.readyToClose?.());
      return;
    }
    if (command === 'export-bundle') {
      navigate({ page: 'export' });
      return;
    }
    navigate({ page: 'articles' });
    windowCommands.receive(command);
  });
}
