import fs from 'node:fs';
import path from 'node:path';
import { TandemError } from './errors';
import { APPLICATION_ID, STORE_FILE, isSqliteError, openConnection, storeErrorToTandemError, type Db } from './store/db';
import { applicationId, migrateStore, schemaVersion } from './store/migrate';
import { LATEST_VERSION } from './store/migrations';

/** An open workspace: its folder, its store and whether it may be written. */
export interface Workspace {
  readonly dir: string;
  readonly dbPath: string;
  readonly db: Db;
  /** True when the store is damaged or was made by a newer Tandem: reads work, writes are refused. */
  readonly readOnly: boolean;
  /** Why the workspace is read-only and what to do; null when all is well. */
  readonly problem: string | null;
  close(): void;
}

const CHOOSE_ANOTHER = 'choose another folder with --data DIR or the TANDEM_DATA environment variable';

/** A folder Tandem cannot create or write to, said plainly. */
function folderProblem(dir: string, e: unknown): TandemError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOTDIR: 'part of that path is a file, not a folder',
    EEXIST: 'a file with that name is in the way',
    EACCES: 'you do not have permission to write there',
    EPERM: 'you do not have permission to write there',
    EROFS: 'it is on a read-only disk',
    ENOSPC: 'the disk is full',
    ENAMETOOLONG: 'the path is too long',
  };
  const reason = (code && reasons[code]) ?? `the system said: ${e instanceof Error ? e.message : String(e)}`;
  return new TandemError(
    'unavailable',
    `Tandem cannot use the folder ${dir} as its workspace: ${reason}. Make the folder writable, or ${CHOOSE_ANOTHER}.`,
  );
}

function notTandem(file: string, what: string): TandemError {
  return new TandemError(
    'unavailable',
    `${file} is ${what}, not a Tandem workspace. Tandem left it untouched. To use Tandem, ${CHOOSE_ANOTHER}.`,
  );
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** True when the file starts like a SQLite database (or is empty, as a new store is). */
function looksLikeSqlite(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_MAGIC.length);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    if (read === 0) return true;
    return read === header.length && header.equals(SQLITE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

type Inspection =
  | { kind: 'new' }
  | { kind: 'tandem'; version: number }
  | { kind: 'damaged'; problem: string }
  | { kind: 'newer'; version: number };

function damagedProblem(details: string): string {
  return (
    `The workspace file ${details}. Tandem opened it read-only and changed nothing, so you can still read and copy your work. ` +
    'To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.'
  );
}

/**
 * Looks at an existing store on a read-only connection, which never writes: is it a Tandem
 * store, from which version, and does it pass `quick_check`?
 */
function inspect(file: string): Inspection {
  if (fs.statSync(file).size === 0) return { kind: 'new' };
  if (!looksLikeSqlite(file)) throw notTandem(file, 'not a SQLite database (or one damaged beyond reading)');
  let db: Db;
  try {
    db = openConnection(file, { readOnly: true });
  } catch (e) {
    throw notTandem(file, `a file Tandem cannot read (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    let appId: number;
    let version: number;
    let tables: string[];
    try {
      appId = applicationId(db);
      version = schemaVersion(db);
      tables = db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    } catch (e) {
      if (!isSqliteError(e)) throw e;
      throw new TandemError(
        'unavailable',
        `${file} is a SQLite file so damaged that Tandem cannot tell what it holds (${e.message}). Tandem left it untouched. ` +
          `If it is your Tandem workspace, restore your latest backup into a new folder; otherwise ${CHOOSE_ANOTHER}.`,
      );
    }
    if (appId !== APPLICATION_ID) {
      if (appId !== 0 || tables.length > 0) throw notTandem(file, "another application's SQLite database");
      return { kind: 'new' };
    }
    try {
      const verdict = db.prepare<[], string>('PRAGMA quick_check(100)').pluck().all();
      if (verdict.length !== 1 || verdict[0] !== 'ok') {
        const n = verdict.length >= 100 ? 'at least 100 problems' : `${verdict.length} problem${verdict.length === 1 ? '' : 's'}`;
        return { kind: 'damaged', problem: damagedProblem(`${file} is damaged: its quick check found ${n}`) };
      }
    } catch (e) {
      if (!isSqliteError(e)) throw e;
      return { kind: 'damaged', problem: damagedProblem(`${file} is damaged (${e.message})`) };
    }
    if (version > LATEST_VERSION) return { kind: 'newer', version };
    return { kind: 'tandem', version };
  } finally {
    db.close();
  }
}

function readOnlyWorkspace(dir: string, dbPath: string, problem: string): Workspace {
  let db: Db;
  try {
    db = openConnection(dbPath, { readOnly: true });
  } catch (e) {
    throw new TandemError('unavailable', `${problem} (Opening it read-only failed too: ${e instanceof Error ? e.message : String(e)}.)`);
  }
  return { dir, dbPath, db, readOnly: true, problem, close: closeOnce(db) };
}

function closeOnce(db: Db): () => void {
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    db.close();
  };
}

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function ensureFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (!fs.statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    throw folderProblem(dir, e);
  }
}

/**
 * Opens the workspace in `dir` (created if missing): one store file, `tandem.db`, made
 * and migrated on first use. It never recreates or overwrites a store: a file that is not
 * Tandem's is refused, a damaged one or one from a newer Tandem is opened read-only.
 */
export function openWorkspace(dir: string): Workspace {
  const folder = path.resolve(dir);
  ensureFolder(folder);
  const dbPath = path.join(folder, STORE_FILE);

  let inspection: Inspection = { kind: 'new' };
  try {
    if (fs.existsSync(dbPath)) {
      if (!fs.statSync(dbPath).isFile()) throw notTandem(dbPath, 'a folder or device');
      inspection = inspect(dbPath);
    }
  } catch (e) {
    if (e instanceof TandemError) throw e;
    throw folderProblem(folder, e);
  }

  if (inspection.kind === 'damaged') return readOnlyWorkspace(folder, dbPath, inspection.problem);
  if (inspection.kind === 'tandem' && !writable(dbPath)) {
    return readOnlyWorkspace(
      folder,
      dbPath,
      `The workspace file ${dbPath} may not be written to (its permissions, or a read-only disk). It is open read-only and nothing in it was changed. ` +
        `Make the file writable to keep working, or ${CHOOSE_ANOTHER}.`,
    );
  }
  if (inspection.kind === 'newer') {
    return readOnlyWorkspace(
      folder,
      dbPath,
      `This workspace was made by a newer version of Tandem (store version ${inspection.version}; this Tandem knows up to ${LATEST_VERSION}). ` +
        'It is open read-only and nothing in it was changed. Update Tandem to keep writing in it.',
    );
  }

  let db: Db;
  try {
    db = openConnection(dbPath, { readOnly: false });
  } catch (e) {
    throw folderProblem(folder, e);
  }
  try {
    migrateStore(db);
  } catch (e) {
    db.close();
    throw storeErrorToTandemError(e);
  }
  return { dir: folder, dbPath, db, readOnly: false, problem: null, close: closeOnce(db) };
}
