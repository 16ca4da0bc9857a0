import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { BUSY_TIMEOUT_MS, isSqliteError, openConnection, type Db } from './db';

/**
 * Stores up to this size are checked with `quick_check` before the workspace opens. Larger
 * ones open at once and are checked in the background: at 100k articles (3.5 GB) the check
 * takes 7–10 s, too long to keep the app from answering.
 */
export const SYNC_CHECK_MAX_BYTES = 256 * 1024 * 1024;

/** At most this many problems are listed by a check. */
const MAX_PROBLEMS = 100;

/**
 * What `quick_check` said: null when the store is sound; otherwise how many problems it
 * found (`atLeast` when it stopped listing them), or what SQLite said when the check
 * itself could not run. The workspace says it to the person (workspace.ts).
 */
export type QuickCheckFinding =
  | null
  | { readonly file: string; readonly problems: number; readonly atLeast: boolean }
  | { readonly file: string; readonly detail: string };

/** The finding for the rows `PRAGMA quick_check` returned. */
function findingOfRows(file: string, rows: readonly string[]): QuickCheckFinding {
  if (rows.length === 1 && rows[0] === 'ok') return null;
  return rows.length >= MAX_PROBLEMS ? { file, problems: MAX_PROBLEMS, atLeast: true } : { file, problems: rows.length, atLeast: false };
}

function findingOfError(file: string, message: string): QuickCheckFinding {
  return { file, detail: message };
}

/** Runs `quick_check` on an open connection; a store so damaged that the check itself fails is damaged too. */
export function quickCheck(db: Db, file: string): QuickCheckFinding {
  try {
    return findingOfRows(file, db.prepare<[], string>(`PRAGMA quick_check(${MAX_PROBLEMS})`).pluck().all());
  } catch (e) {
    if (!isSqliteError(e)) throw e;
    return findingOfError(file, e.message);
  }
}

/** Opens the file read-only, which never writes to it, and runs `quick_check`. */
function quickCheckFile(file: string): QuickCheckFinding {
  let db: Db;
  try {
    db = openConnection(file, { readOnly: true });
  } catch (e) {
    if (!isSqliteError(e)) throw e;
    return findingOfError(file, e.message);
  }
  try {
    return quickCheck(db, file);
  } finally {
    db.close();
  }
}

/** What the background check posts back. */
type WorkerReply = { rows: string[] } | { sqliteError: string };

/**
 * The background check, as plain JavaScript run from a string, so it needs no file of its
 * own next to the bundled command. It opens its own read-only connection.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db = null;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, timeout: workerData.busyTimeout });
  db.pragma('busy_timeout = ' + workerData.busyTimeout);
  const rows = db.prepare('PRAGMA quick_check(' + workerData.maxProblems + ')').pluck().all();
  parentPort.postMessage({ rows });
} catch (e) {
  if (!(e instanceof Database.SqliteError)) throw e;
  parentPort.postMessage({ sqliteError: e.message });
} finally {
  if (db !== null) db.close();
}
`;

function isWorkerReply(value: unknown): value is WorkerReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (Array.isArray(v.rows) && v.rows.every((r) => typeof r === 'string')) || typeof v.sqliteError === 'string';
}

/** A check running in the background. */
export interface BackgroundCheck {
  /** Resolves with the finding, or with 'stopped' when `stop` came first. Never rejects. */
  readonly done: Promise<QuickCheckFinding | 'stopped'>;
  /** Ends the check without waiting for it; safe to call at any time, more than once. */
  stop(): void;
}

/**
 * Runs `quick_check` on `file` in a worker thread, off the thread that answers calls. If the
 * worker cannot run at all, the check runs here instead: slower to answer once, but the store
 * is still checked. `onInternalError` hears why the worker failed.
 */
export function quickCheckInBackground(file: string, onInternalError: (e: unknown) => void = console.error): BackgroundCheck {
  let stopped = false;
  let worker: Worker | null = null;
  let settle: (value: QuickCheckFinding | 'stopped') => void = () => {};
  const done = new Promise<QuickCheckFinding | 'stopped'>((resolve) => {
    settle = resolve;
  });

  const checkHere = (why: unknown): void => {
    onInternalError(why);
    setImmediate(() => {
      if (stopped) return;
      try {
        settle(quickCheckFile(file));
      } catch (e) {
        onInternalError(e);
        settle(findingOfError(file, e instanceof Error ? e.message : String(e)));
      }
    });
  };

  try {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver, file, busyTimeout: BUSY_TIMEOUT_MS, maxProblems: MAX_PROBLEMS },
    });
  } catch (e) {
    checkHere(e);
  }

  let answered = false;
  worker?.unref();
  worker?.on('message', (reply: unknown) => {
    if (answered || stopped) return;
    if (!isWorkerReply(reply)) return;
    answered = true;
    settle('rows' in reply ? findingOfRows(file, reply.rows) : findingOfError(file, reply.sqliteError));
  });
  worker?.on('error', (e) => {
    if (answered || stopped) return;
    answered = true;
    checkHere(e);
  });
  worker?.on('exit', (code) => {
    if (answered || stopped) return;
    answered = true;
    checkHere(new Error(`The background integrity check stopped early (exit code ${code}).`));
  });

  return {
    done,
    stop: () => {
      if (stopped) return;
      stopped = true;
      settle('stopped');
      void worker?.terminate().catch(() => {});
    },
  };
}
