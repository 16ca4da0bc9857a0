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
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      const entry = { path: rel, size: bytes.length, sha256: sha256(bytes) };
      entries.push(entry);
      const old = oldEntries.get(rel);
      if (old && old.sha256 === entry.sha256 && old.size === entry.size) return;
      staging.write(rel, bytes);
      written.push(rel);
    },
  };
}
