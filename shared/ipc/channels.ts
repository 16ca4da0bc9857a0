import type { Envelope } from '../contract/envelope';
import type { WindowCommand } from './commands';

/**
 * Every IPC channel between the desktop window's preload and Electron main, in one place.
 * Both sides import this list; a channel that is not here does not exist.
 */
export const IPC_CHANNELS = {
  /** invoke: `{ name, input }` → the call's envelope. Carries every contract call. */
  call: 'tandem:call',
  /** send (main → window): an app command chosen in the native menu (commands.ts). */
  command: 'tandem:command',
  /** send (window → main): the window has stored its pending edits and may close (`prepare-to-close`). */
  readyToClose: 'tandem:ready-to-close',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** What the renderer sends on `tandem:call`. */
export interface IpcCallRequest {
  name: string;
  input: unknown;
}

/** What the preload exposes to the renderer as `window.tandem`. */
export interface TandemBridge {
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Listens for the commands the native menu sends to the window; gives a function that stops listening. */
  onCommand(listener: (command: WindowCommand) => void): () => void;
  /** Tells the shell this window's edits are stored, after `prepare-to-close`. */
  readyToClose(): void;
}
