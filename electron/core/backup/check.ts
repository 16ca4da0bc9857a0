import fs from 'node:fs';
import { APPLICATION_ID, openConnection, type Db } from '../store/db';
import { applicationId, schemaVersion } from '../store/migrate';
import { LATEST_VERSION } from '../store/migrations';
import { countArticles } from '../store/repositories/articles';
import { hasSqliteHeader, storePath } from './store-file';

export interface CheckResult {
  ok: boolean;
  /** One sentence a person understands: sound or not, and what to do. */
  verdict: string;
  /** What SQLite found wrong, line by line (at most 100). */
  problems: string[];
}

const RESTORE =
  'Tandem did not change the file. Restore your latest backup into a new folder and open that (keep the damaged file until you are sure nothing is missing).';

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function fullCheck(db: Db): string[] {
  const problems: string[] = [];
  try {
    const rows = db.prepare<[], string>('PRAGMA integrity_check(100)').pluck().all();
    if (!(rows.length === 1 && rows[0] === 'ok')) problems.push(...rows);
  } catch (e) {
    problems.push(messageOf(e));
  }
  if (problems.length > 0) return problems;
  try {
    const orphans = db.prepare('PRAGMA foreign_key_check').all();
    if (orphans.length > 0) problems.push(`${orphans.length} record(s) refer to articles that do not exist`);
  } catch (e) {
    problems.push(messageOf(e));
  }
  return problems;
}

/**
 * A full integrity check of the workspace's store, on a read-only connection that never
 * writes to it, with a verdict people understand.
 */
export function checkWorkspace(dir: string): CheckResult {
  const { folder, dbPath } = storePath(dir);
  if (!fs.existsSync(dbPath)) {
    return { ok: false, verdict: `There is no Tandem workspace in ${folder}. Check --data DIR (or TANDEM_DATA).`, problems: [] };
  }
  if (fs.statSync(dbPath).size === 0) {
    return { ok: true, verdict: `The workspace in ${folder} is empty: Tandem will set it up the next time it opens it.`, problems: [] };
  }
  if (!hasSqliteHeader(dbPath)) {
    return {
      ok: false,
      verdict: `${dbPath} is not a SQLite database: either it is not a Tandem workspace, or it is damaged beyond reading. ${RESTORE}`,
      problems: ['the file does not start with a SQLite header'],
    };
  }
  let db: Db;
  try {
    db = openConnection(dbPath, { readOnly: true });
  } catch (e) {
    return { ok: false, verdict: `The workspace in ${folder} could not be opened: it is damaged or unreadable. ${RESTORE}`, problems: [messageOf(e)] };
  }
  try {
    let appId: number;
    let version: number;
    try {
      appId = applicationId(db);
      version = schemaVersion(db);
    } catch (e) {
      return { ok: false, verdict: `The workspace in ${folder} is damaged: its header cannot be read. ${RESTORE}`, problems: [messageOf(e)] };
    }
    if (appId !== APPLICATION_ID) {
      return {
        ok: false,
        verdict: `${dbPath} is another application's SQLite database, not a Tandem workspace. Tandem left it untouched.`,
        problems: [],
      };
    }
    const problems = fullCheck(db);
    if (problems.length > 0) {
      const n = problems.length >= 100 ? 'at least 100 problems' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
      return { ok: false, verdict: `The workspace in ${folder} is damaged: the integrity check found ${n}. ${RESTORE}`, problems };
    }
    const counts = countArticles(db);
    const newer = version > LATEST_VERSION ? ' It was made by a newer Tandem: update Tandem to write in it.' : '';
    return {
      ok: true,
      verdict: `The workspace in ${folder} is sound: ${counts.live} article${counts.live === 1 ? '' : 's'} (${counts.trash} in the trash), store version ${version}; the full integrity check passed.${newer}`,
      problems: [],
    };
  } finally {
    db.close();
  }
}
