import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { rejectionOf } from './testing';
import { openSafeZip, unsafeEntryName } from './zip';

/**
 * Hostile zips, made here: yazl writes the zip, and where yazl refuses (a `..` path, an
 * absolute one, a backslash), a harmless name of the same length is written and then
 * replaced in the bytes, in the local header and the central directory alike.
 */

interface EntrySpec {
  name: string;
  data?: Buffer;
  /** Streamed (sizes known only at the end), for large entries. */
  stream?: () => Readable;
  mode?: number;
}

async function zipOf(entries: readonly EntrySpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    const options = e.mode === undefined ? {} : { mode: e.mode };
    if (e.stream) zip.addReadStream(e.stream(), e.name, options);
    else zip.addBuffer(e.data ?? Buffer.from(`content of ${e.name}`), e.name, options);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Replaces every occurrence of `from` with `to` (same length) in the zip's bytes. */
function renamed(zip: Buffer, from: string, to: string): Buffer {
  const a = Buffer.from(from);
  const b = Buffer.from(to);
  if (a.length !== b.length) throw new Error('names must be the same length');
  const out = Buffer.from(zip);
  for (let i = out.indexOf(a); i !== -1; i = out.indexOf(a, i + 1)) b.copy(out, i);
  return out;
}

/** Sets the uncompressed size the central directory declares for `name`. */
function declaring(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const wanted = Buffer.from(name);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (out.readUInt32LE(i) !== 0x02014b50) continue;
    const nameLength = out.readUInt16LE(i + 28);
    if (out.subarray(i + 46, i + 46 + nameLength).equals(wanted)) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

function zeros(bytes: number): () => Readable {
  return () => {
    let left = bytes;
    const chunk = Buffer.alloc(64 * 1024);
    return new Readable({
      read() {
        if (left <= 0) return void this.push(null);
        const n = Math.min(left, chunk.length);
        left -= n;
        this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      },
    });
  };
}

let dir: string;
let counter = 0;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-zip-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function save(bytes: Buffer): string {
  const file = path.join(dir, `z${++counter}.zip`);
  fs.writeFileSync(file, bytes);
  return file;
}

async function refusal(bytes: Buffer, limits = {}): Promise<string> {
  return (await rejectionOf(openSafeZip(save(bytes), 'bundle.zip', limits))).message;
}

describe('reading a zip safely', () => {
  it('reads the files of a sound zip, one at a time, and hashes them', async () => {
    const zip = await openSafeZip(save(await zipOf([{ name: 'manifest.json', data: Buffer.from('{}') }, { name: 'media/a.webp', data: Buffer.alloc(5000, 7) }])), 'bundle.zip');
    try {
      expect([...zip.files]).toEqual([
        ['manifest.json', 2],
        ['media/a.webp', 5000],
      ]);
      expect((await zip.read('manifest.json')).toString()).toBe('{}');
      expect(await zip.digest('media/a.webp')).toEqual({ sha256: createHash('sha256').update(Buffer.alloc(5000, 7)).digest('hex'), size: 5000 });
      const missing = await rejectionOf(zip.read('nothing.txt'));
      expect(missing.message).toMatch(/has no file "nothing.txt"/);
      expect(missing.phrase?.params?.problem).toEqual({ key: 'core.imports.bundle.noFile', params: { label: 'bundle.zip', name: '"nothing.txt"' } });
    } finally {
      zip.close();
    }
  });

  it('refuses a path that leaves the bundle: ../evil', async () => {
    const bytes = renamed(await zipOf([{ name: 'aa/evil' }]), 'aa/evil', '../evil');
    expect(await refusal(bytes)).toMatch(/bundle\.zip cannot be imported: the entry "\.\.\/evil" points outside the bundle.*Nothing was imported/);
    expect(await refusal(renamed(await zipOf([{ name: 'data/aa/x' }]), 'data/aa/x', 'data/../x'))).toMatch(/points outside/);
    const e = await rejectionOf(openSafeZip(save(bytes), 'bundle.zip'));
    expect(e.phrase).toEqual({ key: 'core.imports.nothingImported', params: { problem: { key: 'core.imports.unsafe.zip.parent', params: { label: 'bundle.zip', name: '"../evil"' } } } });
  });

  it('refuses an absolute path: /etc/x, C:/x', async () => {
    expect(await refusal(renamed(await zipOf([{ name: 'aetc/x' }]), 'aetc/x', '/etc/x'))).toMatch(/the entry "\/etc\/x" has an absolute path/);
    expect(await refusal(renamed(await zipOf([{ name: 'cc/x' }]), 'cc/x', 'C:/x'))).toMatch(/absolute path/);
  });

  it('refuses backslashes and NUL characters in names', async () => {
    expect(await refusal(renamed(await zipOf([{ name: 'a/b.txt' }]), 'a/b.txt', 'a\\b.txt'))).toMatch(/holds a backslash/);
    expect(await refusal(renamed(await zipOf([{ name: 'ab.txt' }]), 'ab.txt', 'a\u0000.txt'))).toMatch(/holds a NUL/);
  });

  it('refuses a symbolic link', async () => {
    expect(await refusal(await zipOf([{ name: 'media/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]))).toMatch(/the entry "media\/link" is a symbolic link/);
  });

  it('refuses two entries with one name', async () => {
    expect(await refusal(renamed(await zipOf([{ name: 'data/a.json' }, { name: 'data/b.json' }]), 'data/b.json', 'data/a.json'))).toMatch(/two entries are named "data\/a.json"/);
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 4 }, (_, i) => ({ name: `f${i}.txt` }));
    expect(await refusal(await zipOf(entries), { maxEntries: 3 })).toMatch(/holds 4 entries; Tandem reads bundles of up to 3/);
  });

  it('refuses a size bomb: an entry declaring 300 MB, before inflating anything', async () => {
    const bomb = declaring(await zipOf([{ name: 'media/bomb.webp', data: Buffer.alloc(100_000) }]), 'media/bomb.webp', 300 * 1024 * 1024);
    expect(await refusal(bomb)).toMatch(/"media\/bomb.webp" would unpack to 314572800 bytes; Tandem reads entries of up to 209715200/);
  });

  it('refuses a highly compressible entry over the limits (lowered for the test)', async () => {
    const big = await zipOf([{ name: 'zeros.bin', stream: zeros(3 * 1024 * 1024) }]);
    expect(big.length).toBeLessThan(64 * 1024);
    expect(await refusal(big, { maxEntryBytes: 1024 * 1024 })).toMatch(/would unpack to 3145728 bytes/);
    const many = await zipOf([
      { name: 'a.bin', stream: zeros(600 * 1024) },
      { name: 'b.bin', stream: zeros(600 * 1024) },
    ]);
    expect(await refusal(many, { maxTotalBytes: 1024 * 1024 })).toMatch(/would unpack to more than 1048576 bytes/);
  });

  it('stops reading an entry that inflates past the size it declares', async () => {
    const lying = declaring(await zipOf([{ name: 'media/x.webp', stream: zeros(2 * 1024 * 1024) }]), 'media/x.webp', 1000);
    const zip = await openSafeZip(save(lying), 'bundle.zip');
    try {
      expect(zip.files.get('media/x.webp')).toBe(1000);
      expect((await rejectionOf(zip.read('media/x.webp'))).message).toMatch(/unpacks to more than the 1000 bytes it declares/);
      expect((await rejectionOf(zip.digest('media/x.webp'))).message).toMatch(/unpacks to more than the 1000 bytes it declares/);
    } finally {
      zip.close();
    }
  });

  it('refuses a file that is not a zip', async () => {
    expect(await refusal(Buffer.from('not a zip at all'))).toMatch(/it is not a readable zip/);
  });

  it('says which names are unsafe', () => {
    expect(unsafeEntryName('data/site.json')).toBeNull();
    expect(unsafeEntryName('media/')).toBeNull();
    for (const name of ['', '/x', '../x', 'a/../b', 'a\\b', 'C:/x', 'a//b', './a', 'a/./b', 'nul\u0000']) {
      expect(unsafeEntryName(name), JSON.stringify(name)).not.toBeNull();
    }
  });
});
