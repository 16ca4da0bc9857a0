import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../shared/contract';

type Listener = (event: unknown, command: unknown) => void;

const recorded = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as Array<{ channel: string; request: unknown }>,
  listeners: new Map<string, Set<(event: unknown, command: unknown) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (channel: string, request: unknown) => {
      recorded.invoked.push({ channel, request });
      return Promise.resolve({ ok: true, value: 'from main' });
    },
    on: (channel: string, listener: (event: unknown, command: unknown) => void) => {
      const set = recorded.listeners.get(channel) ?? new Set();
      set.add(listener);
      recorded.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (event: unknown, command: unknown) => void) => recorded.listeners.get(channel)?.delete(listener),
    send: (channel: string) => recorded.invoked.push({ channel, request: null }),
  },
}));

await import('./preload');

interface Bridge {
  call(name: unknown, input: unknown): Promise<unknown>;
  onCommand(listener: (command: unknown) => void): () => void;
  readyToClose(): void;
}

/** What main sends on a channel, to every listener. */
function send(channel: string, command: unknown): void {
  for (const listener of recorded.listeners.get(channel) ?? []) (listener as Listener)({ sender: 'main' }, command);
}

describe('the preload', () => {
  it('exposes window.tandem with call, onCommand and readyToClose and nothing else', () => {
    expect([...recorded.exposed.keys()]).toEqual(['tandem']);
    const bridge = recorded.exposed.get('tandem');
    expect(Object.keys(bridge as object)).toEqual(['call', 'onCommand', 'readyToClose']);
  });

  it('passes the menu’s known commands to the page, without the IPC event, until it stops listening', () => {
    const bridge = recorded.exposed.get('tandem') as Bridge;
    const heard: unknown[][] = [];
    const stop = bridge.onCommand((...args) => heard.push(args));
    send('tandem:command', 'new-article');
    send('tandem:command', 'format-disk');
    send('tandem:command', { toString: () => 'new-article' });
    expect(heard).toEqual([['new-article']]);
    stop();
    send('tandem:command', 'import');
    expect(heard).toEqual([['new-article']]);
  });

  it('sends contract calls on tandem:call as { name, input }', async () => {
    const bridge = recorded.exposed.get('tandem') as Bridge;
    const name = CALL_NAMES[0];
    expect(name).toBeDefined();
    await expect(bridge.call(name, { a: 1 })).resolves.toEqual({ ok: true, value: 'from main' });
    expect(recorded.invoked.at(-1)).toEqual({ channel: 'tandem:call', request: { name, input: { a: 1 } } });
  });

  it('refuses names that are not contract calls without reaching main', async () => {
    const bridge = recorded.exposed.get('tandem') as Bridge;
    const before = recorded.invoked.length;
    for (const name of ['dropEverything', '__proto__', 'constructor', 42, null]) {
      await expect(bridge.call(name, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
    expect(recorded.invoked.length).toBe(before);
  });

  it('passes a file’s bytes through untouched, for IPC to carry', async () => {
    const bridge = recorded.exposed.get('tandem') as Bridge;
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    await bridge.call('importMedia', { name: 'photo.jpg', bytes });
    const request = recorded.invoked.at(-1)?.request as { name: string; input: { bytes: unknown } };
    expect(request.name).toBe('importMedia');
    expect(request.input.bytes).toBe(bytes);
  });

  it('says the window is ready to close on its own channel, carrying nothing', () => {
    const bridge = recorded.exposed.get('tandem') as Bridge;
    bridge.readyToClose();
    expect(recorded.invoked.at(-1)).toEqual({ channel: 'tandem:ready-to-close', request: null });
  });
});
