import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
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

/** Why an entry's name is refused, or null when it is a plain relative path. */
export function unsafeEntryName(name: string): string | null {
  if (name === '') return 'an entry has no name';
  if (name.includes('\u0000')) return `the entry name ${JSON.stringify(name)} holds a NUL character`;
  if (name.includes('\\')) return `the entry name ${JSON.stringify(name)} holds a backslash`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `the entry ${JSON.stringify(name)} has an absolute path`;
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return `the entry ${JSON.stringify(name)} points outside the bundle (a ".." in its path)`;
  if (segments.some((s) => s === '' || s === '.')) return `the entry name ${JSON.stringify(name)} has an empty or "." part`;
  return null;
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

/** Every entry of the central directory, checked as it is read. */
function readDirectory(zip: ZipFile, refuse: (why: string) => Error, limits: ZipLimits): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    if (zip.entryCount > limits.maxEntries) {
      reject(refuse(`it holds ${zip.entryCount} entries; Tandem reads bundles of up to ${limits.maxEntries}`));
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
    zip.on('error', (e: Error) => fail(refuse(`it is not a readable zip (${e.message})`)));
    zip.on('end', () => {
      if (done) return;
      done = true;
      resolve(entries);
    });
    zip.on('entry', (entry: Entry) => {
      if (done) return;
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
      const unsafe = unsafeEntryName(name);
      if (unsafe !== null) return fail(refuse(unsafe));
      if (isSymlink(entry)) return fail(refuse(`the entry ${JSON.stringify(name)} is a symbolic link`));
      if (entries.has(name)) return fail(refuse(`two entries are named ${JSON.stringify(name)}`));
      if (entry.isEncrypted()) return fail(refuse(`the entry ${JSON.stringify(name)} is encrypted`));
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        return fail(refuse(`the entry ${JSON.stringify(name)} is compressed in a way Tandem does not read (method ${entry.compressionMethod}); zip it again with deflate`));
      }
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        return fail(refuse(`the entry ${JSON.stringify(name)} would unpack to ${entry.uncompressedSize} bytes; Tandem reads entries of up to ${limits.maxEntryBytes}`));
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) return fail(refuse(`it would unpack to more than ${limits.maxTotalBytes} bytes, more than Tandem reads from one bundle`));
      entries.set(name, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** Pushes an entry's bytes to `sink`, refusing it when it inflates past its declared size. */
async function pump(zip: ZipFile, entry: Entry, name: string, refuse: (why: string) => Error, sink: (chunk: Buffer) => void): Promise<number> {
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (e) {
    throw refuse(`the entry ${JSON.stringify(name)} cannot be read (${e instanceof Error ? e.message : String(e)})`);
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
    const message = e instanceof Error ? e.message : String(e);
    if (/too many bytes/.test(message)) {
      throw refuse(`the entry ${JSON.stringify(name)} unpacks to more than the ${entry.uncompressedSize} bytes it declares (a damaged or hostile zip)`);
    }
    throw refuse(`the entry ${JSON.stringify(name)} cannot be read (${message})`);
  }
  if (size !== entry.uncompressedSize) {
    throw refuse(`the entry ${JSON.stringify(name)} unpacks to ${size} bytes but declares ${entry.uncompressedSize} (a damaged zip)`);
  }
  return size;
}

/** Opens a zip and checks its directory; `label` names it in messages. */
export async function openSafeZip(file: string, label: string, limits: Partial<ZipLimits> = {}): Promise<SafeZip> {
  const bounds: ZipLimits = { ...ZIP_LIMITS, ...limits };
  const refuse = (why: string) => importProblem(`${label} cannot be imported: ${why}.`);
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw importProblem(`${label} does not exist. Check the path and try again.`);
    throw refuse(`it is not a readable zip (${e instanceof Error ? e.message : String(e)})`);
  }
  let entries: Map<string, Entry>;
  try {
    entries = await readDirectory(zip, refuse, bounds);
  } catch (e) {
    zip.close();
    throw e;
  }
  const files = new Map<string, number>();
  for (const [name, entry] of entries) if (!name.endsWith('/')) files.set(name, entry.uncompressedSize);
  const entryOf = (name: string): Entry => {
    const entry = entries.get(name);
    if (entry === undefined || name.endsWith('/')) throw refuse(`it has no file ${JSON.stringify(name)}`);
    return entry;
  };
  return {
    files,
    async read(name) {
      const chunks: Buffer[] = [];
      await pump(zip, entryOf(name), name, refuse, (chunk) => chunks.push(chunk));
      return Buffer.concat(chunks);
    },
    async digest(name) {
      const hash = createHash('sha256');
      const size = await pump(zip, entryOf(name), name, refuse, (chunk) => hash.update(chunk));
      return { sha256: hash.digest('hex'), size };
    },
    close() {
      zip.close();
    },
  };
}
