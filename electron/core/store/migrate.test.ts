import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../workspace';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { getArticle, updateTranslation } from '../articles/service';
import { searchArticles } from '../search/service';
import { APPLICATION_ID, STORE_FILE, openConnection } from './db';
import { migrateStore, schemaVersion } from './migrate';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import { getSettings } from './repositories/workspaceMeta';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-migrate-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tables(db: Database.Database): string[] {
  return db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type IN ('table', 'index', 'trigger') ORDER BY name").pluck().all();
}

describe('migrations', () => {
  it('are numbered 1, 2, … with no gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it('build a store from an empty folder that does not exist yet', () => {
    const dir = path.join(tempDir(), 'new', 'workspace');
    const ws = openWorkspace(dir);
    try {
      expect(fs.existsSync(path.join(dir, STORE_FILE))).toBe(true);
      expect(schemaVersion(ws.db)).toBe(LATEST_VERSION);
      expect(ws.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(ws.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(ws.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      expect(tables(ws.db)).toEqual(expect.arrayContaining(['articles', 'translations', 'workspace_meta', 'search_index', 'article_counts']));
      expect(getSettings(ws.db).languages).toEqual(['ru', 'en']);
      expect(getSettings(ws.db).sections.find((s) => s.id === 'opinion')?.names).toEqual({ ru: 'Мнения', en: 'Opinion' });
      expect(ws.readOnly).toBe(false);
      expect(ws.problem).toBeNull();
    } finally {
      ws.close();
    }
  });

  it('re-open is idempotent: same schema, same version, nothing written', () => {
    const dir = tempDir();
    const first = openWorkspace(dir);
    const schemaBefore = tables(first.db);
    first.close();
    const bytes = fs.readFileSync(path.join(dir, STORE_FILE));

    const second = openWorkspace(dir);
    try {
      expect(tables(second.db)).toEqual(schemaBefore);
      expect(schemaVersion(second.db)).toBe(LATEST_VERSION);
      expect(migrateStore(second.db)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    } finally {
      second.close();
    }
    expect(fs.readFileSync(path.join(dir, STORE_FILE)).equals(bytes)).toBe(true);
  });

  it('takes a version 1 store with articles to the latest: rows kept, counts 0 until the next save, no revisions', () => {
    const dir = tempDir();
    const file = path.join(dir, STORE_FILE);
    const v1 = openConnection(file, { readOnly: false });
    migrateStore(v1, [MIGRATIONS[0]!]);
    expect(schemaVersion(v1)).toBe(1);
    const id = '11111111-1111-4111-8111-111111111111';
    const T = '2024-05-01T10:00:00.000Z';
    v1.prepare("INSERT INTO articles (id, section, original_lang, created_at, updated_at) VALUES (?, 'news', 'ru', ?, ?)").run(id, T, T);
    const insert = v1.prepare(
      'INSERT INTO translations (article_id, lang, title, body, body_text, word_count, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 3, ?, ?)',
    );
    const ruBody = JSON.stringify(bodyFromParagraphs(['Министры встретились.', 'Второй абзац.']));
    insert.run(id, 'ru', 'Министры', ruBody, 'Министры встретились.\nВторой абзац.', 4, T, T);
    insert.run(id, 'en', 'Ministers', JSON.stringify(bodyFromParagraphs(['Ministers met.'])), 'Ministers met.', 2, T, T);
    v1.close();

    const ws = openWorkspace(dir);
    try {
      expect(schemaVersion(ws.db)).toBe(LATEST_VERSION);
      expect(tables(ws.db)).toEqual(expect.arrayContaining(['revisions', 'revisions_by_translation', 'translations_needing_update']));
      const article = getArticle(ws, id);
      expect(article.translations.map((t) => [t.lang, t.title, t.state, t.staleBlocks, t.missingBlocks, t.wordCount, t.revision])).toEqual([
        ['ru', 'Министры', 'original', 0, 0, 4, 3],
        ['en', 'Ministers', 'current', 0, 0, 2, 3],
      ]);
      expect(article.translations[0]?.body).toEqual(JSON.parse(ruBody));
      expect(ws.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
      expect(searchArticles(ws.db, { query: 'министр', limit: 5 }).hits).toHaveLength(1);
      // The next save of the original brings the counts: the English, unlinked, pairs by position.
      updateTranslation(ws, { articleId: id, lang: 'ru', expectedRevision: 3, patch: { body: bodyFromParagraphs(['Один.', 'Два.', 'Три.']) } });
      expect(getArticle(ws, id).translations[1]).toMatchObject({ state: 'stale', staleBlocks: 0, missingBlocks: 2 });
      expect(ws.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(1);
    } finally {
      ws.close();
    }
  });

  it('applies every pending migration in one transaction: a failing one leaves the store as it was', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, STORE_FILE));
    const failing: Migration = {
      version: 2,
      migrate(d) {
        d.exec('CREATE TABLE half_done (x)');
        throw new Error('this step cannot run');
      },
    };
    expect(() => migrateStore(db, [MIGRATIONS[0]!, failing])).toThrow('this step cannot run');
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });
});
