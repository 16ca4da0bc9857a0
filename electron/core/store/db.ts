import Database from 'better-sqlite3';
import { registerSearchFunctions } from '../search/analyzer';
import { TandemError } from '../errors';
import { say } from '../said';

/** The store file inside a workspace folder. */
export const STORE_FILE = 'tandem.db';

/** Marks a SQLite file as a Tandem store (`PRAGMA application_id`): "Tand" in ASCII. */
export const APPLICATION_ID = 0x54616e64;

/** How long a write waits for another connection (the app, `tandem backup`) to finish. */
export const BUSY_TIMEOUT_MS = 5_000;

export type Db = Database.Database;

/**
 * Opens a connection with the settings every Tandem connection uses. A read-only
 * connection never writes to the file; a writable one switches the store to WAL.
 */
export function openConnection(file: string, options: { readOnly: boolean }): Db {
  const db = new Database(file, { readonly: options.readOnly, fileMustExist: options.readOnly, timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    if (!options.readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    registerSearchFunctions(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** One set of prepared statements per connection, built on first use. */
export function cachedStatements<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let statements = cache.get(db);
    if (statements === undefined) {
      statements = build(db);
      cache.set(db, statements);
    }
    return statements;
  };
}

/**
 * Statements whose SQL depends on a call's shape (which filters it has), prepared once per
 * connection and shape. Each caller keeps its own cache; `key` names the shape and `sql`
 * builds the text the first time that shape is seen.
 */
export function statementsByShape<P extends unknown[] | object, R>(): (db: Db, key: string, sql: () => string) => Database.Statement<P, R> {
  const cache = new WeakMap<Db, Map<string, Database.Statement<P, R>>>();
  return (db, key, sql) => {
    let byKey = cache.get(db);
    if (byKey === undefined) {
      byKey = new Map();
      cache.set(db, byKey);
    }
    let statement = byKey.get(key);
    if (statement === undefined) {
      statement = db.prepare<P, R>(sql());
      byKey.set(key, statement);
    }
    return statement;
  };
}

export function isSqliteError(e: unknown): e is InstanceType<typeof Database.SqliteError> {
  return e instanceof Database.SqliteError;
}

/**
 * What a person should hear when the store itself fails a call: a damaged file, a full
 * disk, another program holding the lock. Other errors pass through unchanged.
 */
export function storeErrorToTandemError(e: unknown): unknown {
  if (!isSqliteError(e)) return e;
  const code = e.code;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new TandemError('unavailable', say('core.store.damaged'));
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new TandemError('read_only', say('core.store.readOnly'));
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new TandemError('unavailable', say('core.store.busy'));
  }
  if (code === 'SQLITE_FULL') {
    return new TandemError('unavailable', say('core.store.diskFull'));
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new TandemError('unavailable', say('core.store.diskError'));
  }
  return e;
}
