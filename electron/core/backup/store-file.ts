import fs from 'node:fs';
import path from 'node:path';
import { STORE_FILE } from '../store/db';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** Where a workspace folder keeps its store. */
export function storePath(dir: string): { folder: string; dbPath: string } {
  const folder = path.resolve(dir);
  return { folder, dbPath: path.join(folder, STORE_FILE) };
}

/** True when the file begins with SQLite's header. */
export function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_MAGIC.length);
    return fs.readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a file (or a folder's entries) to the disk; some systems cannot sync a folder. */
export function fsyncPath(file: string, { folder = false } = {}): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    fs.fsyncSync(fd);
  } catch (e) {
    if (!folder) throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
