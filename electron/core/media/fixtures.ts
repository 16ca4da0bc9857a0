import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp, { type Exif } from 'sharp';
import { openWorkspace, type Workspace } from '../workspace';

/**
 * For tests only: small images made on the fly (no binary fixtures in git), including the
 * hostile ones (a pixel bomb, a cut-off file) and metadata blocks written by hand.
 */

/** A JPEG `width` × `height` of noise (so it does not compress to nothing), with optional EXIF. */
export async function jpegWith(options: { width?: number; height?: number; exif?: Exif; orientation?: number; xmp?: string } = {}): Promise<Buffer> {
  const { width = 64, height = 48 } = options;
  let image = sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality: 90 });
  if (options.exif) image = image.withExif(options.exif);
  // The orientation is its own setting: sharp writes the Orientation tag from it.
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (options.xmp) image = image.withXmp(options.xmp);
  return image.toBuffer();
}

/** A plain image in one of the accepted formats. */
export async function imageOf(format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif', width = 40, height = 30, seed = 0): Promise<Buffer> {
  const background = { r: (seed * 37) % 256, g: (seed * 91) % 256, b: 200 };
  return sharp({ create: { width, height, channels: 3, background } })[format]().toBuffer();
}

/** A two-frame animated GIF. */
export async function animatedGif(width = 60, height = 40): Promise<Buffer> {
  const frame = (background: string) => sharp({ create: { width, height, channels: 3, background } }).png().toBuffer();
  return sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } }).gif({ delay: [100, 100] }).toBuffer();
}

/** An XMP packet with a creator and a credit line. */
export function xmpPacket(creator: string, credit?: string): string {
  const creditAttr = credit === undefined ? '' : ` photoshop:Credit="${credit}"`;
  return (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"${creditAttr}>` +
    `<dc:creator><rdf:Seq><rdf:li>${creator}</rdf:li></rdf:Seq></dc:creator>` +
    '</rdf:Description></rdf:RDF></x:xmpmeta>'
  );
}

/** An APP13 segment (Photoshop resources holding IPTC IIM), as agencies' software writes it. */
export function iptcSegment(fields: ReadonlyArray<[dataset: number, value: string]>, utf8Marker = true): Buffer {
  const dataset = (record: number, n: number, value: Buffer) => Buffer.concat([Buffer.from([0x1c, record, n, value.length >> 8, value.length & 0xff]), value]);
  const iim = Buffer.concat([
    ...(utf8Marker ? [dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47]))] : []),
    ...fields.map(([n, value]) => dataset(2, n, Buffer.from(value, 'utf8'))),
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0x00, 0x00]), size, iim, Buffer.alloc(iim.length % 2)]);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xed]), length, body]);
}

/** A JPEG with an IPTC segment right after its start marker. */
export async function jpegWithIptc(fields: ReadonlyArray<[number, string]>): Promise<Buffer> {
  const jpeg = await jpegWith({ width: 16, height: 16 });
  return Buffer.concat([jpeg.subarray(0, 2), iptcSegment(fields), jpeg.subarray(2)]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A ~70-byte PNG whose header claims `width` × `height` pixels: a "pixel bomb". */
export function pixelBombPng(width = 40_000, height = 40_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(1))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every file under `dir` (relative paths, sorted); [] when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** A fresh workspace in a temporary folder; `dispose` closes and removes it. */
export function tempWorkspace(prefix = 'tandem-media-'): { dir: string; ws: Workspace; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const ws = openWorkspace(dir);
  return {
    dir,
    ws,
    dispose: () => {
      ws.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The same workspace seen as read-only (as when its store was found damaged). */
export function readOnlyView(ws: Workspace): Workspace {
  return {
    dir: ws.dir,
    dbPath: ws.dbPath,
    get db() {
      return ws.db;
    },
    readOnly: true,
    problem: 'The workspace file is damaged (a test).',
    integrity: 'failed',
    integrityChecked: Promise.resolve('failed'),
    close: () => {},
  };
}

/** A ~100-byte animated GIF whose `frames` frames each claim `width` × `height` pixels. */
export function gifBomb(width: number, height: number, frames: number): Buffer {
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(width, 0);
  screen.writeUInt16LE(height, 2);
  screen[4] = 0x80; // a global colour table of two entries
  const parts = [Buffer.from('GIF89a', 'latin1'), screen, Buffer.from([0, 0, 0, 255, 255, 255])];
  parts.push(Buffer.from([0x21, 0xff, 0x0b]), Buffer.from('NETSCAPE2.0', 'latin1'), Buffer.from([3, 1, 0, 0, 0]));
  for (let i = 0; i < frames; i++) {
    parts.push(Buffer.from([0x21, 0xf9, 4, 0, 10, 0, 0, 0]));
    const descriptor = Buffer.alloc(10);
    descriptor[0] = 0x2c;
    descriptor.writeUInt16LE(width, 5);
    descriptor.writeUInt16LE(height, 7);
    parts.push(descriptor, Buffer.from([2, 2, 0x4c, 0x01, 0]));
  }
  parts.push(Buffer.from([0x3b]));
  return Buffer.concat(parts);
}
