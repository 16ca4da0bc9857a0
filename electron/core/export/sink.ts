import type { ManifestFile } from '../../../shared/domain/bundle';
import { sha256, type Staging } from './output';

/**
 * Where made files go: each is recorded for the manifest and staged only when its bytes
 * differ from the previous bundle's file at the same path.
 */

export type Entry = ManifestFile;

export interface FileSink {
  /** Records a made file, staging it when its bytes differ from the previous bundle's. */
  put(rel: string, data: string | Buffer): void;
  /** Records a file made (and staged, when `staged`) elsewhere: another thread, or kept as it was. */
  record(entry: Entry, staged: boolean): void;
  /** The previous bundle's file at `rel`. */
  previous(rel: string): Entry | undefined;
  readonly staging: Staging;
  /** Every file recorded so far. */
  readonly entries: Entry[];
  /** The paths staged so far. */
  readonly written: string[];
}

/**
 * Made texts are encoded into one buffer, grown as needed, and hashed and written from it:
 * a fresh Buffer for each file costs more than encoding it (its length is measured first,
 * its memory allocated). What `utf8Of` gives is valid until its next call.
 */
let scratch = Buffer.allocUnsafe(1 << 20);

function utf8Of(text: string): Buffer {
  // At most 3 bytes of UTF-8 for each UTF-16 code unit.
  if (text.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(text.length * 3);
  return scratch.subarray(0, scratch.write(text, 0, 'utf8'));
}

export function createSink(staging: Staging, oldEntries: ReadonlyMap<string, Entry>): FileSink {
  const entries: Entry[] = [];
  const written: string[] = [];
  return {
    staging,
    entries,
    written,
    previous: (rel) => oldEntries.get(rel),
    record(entry, staged) {
      entries.push(entry);
      if (staged) written.push(entry.path);
    },
    put(rel, data) {
      const bytes = typeof data === 'string' ? utf8Of(data) : data;
      const entry = { path: rel, size: bytes.length, sha256: sha256(bytes) };
      entries.push(entry);
      const old = oldEntries.get(rel);
      if (old && old.sha256 === entry.sha256 && old.size === entry.size) return;
      staging.write(rel, bytes);
      written.push(rel);
    },
  };
}
