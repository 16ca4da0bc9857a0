import fs from 'node:fs';
import type { Phrase } from '../../../shared/contract/phrase';
import { say, type Sentence } from '../said';
import { APPLICATION_ID, openConnection, type Db } from '../store/db';
import { applicationId, schemaVersion } from '../store/migrate';
import { LATEST_VERSION } from '../store/migrations';
import { countArticles } from '../store/repositories/articles';
import { hasSqliteHeader, storePath } from './store-file';

export interface CheckResult {
  ok: boolean;
  /** One sentence a person understands: sound or not, and what to do. */
  verdict: string;
  /** The verdict as a phrase, to be said in the interface's language. */
  verdictPhrase: Phrase;
  /** What SQLite found wrong, line by line (at most 100). */
  problems: string[];
}

/** At most this many problems are listed by the full check. */
const MAX_PROBLEMS = 100;

function result(ok: boolean, verdict: Sentence, problems: string[]): CheckResult {
  return { ok, verdict: verdict.message, verdictPhrase: verdict.phrase, problems };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function fullCheck(db: Db): string[] {
  const problems: string[] = [];
  try {
    const rows = db.prepare<[], string>(`PRAGMA integrity_check(${MAX_PROBLEMS})`).pluck().all();
    if (!(rows.length === 1 && rows[0] === 'ok')) problems.push(...rows);
  } catch (e) {
    problems.push(messageOf(e));
  }
  if (problems.length > 0) return problems;
  try {
    const orphans = db.prepare('PRAGMA foreign_key_check').all();
    if (orphans.length > 0) problems.push(say('core.backup.check.orphans', { count: orphans.length }).message);
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
  if (!fs.existsSync(dbPath)) return result(false, say('core.backup.check.noWorkspace', { folder }), []);
  if (fs.statSync(dbPath).size === 0) return result(true, say('core.backup.check.empty', { folder }), []);
  if (!hasSqliteHeader(dbPath)) {
    return result(false, say('core.backup.check.notSqlite', { file: dbPath }), [say('core.backup.check.noHeader').message]);
  }
  let db: Db;
  try {
    db = openConnection(dbPath, { readOnly: true });
  } catch (e) {
    return result(false, say('core.backup.check.cannotOpen', { folder }), [messageOf(e)]);
  }
  try {
    let appId: number;
    let version: number;
    try {
      appId = applicationId(db);
      version = schemaVersion(db);
    } catch (e) {
      return result(false, say('core.backup.check.headerUnreadable', { folder }), [messageOf(e)]);
    }
    if (appId !== APPLICATION_ID) return result(false, say('core.backup.check.foreignDatabase', { file: dbPath }), []);
    const problems = fullCheck(db);
    if (problems.length > 0) {
      const count = problems.length >= MAX_PROBLEMS ? MAX_PROBLEMS : problems.length;
      const key = problems.length >= MAX_PROBLEMS ? 'core.backup.check.damagedAtLeast' : 'core.backup.check.damaged';
      return result(false, say(key, { folder, count }), problems);
    }
    const counts = countArticles(db);
    const values = { folder, count: counts.live, trash: counts.trash, version };
    const sound = version > LATEST_VERSION ? say('core.backup.check.soundNewer', values) : say('core.backup.check.sound', values);
    return result(true, sound, []);
  } finally {
    db.close();
  }
}
