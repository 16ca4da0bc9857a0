import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, fail, type Envelope } from '../../shared/contract';
import { IPC_CHANNELS, type TandemBridge } from '../../shared/ipc/channels';

/**
 * The desktop window's preload (sandboxed; bundled to dist/electron/preload.cjs). It
 * exposes `window.tandem.call(name, input)` for the contract's calls and nothing else:
 * no ipcRenderer, no channel names, no Node.
 */

const KNOWN = new Set<string>(CALL_NAMES);

export function createBridge(invoke: (channel: string, request: unknown) => Promise<unknown>): TandemBridge {
  return {
    call(name: string, input: unknown): Promise<Envelope<unknown>> {
      if (typeof name !== 'string' || !KNOWN.has(name)) {
        return Promise.resolve(fail('unknown_call', `There is no call named ${JSON.stringify(String(name)).slice(0, 80)}.`));
      }
      return invoke(IPC_CHANNELS.call, { name, input }) as Promise<Envelope<unknown>>;
    },
  };
}

contextBridge.exposeInMainWorld('tandem', createBridge((channel, request) => ipcRenderer.invoke(channel, request)));
