import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { say } from '../../said';
import { importProblem } from '../problems';
import type { BundleRef } from '../sources';
import { openSafeZip, unsafeEntryName, unsafeNameProblem, type ZipLimits } from '../zip';

/**
 * A bundle's files, wherever they are: in a folder or in a zip. Paths are the bundle's
 * own (`data/site.json`); a path that could leave the bundle (absolute, `..`, a backslash)
 * is refused before anything is read, and in a folder a symbolic link is refused as it is
 * in a zip.
 */
export interface BundleSource {
  /** How messages name the bundle. */
  readonly label: string;
  /** The file's size, or null when the bundle has no such file. */
  size(file: string): Promise<number | null>;
  read(file: string): Promise<Buffer>;
  digest(file: string): Promise<{ sha256: string; size: number }>;
  close(): void;
}

function folderSource(label: string, dir: string): BundleSource {
  const resolve = (file: string): string => {
    const unsafe = unsafeEntryName(file);
    if (unsafe !== null) throw unsafeNameProblem(label, file, unsafe, 'folder');
    return path.join(dir, ...file.split('/'));
  };
  const plainFile = async (file: string): Promise<number | null> => {
    const target = resolve(file);
    const stat = await fsp.lstat(target).catch(() => null);
    if (stat === null) return null;
    if (stat.isSymbolicLink()) throw importProblem(say('core.imports.unsafe.folder.symlink', { label, name: file }));
    return stat.isFile() ? stat.size : null;
  };
  const existing = async (file: string): Promise<string> => {
    if ((await plainFile(file)) === null) throw importProblem(say('core.imports.bundle.noFile', { label, name: file }));
    return resolve(file);
  };
  return {
    label,
    size: plainFile,
    async read(file) {
      return fsp.readFile(await existing(file));
    },
    async digest(file) {
      const target = await existing(file);
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of createReadStream(target)) {
        const bytes = chunk as Buffer;
        size += bytes.length;
        hash.update(bytes);
      }
      return { sha256: hash.digest('hex'), size };
    },
    close() {},
  };
}

/** Opens a bundle; a zip's directory is checked here (zip.ts). */
export async function openBundle(ref: BundleRef, zipLimits?: Partial<ZipLimits>): Promise<BundleSource> {
  if (ref.kind === 'folder') return folderSource(ref.label, ref.dir);
  const zip = await openSafeZip(ref.file, ref.label, zipLimits);
  // A bundle zipped with its folder around it: its files are read from inside that folder.
  let prefix = '';
  if (!zip.files.has('manifest.json')) {
    const wrapped = [...zip.files.keys()].filter((name) => /^[^/]+\/manifest\.json$/.test(name));
    if (wrapped.length === 1) prefix = (wrapped[0] as string).slice(0, -'manifest.json'.length);
  }
  return {
    label: ref.label,
    size: async (file) => {
      const unsafe = unsafeEntryName(file);
      if (unsafe !== null) throw unsafeNameProblem(ref.label, file, unsafe, 'zip');
      return zip.files.get(prefix + file) ?? null;
    },
    read: (file) => zip.read(prefix + file),
    digest: (file) => zip.digest(prefix + file),
    close: () => zip.close(),
  };
}
