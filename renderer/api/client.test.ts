import { describe, expect, it, vi } from 'vitest';
import { emptyBody } from '../../shared/editor/text';
import { setUiLanguage } from '../i18n/instance';
import { createClient, MESSAGES, TransportError, type Transport } from './client';
import { takeToken, TOKEN_KEY } from './token';
import { httpTransport, KEEPALIVE_MAX_BYTES, type FetchLike } from './transports';

const ID = '0b8c5a56-7f63-4a43-9d0e-3c4d8f1c2b11';
const NOW = '2025-01-01T10:00:00.000Z';

/** What a save answers: the translation's fields without its body. */
const translation = {
  lang: 'ru',
  title: 'Лавров в Баку',
  summary: '',
  source: '',
  slug: '',
  status: 'draft',
  state: 'original',
  staleBlocks: 0,
  missingBlocks: 0,
  wordCount: 3,
  leadCaption: '',
  leadAlt: '',
  photoTextMissing: 0,
  revision: 2,
  updatedAt: NOW,
};

function answering(raw: unknown): Transport {
  return { kind: 'desktop', send: async () => raw };
}

describe('envelope handling', () => {
  it('passes a valid value through', async () => {
    const client = createClient(answering({ ok: true, value: translation }));
    const result = await client.call('updateTranslation', { articleId: ID, lang: 'ru', expectedRevision: 1, patch: { title: 'x' } });
    expect(result).toEqual({ ok: true, value: translation });
  });

  it('passes a contract error through with its code and message', async () => {
    const client = createClient(answering({ ok: false, error: { code: 'conflict', message: 'Changed in another window.' } }));
    const result = await client.call('getArticle', { articleId: ID });
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: 'Changed in another window.' } });
  });

  it('says a core error again in the interface language when it carries a phrase, else keeps core’s words', async () => {
    const phrase = { key: 'core.common.internal' };
    const client = createClient(answering({ ok: false, error: { code: 'internal', message: 'In English.', phrase } }));
    await setUiLanguage('ru');
    try {
      const result = await client.call('getArticle', { articleId: ID });
      expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.stringMatching(/^Внутри Tandem/), phrase } });
      const unknown = createClient(answering({ ok: false, error: { code: 'internal', message: 'In English.', phrase: { key: 'core.no.such' } } }));
      expect(await unknown.call('getArticle', { articleId: ID })).toMatchObject({ ok: false, error: { message: 'In English.' } });
    } finally {
      await setUiLanguage('en');
    }
  });

  it.each([
    ['a value of the wrong shape', { ok: true, value: { ...translation, revision: 'two' } }],
    ['a value with unknown fields', { ok: true, value: { ...translation, extra: 1 } }],
    ['a save answered with the whole body', { ok: true, value: { ...translation, body: emptyBody(), bodyProblem: null } }],
    ['an unknown error code', { ok: false, error: { code: 'teapot', message: 'no' } }],
    ['no envelope at all', '<html>proxy error</html>'],
    ['null', null],
    ['a value and an error at once', { ok: true, value: translation, error: { code: 'internal', message: 'x' } }],
  ])('refuses %s as bad_answer', async (_label, raw) => {
    const client = createClient(answering(raw));
    const result = await client.call('updateTranslation', { articleId: ID, lang: 'ru', expectedRevision: 1, patch: { title: 'x' } });
    expect(result).toEqual({ ok: false, error: { code: 'bad_answer', message: MESSAGES.badAnswer } });
  });

  it('turns a transport that throws into a network error', async () => {
    const client = createClient({ kind: 'desktop', send: () => Promise.reject(new Error('ipc closed')) });
    const result = await client.call('workspaceInfo', {});
    expect(result).toEqual({ ok: false, error: { code: 'network', message: MESSAGES.network } });
  });

  it('keeps the code of a TransportError', async () => {
    const client = createClient({ kind: 'browser', send: () => Promise.reject(new TransportError('odd', 'bad_answer')) });
    const result = await client.call('workspaceInfo', {});
    expect(result).toEqual({ ok: false, error: { code: 'bad_answer', message: 'odd' } });
  });
});

describe('HTTP transport', () => {
  const info = {
    path: '/data',
    languages: ['ru', 'en'],
    sections: [],
    readOnly: false,
    problem: null,
    problemPhrase: null,
    articleCount: 0,
    trashCount: 0,
    schemaVersion: 1,
    guidance: { titleChars: 90, summaryChars: 250 },
  };

  function recordingFetch(response: () => Response | Promise<Response>) {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, init });
      return response();
    };
    return { calls, fetch };
  }

  it('posts the input as JSON with the token and reads the envelope', async () => {
    const { calls, fetch } = recordingFetch(() => new Response(JSON.stringify({ ok: true, value: info }), { status: 200 }));
    const client = createClient(httpTransport({ origin: 'http://127.0.0.1:4000', token: 'secret', fetch }));
    const result = await client.call('workspaceInfo', {});
    expect(result).toEqual({ ok: true, value: info });
    expect(calls[0]?.url).toBe('http://127.0.0.1:4000/api/call/workspaceInfo');
    expect(calls[0]?.init.method).toBe('POST');
    expect(new Headers(calls[0]?.init.headers).get('Authorization')).toBe('Bearer secret');
    expect(calls[0]?.init.body).toBe('{}');
    expect(calls[0]?.init.keepalive).toBe(false);
  });

  it('reads an error envelope whatever the HTTP status', async () => {
    const { fetch } = recordingFetch(
      () => new Response(JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'Wrong token.' } }), { status: 401 }),
    );
    const client = createClient(httpTransport({ origin: 'http://127.0.0.1:4000', token: 'old', fetch }));
    expect(await client.call('workspaceInfo', {})).toEqual({ ok: false, error: { code: 'unauthorized', message: 'Wrong token.' } });
  });

  it('reports a refused connection as network', async () => {
    const fetch: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    const client = createClient(httpTransport({ origin: 'http://127.0.0.1:4000', token: 't', fetch }));
    expect(await client.call('workspaceInfo', {})).toEqual({ ok: false, error: { code: 'network', message: MESSAGES.network } });
  });

  it('reports a gateway page as network and any other non-JSON body as bad_answer', async () => {
    const gateway = createClient(
      httpTransport({ origin: 'http://h', token: 't', fetch: async () => new Response('Bad gateway', { status: 502 }) }),
    );
    expect(await gateway.call('workspaceInfo', {})).toMatchObject({ ok: false, error: { code: 'network' } });
    const odd = createClient(httpTransport({ origin: 'http://h', token: 't', fetch: async () => new Response('<html>', { status: 200 }) }));
    expect(await odd.call('workspaceInfo', {})).toMatchObject({ ok: false, error: { code: 'bad_answer' } });
  });

  it('asks for keepalive only when the body fits the browser limit', async () => {
    const { calls, fetch } = recordingFetch(() => new Response(JSON.stringify({ ok: true, value: translation })));
    const client = createClient(httpTransport({ origin: 'http://h', token: 't', fetch }));
    const input = { articleId: ID, lang: 'ru', expectedRevision: 1 };
    await client.call('updateTranslation', { ...input, patch: { title: 'short' } }, { keepalive: true });
    await client.call('updateTranslation', { ...input, patch: { summary: 'ж'.repeat(KEEPALIVE_MAX_BYTES) } }, { keepalive: true });
    expect(calls.map((c) => c.init.keepalive)).toEqual([true, false]);
  });
});

describe('token', () => {
  function env(href: string, stored: string | null = null) {
    const storage = new Map<string, string>();
    if (stored) storage.set(TOKEN_KEY, stored);
    const replaceUrl = vi.fn();
    return {
      storage,
      replaceUrl,
      env: {
        href,
        storage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
        replaceUrl,
      },
    };
  }

  it('takes the token from the first URL, keeps it for the tab, and removes it from the address', () => {
    const e = env('http://127.0.0.1:4000/?token=abc123#/articles/x');
    expect(takeToken(e.env)).toBe('abc123');
    expect(e.storage.get(TOKEN_KEY)).toBe('abc123');
    expect(e.replaceUrl).toHaveBeenCalledWith('/#/articles/x');
  });

  it('reuses the kept token after a reload', () => {
    const e = env('http://127.0.0.1:4000/#/articles/x', 'kept');
    expect(takeToken(e.env)).toBe('kept');
    expect(e.replaceUrl).not.toHaveBeenCalled();
  });

  it('prefers a fresh token from the URL over the kept one', () => {
    const e = env('http://127.0.0.1:4000/?token=new', 'old');
    expect(takeToken(e.env)).toBe('new');
    expect(e.storage.get(TOKEN_KEY)).toBe('new');
  });

  it('has none when neither is there', () => {
    expect(takeToken(env('http://127.0.0.1:4000/').env)).toBeNull();
  });
});
