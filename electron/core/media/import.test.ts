import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEDIA_LIMITS } from '../../../shared/domain/media';
import { TandemError } from '../errors';
import type { Workspace } from '../workspace';
import { nodeMediaFs, type MediaFs } from './files';
import { filesUnder, gifBomb, imageOf, jpegWith, jpegWithIptc, pixelBombPng, readOnlyView, tempWorkspace, xmpPacket } from './fixtures';
import { openMediaLibrary, type MediaLibrary, type MediaLibraryOptions } from './library';

let dir: string;
let ws: Workspace;
let dispose: () => void;
const libraries: MediaLibrary[] = [];

beforeEach(() => {
  ({ dir, ws, dispose } = tempWorkspace());
});
afterEach(async () => {
  for (const library of libraries.splice(0)) {
    await library.idle();
    library.close();
  }
  dispose();
});

function open(options: MediaLibraryOptions = {}): MediaLibrary {
  const library = openMediaLibrary(ws, { log: () => {}, ...options });
  libraries.push(library);
  return library;
}

const rows = () => ws.db.prepare<[], number>('SELECT count(*) FROM media').pluck().get();
const mediaFiles = () => filesUnder(path.join(dir, 'media'));
const originals = () => filesUnder(path.join(dir, 'media', 'originals'));

async function refusal(work: Promise<unknown>): Promise<TandemError> {
  const e: unknown = await work.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof TandemError)) throw new Error(`expected a TandemError, got ${e instanceof Error ? e.stack : String(e)}`);
  return e;
}

describe('importBytes', () => {
  it('stores the file under its sha256, once, however often and under whatever name it is added', async () => {
    const library = open();
    const bytes = await jpegWith();
    const id = createHash('sha256').update(bytes).digest('hex');
    const first = await library.importBytes('Фото 1.jpg', bytes);
    expect(first.existed).toBe(false);
    expect(first.media).toMatchObject({ id, mime: 'image/jpeg', width: 64, height: 48, bytes: bytes.length, name: 'Фото 1.jpg', credit: '' });
    expect(originals()).toEqual([path.join(id.slice(0, 2), `${id}.jpg`)]);
    expect(fs.readFileSync(path.join(dir, 'media', 'originals', id.slice(0, 2), `${id}.jpg`)).equals(bytes)).toBe(true);

    const again = await library.importBytes('copy of it.jpeg', bytes);
    expect(again).toEqual({ media: first.media, existed: true });
    expect(rows()).toBe(1);
    expect(originals()).toHaveLength(1);
    expect(filesUnder(path.join(dir, 'media', 'tmp'))).toEqual([]);
  });

  it('writes the original again when it went missing from the media folder', async () => {
    const library = open();
    const bytes = await imageOf('png');
    const { media } = await library.importBytes('a.png', bytes);
    const file = path.join(dir, 'media', 'originals', media.id.slice(0, 2), `${media.id}.png`);
    fs.rmSync(file);
    expect(await library.importBytes('a.png', bytes)).toMatchObject({ existed: true });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('accepts every type it names, by content, and keeps the name it was given', async () => {
    const library = open();
    for (const [format, mime] of [
      ['jpeg', 'image/jpeg'],
      ['png', 'image/png'],
      ['webp', 'image/webp'],
      ['avif', 'image/avif'],
      ['gif', 'image/gif'],
    ] as const) {
      const { media } = await library.importBytes(`C:\\Users\\ed\\photo-${format}.dat`, await imageOf(format, 40, 30, 3));
      expect(media, format).toMatchObject({ mime, width: 40, height: 30, name: `photo-${format}.dat` });
    }
    expect(rows()).toBe(5);
  });

  it('stores width and height as shown: EXIF orientation 6 turns 40 × 20 into 20 × 40', async () => {
    const { media } = await open().importBytes('turned.jpg', await jpegWith({ width: 40, height: 20, orientation: 6 }));
    expect(media).toMatchObject({ width: 20, height: 40 });
  });

  it('prefills the credit from EXIF, XMP and IPTC', async () => {
    const library = open();
    const exif = await library.importBytes('e.jpg', await jpegWith({ exif: { IFD0: { Artist: 'Jane Doe', Copyright: '(c) Agency' } } }));
    expect(exif.media.credit).toBe('Jane Doe');
    const xmp = await library.importBytes('x.jpg', await jpegWith({ xmp: xmpPacket('Анна Смирнова', 'Reuters') }));
    expect(xmp.media.credit).toBe('Анна Смирнова / Reuters');
    const iptc = await library.importBytes('i.jpg', await jpegWithIptc([[80, 'Пётр Иванов'], [110, 'AP']]));
    expect(iptc.media.credit).toBe('Пётр Иванов / AP');
  });

  it('refuses a read-only workspace before looking at the file', async () => {
    const library = open();
    libraries.push(openMediaLibrary(readOnlyView(ws), { log: () => {} }));
    const readOnly = libraries[libraries.length - 1] as MediaLibrary;
    const e = await refusal(readOnly.importBytes('a.jpg', new Uint8Array(0)));
    expect(e.code).toBe('read_only');
    expect(e.message).toMatch(/read-only.*damaged/);
    expect(await library.list({ query: '', limit: 10, cursor: null })).toMatchObject({ total: 0 });
    expect(mediaFiles()).toEqual([]);
  });
});

describe('importBytes refuses what it cannot take, storing nothing', () => {
  const cases: Array<[label: string, name: string, bytes: () => Promise<Uint8Array>, code: string, message: RegExp, key: string]> = [
    ['an empty file', 'empty.jpg', async () => new Uint8Array(0), 'invalid_input', /^empty\.jpg is empty \(0 bytes\)\. Add the image file itself/, 'core.media.empty'],
    ['a file over the size limit', 'huge.jpg', async () => new Uint8Array(MEDIA_LIMITS.bytes + 1), 'payload_too_large', /^huge\.jpg is 50\.1 MB; Tandem accepts images up to 50 MB\. Save a smaller copy/, 'core.media.tooLarge'],
    [
      'a pixel bomb (40,000 × 40,000 in 70 bytes)',
      'bomb.png',
      async () => pixelBombPng(),
      'payload_too_large',
      /^bomb\.png is 40,000 × 40,000 pixels \(1,600 megapixels\); Tandem accepts up to 100 megapixels\. Resize it and add it again\.$/,
      'core.media.tooManyPixels',
    ],
    [
      'a truncated JPEG',
      'cut.jpg',
      async () => {
        const whole = await jpegWith({ width: 400, height: 300 });
        return whole.subarray(0, Math.floor(whole.length * 0.6));
      },
      'invalid_input',
      /^cut\.jpg is damaged or incomplete \(.+\); open it in an image editor and save it again/,
      'core.media.damaged',
    ],
    [
      'a PNG with corrupted data',
      'broken.png',
      async () => {
        const png = Buffer.from(await sharp({ create: { width: 200, height: 150, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 30 } } }).png().toBuffer());
        for (let i = 200; i < png.length - 20; i += 50) png[i] = (png[i] ?? 0) ^ 0x5a;
        return png;
      },
      'invalid_input',
      /^broken\.png is damaged or incomplete \(.+\); open it in an image editor/,
      'core.media.damaged',
    ],
    ['random bytes named like a photo', 'noise.jpg', async () => Uint8Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256), 'invalid_input', /noise\.jpg is not an image Tandem can read/, 'core.media.unreadable'],
    ['an SVG', 'logo.jpg', async () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'invalid_input', /SVG drawing.*scripts.*export it as PNG/, 'core.media.svg'],
    [
      'a PDF named photo.jpg',
      'photo.jpg',
      async () => Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'),
      'invalid_input',
      /^This file is named photo\.jpg but it is a PDF document\. Tandem accepts JPEG, PNG, WebP, AVIF and GIF images/,
      'core.media.otherFileNamed',
    ],
    ['a text file named .jpg', 'caption.jpg', async () => Buffer.from('Подпись к фото: Москва, ёлка.\n'), 'invalid_input', /named caption\.jpg but it is a text file/, 'core.media.textNamed'],
  ];

  for (const [label, name, bytes, code, message, key] of cases) {
    it(label, async () => {
      const e = await refusal(open().importBytes(name, await bytes()));
      expect(e.code).toBe(code);
      expect(e.message).toMatch(message);
      expect(e.phrase?.key).toBe(key);
      expect(rows()).toBe(0);
      expect(mediaFiles()).toEqual([]);
    });
  }

  it('an animated GIF whose frames add up to too many pixels', async () => {
    const e = await refusal(open().importBytes('long.gif', gifBomb(6000, 6000, 3)));
    expect(e).toMatchObject({ code: 'payload_too_large' });
    expect(e.message).toMatch(/^long\.gif is 6,000 × 6,000 pixels in 3 frames \(108 megapixels in all\); Tandem accepts up to 100 megapixels/);
    expect(e.phrase).toEqual({ key: 'core.media.tooManyPixelsFrames', params: { name: 'long.gif', width: 6000, height: 6000, megapixels: 108, max: 100, count: 3 } });
    expect(rows()).toBe(0);
    expect(mediaFiles()).toEqual([]);
  });
});

describe('writing the original: temporary name, fsync, rename, then the row', () => {
  const failures: Array<[label: string, files: () => MediaFs, key: string]> = [
    [
      'the rename fails after the write',
      () => ({ ...nodeMediaFs, rename: async () => Promise.reject(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' })) }),
      'core.media.notSaved.diskError',
    ],
    [
      'the disk fills up in the middle of the write',
      () => ({
        ...nodeMediaFs,
        writeNew: async (file, data) => {
          await nodeMediaFs.writeNew(file, data.subarray(0, data.length >> 1));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
      }),
      'core.media.notSaved.diskFull',
    ],
  ];

  for (const [label, files, key] of failures) {
    it(`leaves no file, no temporary file and no row when ${label}; the same add then succeeds`, async () => {
      const bytes = await jpegWith();
      const e = await refusal(open({ files: files() }).importBytes('a.jpg', bytes));
      expect(e.code).toBe('unavailable');
      expect(e.message).toMatch(/^a\.jpg was not saved.*then try again\. Nothing was added to the library\.$/);
      expect(e.phrase).toEqual({ key, params: { name: 'a.jpg' } });
      expect(rows()).toBe(0);
      expect(mediaFiles()).toEqual([]);

      const ok = await open().importBytes('a.jpg', bytes);
      expect(ok.existed).toBe(false);
      expect(rows()).toBe(1);
      expect(originals()).toHaveLength(1);
    });
  }

  it('takes the written file away again when the row cannot be committed', async () => {
    const library = open();
    ws.db.exec("CREATE TRIGGER refuse BEFORE INSERT ON media BEGIN SELECT raise(ABORT, 'refused by a test'); END");
    await expect(library.importBytes('a.jpg', await jpegWith())).rejects.toThrow(/refused by a test/);
    expect(rows()).toBe(0);
    expect(mediaFiles()).toEqual([]);
  });
});

describe('importFile', () => {
  it('adds a file from disk, checking its size before reading it', async () => {
    const library = open();
    const file = path.join(dir, 'Снимок экрана.png');
    fs.writeFileSync(file, await imageOf('png'));
    expect(await library.importFile(file)).toMatchObject({ existed: false, media: { name: 'Снимок экрана.png', mime: 'image/png' } });

    const reads: string[] = [];
    const watching = open({ files: { ...nodeMediaFs, readFile: (f) => (reads.push(f), nodeMediaFs.readFile(f)) } });
    const empty = path.join(dir, 'empty.jpg');
    fs.writeFileSync(empty, '');
    expect((await refusal(watching.importFile(empty))).message).toMatch(/^empty\.jpg is empty \(0 bytes\)/);
    const big = path.join(dir, 'big.jpg');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MEDIA_LIMITS.bytes + 1);
    expect(await refusal(watching.importFile(big))).toMatchObject({ code: 'payload_too_large' });
    expect(reads).toEqual([]);

    expect(await refusal(library.importFile(path.join(dir, 'gone.jpg')))).toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/gone\.jpg is no longer there/),
      phrase: { key: 'core.media.gone', params: { name: 'gone.jpg' } },
    });
    expect(await refusal(library.importFile(path.join(dir, 'media')))).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/media is a folder/) });
    expect(rows()).toBe(1);
  });
});
