import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../shared/contract';
import { createClient } from './client';
import { INPUT_HEADER, httpTransport, type FetchLike } from './transports';

const ID = 'c'.repeat(64);
const NOW = '2025-01-01T10:00:00.000Z';
const imported = {
  media: { id: ID, mime: 'image/jpeg', width: 800, height: 600, bytes: 4, name: 'photo.jpg', credit: '', createdAt: NOW, updatedAt: NOW },
  existed: false,
};

function recordingFetch(answer: unknown = { ok: true, value: imported }) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(answer), { status: 200 });
  };
  return { calls, fetch };
}

describe('HTTP transport: uploads', () => {
  it('sends a file’s bytes as the body of /api/upload/<name>, and its other fields in the header', async () => {
    const { calls, fetch } = recordingFetch();
    const client = createClient(httpTransport({ origin: 'http://127.0.0.1:4000', token: 'secret', fetch }));
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const name = 'Лавров в Баку %20 & "фото".jpg';
    const result = await client.call('importMedia', { name, bytes });
    expect(result).toEqual({ ok: true, value: imported });

    expect(calls).toHaveLength(1);
    const init = calls[0]?.init ?? {};
    expect(calls[0]?.url).toBe('http://127.0.0.1:4000/api/upload/importMedia');
    expect(init.method).toBe('POST');
    const headers = new Headers(init.headers);
    expect(headers.get('Content-Type')).toBe('application/octet-stream');
    expect(headers.get('Authorization')).toBe('Bearer secret');
    const header = headers.get(INPUT_HEADER) ?? '';
    // Header values must be plain ASCII: the fields travel URI-encoded.
    expect(header).toMatch(/^[\x21-\x7e]+$/);
    expect(JSON.parse(decodeURIComponent(header))).toEqual({ name });
    expect(init.body).toBeInstanceOf(Uint8Array);
    expect([...(init.body as Uint8Array)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    expect(init.credentials).toBe('same-origin');
    expect(init.keepalive).toBe(false);
  });

  it('sends only the viewed bytes of a typed array that is part of a larger buffer', async () => {
    const { calls, fetch } = recordingFetch();
    const client = createClient(httpTransport({ origin: 'http://h', token: 't', fetch }));
    const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
    await client.call('importMedia', { name: 'a.png', bytes: whole.subarray(2, 4) as Uint8Array<ArrayBuffer> });
    expect([...new Uint8Array(await new Response(calls[0]?.init.body).arrayBuffer())]).toEqual([3, 4]);
  });

  it('sends every other call as JSON to /api/call/<name>, with same-origin credentials', async () => {
    const { calls, fetch } = recordingFetch({ ok: true, value: { imported: [], refused: [] } });
    const client = createClient(httpTransport({ origin: 'http://h', token: 't', fetch }));
    await client.call('pickMedia', { multiple: true });
    expect(calls[0]?.url).toBe('http://h/api/call/pickMedia');
    expect(new Headers(calls[0]?.init.headers).get('Content-Type')).toBe('application/json');
    expect(new Headers(calls[0]?.init.headers).has(INPUT_HEADER)).toBe(false);
    expect(calls[0]?.init.body).toBe('{"multiple":true}');
    expect(calls[0]?.init.credentials).toBe('same-origin');
  });

  it('lets an upload without bytes go as JSON, for the host to refuse with the contract’s words', async () => {
    const { calls, fetch } = recordingFetch({ ok: false, error: { code: 'invalid_input', message: 'The request was refused: bytes: …' } });
    const client = createClient(httpTransport({ origin: 'http://h', token: 't', fetch }));
    const result = await client.call('importMedia', { name: 'a.jpg', bytes: 'not bytes' } as unknown as CallInput<'importMedia'>);
    expect(calls[0]?.url).toBe('http://h/api/call/importMedia');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('reads the upload’s error envelope whatever the status', async () => {
    const answer = { ok: false, error: { code: 'payload_too_large', message: 'The file is over 50 MB.' } };
    const fetch: FetchLike = async () => new Response(JSON.stringify(answer), { status: 413 });
    const client = createClient(httpTransport({ origin: 'http://h', token: 't', fetch }));
    expect(await client.call('importMedia', { name: 'big.jpg', bytes: new Uint8Array([1]) })).toEqual(answer);
  });
});
