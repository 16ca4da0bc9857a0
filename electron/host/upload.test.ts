import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, contract } from '../../shared/contract';
import { MEDIA_LIMITS } from '../../shared/domain/media';
import type { Dispatch } from '../core/api/dispatch';
import { startHost, type RunningHost } from './host';
import { mediaCookieValue } from './security';
import { fakeDispatch, request, type RequestOptions } from './testing';
import { UPLOAD_BODY_BYTES, uploadFields, uploadInput } from './upload';

let rendererDir: string;
beforeAll(() => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-host-upload-'));
});
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

const hosts: RunningHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function start(dispatch: Dispatch): Promise<RunningHost> {
  const host = await startHost({ dispatch, rendererDir, port: 0, portExplicit: true });
  hosts.push(host);
  return host;
}

const BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3, 0xff, 0xd9]);

function upload(host: RunningHost, name: string, options: Omit<RequestOptions, 'method' | 'path'> & { fields?: unknown } = {}) {
  const { fields = { name: 'photo.jpg' }, headers, body = BYTES } = options;
  return request(host.port, {
    method: 'POST',
    path: `/api/upload/${name}`,
    headers: {
      'content-type': 'application/octet-stream',
      authorization: `Bearer ${host.token}`,
      'x-tandem-input': encodeURIComponent(JSON.stringify(fields)),
      ...headers,
    },
    body,
  });
}

describe('browser-mode host: uploads', () => {
  it('carries the body as bytes and the header as the other fields to dispatch, and sets the media cookie', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const name = 'Лавров в Баку — фото №1.jpg';
    const answer = await upload(host, 'importMedia', { fields: { name }, headers: { origin: `http://127.0.0.1:${host.port}` } });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['set-cookie']?.[0]).toContain(`tandem-media-${host.port}=${mediaCookieValue(host.token)};`);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.name).toBe('importMedia');
    const input = call?.input as { name: unknown; bytes: unknown };
    expect(input.name).toBe(name);
    expect(input.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(input.bytes as Uint8Array).equals(BYTES)).toBe(true);
    // What reached dispatch passes the contract's own schema.
    const parsed = contract.importMedia.input.safeParse(input);
    expect(parsed.success).toBe(true);
  });

  it('answers with the envelope from dispatch', async () => {
    const host = await start(async () => ({ ok: false, error: { code: 'invalid_input', message: 'That file is not an image Tandem can read.' } }));
    const answer = await upload(host, 'importMedia');
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({ ok: false, error: { code: 'invalid_input', message: 'That file is not an image Tandem can read.' } });
  });

  it('refuses a body over the limit with 413 payload_too_large, saying what to do', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    // Announced by its length: refused before it is read.
    const announced = await upload(host, 'importMedia', { headers: { 'content-length': String(UPLOAD_BODY_BYTES.importMedia + 1) }, body: [] });
    // Sent in chunks with no length: refused once the limit is passed.
    const chunk = Buffer.alloc(4_000_000);
    const chunks = Array.from({ length: Math.ceil((UPLOAD_BODY_BYTES.importMedia + 1) / chunk.length) }, () => chunk);
    const streamed = await upload(host, 'importMedia', { headers: { 'transfer-encoding': 'chunked' }, body: chunks }).catch((e: NodeJS.ErrnoException) => e);
    for (const answer of [announced, streamed]) {
      if (answer instanceof Error) {
        // The host may close the connection before the whole body is sent; nothing reached core.
        expect(answer.code).toMatch(/EPIPE|ECONNRESET/);
        continue;
      }
      expect(answer.status).toBe(413);
      const envelope = answer.json();
      expect(envelope).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
      const message = envelope.ok ? '' : envelope.error.message;
      expect(message).toContain(`over ${MEDIA_LIMITS.bytes / 1_000_000} MB`);
      expect(message).toContain('smaller copy');
      expect(envelope).toMatchObject({ error: { phrase: { key: 'core.host.upload.tooLargeMedia', params: { megabytes: MEDIA_LIMITS.bytes / 1_000_000 } } } });
    }
    expect(calls).toHaveLength(0);
  });

  it('gives a file to import a limit of its own, and says it in an import’s words', async () => {
    const calls: Array<{ name: unknown; input: unknown }> = [];
    const host = await start(async (name, input) => {
      calls.push({ name, input });
      return { ok: true, value: { batchId: fields.batchId, files: 1 } };
    });
    const fields = { batchId: '3b9e1c2d-4f5a-4b6c-8d7e-9f0a1b2c3d4e', name: 'site.zip' };
    // Larger than any photo, well within an import.
    const body = Buffer.alloc(UPLOAD_BODY_BYTES.importMedia + 1);
    const carried = await upload(host, 'stageImportFile', { fields, body });
    expect(carried.status).toBe(200);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.input as { bytes: Uint8Array };
    expect(input.bytes.byteLength).toBe(body.length);
    expect(contract.stageImportFile.input.safeParse(input).success).toBe(true);

    const announced = await upload(host, 'stageImportFile', { fields, headers: { 'content-length': String(UPLOAD_BODY_BYTES.stageImportFile + 1) }, body: [] });
    expect(announced.status).toBe(413);
    const envelope = announced.json();
    expect(envelope).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    const message = envelope.ok ? '' : envelope.error.message;
    expect(message).toContain(`over ${IMPORT_LIMITS.bytes / 1_000_000} MB`);
    expect(message).toContain('Nothing was imported');
    expect(envelope).toMatchObject({ error: { phrase: { key: 'core.host.upload.tooLargeImport' } } });
    expect(calls).toHaveLength(1);
  });

  it('refuses calls that take no file with 404 unknown_call, before reading the body', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    for (const name of ['workspaceInfo', 'pickMedia', 'dropEverything', '__proto__', 'constructor', 'x'.repeat(150)]) {
      const answer = await upload(host, name);
      expect(answer.status, name).toBe(404);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'unknown_call', phrase: { key: 'core.host.upload.unknownCall' } } });
    }
    const get = await request(host.port, { path: '/api/upload/importMedia', headers: { authorization: `Bearer ${host.token}` } });
    expect(get.status).toBe(404);
    expect(get.json()).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(calls).toHaveLength(0);
  });

  it('requires the token and this host’s own Host and Origin, like /api/call', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const cases: Array<[Record<string, string>, number]> = [
      [{ authorization: '' }, 401],
      [{ authorization: 'Bearer wrong' }, 401],
      [{ host: `evil.example:${host.port}` }, 403],
      [{ origin: 'https://evil.example' }, 403],
      [{ origin: 'null' }, 403],
    ];
    for (const [headers, status] of cases) {
      const answer = await upload(host, 'importMedia', { headers });
      expect(answer.status, JSON.stringify(headers)).toBe(status);
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses other content types, a missing body and a bad input header with 400 invalid_input', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const cases: Array<Parameters<typeof upload>[2]> = [
      { headers: { 'content-type': 'application/json' }, body: '{"name":"a.jpg","bytes":[1,2,3]}' },
      { headers: { 'content-type': 'multipart/form-data; boundary=x' } },
      { headers: { 'content-type': 'text/plain' } },
      { headers: { 'content-type': '' } },
      { headers: { 'content-type': '', 'content-length': '0' }, body: [] },
      { headers: { 'x-tandem-input': '%E0%A4%A' } },
      { headers: { 'x-tandem-input': encodeURIComponent('not json') } },
      { fields: ['photo.jpg'] },
      { fields: null },
      { fields: 'photo.jpg' },
    ];
    for (const options of cases) {
      const answer = await upload(host, 'importMedia', options);
      expect(answer.status, JSON.stringify(options?.headers ?? options?.fields)).toBe(400);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(answer.json(), JSON.stringify(options?.headers ?? options?.fields)).toMatchObject({
        error: { phrase: { key: expect.stringMatching(/^core\.host\.(upload\.headerRefused|upload\.notBytes|notJson|emptyBody|badJson)$/) } },
      });
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses prototype keys in the input header before they reach core', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    for (const raw of ['{"__proto__":{"polluted":true},"name":"a.jpg"}', '{"constructor":{"prototype":{"polluted":true}}}', '{"name":"a.jpg","x":{"__proto__":{}}}']) {
      const answer = await upload(host, 'importMedia', { headers: { 'x-tandem-input': encodeURIComponent(raw) } });
      expect(answer.status, raw).toBe(400);
    }
    expect(calls).toHaveLength(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves /api/call JSON only', async () => {
    const { calls, dispatch } = fakeDispatch();
    const host = await start(dispatch);
    const answer = await request(host.port, {
      method: 'POST',
      path: '/api/call/importMedia',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${host.token}` },
      body: BYTES,
    });
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('JSON') } });
    expect(calls).toHaveLength(0);
  });
});

describe('upload input', () => {
  it('reads the fields from the header and adds the body as bytes', () => {
    expect(uploadFields(undefined)).toEqual({ ok: true, fields: {} });
    expect(uploadFields(encodeURIComponent('{"name":"фото.jpg"}'))).toEqual({ ok: true, fields: { name: 'фото.jpg' } });
    expect(uploadFields(['a', 'b'])).toMatchObject({ ok: false });
    const body = Buffer.from([1, 2]);
    // The body wins over a `bytes` field in the header.
    expect(uploadInput(encodeURIComponent('{"name":"a.jpg","bytes":"x"}'), body)).toEqual({ ok: true, input: { name: 'a.jpg', bytes: body } });
    expect(uploadInput(undefined, undefined)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(uploadInput(undefined, 'text')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
