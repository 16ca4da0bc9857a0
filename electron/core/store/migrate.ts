import { APPLICATION_ID, type Db } from './db';
import { MIGRATIONS, type Migration } from './migrations';
import { version as LISTS_SCHEMA } from './migrations/0004-lists';
import { ensureDeskLists } from './repositories/lists';
import { getSettings, seedSettings } from './repositories/workspaceMeta';

/** The schema version a store is at (`PRAGMA user_version`); 0 for a new, empty file. */
export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function applicationId(db: Db): number {
  return Number(db.pragma('application_id', { simple: true }));
}

/**
 * Brings a store up to this Tandem's schema: every pending migration, the Tandem mark, the
 * default settings and the desk's own lists (`Editor's choice`, `Popular`, a front per
 * section), then `user_version`, all in one transaction. A store already up to
 * date is not written to. Two processes opening a new folder at once are safe: the second
 * waits for the first and finds nothing left to do.
 */
export function migrateStore(db: Db, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const latest = migrations.length;
  const initial = schemaVersion(db);
  if (initial >= latest) return { from: initial, to: initial };
  const run = db.transaction(() => {
    const from = schemaVersion(db);
    if (from >= latest) return { from, to: from };
    for (const m of migrations) {
      if (m.version > from) m.migrate(db);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    seedSettings(db);
    if (latest >= LISTS_SCHEMA) ensureDeskLists(db, getSettings(db).sections, new Date().toISOString());
    db.pragma(`user_version = ${latest}`);
    return { from, to: latest };
  });
  return run.immediate();
}
