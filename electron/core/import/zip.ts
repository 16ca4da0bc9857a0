import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { say, type Sentence } from '../said';
import { importProblem } from './problems';

/**
 * Reading a zip someone else made, safely. The central directory is read and checked
 * whole before any entry is inflated; an entry is refused when its name is absolute, holds
 * a `..` segment, a backslash or a NUL, when it is a symbolic link, when two entries share
 * a name, when there are more than `maxEntries`, when one declares more than
 * `maxEntryBytes` or all together more than `maxTotalBytes`, and when it is encrypted or
 * compressed in a way other than deflate. While an entry is read, it is stopped as soon
 * as it inflates past its declared size (yauzl checks this, and so does the reader).
 *
 * Entries are read on demand, one at a time, straight from the zip file: nothing is
 * extracted to a temporary folder. An import hashes every file once to check the
 * manifest, keeps only the small data files in memory, and reads each media file again
 * when it writes it into the library, so memory holds one entry at most, the disk is
 * written once, and there is nothing to clean up after a crash.
 */

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
};

export interface SafeZip {
  /** The files (not folders) it holds: name → declared size. */
  readonly files: ReadonlyMap<string, number>;
  /** Reads one file whole. */
  read(name: string): Promise<Buffer>;
  /** Reads one file through sha256, keeping nothing. */
  digest(name: string): Promise<{ sha256: string; size: number }>;
  close(): void;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Why a name in a bundle is refused: it could lead outside the bundle, or is not a plain path. */
export type UnsafeName = 'noName' | 'nul' | 'backslash' | 'absolute' | 'parent' | 'dot';

/** Why an entry's name is refused, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): UnsafeName | null {
  if (name === '') return 'noName';
  if (name.includes('\u0000')) return 'nul';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return 'parent';
  if (segments.some((s) => s === '' || s === '.')) return 'dot';
  return null;
}

/**
 * The bundle `label` refused for an unsafe name: an entry of a zip, or a file of a folder.
 * The name is quoted as JSON, so a NUL or a line break in it shows.
 */
export function unsafeNameProblem(label: string, name: string, why: UnsafeName, where: 'zip' | 'folder'): Error {
  if (why === 'noName') return importProblem(say(`core.imports.unsafe.${where}.noName`, { label }));
  return importProblem(say(`core.imports.unsafe.${where}.${why}`, { label, name: JSON.stringify(name) }));
}

function isSymlink(entry: Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: true }, (err, zip) => {
      if (err) reject(err);
      else resolve(zip);
    });
  });
}

/** Every entry of the central directory, checked as it is read; `label` names the zip in refusals. */
function readDirectory(zip: ZipFile, label: string, limits: ZipLimits): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    if (zip.entryCount > limits.maxEntries) {
      reject(importProblem(say('core.imports.zip.tooManyEntries', { label, entries: zip.entryCount, max: limits.maxEntries })));
      return;
    }
    const entries = new Map<string, Entry>();
    let total = 0;
    let done = false;
    const fail = (e: Error) => {
      if (done) return;
      done = true;
      reject(e);
    };
    const refuse = (said: Sentence) => fail(importProblem(said));
    zip.on('error', (e: Error) => refuse(say('core.imports.zip.notZip', { label, detail: e.message })));
    zip.on('end', () => {
      if (done) return;
      done = true;
      resolve(entries);
    });
    zip.on('entry', (entry: Entry) => {
      if (done) return;
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const quoted = JSON.stringify(name);
      const unsafe = unsafeEntryName(name);
      if (unsafe !== null) return fail(unsafeNameProblem(label, name, unsafe, 'zip'));
      if (isSymlink(entry)) return refuse(say('core.imports.zip.symlink', { label, name: quoted }));
      if (entries.has(name)) return refuse(say('core.imports.zip.duplicate', { label, name: quoted }));
      if (entry.isEncrypted()) return refuse(say('core.imports.zip.encrypted', { label, name: quoted }));
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        return refuse(say('core.imports.zip.method', { label, name: quoted, method: entry.compressionMethod }));
      }
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        return refuse(say('core.imports.zip.entryTooLarge', { label, name: quoted, bytes: entry.uncompressedSize, max: limits.maxEntryBytes }));
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) return refuse(say('core.imports.zip.tooLarge', { label, max: limits.maxTotalBytes }));
      entries.set(name, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** Pushes an entry's bytes to `sink`, refusing it when it inflates past its declared size. */
async function pump(zip: ZipFile, entry: Entry, name: string, label: string, sink: (chunk: Buffer) => void): Promise<number> {
  const quoted = JSON.stringify(name);
  const unreadable = (e: unknown) => importProblem(say('core.imports.zip.unreadableEntry', { label, name: quoted, detail: e instanceof Error ? e.message : String(e) }));
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (e) {
    throw unreadable(e);
  }
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      if (size > entry.uncompressedSize) throw new Error('too many bytes');
      sink(bytes);
    }
  } catch (e) {
    stream.destroy();
    if (/too many bytes/.test(e instanceof Error ? e.message : String(e))) {
      throw importProblem(say('core.imports.zip.inflatesPast', { label, name: quoted, declared: entry.uncompressedSize }));
    }
    throw unreadable(e);
  }
  if (size !== entry.uncompressedSize) {
    throw importProblem(say('core.imports.zip.sizeMismatch', { label, name: quoted, bytes: size, declared: entry.uncompressedSize }));
  }
  return size;
}

/** Opens a zip and checks its directory; `label` names it in messages. */
export async function openSafeZip(file: string, label: string, limits: Partial<ZipLimits> = {}): Promise<SafeZip> {
  const bounds: ZipLimits = { ...ZIP_LIMITS, ...limits };
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw importProblem(say('core.imports.notThere', { path: label }));
    throw importProblem(say('core.imports.zip.notZip', { label, detail: e instanceof Error ? e.message : String(e) }));
  }
  let entries: Map<string, Entry>;
  try {
    entries = await readDirectory(zip, label, bounds);
  } catch (e) {
    zip.close();
    throw e;
  }
  const files = new Map<string, number>();
  for (const [name, entry] of entries) if (!name.endsWith('/')) files.set(name, entry.uncompressedSize);
  const entryOf = (name: string): Entry => {
    const entry = entries.get(name);
    if (entry === undefined || name.endsWith('/')) throw importProblem(say('core.imports.bundle.noFile', { label, name: JSON.stringify(name) }));
    return entry;
  };
  return {
    files,
    async read(name) {
      const chunks: Buffer[] = [];
      await pump(zip, entryOf(name), name, label, (chunk) => chunks.push(chunk));
      return Buffer.concat(chunks);
    },
    async digest(name) {
      const hash = createHash('sha256');
      const size = await pump(zip, entryOf(name), name, label, (chunk) => hash.update(chunk));
      return { sha256: hash.digest('hex'), size };
    },
    close() {
      zip.close();
    },
  };
}
