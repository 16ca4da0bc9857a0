import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { createArticle, getArticle, listArticles, updateTranslation } from './articles/service';
import { createDispatcher } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { TandemError } from './errors';
import { openCore } from './index';
import { STORE_FILE } from './store/db';
import { LATEST_VERSION } from './store/migrations';
import { openWorkspace } from './workspace';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-ws-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function openError(dir: string): TandemError {
  try {
    openWorkspace(dir).close();
  } catch (e) {
    if (e instanceof TandemError) return e;
    throw e;
  }
  throw new Error('the workspace opened');
}

/** A store with enough articles that its middle holds article and search pages. */
function writeStore(dir: string, articles = 40): string[] {
  const ws = openWorkspace(dir);
  const ids: string[] = [];
  for (let i = 0; i < articles; i++) {
    const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: `Статья ${i} про ёлки`, tags: [] });
    updateTranslation(ws, {
      articleId: a.id,
      lang: 'ru',
      expectedRevision: 1,
      patch: { body: bodyFromParagraphs([`Абзац ${i}: `.padEnd(2_000, 'текст ещё и ещё ')]) },
    });
    ids.push(a.id);
  }
  ws.db.exec('VACUUM'); // no free pages: every page of the file is in use
  ws.close();
  return ids;
}

describe('openWorkspace: refusing what is not Tandem', () => {
  it('refuses a file that is not SQLite and leaves it byte-identical', () => {
    const dir = tempDir();
    const file = path.join(dir, STORE_FILE);
    const bytes = Buffer.from('Quarterly report\n'.repeat(500), 'utf8');
    fs.writeFileSync(file, bytes);
    const e = openError(dir);
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/not a Tandem workspace/);
    expect(e.message).toMatch(/left it untouched/);
    expect(e.message).toMatch(/--data DIR/);
    expect(e.message).toMatch(/TANDEM_DATA/);
    expect(e.phrase).toEqual({ key: 'core.workspace.notSqlite', params: { file } });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([STORE_FILE]);
  });

  it("refuses another application's SQLite database and leaves it byte-identical", () => {
    const dir = tempDir();
    const file = path.join(dir, STORE_FILE);
    const foreign = new Database(file);
    foreign.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me')");
    foreign.close();
    const bytes = fs.readFileSync(file);
    const e = openError(dir);
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/another application's SQLite database, not a Tandem workspace/);
    expect(e.message).toMatch(/left it untouched/);
    expect(e.phrase?.key).toBe('core.workspace.foreignDatabase');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a SQLite file marked with another application id, even with no tables', () => {
    const dir = tempDir();
    const file = path.join(dir, STORE_FILE);
    const foreign = new Database(file);
    foreign.pragma('application_id = 1234');
    foreign.close();
    const bytes = fs.readFileSync(file);
    expect(openError(dir).message).toMatch(/not a Tandem workspace/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('sets up an empty (0-byte) store file: it holds nothing to lose', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, STORE_FILE), '');
    const ws = openWorkspace(dir);
    expect(ws.readOnly).toBe(false);
    ws.close();
  });
});

describe('openWorkspace: folders it cannot use', () => {
  it('names the folder and says what to do when part of its path is a file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    const target = path.join(dir, 'a-file', 'workspace');
    const e = openError(target);
    expect(e.code).toBe('unavailable');
    expect(e.message).toContain(target);
    expect(e.message).toMatch(/a file, not a folder/);
    expect(e.message).toMatch(/--data DIR/);
    expect(e.phrase).toEqual({ key: 'core.workspace.cannotUseFolder', params: { dir: target, reason: { key: 'core.workspace.why.notDir' } } });
  });

  it('says so when the folder path is itself a file', () => {
    const dir = tempDir();
    const target = path.join(dir, 'plain-file');
    fs.writeFileSync(target, 'x');
    const e = openError(target);
    expect(e.message).toContain(target);
    expect(e.message).toMatch(/file/);
    expect(fs.readFileSync(target, 'utf8')).toBe('x');
  });

  it('refuses a folder standing where the store file should be', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, STORE_FILE));
    expect(openError(dir).message).toMatch(/not a Tandem workspace/);
  });
});

describe('openWorkspace: a damaged store opens read-only', () => {
  it('detects garbage in the middle of the file, refuses writes, and leaves the file as it was', () => {
    const dir = tempDir();
    const ids = writeStore(dir);
    const file = path.join(dir, STORE_FILE);
    const damaged = damageMiddle(dir);

    const ws = openWorkspace(dir);
    try {
      expect(ws.readOnly).toBe(true);
      expect(ws.problem).toMatch(/damaged/);
      expect(ws.problem).toMatch(/backup/);
      expect(ws.problem).toMatch(/tandem check/);
      expect(ws.problemPhrase?.key).toMatch(/^core\.workspace\.damaged\.(checkFound|checkFoundAtLeast|unreadable)$/);
      expect(ws.problemPhrase?.params?.file).toBe(file);
      expect(() => createArticle(ws, { section: 'news', originalLang: 'ru', title: 'x', tags: [] })).toThrow(
        expect.objectContaining({ code: 'read_only' }),
      );
      expect(() =>
        updateTranslation(ws, { articleId: ids[0]!, lang: 'ru', expectedRevision: 2, patch: { title: 'y' } }),
      ).toThrow(expect.objectContaining({ code: 'read_only' }));
      // What can still be read, can be read.
      expect(listArticles(ws, { limit: 5, cursor: null, sort: 'updated', trash: false }).items.length).toBeGreaterThan(0);
    } finally {
      ws.close();
    }
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
  });

  it('answers calls through core with the problem, and refuses writes with read_only', async () => {
    const dir = tempDir();
    writeStore(dir, 30);
    const file = path.join(dir, STORE_FILE);
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, Math.floor(size / 8192) * 4096);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(file);

    const core = openCore(dir);
    try {
      const info = await core.dispatch('workspaceInfo', {});
      expect(info).toMatchObject({ ok: true, value: { readOnly: true } });
      expect(info.ok && (info.value as { problem: string }).problem).toMatch(/damaged/);
      const write = await core.dispatch('createArticle', { section: 'news', originalLang: 'ru' });
      expect(write).toMatchObject({ ok: false, error: { code: 'read_only' } });
      expect(await core.dispatch('createSampleArticles', {})).toMatchObject({ ok: false, error: { code: 'read_only' } });
    } finally {
      core.close();
    }
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
  });

  it('opens a store from a newer Tandem read-only, asking to update Tandem', () => {
    const dir = tempDir();
    const ids = writeStore(dir, 2);
    const db = new Database(path.join(dir, STORE_FILE));
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const ws = openWorkspace(dir);
    try {
      expect(ws.readOnly).toBe(true);
      expect(ws.problem).toMatch(/newer version of Tandem/);
      expect(ws.problem).toMatch(/Update Tandem/);
      expect(ws.problemPhrase).toEqual({ key: 'core.workspace.newer', params: { version: LATEST_VERSION + 1, latest: LATEST_VERSION } });
      expect(getArticle(ws, ids[0]!).translations[0]?.title).toBe('Статья 0 про ёлки');
      expect(() => createArticle(ws, { section: 'news', originalLang: 'ru', title: 'x', tags: [] })).toThrow(/read-only/);
    } finally {
      ws.close();
    }
  });
});

describe('openWorkspace after a crash', () => {
  it('opens a store whose last writer was killed mid-stream, with every committed write in it', async () => {
    const dir = tempDir();
    openWorkspace(dir).close();
    const file = path.join(dir, STORE_FILE);
    // Another process commits articles one by one (WAL, synchronous=FULL) and says which.
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(process.argv[1]);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      const insert = db.prepare("INSERT INTO articles (id, section, original_lang, created_at, updated_at) VALUES (?, 'news', 'ru', 't', 't')");
      for (let n = 1; ; n++) { insert.run('crash-' + n); require('fs').writeSync(1, n + '\\n'); }`;
    const child = spawn(process.execPath, ['-e', script, file], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    let committed = 0;
    let buffered = '';
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line) committed = Number(line);
    });
    for (let i = 0; i < 500 && committed < 50; i++) await new Promise((r) => setTimeout(r, 10));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    expect(committed).toBeGreaterThanOrEqual(50);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);

    const ws = openWorkspace(dir);
    try {
      expect(ws.readOnly).toBe(false);
      const found = ws.db.prepare<[], number>("SELECT count(*) FROM articles WHERE id LIKE 'crash-%'").pluck().get() ?? 0;
      expect(found).toBeGreaterThanOrEqual(committed);
    } finally {
      ws.close();
    }
  });
});

/** Overwrites two pages in the middle of the store with bytes no page holds. */
function damageMiddle(dir: string): Buffer {
  const file = path.join(dir, STORE_FILE);
  const size = fs.statSync(file).size;
  const pageSize = 4096;
  const middle = Math.floor(size / pageSize / 2) * pageSize;
  const fd = fs.openSync(file, 'r+');
  const garbage = Buffer.alloc(pageSize * 2);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 251;
  fs.writeSync(fd, garbage, 0, garbage.length, middle);
  fs.closeSync(fd);
  return fs.readFileSync(file);
}

describe('openWorkspace: a large store is checked in the background', () => {
  it('checks a small store before opening, as always', () => {
    const dir = tempDir();
    writeStore(dir, 2);
    const ws = openWorkspace(dir);
    try {
      expect(ws.integrity).toBe('ok');
      expect(ws.readOnly).toBe(false);
    } finally {
      ws.close();
    }
  });

  it('opens a damaged large store writable, then turns it read-only when the check finds the damage', async () => {
    const dir = tempDir();
    const ids = writeStore(dir, 30);
    const damaged = damageMiddle(dir);
    const logged: string[] = [];

    const ws = openWorkspace(dir, { syncCheckMaxBytes: 0, log: (m) => logged.push(m) });
    const dispatch = createDispatcher(createHandlers(ws), () => {});
    try {
      expect(ws.integrity).toBe('checking');
      expect(ws.readOnly).toBe(false);
      expect(ws.problem).toBeNull();
      expect(ws.problemPhrase).toBeNull();

      await expect(ws.integrityChecked).resolves.toBe('failed');
      expect(ws.integrity).toBe('failed');
      expect(ws.readOnly).toBe(true);
      expect(ws.problem).toMatch(/damaged/);
      expect(ws.problem).toMatch(/read-only/);
      expect(ws.problem).toMatch(/backup/);
      expect(ws.problem).toMatch(/tandem check/);
      expect(ws.problemPhrase?.key).toMatch(/^core\.workspace\.damagedLater\./);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/damaged/);

      const info = await dispatch('workspaceInfo', {});
      expect(info).toMatchObject({ ok: true, value: { readOnly: true, problem: ws.problem, problemPhrase: ws.problemPhrase } });
      expect(ws.problemPhrase?.key).toMatch(/^core\.workspace\./);
      expect(await dispatch('createArticle', { section: 'news', originalLang: 'ru' })).toMatchObject({
        ok: false,
        error: { code: 'read_only' },
      });
      expect(
        await dispatch('updateTranslation', { articleId: ids[0]!, lang: 'ru', expectedRevision: 2, patch: { title: 'y' } }),
      ).toMatchObject({ ok: false, error: { code: 'read_only' } });
      // Reads still work, on the read-only connection.
      expect(await dispatch('listArticles', { limit: 5 })).toMatchObject({ ok: true });
    } finally {
      ws.close();
    }
    expect(fs.readFileSync(path.join(dir, STORE_FILE)).equals(damaged)).toBe(true);
  });

  it('keeps a sound large store writable once the check passes', async () => {
    const dir = tempDir();
    writeStore(dir, 5);
    const logged: string[] = [];
    const ws = openWorkspace(dir, { syncCheckMaxBytes: 0, log: (m) => logged.push(m) });
    try {
      expect(ws.integrity).toBe('checking');
      // Writes are taken while the check runs.
      createArticle(ws, { section: 'news', originalLang: 'ru', title: 'во время проверки', tags: [] });
      await expect(ws.integrityChecked).resolves.toBe('ok');
      expect(ws.integrity).toBe('ok');
      expect(ws.readOnly).toBe(false);
      expect(ws.problem).toBeNull();
      createArticle(ws, { section: 'news', originalLang: 'ru', title: 'после проверки', tags: [] });
      expect(listArticles(ws, { limit: 50, cursor: null, sort: 'updated', trash: false }).items).toHaveLength(7);
      expect(logged).toEqual([]);
    } finally {
      ws.close();
    }
  });

  it('stops the check cleanly when the workspace closes first', async () => {
    const dir = tempDir();
    writeStore(dir, 30);
    const damaged = damageMiddle(dir);
    const logged: string[] = [];
    const ws = openWorkspace(dir, { syncCheckMaxBytes: 0, log: (m) => logged.push(m) });
    expect(ws.integrity).toBe('checking');
    expect(() => ws.close()).not.toThrow();
    expect(() => ws.close()).not.toThrow();
    await expect(ws.integrityChecked).resolves.toBe('checking');
    // Whatever the stopped check would have said is not acted on.
    await new Promise((r) => setTimeout(r, 200));
    expect(ws.readOnly).toBe(false);
    expect(logged).toEqual([]);
    expect(fs.readFileSync(path.join(dir, STORE_FILE)).equals(damaged)).toBe(true);
  });

  it('checks a large store that needs migrating before it migrates', () => {
    const dir = tempDir();
    writeStore(dir, 30);
    const db = new Database(path.join(dir, STORE_FILE));
    db.pragma(`user_version = ${LATEST_VERSION - 1}`);
    db.close();
    const damaged = damageMiddle(dir);
    const ws = openWorkspace(dir, { syncCheckMaxBytes: 0 });
    try {
      expect(ws.integrity).toBe('failed');
      expect(ws.readOnly).toBe(true);
      expect(ws.problem).toMatch(/damaged/);
    } finally {
      ws.close();
    }
    expect(fs.readFileSync(path.join(dir, STORE_FILE)).equals(damaged)).toBe(true);
  });
});
