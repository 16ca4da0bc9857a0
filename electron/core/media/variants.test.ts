import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { variantWidths } from '../../../shared/domain/media';
import type { Workspace } from '../workspace';
import { nodeMediaFs } from './files';
import { animatedGif, filesUnder, imageOf, jpegWith, tempWorkspace } from './fixtures';
import { openMediaLibrary, type MediaLibrary, type MediaLibraryOptions } from './library';
import { parseVariantOf, variantNamesOf } from './variants';
import * as exifrModule from 'exifr';

const exifrParse = exifrModule.parse ?? exifrModule.default.parse;
const exifrGps = exifrModule.gps ?? exifrModule.default.gps;

let dir: string;
let ws: Workspace;
let dispose: () => void;
let library: MediaLibrary;

function open(options: MediaLibraryOptions = {}): MediaLibrary {
  return openMediaLibrary(ws, { log: (m) => { throw new Error(`unexpected log: ${m}`); }, ...options });
}

beforeEach(() => {
  ({ dir, ws, dispose } = tempWorkspace());
  library = open();
});
afterEach(async () => {
  await library.idle();
  library.close();
  dispose();
});

const variantFiles = (id: string) => filesUnder(path.join(dir, 'media', 'variants', id.slice(0, 2), id)).sort();

describe('variant names', () => {
  it('are the thumbnail and each variant width as WebP and in the original format', () => {
    expect(variantNamesOf({ width: 4000, mime: 'image/jpeg' }).sort()).toEqual(['1600.jpg', '1600.webp', '320.webp', '480.jpg', '480.webp', '960.jpg', '960.webp']);
    expect(variantNamesOf({ width: 20, mime: 'image/png' }).sort()).toEqual(['20.png', '20.webp', '320.webp']);
    expect(parseVariantOf({ width: 4000, mime: 'image/jpeg' }, '960.jpg')).toEqual({ width: 960, ext: 'jpg' });
    for (const bad of ['960.png', '961.webp', '320.jpg', '0.webp', '../960.webp', '960.webp/..', '960.WEBP', '']) {
      expect(parseVariantOf({ width: 4000, mime: 'image/jpeg' }, bad), bad).toBeNull();
    }
  });
});

describe('the variant queue', () => {
  it('makes the thumbnail while adding and every other variant off the request path', async () => {
    const { media } = await library.importBytes('wide.jpg', await jpegWith({ width: 1000, height: 500 }));
    // The answer came back before the queue ran: only the thumbnail is there yet.
    expect(variantFiles(media.id)).toEqual(['320.webp']);
    await library.idle();
    expect(variantFiles(media.id)).toEqual(['1000.jpg', '1000.webp', '320.webp', '480.jpg', '480.webp', '960.jpg', '960.webp']);
    expect(variantWidths(1000)).toEqual([480, 960, 1000]);
    for (const name of variantFiles(media.id)) {
      const meta = await sharp(path.join(dir, 'media', 'variants', media.id.slice(0, 2), media.id, name)).metadata();
      expect(meta.width, name).toBe(Number(name.split('.')[0]) === 320 ? 320 : Number(name.split('.')[0]));
      expect(meta.format, name).toBe(name.endsWith('.jpg') ? 'jpeg' : 'webp');
    }
    expect(filesUnder(path.join(dir, 'media', 'tmp'))).toEqual([]);
  });

  it('applies EXIF orientation: a 40 × 20 JPEG with orientation 6 gives 20-pixel-wide, 40-pixel-high variants', async () => {
    const { media } = await library.importBytes('turned.jpg', await jpegWith({ width: 40, height: 20, orientation: 6 }));
    await library.idle();
    expect(variantFiles(media.id)).toEqual(['20.jpg', '20.webp', '320.webp']);
    for (const name of variantFiles(media.id)) {
      const served = await library.variant(media.id, name);
      const meta = await sharp(served?.path).metadata();
      expect([meta.width, meta.height, meta.orientation], name).toEqual([20, 40, undefined]);
    }
  });

  it('leaves GPS and every other metadata block out of what it serves', async () => {
    const original = await jpegWith({
      width: 600,
      height: 400,
      exif: {
        IFD0: { Artist: 'Jane Doe' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '37/1 37/1 0/1' },
      },
    });
    expect(await exifrGps(original)).toMatchObject({ latitude: 55.75, longitude: 37.61666666666667 });
    const { media } = await library.importBytes('moscow.jpg', original);
    expect(media.credit).toBe('Jane Doe');
    const stored = path.join(dir, 'media', 'originals', media.id.slice(0, 2), `${media.id}.jpg`);
    expect(await exifrGps(fs.readFileSync(stored))).toMatchObject({ latitude: 55.75 });
    for (const name of ['320.webp', '480.webp', '480.jpg', '600.webp', '600.jpg']) {
      const served = await library.variant(media.id, name);
      expect(served, name).not.toBeNull();
      const bytes = fs.readFileSync(served?.path ?? '');
      const meta = await sharp(bytes).metadata();
      expect([meta.exif, meta.xmp, meta.iptc], name).toEqual([undefined, undefined, undefined]);
      if (name.endsWith('.jpg')) expect(await exifrParse(bytes, { gps: true }), name).toBeUndefined();
    }
  });

  it('keeps a GIF animated in both of its formats', async () => {
    const { media } = await library.importBytes('anim.gif', await animatedGif(60, 40));
    await library.idle();
    expect(variantFiles(media.id)).toEqual(['320.webp', '60.gif', '60.webp']);
    for (const name of variantFiles(media.id)) {
      const meta = await sharp((await library.variant(media.id, name))?.path).metadata();
      expect([meta.width, meta.pages], name).toEqual([60, 2]);
    }
  });

  it('runs images one after another by default, or as many at once as it is told', async () => {
    library.close();
    for (const concurrency of [1, 3]) {
      let running = 0;
      let most = 0;
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      // Reading an original waits at the gate, so every image the queue runs is held there.
      const held = {
        ...nodeMediaFs,
        readFile: async (file: string) => {
          running++;
          most = Math.max(most, running);
          await gate;
          running--;
          return nodeMediaFs.readFile(file);
        },
      };
      library = open({ files: held, concurrency });
      for (let i = 0; i < 4; i++) await library.importBytes(`${i}.png`, await imageOf('png', 600, 40, 10 * concurrency + i));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(most, `concurrency ${concurrency}`).toBe(concurrency);
      release();
      await library.idle();
      expect(most, `concurrency ${concurrency}`).toBe(concurrency);
      library.close();
    }
    library = open();
  });

  it('stops when closed: nothing queued is made afterwards', async () => {
    const { media } = await library.importBytes('wide.jpg', await jpegWith({ width: 1000, height: 500 }));
    library.close();
    await library.idle();
    expect(variantFiles(media.id)).toEqual(['320.webp']);
    expect(await library.variant(media.id, '480.webp')).toBeNull();
    library = open();
  });
});

describe('variant()', () => {
  it('serves a cached variant, or makes the one asked for at once, once however many ask', async () => {
    library.close();
    const writes: string[] = [];
    library = open({ files: { ...nodeMediaFs, writeNew: (file, data) => (writes.push(path.basename(file)), nodeMediaFs.writeNew(file, data)) } });
    const { media } = await library.importBytes('wide.png', await imageOf('png', 1000, 300));
    writes.length = 0;
    const asked = await Promise.all([library.variant(media.id, '960.png'), library.variant(media.id, '960.png'), library.variant(media.id, '960.png')]);
    const expected = path.join(dir, 'media', 'variants', media.id.slice(0, 2), media.id, '960.png');
    expect(asked).toEqual([0, 1, 2].map(() => ({ path: expected, mime: 'image/png' })));
    expect(writes.filter((w) => w.startsWith('960.png'))).toHaveLength(1);
    await library.idle();
    // The queue found it made and did not make it again.
    expect(writes.filter((w) => w.startsWith('960.png'))).toHaveLength(1);
    expect(await library.variant(media.id, '320.webp')).toEqual({ path: expected.replace('960.png', '320.webp'), mime: 'image/webp' });
  });

  it('answers null for an unknown image, a name that is not a variant, or a width the image does not have', async () => {
    const { media } = await library.importBytes('small.jpg', await jpegWith({ width: 64, height: 48 }));
    expect(await library.variant(media.id, '64.jpg')).toMatchObject({ mime: 'image/jpeg' });
    expect(await library.variant('0'.repeat(64), '64.jpg')).toBeNull();
    for (const id of ['../../etc', media.id.toUpperCase(), `${media.id}/..`, '']) expect(await library.variant(id, '64.jpg'), id).toBeNull();
    for (const name of ['480.webp', '960.jpg', '64.png', '64.gif', '320.jpg', 'thumb.webp', '../64.jpg', '64.jpg?x', '064.jpg']) {
      expect(await library.variant(media.id, name), name).toBeNull();
    }
  });

  it('makes a variant again when its file went missing', async () => {
    const { media } = await library.importBytes('p.webp', await imageOf('webp', 500, 100));
    await library.idle();
    const served = await library.variant(media.id, '480.webp');
    fs.rmSync(served?.path ?? '');
    expect(await library.variant(media.id, '480.webp')).toEqual(served);
    expect(fs.existsSync(served?.path ?? '')).toBe(true);
  });
});
