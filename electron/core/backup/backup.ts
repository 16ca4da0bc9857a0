import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { TandemError } from '../errors';
import { say } from '../said';
import { APPLICATION_ID, openConnection, type Db } from '../store/db';
import { applicationId } from '../store/migrate';
import { fsyncPath, hasSqliteHeader, storePath } from './store-file';

function removeQuietly(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.rmSync(f, { force: true });
    } catch {
      // Nothing more can be done about a leftover partial file; it has an obvious name.
    }
  }
}

/** Puts the finished copy in place without ever replacing a file already there. */
function placeWithoutOverwriting(tmp: string, target: string): void {
  try {
    fs.linkSync(tmp, target);
    fs.rmSync(tmp);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyThere(target);
    if (fs.existsSync(target)) throw alreadyThere(target);
    // A disk without hard links: a rename, checked just before.
    fs.renameSync(tmp, target);
  }
}

function alreadyThere(target: string): TandemError {
  return new TandemError('unavailable', say('core.backup.alreadyExists', { target }));
}

/** Makes the copy a standalone file (no WAL beside it) and checks it before it is handed over. */
function finishCopy(tmp: string): void {
  const copy = new Database(tmp, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const verdict = copy.prepare<[], string>('PRAGMA quick_check').pluck().all();
    if (verdict.length !== 1 || verdict[0] !== 'ok') {
      const first = verdict[0];
      throw new TandemError('unavailable', first === undefined ? say('core.backup.copyNoAnswer') : say('core.backup.copyFailedCheck', { detail: first }));
    }
  } finally {
    copy.close();
  }
}

/**
 * Copies the workspace's store to `toFile` with SQLite's online backup, which reads a
 * consistent snapshot while Tandem (or anything else) keeps writing. The copy is written
 * under a temporary name, checked, flushed to disk and only then given its name; an
 * existing file is never overwritten.
 */
export async function backupWorkspace(dir: string, toFile: string): Promise<{ bytes: number }> {
  const { folder, dbPath } = storePath(dir);
  const target = path.resolve(toFile);
  if (!fs.existsSync(dbPath)) {
    throw new TandemError('unavailable', say('core.backup.noWorkspace', { folder }));
  }
  if (fs.existsSync(target)) throw alreadyThere(target);
  if (!hasSqliteHeader(dbPath)) {
    throw new TandemError('unavailable', say('core.backup.notSqlite', { file: dbPath }));
  }

  let source: Db;
  try {
    source = openConnection(dbPath, { readOnly: true });
  } catch (e) {
    throw new TandemError('unavailable', say('core.backup.cannotOpen', { folder, detail: e instanceof Error ? e.message : String(e) }));
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
  try {
    if (applicationId(source) !== APPLICATION_ID) {
      throw new TandemError('unavailable', say('core.backup.foreignDatabase', { file: dbPath }));
    }
    // After the first step, copy everything that remains in one step: one consistent
    // snapshot, which a writer elsewhere cannot force to start over.
    await source.backup(tmp, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    finishCopy(tmp);
    fsyncPath(tmp);
    placeWithoutOverwriting(tmp, target);
    fsyncPath(path.dirname(target), { folder: true });
    return { bytes: fs.statSync(target).size };
  } catch (e) {
    removeQuietly(tmp);
    if (e instanceof TandemError) throw e;
    throw new TandemError('unavailable', say('core.backup.writeFailed', { target, detail: e instanceof Error ? e.message : String(e) }));
  } finally {
    source.close();
  }
}
