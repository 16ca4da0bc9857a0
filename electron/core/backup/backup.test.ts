import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { createArticle, updateTranslation } from '../articles/service';
import { STORE_FILE } from '../store/db';
import { openWorkspace } from '../workspace';
import { backupWorkspace } from './backup';
import { checkWorkspace } from './check';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-backup-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function fillStore(dir: string, n: number): void {
  const ws = openWorkspace(dir);
  ws.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: `Статья ${i}`, tags: ['ə'] });
      updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { body: bodyFromParagraphs(['Текст '.repeat(300)]) } });
    }
  })();
  ws.close();
}

/** Another process writing to the store as fast as it can until it is stopped. */
function startWriter(dbPath: string): { running: () => boolean; stop: () => Promise<void> } {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1], { timeout: 5000 });
    db.pragma('journal_mode = WAL');
    const insert = db.prepare("INSERT INTO articles (id, section, original_lang, created_at, updated_at) VALUES (?, 'news', 'ru', ?, ?)");
    for (let n = 0; ; n++) {
      const t = new Date().toISOString();
      insert.run('w-' + process.pid + '-' + n, t, t);
    }`;
  const child = spawn(process.execPath, ['-e', script, dbPath], { cwd: process.cwd(), stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.once('exit', () => (exited = true));
  return {
    running: () => !exited,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('backupWorkspace', () => {
  it('copies a store while another process writes to it; the copy passes the full check', async () => {
    const dir = tempDir();
    fillStore(dir, 150);
    const dbPath = path.join(dir, STORE_FILE);
    const watcher = openWorkspace(dir);
    const written = () => watcher.db.prepare<[], number>("SELECT count(*) FROM articles WHERE id LIKE 'w-%'").pluck().get() ?? 0;
    const writer = startWriter(dbPath);
    let atStart: number;
    let atEnd: number;
    let bytes: number;
    const to = path.join(tempDir(), 'copy.sqlite');
    try {
      await waitFor(() => written() > 10);
      atStart = written();
      ({ bytes } = await backupWorkspace(dir, to));
      expect(writer.running()).toBe(true);
    } finally {
      await writer.stop();
      atEnd = written();
      watcher.close();
    }
    expect(atEnd).toBeGreaterThan(atStart);
    expect(bytes).toBe(fs.statSync(to).size);
    expect(fs.readdirSync(path.dirname(to))).toEqual(['copy.sqlite']);

    const restored = tempDir();
    fs.copyFileSync(to, path.join(restored, STORE_FILE));
    const verdict = checkWorkspace(restored);
    expect(verdict.ok).toBe(true);
    expect(verdict.verdict).toMatch(/sound/);
    const ws = openWorkspace(restored);
    try {
      const live = ws.db.prepare<[], number>("SELECT count(*) FROM articles WHERE id NOT LIKE 'w-%'").pluck().get();
      expect(live).toBe(150);
      const copied = ws.db.prepare<[], number>("SELECT count(*) FROM articles WHERE id LIKE 'w-%'").pluck().get() ?? 0;
      expect(copied).toBeGreaterThanOrEqual(atStart);
      expect(copied).toBeLessThanOrEqual(atEnd);
    } finally {
      ws.close();
    }
    expect(checkWorkspace(dir).ok).toBe(true);
  });

  it('never overwrites a file, and refuses what is not a Tandem workspace', async () => {
    const dir = tempDir();
    fillStore(dir, 2);
    const to = path.join(tempDir(), 'existing.sqlite');
    fs.writeFileSync(to, 'precious');
    await expect(backupWorkspace(dir, to)).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/already exists/) });
    await expect(backupWorkspace(dir, to)).rejects.toMatchObject({ phrase: { key: 'core.backup.alreadyExists', params: { target: to } } });
    expect(fs.readFileSync(to, 'utf8')).toBe('precious');

    await expect(backupWorkspace(tempDir(), path.join(tempDir(), 'x.sqlite'))).rejects.toMatchObject({
      message: expect.stringMatching(/no Tandem workspace/),
    });
    const notStore = tempDir();
    fs.writeFileSync(path.join(notStore, STORE_FILE), 'plain text');
    await expect(backupWorkspace(notStore, path.join(tempDir(), 'y.sqlite'))).rejects.toMatchObject({
      message: expect.stringMatching(/not a Tandem workspace/),
      phrase: { key: 'core.backup.notSqlite' },
    });
  });
});

describe('checkWorkspace', () => {
  it('says a sound store is sound, without writing to it', () => {
    const dir = tempDir();
    fillStore(dir, 3);
    const file = path.join(dir, STORE_FILE);
    const bytes = fs.readFileSync(file);
    const result = checkWorkspace(dir);
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.verdict).toMatch(/3 articles/);
    expect(result.verdictPhrase).toMatchObject({ key: 'core.backup.check.sound', params: { count: 3, trash: 0 } });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('says a damaged store is damaged, lists what is wrong and what to do, and changes nothing', () => {
    const dir = tempDir();
    fillStore(dir, 60);
    const file = path.join(dir, STORE_FILE);
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, Math.floor(size / 4096 / 2) * 4096);
    fs.closeSync(fd);
    const bytes = fs.readFileSync(file);
    const result = checkWorkspace(dir);
    expect(result.ok).toBe(false);
    expect(result.verdict).toMatch(/damaged/);
    expect(result.verdict).toMatch(/backup/);
    expect(result.verdictPhrase.key).toMatch(/^core\.backup\.check\.(damaged|damagedAtLeast|headerUnreadable|cannotOpen)$/);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('says when there is no workspace, or the file is not one', () => {
    const empty = tempDir();
    expect(checkWorkspace(empty)).toMatchObject({ ok: false, verdict: expect.stringMatching(/no Tandem workspace/) });
    fs.writeFileSync(path.join(empty, STORE_FILE), 'not sqlite at all');
    expect(checkWorkspace(empty)).toMatchObject({
      ok: false,
      verdict: expect.stringMatching(/not a SQLite database/),
      verdictPhrase: { key: 'core.backup.check.notSqlite' },
      problems: ['the file does not start with a SQLite header'],
    });
  });
});
