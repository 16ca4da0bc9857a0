import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../core/index';
import { MEDIA_CACHE_CONTROL, mediaResponse, parseMediaUrl, serveMedia, type MediaFiles, type ProtocolLike } from './mediaProtocol';

const ID = 'd'.repeat(64);
const IMAGE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-media-scheme-'));
  mkdirSync(path.join(dir, ID));
  writeFileSync(path.join(dir, ID, '320.png'), IMAGE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A library with one image and one variant, recording what it was asked. */
function fakeFiles() {
  const asked: Array<[string, string]> = [];
  const files: MediaFiles = {
    async variant(id, name) {
      asked.push([id, name]);
      if (id === ID && name === '320.png') return { path: path.join(dir, ID, name), mime: 'image/png' };
      if (id === ID && name === '960.png') return { path: path.join(dir, ID, 'gone.png'), mime: 'image/png' };
      return null;
    },
  };
  return { asked, files };
}

describe('the media scheme', () => {
  it('answers tandem-media://media/<id>/<variant> with the file, its type and long caching', async () => {
    const { asked, files } = fakeFiles();
    const answer = await mediaResponse(files, `tandem-media://media/${ID}/320.png`);
    expect(answer.status).toBe(200);
    expect(Buffer.from(await answer.arrayBuffer()).equals(IMAGE)).toBe(true);
    expect(answer.headers.get('content-type')).toBe('image/png');
    expect(answer.headers.get('cache-control')).toBe(MEDIA_CACHE_CONTROL);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asked).toEqual([[ID, '320.png']]);
    const head = await mediaResponse(files, `tandem-media://media/${ID}/320.png`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('answers 404 for unknown images and variants, and for a file that is gone', async () => {
    const { files } = fakeFiles();
    for (const url of [`tandem-media://media/${'e'.repeat(64)}/320.png`, `tandem-media://media/${ID}/480.webp`, `tandem-media://media/${ID}/960.png`]) {
      const answer = await mediaResponse(files, url);
      expect(answer.status, url).toBe(404);
      expect(await answer.text()).toBe('Not found.');
    }
  });

  it('serves nothing else: other schemes and hosts, crafted paths, bad ids or names, other methods', async () => {
    const { asked, files } = fakeFiles();
    const urls = [
      `tandem://app/${ID}/320.png`,
      `file://${path.join(dir, ID, '320.png')}`,
      `tandem-media://other/${ID}/320.png`,
      `tandem-media://media.evil/${ID}/320.png`,
      `tandem-media://user:pw@media/${ID}/320.png`,
      `tandem-media://media:81/${ID}/320.png`,
      `tandem-media://media/${ID}/../../../../etc/passwd`,
      `tandem-media://media/${ID}/..%2f..%2fetc%2fpasswd`,
      `tandem-media://media/%2e%2e/%2e%2e/etc/passwd`,
      `tandem-media://media/${ID}/320.png/x`,
      `tandem-media://media/${ID}%2f320.png`,
      `tandem-media://media/${ID}/320.png%00.txt`,
      `tandem-media://media/${ID}/..%5c320.png`,
      `tandem-media://media/${ID.toUpperCase()}/320.png`,
      `tandem-media://media/${ID}/original.png`,
      `tandem-media://media/${ID}/320.exe`,
      `tandem-media://media/${ID}`,
      'tandem-media://media/',
      'not a url',
    ];
    for (const url of urls) {
      expect(parseMediaUrl(url), url).toBeNull();
      const answer = await mediaResponse(files, url);
      expect(answer.status, url).toBe(404);
    }
    expect((await mediaResponse(files, `tandem-media://media/${ID}/320.png`, 'POST')).status).toBe(404);
    expect(asked).toEqual([]);
  });

  it('reads the id and variant name of a good URL (a query or fragment is ignored)', () => {
    expect(parseMediaUrl(`tandem-media://media/${ID}/320.png`)).toEqual({ id: ID, variant: '320.png' });
    expect(parseMediaUrl(`TANDEM-MEDIA://MEDIA/${ID}/1600.webp?x=1#y`)).toEqual({ id: ID, variant: '1600.webp' });
  });

  it('answers 500, not the error, when the library fails', async () => {
    const files: MediaFiles = { variant: () => Promise.reject(new Error('disk on fire')) };
    const answer = await mediaResponse(files, `tandem-media://media/${ID}/320.png`);
    expect(answer.status).toBe(500);
    expect(await answer.text()).not.toContain('fire');
  });

  it('is served through protocol.handle on its own scheme', async () => {
    const handlers = new Map<string, (request: Request) => Promise<Response>>();
    const protocol: ProtocolLike = { handle: (scheme, handler) => void handlers.set(scheme, handler) };
    serveMedia(protocol, fakeFiles().files);
    expect([...handlers.keys()]).toEqual(['tandem-media']);
    const answer = await handlers.get('tandem-media')?.(new Request(`tandem-media://media/${ID}/320.png`));
    expect(answer?.status).toBe(200);
  });
});

describe('the media scheme over a real workspace', () => {
  it('serves variants of the library’s images from the media folder, and nothing outside it', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'tandem-media-scheme-ws-'));
    // A file beside the workspace that a crafted address might try to reach.
    writeFileSync(path.join(workspace, 'secret.txt'), 'not an image');
    const core = openCore(workspace, { media: { log: () => undefined } });
    try {
      const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } }).png().toBuffer();
      const { media } = await core.media.importBytes('фото.png', png);
      const mediaRoot = realpathSync(path.join(workspace, 'media')) + path.sep;
      // Every file the scheme reads is inside the media folder.
      const read: string[] = [];
      const files: MediaFiles = {
        async variant(id, name) {
          const found = await core.media.variant(id, name);
          if (found) read.push(realpathSync(found.path));
          return found;
        },
      };
      const good = await mediaResponse(files, `tandem-media://media/${media.id}/320.webp`);
      expect(good.status).toBe(200);
      expect(good.headers.get('content-type')).toBe('image/webp');
      for (const url of [
        `tandem-media://media/${media.id}/..%2f..%2f..%2fsecret.txt`,
        `tandem-media://media/..%2f..%2fsecret.txt/320.webp`,
        `tandem-media://media/${media.id}/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt`,
        `tandem-media://media/${media.id}/..\\..\\..\\secret.txt`,
        `tandem-media://media/${media.id}/320.webp%2f..%2f..%2f..%2fsecret.txt`,
        `tandem-media://media/${media.id}/${encodeURIComponent(path.join(workspace, 'secret.txt'))}`,
        `tandem-media://media/${'0'.repeat(64)}/320.webp`,
      ]) {
        const answer = await mediaResponse(files, url);
        expect(answer.status, url).toBe(404);
        expect(await answer.text(), url).not.toContain('not an image');
      }
      expect(read.length).toBeGreaterThan(0);
      for (const file of read) expect(file.startsWith(mediaRoot), file).toBe(true);
    } finally {
      core.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
