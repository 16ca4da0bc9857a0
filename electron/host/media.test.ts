import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../core/index';
import { startHost, type RunningHost } from './host';
import { MEDIA_CACHE_CONTROL, type MediaFiles } from './media';
import { mediaCookieName, mediaCookieValue } from './security';
import { fakeDispatch, request } from './testing';

const ID = 'a'.repeat(64);
const OTHER_ID = 'b'.repeat(64);
const IMAGE = Buffer.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 9, 8, 7]);

let dir: string;
let imageFile: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-host-media-'));
  imageFile = path.join(dir, '320.webp');
  writeFileSync(imageFile, IMAGE);
  writeFileSync(path.join(dir, 'secret.txt'), 'root:x:0:0');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A library holding one image with one variant; records what it was asked. */
function fakeMedia() {
  const asked: Array<[string, string]> = [];
  const media: MediaFiles = {
    async variant(id, name) {
      asked.push([id, name]);
      return id === ID && name === '320.webp' ? { path: imageFile, mime: 'image/webp' } : null;
    },
  };
  return { asked, media };
}

const hosts: RunningHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
});

async function start(media?: MediaFiles): Promise<RunningHost> {
  const host = await startHost({ dispatch: fakeDispatch().dispatch, rendererDir: dir, port: 0, portExplicit: true, media });
  hosts.push(host);
  return host;
}

function authorizedCall(host: RunningHost) {
  return request(host.port, {
    method: 'POST',
    path: '/api/call/workspaceInfo',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: '{}',
  });
}

/** Makes an authorized call and returns the cookie pair (`name=value`) it set. */
async function cookieOf(host: RunningHost): Promise<string> {
  const answer = await authorizedCall(host);
  const header = answer.headers['set-cookie']?.[0] ?? '';
  return header.split(';')[0] ?? '';
}

describe('browser-mode host: the media cookie', () => {
  it('is set by every API answer that carried the token, derived from it and scoped to /media', async () => {
    const host = await start();
    const answer = await authorizedCall(host);
    expect(answer.status).toBe(200);
    const value = mediaCookieValue(host.token);
    expect(answer.headers['set-cookie']).toEqual([`tandem-media-${host.port}=${value}; Path=/media; HttpOnly; SameSite=Strict`]);
    expect(value).not.toContain(host.token);
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // A refused call still carried the token: the cookie comes with it.
    const refused = await request(host.port, {
      method: 'POST',
      path: '/api/call/dropEverything',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(refused.status).toBe(404);
    expect(refused.headers['set-cookie']).toHaveLength(1);
  });

  it('is not set without the token, nor on pages', async () => {
    const host = await start();
    const noToken = await request(host.port, { method: 'POST', path: '/api/call/workspaceInfo', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    expect(noToken.headers['set-cookie']).toBeUndefined();
    const wrong = await request(host.port, {
      method: 'POST',
      path: '/api/call/workspaceInfo',
      headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
      body: '{}',
    });
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const page = await request(host.port, { path: '/?token=' + host.token });
    expect(page.headers['set-cookie']).toBeUndefined();
  });
});

describe('browser-mode host: images under /media', () => {
  it('serves a variant with its type, long caching and the strict headers, given the cookie', async () => {
    const { asked, media } = fakeMedia();
    const host = await start(media);
    const cookie = await cookieOf(host);
    const answer = await request(host.port, { path: `/media/${ID}/320.webp`, headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(answer.body.equals(IMAGE)).toBe(true);
    expect(answer.headers['content-type']).toBe('image/webp');
    expect(answer.headers['content-length']).toBe(String(IMAGE.length));
    expect(answer.headers['cache-control']).toBe(MEDIA_CACHE_CONTROL);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(asked).toEqual([[ID, '320.webp']]);

    // Among other cookies, and with the page's Origin.
    const among = await request(host.port, {
      path: `/media/${ID}/320.webp`,
      headers: { cookie: `theme=dark; ${cookie}; other=1`, origin: `http://127.0.0.1:${host.port}` },
    });
    expect(among.status).toBe(200);
  });

  it('answers HEAD with the headers only', async () => {
    const { media } = fakeMedia();
    const host = await start(media);
    const cookie = await cookieOf(host);
    const answer = await request(host.port, { method: 'HEAD', path: `/media/${ID}/320.webp`, headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/webp');
    expect(answer.headers['content-length']).toBe(String(IMAGE.length));
    expect(answer.body).toHaveLength(0);
  });

  it('refuses a request without the cookie, or with a wrong one, with 401', async () => {
    const { asked, media } = fakeMedia();
    const host = await start(media);
    const other = await start(media);
    const cookie = await cookieOf(host);
    const value = cookie.split('=')[1] ?? '';
    const altered = `${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`;
    const cases: Array<Record<string, string>> = [
      {},
      { cookie: `${mediaCookieName(host.port)}=${altered}` },
      { cookie: `${mediaCookieName(host.port)}=${mediaCookieValue(other.token)}` },
      { cookie: `${mediaCookieName(host.port)}=${host.token}` },
      { cookie: `${mediaCookieName(host.port)}=` },
      { cookie: `${mediaCookieName(other.port)}=${value}` },
      { cookie: `x${mediaCookieName(host.port)}=${value}` },
      { authorization: `Bearer ${host.token}` },
    ];
    for (const headers of cases) {
      const answer = await request(host.port, { path: `/media/${ID}/320.webp`, headers });
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(answer.headers['content-type']).toMatch(/^text\/plain/);
      expect(answer.text).not.toContain('RIFF');
    }
    expect((await request(host.port, { method: 'HEAD', path: `/media/${ID}/320.webp` })).status).toBe(401);
    expect(asked).toHaveLength(0);
  });

  it('still refuses a foreign Host or Origin, cookie or not', async () => {
    const { asked, media } = fakeMedia();
    const host = await start(media);
    const cookie = await cookieOf(host);
    const foreignHost = await request(host.port, { path: `/media/${ID}/320.webp`, headers: { cookie, host: `evil.example:${host.port}` } });
    expect(foreignHost.status).toBe(403);
    const foreignOrigin = await request(host.port, { path: `/media/${ID}/320.webp`, headers: { cookie, origin: 'https://evil.example' } });
    expect(foreignOrigin.status).toBe(403);
    expect(asked).toHaveLength(0);
  });

  it('answers 404 for unknown images and variants, and for ids and names that are not valid, without asking the library about the latter', async () => {
    const { asked, media } = fakeMedia();
    const host = await start(media);
    const cookie = await cookieOf(host);
    for (const pathname of [`/media/${OTHER_ID}/320.webp`, `/media/${ID}/960.webp`]) {
      const answer = await request(host.port, { path: pathname, headers: { cookie } });
      expect(answer.status, pathname).toBe(404);
      expect(answer.text).toBe('Not found.');
    }
    expect(asked).toEqual([
      [OTHER_ID, '320.webp'],
      [ID, '960.webp'],
    ]);
    asked.length = 0;
    for (const pathname of [
      `/media/${ID.toUpperCase()}/320.webp`,
      `/media/${ID.slice(1)}/320.webp`,
      `/media/${ID}/320.exe`,
      `/media/${ID}/0.webp`,
      `/media/${ID}/320.webp.html`,
      `/media/${ID}/original`,
      `/media/${ID}`,
      `/media/${ID}/320.webp/x`,
      '/media/',
      '/media',
    ]) {
      const answer = await request(host.port, { path: pathname, headers: { cookie } });
      expect(answer.status, pathname).toBe(404);
    }
    expect(asked).toEqual([]);
  });

  it('never serves another file through a crafted path', async () => {
    const { asked, media } = fakeMedia();
    const host = await start(media);
    const cookie = await cookieOf(host);
    const crafted = [
      '/media/../secret.txt',
      '/media/../../../../etc/passwd',
      `/media/${ID}/../../secret.txt`,
      `/media/${ID}/..%2f..%2fsecret.txt`,
      `/media/${ID}/..%2F320.webp`,
      '/media/%2e%2e/secret.txt',
      '/media/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      `/media/${ID}/%2e%2e%2fsecret.txt`,
      `/media/${ID}/320.webp%00.txt`,
      `/media/${ID}%2f320.webp`,
      `/media/${ID}/..%5c..%5csecret.txt`,
    ];
    for (const pathname of crafted) {
      const withCookie = await request(host.port, { path: pathname, headers: { cookie } });
      expect([400, 404], pathname).toContain(withCookie.status);
      expect(withCookie.text, pathname).not.toContain('root:');
      expect(withCookie.text, pathname).not.toContain('RIFF');
      const without = await request(host.port, { path: pathname });
      expect([400, 401, 404], pathname).toContain(without.status);
      expect(without.text, pathname).not.toContain('root:');
    }
    // The library was only ever asked about a valid id and a valid variant name.
    for (const [id, name] of asked) {
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(name).toMatch(/^[0-9]+\.[a-z]+$/);
    }
  });

  it('answers 404 when started without a library', async () => {
    const host = await start();
    const cookie = await cookieOf(host);
    const answer = await request(host.port, { path: `/media/${ID}/320.webp`, headers: { cookie } });
    expect(answer.status).toBe(404);
  });

  it('answers 500 in words, and reports the bug, when the library fails', async () => {
    const errors: unknown[] = [];
    const host = await startHost({
      dispatch: fakeDispatch().dispatch,
      rendererDir: dir,
      port: 0,
      portExplicit: true,
      media: { variant: () => Promise.reject(new Error('vips: out of memory')) },
      onInternalError: (e) => errors.push(e),
    });
    hosts.push(host);
    const cookie = await cookieOf(host);
    const answer = await request(host.port, { path: `/media/${ID}/320.webp`, headers: { cookie } });
    expect(answer.status).toBe(500);
    expect(answer.headers['content-type']).toMatch(/^text\/plain/);
    expect(answer.text).not.toContain('vips');
    expect(errors).toHaveLength(1);
  });

  it('answers 404 when the library names a file that is gone', async () => {
    const host = await start({ variant: async () => ({ path: path.join(dir, 'gone.webp'), mime: 'image/webp' }) });
    const cookie = await cookieOf(host);
    const answer = await request(host.port, { path: `/media/${ID}/320.webp`, headers: { cookie } });
    expect(answer.status).toBe(404);
  });
});

describe('browser-mode host over a real workspace: a photo in, its variants out', () => {
  it('adds an uploaded photo and serves its variants to the browser that holds the cookie', async () => {
    const wsDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-host-media-ws-'));
    const core = openCore(path.join(wsDir, 'ws'));
    try {
      const host = await startHost({ dispatch: core.dispatch, rendererDir: dir, port: 0, portExplicit: true, media: core.media });
      hosts.push(host);
      const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 30, b: 30 } } }).jpeg().toBuffer();
      const uploaded = await request(host.port, {
        method: 'POST',
        path: '/api/upload/importMedia',
        headers: {
          'content-type': 'application/octet-stream',
          authorization: `Bearer ${host.token}`,
          'x-tandem-input': encodeURIComponent(JSON.stringify({ name: 'Баку.jpg' })),
        },
        body: jpeg,
      });
      expect(uploaded.status).toBe(200);
      const envelope = uploaded.json();
      expect(envelope).toMatchObject({ ok: true, value: { existed: false, media: { name: 'Баку.jpg', width: 1200, height: 800, mime: 'image/jpeg' } } });
      const id = envelope.ok ? (envelope.value as { media: { id: string } }).media.id : '';
      const cookie = (uploaded.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';

      const thumb = await request(host.port, { path: `/media/${id}/320.webp`, headers: { cookie } });
      expect(thumb.status).toBe(200);
      expect(thumb.headers['content-type']).toBe('image/webp');
      expect((await sharp(thumb.body).metadata()).width).toBe(320);
      expect((await request(host.port, { path: `/media/${id}/960.jpg`, headers: { cookie } })).headers['content-type']).toBe('image/jpeg');
      expect((await request(host.port, { path: `/media/${id}/320.webp` })).status).toBe(401);
      await host.close();
    } finally {
      await core.media.idle();
      core.close();
      rmSync(wsDir, { recursive: true, force: true });
    }
  });
});
