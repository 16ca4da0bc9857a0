import type { Database } from 'better-sqlite3';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-block-staleness-and-revisions';
import * as m0003 from './0003-media';
import * as m0004 from './0004-lists';
import * as m0005 from './0005-export-index';
import * as m0006 from './0006-change-log';

/** One forward-only step of the schema: `migrate` takes a store at `version - 1` to `version`. */
export interface Migration {
  readonly version: number;
  migrate(db: Database): void;
}

/** Every migration, in order. A new one is a new numbered file added at the end. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006];

/** The schema version this Tandem writes; a store with a higher `user_version` is from a newer Tandem. */
export const LATEST_VERSION = MIGRATIONS.length;

for (const [i, m] of MIGRATIONS.entries()) {
  if (m.version !== i + 1) throw new Error(`Migration ${m.version} is out of order: expected ${i + 1}.`);
}
