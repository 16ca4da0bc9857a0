import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { MediaExt } from '../../../shared/domain/media';
import { TandemError } from '../errors';
import { say } from '../said';

/**
 * The media folder and how files get into it.
 *
 * ```
 * <workspace>/media/originals/<id[0..2]>/<id>.<ext>        the file as added, named by its sha256
 * <workspace>/media/variants/<id[0..2]>/<id>/<width>.<ext>  made from it (see variants.ts)
 * <workspace>/media/tmp/                                   files being written
 * ```
 *
 * Every file is written under a temporary name in `tmp/`, fsynced, renamed to its final
 * name and its folder fsynced (DESIGN.md, Data and durability): a file under its final name
 * is always whole. The store's row for an image is committed only after its original is.
 */

/** The file operations the media store uses; tests pass one that fails on purpose. */
export interface MediaFs {
  /** Makes the folder and its parents; no error when it exists. */
  mkdir(dir: string): Promise<void>;
  /** Creates `file` (it must not exist), writes `data` and fsyncs it before resolving. */
  writeNew(file: string, data: Uint8Array): Promise<void>;
  /** Atomically gives `from` the name `to`, replacing what `to` was. */
  rename(from: string, to: string): Promise<void>;
  /** Makes the folder's entries durable (a rename in it); a no-op where the system cannot. */
  syncDir(dir: string): Promise<void>;
  /** Removes a file or a folder with what it holds; no error when it is not there. */
  remove(target: string): Promise<void>;
  readFile(file: string): Promise<Buffer>;
  /** The file's size and kind, or null when there is nothing at that path. */
  stat(file: string): Promise<{ size: number; isFile: boolean } | null>;
}

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** Directory fsync is refused on some systems (Windows); that is not a failure of the write. */
const NO_DIR_SYNC = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES', 'ENOTSUP']);

export const nodeMediaFs: MediaFs = {
  mkdir: async (dir) => {
    await fsp.mkdir(dir, { recursive: true });
  },
  writeNew: async (file, data) => {
    const handle = await fsp.open(file, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  syncDir: async (dir) => {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(dir, 'r');
      await handle.sync();
    } catch (e) {
      if (!NO_DIR_SYNC.has(errnoCode(e) ?? '')) throw e;
    } finally {
      await handle?.close();
    }
  },
  remove: (target) => fsp.rm(target, { recursive: true, force: true }),
  readFile: (file) => fsp.readFile(file),
  stat: async (file) => {
    try {
      const s = await fsp.stat(file);
      return { size: s.size, isFile: s.isFile() };
    } catch (e) {
      if (errnoCode(e) === 'ENOENT' || errnoCode(e) === 'ENOTDIR') return null;
      throw e;
    }
  },
};

/** Where one workspace keeps its images. */
export interface MediaLayout {
  readonly root: string;
  readonly tmp: string;
  original(id: string, ext: MediaExt): string;
  /** The folder holding every variant of one image. */
  variantDir(id: string): string;
  variant(id: string, name: string): string;
}

export function mediaLayout(workspaceDir: string): MediaLayout {
  const root = path.join(workspaceDir, 'media');
  const shard = (id: string) => id.slice(0, 2);
  return {
    root,
    tmp: path.join(root, 'tmp'),
    original: (id, ext) => path.join(root, 'originals', shard(id), `${id}.${ext}`),
    variantDir: (id) => path.join(root, 'variants', shard(id), id),
    variant: (id, name) => path.join(root, 'variants', shard(id), id, name),
  };
}

/**
 * Writes `data` to `target` durably: a temporary file in `tmpDir`, fsynced, renamed, the
 * folder fsynced. On any failure the temporary file is removed and `target` is as it was.
 */
export async function writeDurably(files: MediaFs, tmpDir: string, target: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  await files.mkdir(tmpDir);
  await files.mkdir(dir);
  const temp = path.join(tmpDir, `${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    await files.writeNew(temp, data);
    await files.rename(temp, target);
  } catch (e) {
    await files.remove(temp).catch(() => {});
    throw e;
  }
  await files.syncDir(dir);
}

/** Temporary files older than this are left over from a crash and are removed at open. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Removes what a crash left in `tmp/` (best effort: nothing depends on it). */
export function sweepTemporaryFiles(layout: MediaLayout, nowMs: number = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(layout.tmp);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(layout.tmp, name);
    try {
      if (nowMs - fs.statSync(file).mtimeMs > STALE_TEMP_MS) fs.rmSync(file, { force: true });
    } catch {
      // Someone else removed it, or it cannot be removed now: try again at the next open.
    }
  }
}

/** A failure of the disk while saving the image `name`, said so a person can act on it. */
export function diskProblem(name: string, e: unknown): TandemError {
  const said = (() => {
    switch (errnoCode(e)) {
      case 'ENOSPC':
        return say('core.media.notSaved.diskFull', { name });
      case 'EDQUOT':
        return say('core.media.notSaved.quota', { name });
      case 'EACCES':
      case 'EPERM':
        return say('core.media.notSaved.permission', { name });
      case 'EROFS':
        return say('core.media.notSaved.readOnlyDisk', { name });
      case 'EIO':
        return say('core.media.notSaved.diskError', { name });
      default:
        return say('core.media.notSaved.other', { name, detail: e instanceof Error ? e.message : String(e) });
    }
  })();
  return new TandemError('unavailable', said);
}
