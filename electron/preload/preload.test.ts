import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../shared/contract';

const recorded = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as Array<{ channel: string; request: unknown }>,
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
  },
}));

await import('./preload');

interface Bridge {
  call(name: unknown, input: unknown): Promise<unknown>;
}

describe('the preload', () => {
  it('exposes window.tandem with call and nothing else', () => {
    expect([...recorded.exposed.keys()]).toEqual(['tandem']);
    const bridge = recorded.exposed.get('tandem');
    expect(Object.keys(bridge as object)).toEqual(['call']);
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
});
