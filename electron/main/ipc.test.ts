import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openCore } from '../core/index';
import { contract, fail, ok } from '../../shared/contract';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { Dispatch } from '../core/api/dispatch';
import { handleCall, isTrustedSender, listenForReadyToClose, registerIpc, type InvokeEventLike, type IpcMainLike, type SenderFrameLike, type SentEventLike } from './ipc';

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
      expect(answer, event.senderFrame?.url ?? 'null frame').toMatchObject({ ok: false, error: { code: 'forbidden', phrase: { key: 'core.shell.notTandemWindow' } } });
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

describe('IPC transport with the real core', () => {
  const CREATE = { name: 'createArticle', input: { section: 'news', originalLang: 'ru', title: 'Чужой запрос' } };

  it('refuses a foreign frame, refuses a malformed payload, and answers our window', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-ipc-'));
    const core = openCore(dir);
    try {
      const ipc = new FakeIpcMain();
      registerIpc(ipc, core.dispatch);
      const call = (event: InvokeEventLike, request: unknown) => ipc.invoke(IPC_CHANNELS.call, event, request);
      // A page that is not ours (a frame inside our page, or another site) is refused, whatever it asks.
      for (const senderFrame of [frame('https://evil.example/'), frame('tandem://app/', frame('tandem://app/'))]) {
        expect(await call({ senderFrame }, CREATE)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      // Our page's payloads are checked against the contract before core acts on them.
      for (const input of [undefined, null, { articleId: 42 }, { articleId: 'x', extra: true }, 'article']) {
        expect(await call(fromApp, { name: 'getArticle', input }), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      }
      // Nothing the refused calls asked for happened.
      expect(await call(fromApp, { name: 'workspaceInfo', input: {} })).toMatchObject({ ok: true, value: { articleCount: 0 } });
      // The same call from our window is carried out.
      expect(await call(fromApp, CREATE)).toMatchObject({ ok: true });
      expect(await call(fromApp, { name: 'workspaceInfo', input: {} })).toMatchObject({ ok: true, value: { articleCount: 1 } });
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Registering an IPC handler: `ipcMain.handle(`, `ipcMain.on(`… */
const REGISTERS_HANDLER = /\bipcMain\s*\.\s*(?:handle|handleOnce|on|once|addListener|prependListener|prependOnceListener)\s*\(/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:[cm]?[jt]s|tsx)$/.test(entry.name) && !/\.test\.[cm]?[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

describe('a window saying it is ready to close', () => {
  it('is heard from our own top frame only, until the listener is removed', () => {
    const listeners = new Map<string, (event: SentEventLike<string>) => void>();
    const ipcMain = {
      on: (channel: string, l: (event: SentEventLike<string>) => void) => listeners.set(channel, l),
      removeListener: (channel: string) => listeners.delete(channel),
    };
    const heard: string[] = [];
    const stop = listenForReadyToClose(ipcMain, (sender) => heard.push(sender));
    const send = (sender: string, senderFrame: SenderFrameLike | null) => listeners.get('tandem:ready-to-close')?.({ sender, senderFrame });
    send('ours', frame('tandem://app/index.html'));
    send('embedded', frame('tandem://app/index.html', frame('tandem://app/')));
    send('elsewhere', frame('https://example.org/'));
    send('gone', null);
    expect(heard).toEqual(['ours']);
    stop();
    send('ours', frame('tandem://app/index.html'));
    expect(heard).toEqual(['ours']);
  });
});

describe('IPC handlers', () => {
  it('are registered in ipc.ts only, where every message passes handleCall’s checks', () => {
    const electronDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const found = sourceFiles(electronDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(REGISTERS_HANDLER)].map((m) => `${path.relative(electronDir, file)}: ${m[0]}`),
    );
    expect(found).toEqual([`${path.join('main', 'ipc.ts')}: ipcMain.handle(`, `${path.join('main', 'ipc.ts')}: ipcMain.on(`]);
  });
});
