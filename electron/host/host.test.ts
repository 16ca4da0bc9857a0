import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/contract';
import { LIMITS } from '../../shared/domain/limits';
import type { Dispatch } from '../core/api/dispatch';
import { openCore } from '../core/index';
import { HostStartError, startHost, type RunningHost } from './host';
import { fakeDispatch, request } from './testing';

let rendererDir: string;
beforeAll(() => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-host-'));
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tandem</title><div id="root"></div>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("tandem");');
});
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

const hosts: RunningHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function start(dispatch: Dispatch, dir = rendererDir): Promise<RunningHost> {
  const host = await startHost({ dispatch, rendererDir: dir, port: 0, portExplicit: true });
  hosts.push(host);
  return host;
}

function apiCall(host: RunningHost, name: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return request(host.port, {
    method: 'POST',
    path: `/api/call/${name}`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, ...headers },
    body,
  });
}

describe('browser-mode host: the contract over HTTP', () => {
  it('answers a good call with the envelope from dispatch, and no-store', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const answer = await apiCall(host, 'workspaceInfo', '{}', { origin: `http://127.0.0.1:${host.port}` });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ ok: true, value: { echoed: {} } });
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(calls).toEqual([{ name: 'workspaceInfo', input: {} }]);
  });

  it('accepts localhost:<port> as Host and Origin too', async () => {
    const { dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const answer = await apiCall(host, 'workspaceInfo', '{}', { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` });
    expect(answer.status).toBe(200);
  });

  it('carries dispatch failures with a matching status', async () => {
    const dispatch: Dispatch = async () => fail('conflict', 'someone else saved first');
    const host = await start(dispatch);
    const answer = await apiCall(host, 'workspaceInfo', '{}');
    expect(answer.status).toBe(409);
    expect(answer.json()).toEqual({ ok: false, error: { code: 'conflict', message: 'someone else saved first' } });
  });

  it('refuses a missing token with 401 unauthorized', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const answer = await request(host.port, { method: 'POST', path: '/api/call/workspaceInfo', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(answer.status).toBe(401);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    // Said in English and as a phrase, for the interface to say in its own language.
    expect(answer.json()).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringContaining("did not carry this run's token"), phrase: { key: 'core.host.noToken' } },
    });
    expect(calls).toHaveLength(0);
  });

  it('refuses a wrong token, another run’s token and a malformed header', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const other = await start(dispatch);
    // The same token with its last character changed (to one it is not).
    const last = host.token.slice(-1);
    const altered = `${host.token.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
    for (const authorization of [
      `Bearer ${altered}`,
      `Bearer ${other.token}`,
      `Bearer ${host.token}x`,
      host.token,
      `Basic ${host.token}`,
      'Bearer ',
    ]) {
      const answer = await apiCall(host, 'workspaceInfo', '{}', { authorization });
      expect(answer.status, authorization).toBe(401);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses a foreign Host header with 403 forbidden (DNS rebinding)', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    for (const hostHeader of ['evil.example:' + host.port, '127.0.0.1', `127.0.0.1:${host.port + 1}`, `[::1]:${host.port}`, `127.0.0.1.nip.io:${host.port}`]) {
      const answer = await apiCall(host, 'workspaceInfo', '{}', { host: hostHeader });
      expect(answer.status, hostHeader).toBe(403);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(answer.json()).toMatchObject({ error: { phrase: { key: 'core.host.wrongHost', params: { address: `http://127.0.0.1:${host.port}/` } } } });
    }
    // Pages too, not only the API.
    const page = await request(host.port, { path: '/', headers: { host: `evil.example:${host.port}` } });
    expect(page.status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('refuses a foreign Origin with 403 forbidden', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${host.port + 1}`, `https://127.0.0.1:${host.port}`, `http://evil.example:${host.port}`]) {
      const answer = await apiCall(host, 'workspaceInfo', '{}', { origin });
      expect(answer.status, origin).toBe(403);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'forbidden', phrase: { key: 'core.host.foreignPage' } } });
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses a body over the limit with 413 payload_too_large', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const huge = JSON.stringify({ title: 'x'.repeat(LIMITS.requestBytes + 10) });
    const answer = await apiCall(host, 'workspaceInfo', huge);
    expect(answer.status).toBe(413);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect(answer.json()).toMatchObject({
      error: { message: expect.stringMatching(/^The request is larger than Tandem accepts \(\d+ MB\)/), phrase: { key: 'core.host.tooLarge', params: { megabytes: expect.any(Number) } } },
    });
    expect(calls).toHaveLength(0);
  });

  it('refuses non-JSON with 400 invalid_input', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const cases: Array<[string, Record<string, string>, string]> = [
      ['{"title": ', {}, 'core.host.badJson'],
      ['not json', {}, 'core.host.badJson'],
      ['', {}, 'core.host.emptyBody'],
      ['{}', { 'content-type': 'text/plain' }, 'core.host.notJson'],
      ['<a/>', { 'content-type': 'application/xml' }, 'core.host.notJson'],
    ];
    for (const [body, headers, key] of cases) {
      const answer = await apiCall(host, 'workspaceInfo', body, headers);
      expect(answer.status, body).toBe(400);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(answer.json(), body).toMatchObject({ error: { message: expect.stringMatching(/^The request was refused: /), phrase: { key } } });
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses an unknown call with 404 unknown_call', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    for (const name of ['dropEverything', '__proto__', 'constructor', 'toString', 'x'.repeat(150)]) {
      const answer = await apiCall(host, name, '{}');
      expect(answer.status, name).toBe(404);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'unknown_call', phrase: { key: 'core.common.unknownCall' } } });
    }
    const other = await request(host.port, { method: 'GET', path: '/api/call/workspaceInfo', headers: { authorization: `Bearer ${host.token}` } });
    expect(other.status).toBe(404);
    expect(other.json()).toMatchObject({ ok: false, error: { code: 'unknown_call', phrase: { key: 'core.host.noSuchAddress' } } });
    expect(calls).toHaveLength(0);
  });

  it('refuses prototype-pollution payloads before they reach core', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const payloads = [
      '{"__proto__": {"polluted": true}}',
      '{"a": {"__proto__": {"polluted": true}}}',
      '{"constructor": {"prototype": {"polluted": true}}}',
      '[{"\\u005f_proto__": {"polluted": true}}]',
    ];
    for (const body of payloads) {
      const answer = await apiCall(host, 'workspaceInfo', body);
      expect(answer.status, body).toBe(400);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(calls).toHaveLength(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('serves the renderer with a strict CSP', async () => {
    const { dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const page = await request(host.port, { path: '/?token=abc' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const asset = await request(host.port, { path: '/assets/app.js' });
    expect(asset.status).toBe(200);
    expect(asset.text).toContain('tandem');
    expect(asset.headers['content-security-policy']).toBeDefined();

    const traversal = await request(host.port, { path: '/../../../../etc/passwd' });
    expect(traversal.text).not.toContain('root:');
    const missing = await request(host.port, { path: '/assets/none.js' });
    expect(missing.status).toBe(404);
  });

  it('says to run npm run build when the renderer is not built', async () => {
    const { dispatch } = fakeDispatch();
    const host = await start(dispatch, path.join(rendererDir, 'not-there'));
    const page = await request(host.port, { path: '/' });
    expect(page.status).toBe(503);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('npm run build');
    // The API still works.
    expect((await apiCall(host, 'workspaceInfo', '{}')).status).toBe(200);
  });
});

describe('browser-mode host over a real workspace', () => {
  it('answers a real call, and the contract refuses keys the parser lets through', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-host-ws-'));
    const core = openCore(path.join(dir, 'ws'));
    try {
      const host = await start(core.dispatch);
      const info = await apiCall(host, 'workspaceInfo', '{}');
      expect(info.status).toBe(200);
      expect(info.json()).toMatchObject({ ok: true, value: { readOnly: false, articleCount: 0 } });
      // A plain "constructor" key (no prototype inside) parses as data; the strict schema refuses it.
      const refused = await apiCall(host, 'workspaceInfo', '{"constructor": {"name": "x"}}');
      expect(refused.status).toBe(400);
      expect(refused.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const list = await apiCall(host, 'listArticles', '{"__proto__": {"limit": 1}}');
      expect(list.status).toBe(400);
    } finally {
      await Promise.all(hosts.splice(0).map((h) => h.close()));
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('browser-mode host: network and lifecycle', () => {
  it('binds 127.0.0.1 only', async () => {
    const { dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal && i.family === 'IPv4')
      .map((i) => i.address);
    for (const address of ['::1', ...others]) {
      await expect(request(host.port, { address, path: '/' }), address).rejects.toMatchObject({ code: expect.stringMatching(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/) });
    }
    expect((await request(host.port, { path: '/' })).status).toBe(200);
  });

  it('fails with a clear message when an asked-for port is busy', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as net.AddressInfo).port;
    try {
      const { dispatch } = fakeDispatch();
      const attempt = startHost({ dispatch, rendererDir, port: busy, portExplicit: true });
      await expect(attempt).rejects.toBeInstanceOf(HostStartError);
      await expect(attempt).rejects.toThrow(`Port ${busy} is already in use`);
      await expect(attempt).rejects.toThrow('--port N');
      await expect(attempt).rejects.toMatchObject({ reason: 'port_in_use', phrase: { key: 'core.host.portInUse', params: { port: busy } } });

      // The same port, not asked for explicitly: another free port is chosen.
      const host = await startHost({ dispatch, rendererDir, port: busy, portExplicit: false });
      hosts.push(host);
      expect(host.port).not.toBe(busy);
      expect((await apiCall(host, 'workspaceInfo', '{}')).status).toBe(200);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('finishes a call in flight when closing, and refuses new ones', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered: () => void = () => undefined;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const dispatch: Dispatch = async () => {
      entered();
      await gate;
      return ok('done');
    };
    const host = await startHost({ dispatch, rendererDir, port: 0, portExplicit: true });
    const inFlight = apiCall(host, 'workspaceInfo', '{}');
    await inside;
    const closing = host.close();
    let closed = false;
    void closing.then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    release();
    const answer = await inFlight;
    expect(answer.json()).toEqual({ ok: true, value: 'done' });
    await closing;
    await expect(request(host.port, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
