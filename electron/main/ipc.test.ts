import { describe, expect, it } from 'vitest';
import { contract, fail, ok } from '../../shared/contract';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { Dispatch } from '../core/api/dispatch';
import { handleCall, isTrustedSender, registerIpc, type InvokeEventLike, type IpcMainLike, type SenderFrameLike } from './ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

/** A stand-in for Electron's ipcMain that keeps the handlers it is given. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return Promise.resolve(listener(event, ...args));
  }
}

function frame(url: string, parent: SenderFrameLike | null = null): SenderFrameLike {
  return { url, parent };
}
const fromApp: InvokeEventLike = { senderFrame: frame('tandem://app/index.html') };

function recordingDispatch() {
  const calls: Array<{ name: unknown; input: unknown }> = [];
  const dispatch: Dispatch = async (name, input) => {
    calls.push({ name, input });
    return ok({ answered: name });
  };
  return { calls, dispatch };
}

describe('IPC transport', () => {
  it('registers exactly one handler, on the tandem:call channel, and can remove it', () => {
    const ipc = new FakeIpcMain();
    const remove = registerIpc(ipc, recordingDispatch().dispatch);
    expect([...ipc.handlers.keys()]).toEqual([IPC_CHANNELS.call]);
    expect(IPC_CHANNELS.call).toBe('tandem:call');
    remove();
    expect(ipc.handlers.size).toBe(0);
  });

  it('passes a valid call from our own window to dispatch and returns its envelope', async () => {
    const ipc = new FakeIpcMain();
    const { calls, dispatch } = recordingDispatch();
    registerIpc(ipc, dispatch);
    const answer = await ipc.invoke(IPC_CHANNELS.call, fromApp, { name: 'workspaceInfo', input: {} });
    expect(answer).toEqual({ ok: true, value: { answered: 'workspaceInfo' } });
    expect(calls).toEqual([{ name: 'workspaceInfo', input: {} }]);
  });

  it('returns dispatch failures unchanged', async () => {
    const ipc = new FakeIpcMain();
    registerIpc(ipc, async () => fail('conflict', 'someone else saved first'));
    const answer = await ipc.invoke(IPC_CHANNELS.call, fromApp, { name: 'workspaceInfo', input: {} });
    expect(answer).toEqual({ ok: false, error: { code: 'conflict', message: 'someone else saved first' } });
  });

  it('refuses untrusted senders with forbidden, before dispatch', async () => {
    const ipc = new FakeIpcMain();
    const { calls, dispatch } = recordingDispatch();
    registerIpc(ipc, dispatch);
    const untrusted: InvokeEventLike[] = [
      { senderFrame: null },
      { senderFrame: frame('https://evil.example/') },
      { senderFrame: frame('file:///etc/passwd') },
      { senderFrame: frame('http://127.0.0.1:4870/') },
      { senderFrame: frame('tandem://app.evil/index.html') },
      { senderFrame: frame('tandem://evil/index.html') },
      { senderFrame: frame('tandem://app:81/') },
      { senderFrame: frame('about:blank') },
      { senderFrame: frame('') },
      // An embedded frame, even one of ours, is not the window's page.
      { senderFrame: frame('tandem://app/index.html', frame('tandem://app/index.html')) },
    ];
    for (const event of untrusted) {
      const answer = await ipc.invoke(IPC_CHANNELS.call, event, { name: 'workspaceInfo', input: {} });
      expect(answer, event.senderFrame?.url ?? 'null frame').toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses names that are not contract calls with unknown_call, before dispatch', async () => {
    const ipc = new FakeIpcMain();
    const { calls, dispatch } = recordingDispatch();
    registerIpc(ipc, dispatch);
    for (const name of ['dropEverything', '__proto__', 'constructor', 'hasOwnProperty', '', 42, null, undefined, { toString: () => 'workspaceInfo' }]) {
      const answer = await ipc.invoke(IPC_CHANNELS.call, fromApp, { name, input: {} });
      expect(answer, String(name)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses requests that are not { name, input }', async () => {
    const ipc = new FakeIpcMain();
    const { calls, dispatch } = recordingDispatch();
    registerIpc(ipc, dispatch);
    for (const request of [undefined, null, 'workspaceInfo', ['workspaceInfo', {}], 7]) {
      const answer = await ipc.invoke(IPC_CHANNELS.call, fromApp, request);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(calls).toHaveLength(0);
  });

  it('carries a file’s bytes to dispatch intact, as a Uint8Array or a Buffer', async () => {
    const received: unknown[] = [];
    // Core's dispatch checks the input with the contract's schema: the bytes must pass it.
    const dispatch: Dispatch = async (name, input) => {
      const parsed = contract.importMedia.input.safeParse(input);
      received.push(parsed.success ? parsed.data : parsed.error);
      return ok({ answered: name });
    };
    const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9];
    // What the IPC transport does to a request: a structured clone.
    const sent = [new Uint8Array(jpeg), Buffer.from(jpeg)].map((bytes) => structuredClone({ name: 'importMedia', input: { name: 'фото.jpg', bytes } }));
    for (const request of sent) {
      expect(await handleCall(dispatch, fromApp, request)).toEqual({ ok: true, value: { answered: 'importMedia' } });
    }
    expect(received).toHaveLength(2);
    for (const input of received) {
      expect(input).toMatchObject({ name: 'фото.jpg' });
      const bytes = (input as { bytes: unknown }).bytes;
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect([...(bytes as Uint8Array)]).toEqual(jpeg);
    }
  });

  it('answers with an envelope even when dispatch throws', async () => {
    const answer = await handleCall(
      async () => {
        throw new Error('boom');
      },
      fromApp,
      { name: 'workspaceInfo', input: {} },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('trusts only the top frame of tandem://app', () => {
    expect(isTrustedSender(frame('tandem://app/'))).toBe(true);
    expect(isTrustedSender(frame('tandem://app/articles/1?x=1#y'))).toBe(true);
    expect(isTrustedSender(frame('tandem://user:pw@app/'))).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
