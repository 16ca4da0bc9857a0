import fs from 'node:fs';
import path from 'node:path';
import type { InnerPhrase } from '../../shared/contract/phrase';
import { TandemError } from './errors';
import { say, within, type Sentence, type Value } from './said';
import { APPLICATION_ID, STORE_FILE, isSqliteError, openConnection, storeErrorToTandemError, type Db } from './store/db';
import { quickCheck, quickCheckInBackground, SYNC_CHECK_MAX_BYTES, type BackgroundCheck, type QuickCheckFinding } from './store/integrity';
import { applicationId, migrateStore, schemaVersion } from './store/migrate';
import { LATEST_VERSION } from './store/migrations';

/** Whether the store has passed its `quick_check`: still running, passed, or failed. */
export type IntegrityState = 'checking' | 'ok' | 'failed';

/** An open workspace: its folder, its store and whether it may be written. */
export interface Workspace {
  readonly dir: string;
  readonly dbPath: string;
  /** The store connection; a read-only one once a background check finds damage. */
  readonly db: Db;
  /**
   * True when the store is damaged or was made by a newer Tandem: reads work, writes are
   * refused. It can become true while the workspace is open, when a background check finds damage.
   */
  readonly readOnly: boolean;
  /** Why the workspace is read-only and what to do; null when all is well. */
  readonly problem: string | null;
  /**
   * The same, as a phrase the interface says in its own language; its values are plain, so
   * it can be said inside another sentence. Null when all is well; left out by test doubles.
   */
  readonly problemPhrase?: InnerPhrase | null;
  /** 'checking' while a large store is checked in the background after opening. */
  readonly integrity: IntegrityState;
  /**
   * Resolves once the check is done, with its outcome ('ok' or 'failed'); with 'checking'
   * when the workspace was closed before the check finished. Never rejects.
   */
  readonly integrityChecked: Promise<IntegrityState>;
  close(): void;
}

export interface OpenWorkspaceOptions {
  /** Stores up to this many bytes are checked before opening; larger ones in the background. */
  syncCheckMaxBytes?: number;
  /** Hears what goes wrong after opening: damage found by the background check, a failed check. */
  log?: (message: string) => void;
}


/** The system's error codes Tandem says in words (core.workspace.why). */
const REASONS = {
  ENOTDIR: 'core.workspace.why.notDir',
  EEXIST: 'core.workspace.why.inTheWay',
  EACCES: 'core.workspace.why.noPermission',
  EPERM: 'core.workspace.why.noPermission',
  EROFS: 'core.workspace.why.readOnlyDisk',
  ENOSPC: 'core.workspace.why.diskFull',
  ENAMETOOLONG: 'core.workspace.why.pathTooLong',
} as const;

/**
 * Why a folder cannot be created or written to, to be said inside another sentence; the
 * system's own words when Tandem has none. `except` leaves out codes the caller says otherwise.
 */
export function folderReason(e: unknown, except: readonly string[] = []): Value {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && Object.hasOwn(REASONS, code) && !except.includes(code)) {
    return within(say(REASONS[code as keyof typeof REASONS]));
  }
  return within(say('core.workspace.why.system', { detail: e instanceof Error ? e.message : String(e) }));
}

/** A folder Tandem cannot create or write to, said plainly. */
function folderProblem(dir: string, e: unknown): TandemError {
  return new TandemError('unavailable', say('core.workspace.cannotUseFolder', { dir, reason: folderReason(e) }));
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
  | { kind: 'tandem'; version: number; checked: boolean }
  | { kind: 'damaged'; problem: Sentence }
  | { kind: 'newer'; version: number };

/** Why a damaged store is read-only; `foundAfterOpening` when the background check found it. */
function damagedProblem(finding: NonNullable<QuickCheckFinding>, foundAfterOpening = false): Sentence {
  const { file } = finding;
  if ('detail' in finding) {
    const detail = finding.detail;
    return foundAfterOpening ? say('core.workspace.damagedLater.unreadable', { file, detail }) : say('core.workspace.damaged.unreadable', { file, detail });
  }
  const count = finding.problems;
  if (finding.atLeast) {
    return foundAfterOpening
      ? say('core.workspace.damagedLater.checkFoundAtLeast', { file, count })
      : say('core.workspace.damaged.checkFoundAtLeast', { file, count });
  }
  return foundAfterOpening ? say('core.workspace.damagedLater.checkFound', { file, count }) : say('core.workspace.damaged.checkFound', { file, count });
}

/**
 * Looks at an existing store on a read-only connection, which never writes: is it a Tandem
 * store, from which version, and does it pass `quick_check`? With `mayDefer`, a store at this
 * Tandem's version is not checked here (`checked: false`); the caller checks it in the background.
 */
function inspect(file: string, mayDefer: boolean): Inspection {
  if (fs.statSync(file).size === 0) return { kind: 'new' };
  if (!looksLikeSqlite(file)) throw new TandemError('unavailable', say('core.workspace.notSqlite', { file }));
  let db: Db;
  try {
    db = openConnection(file, { readOnly: true });
  } catch (e) {
    throw new TandemError('unavailable', say('core.workspace.unreadable', { file, detail: e instanceof Error ? e.message : String(e) }));
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
      throw new TandemError('unavailable', say('core.workspace.tooDamaged', { file, detail: e.message }));
    }
    if (appId !== APPLICATION_ID) {
      if (appId !== 0 || tables.length > 0) throw new TandemError('unavailable', say('core.workspace.foreignDatabase', { file }));
      return { kind: 'new' };
    }
    // A store that needs migrating is checked first: a migration must not write into damage.
    if (mayDefer && version === LATEST_VERSION) return { kind: 'tandem', version, checked: false };
    const finding = quickCheck(db, file);
    if (finding !== null) return { kind: 'damaged', problem: damagedProblem(finding) };
    if (version > LATEST_VERSION) return { kind: 'newer', version };
    return { kind: 'tandem', version, checked: true };
  } finally {
    db.close();
  }
}

/** Why a workspace is read-only, as a phrase the interface can say inside its own sentences; null when it cannot be. */
function phraseOf(said: Sentence): InnerPhrase | null {
  const value = within(said);
  return typeof value === 'string' ? null : value;
}

function readOnlyWorkspace(dir: string, dbPath: string, said: Sentence, integrity: IntegrityState): Workspace {
  const problemPhrase = phraseOf(said);
  let db: Db;
  try {
    db = openConnection(dbPath, { readOnly: true });
  } catch (e) {
    throw new TandemError('unavailable', say('core.workspace.readOnlyFailed', { problem: within(said), detail: e instanceof Error ? e.message : String(e) }));
  }
  let closed = false;
  return {
    dir,
    dbPath,
    db,
    readOnly: true,
    problem: said.message,
    problemPhrase,
    integrity,
    integrityChecked: Promise.resolve(integrity),
    close: () => {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}

/**
 * A writable workspace. When `check` is given, the store's `quick_check` is still running in
 * the background; if it finds damage, the workspace turns read-only: writes are refused from
 * then on and the store is served from a read-only connection, which never writes to it.
 */
function writableWorkspace(dir: string, dbPath: string, writer: Db, check: BackgroundCheck | null, log: (message: string) => void): Workspace {
  let db = writer;
  let problem: Sentence | null = null;
  let integrity: IntegrityState = check === null ? 'ok' : 'checking';
  let closed = false;

  const turnReadOnly = (finding: NonNullable<QuickCheckFinding>): void => {
    const said = damagedProblem(finding, true);
    problem = said;
    integrity = 'failed';
    log(said.message);
    try {
      writer.pragma('query_only = ON');
    } catch {
      // Writes are refused before they reach the store in any case.
    }
    try {
      // Opened before the writer closes, so that closing it leaves the file as it is.
      db = openConnection(dbPath, { readOnly: true });
      writer.close();
    } catch (e) {
      log(`Tandem kept its own connection to the damaged store: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const integrityChecked: Promise<IntegrityState> =
    check === null
      ? Promise.resolve(integrity)
      : check.done.then((finding) => {
          if (finding === 'stopped' || closed) return integrity;
          if (finding === null) integrity = 'ok';
          else turnReadOnly(finding);
          return integrity;
        })
        .catch(() => integrity);

  return {
    dir,
    dbPath,
    get db() {
      return db;
    },
    get readOnly() {
      return problem !== null;
    },
    get problem() {
      return problem?.message ?? null;
    },
    get problemPhrase() {
      return problem === null ? null : phraseOf(problem);
    },
    get integrity() {
      return integrity;
    },
    integrityChecked,
    close: () => {
      if (closed) return;
      closed = true;
      check?.stop();
      db.close();
      if (db !== writer && writer.open) writer.close();
    },
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
 * A store larger than `syncCheckMaxBytes` opens at once and is checked in the background
 * (`integrity`, `integrityChecked`); if damage is found, the workspace turns read-only then.
 */
export function openWorkspace(dir: string, options: OpenWorkspaceOptions = {}): Workspace {
  const syncCheckMaxBytes = options.syncCheckMaxBytes ?? SYNC_CHECK_MAX_BYTES;
  const log = options.log ?? ((message: string) => console.error(message));
  const folder = path.resolve(dir);
  ensureFolder(folder);
  const dbPath = path.join(folder, STORE_FILE);

  let inspection: Inspection = { kind: 'new' };
  let fileWritable = true;
  try {
    if (fs.existsSync(dbPath)) {
      const stat = fs.statSync(dbPath);
      if (!stat.isFile()) throw new TandemError('unavailable', say('core.workspace.notAFile', { file: dbPath }));
      fileWritable = writable(dbPath);
      // Only a store that will open writable is checked later: until then it is served as sound.
      inspection = inspect(dbPath, fileWritable && stat.size > syncCheckMaxBytes);
    }
  } catch (e) {
    if (e instanceof TandemError) throw e;
    throw folderProblem(folder, e);
  }

  if (inspection.kind === 'damaged') return readOnlyWorkspace(folder, dbPath, inspection.problem, 'failed');
  if (inspection.kind === 'tandem' && !fileWritable) {
    return readOnlyWorkspace(
      folder,
      dbPath,
      say('core.workspace.notWritable', { file: dbPath }),
      'ok',
    );
  }
  if (inspection.kind === 'newer') {
    return readOnlyWorkspace(
      folder,
      dbPath,
      say('core.workspace.newer', { version: inspection.version, latest: LATEST_VERSION }),
      'ok',
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
  const deferred = inspection.kind === 'tandem' && !inspection.checked;
  const check = deferred ? quickCheckInBackground(dbPath, (e) => log(`The background integrity check could not run in a worker: ${e instanceof Error ? e.message : String(e)}`)) : null;
  return writableWorkspace(folder, dbPath, db, check, log);
}
