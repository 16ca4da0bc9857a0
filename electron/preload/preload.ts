import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, fail, type Envelope } from '../../shared/contract';
import { IPC_CHANNELS, type TandemBridge } from '../../shared/ipc/channels';
import { isWindowCommand } from '../../shared/ipc/commands';

/**
 * The desktop window's preload (sandboxed; bundled to dist/electron/preload.cjs). It
 * exposes `window.tandem.call(name, input)` for the contract's calls and
 * `window.tandem.onCommand(listener)` for the shell's commands, and `readyToClose()`
 * after it asked to close, and nothing else:
 * no ipcRenderer, no channel names, no Node.
 */

const KNOWN = new Set<string>(CALL_NAMES);

/** As much of ipcRenderer's listening as the bridge uses. */
export interface CommandSource {
  on(channel: string, listener: (event: unknown, command: unknown) => void): void;
  removeListener(channel: string, listener: (event: unknown, command: unknown) => void): void;
  send(channel: string): void;
}

export function createBridge(invoke: (channel: string, request: unknown) => Promise<unknown>, commands: CommandSource): TandemBridge {
  return {
    call(name: string, input: unknown): Promise<Envelope<unknown>> {
      if (typeof name !== 'string' || !KNOWN.has(name)) {
        return Promise.resolve(fail('unknown_call', `There is no call named ${JSON.stringify(String(name)).slice(0, 80)}.`));
      }
      return invoke(IPC_CHANNELS.call, { name, input }) as Promise<Envelope<unknown>>;
    },
    onCommand(listener) {
      // Only the commands the menu can send reach the page, and never the IPC event.
      const forward = (_event: unknown, command: unknown) => {
        if (isWindowCommand(command)) listener(command);
      };
      commands.on(IPC_CHANNELS.command, forward);
      return () => commands.removeListener(IPC_CHANNELS.command, forward);
    },
    readyToClose() {
      commands.send(IPC_CHANNELS.readyToClose);
    },
  };
}

contextBridge.exposeInMainWorld(
  'tandem',
  createBridge((channel, request) => ipcRenderer.invoke(channel, request), ipcRenderer),
);
