import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TandemError } from '../errors';
import { storeErrorToTandemError } from './db';

/** A failure of the store itself, as better-sqlite3 throws it. */
const sqliteError = (code: string) => new Database.SqliteError(`sqlite said ${code}`, code);

describe('storeErrorToTandemError', () => {
  it('says what a person can do about each failure of the store, with the phrase the interface says again', () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ['SQLITE_CORRUPT', 'unavailable', 'core.store.damaged', /damaged.*tandem check/],
      ['SQLITE_NOTADB', 'unavailable', 'core.store.damaged', /damaged/],
      ['SQLITE_READONLY_DBMOVED', 'read_only', 'core.store.readOnly', /cannot be written to/],
      ['SQLITE_BUSY', 'unavailable', 'core.store.busy', /busy with another task/],
      ['SQLITE_LOCKED', 'unavailable', 'core.store.busy', /try again in a moment/],
      ['SQLITE_FULL', 'unavailable', 'core.store.diskFull', /disk is full.*unsaved text is still here/],
      ['SQLITE_IOERR_WRITE', 'unavailable', 'core.store.diskError', /could not be read or written/],
      ['SQLITE_CANTOPEN', 'unavailable', 'core.store.diskError', /check the disk/],
    ];
    for (const [code, errorCode, key, said] of cases) {
      const e = storeErrorToTandemError(sqliteError(code));
      expect(e, code).toBeInstanceOf(TandemError);
      expect(e, code).toMatchObject({ code: errorCode, message: expect.stringMatching(said), phrase: { key } });
      expect((e as TandemError).message, code).not.toContain('sqlite said');
    }
  });

  it('lets other failures through unchanged: they are bugs, or already said', () => {
    const constraint = sqliteError('SQLITE_CONSTRAINT_UNIQUE');
    expect(storeErrorToTandemError(constraint)).toBe(constraint);
    const plain = new Error('not the store');
    expect(storeErrorToTandemError(plain)).toBe(plain);
  });
});
