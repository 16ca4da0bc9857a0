import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../workspace';
import { CHANGE_LOG_KEEP } from '../migrations/0006-change-log';
import { changeLogHead, changesSince } from './changes';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-changes-'));
  ws = openWorkspace(dir);
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const T = '2026-01-01T00:00:00.000Z';
const A = '11111111-1111-4111-8111-111111111111';
const M = 'a'.repeat(64);

function addArticle(id: string): void {
  ws.db
    .prepare(`INSERT INTO articles (id, section, tags, authors, original_lang, created_at, updated_at, revision) VALUES (?, 'news', '[]', '[]', 'en', ?, ?, 1)`)
    .run(id, T, T);
}

describe('the change log', () => {
  it('names the article, image or list every write touched, whatever wrote it', () => {
    const start = changeLogHead(ws.db);
    addArticle(A);
    ws.db.prepare(`UPDATE articles SET tags = '["x"]' WHERE id = ?`).run(A);
    ws.db.prepare(`INSERT INTO media (id, mime, width, height, bytes, name, created_at, updated_at) VALUES (?, 'image/png', 1, 1, 1, 'a.png', ?, ?)`).run(M, T, T);
    const listId = ws.db.prepare(`SELECT id FROM lists WHERE kind = 'popular'`).pluck().get() as string;
    ws.db.prepare(`INSERT INTO list_items (list_id, position, id, article_id, pinned, origin) VALUES (?, 0, 'i1', ?, 0, 'manual')`).run(listId, A);
    const changes = changesSince(ws.db, start);
    expect(changes).not.toBeNull();
    expect([...(changes?.articles ?? [])]).toEqual([A]);
    expect([...(changes?.media ?? [])]).toEqual([M]);
    expect([...(changes?.lists ?? [])]).toEqual([listId]);
    expect(changes?.head).toBe(changeLogHead(ws.db));

    // Deletes are named too; nothing after the head.
    const head = changeLogHead(ws.db);
    ws.db.prepare('DELETE FROM list_items WHERE list_id = ?').run(listId);
    expect([...(changesSince(ws.db, head)?.lists ?? [])]).toEqual([listId]);
    const now = changeLogHead(ws.db);
    expect(changesSince(ws.db, now)).toEqual({ head: now, articles: new Set(), media: new Set(), lists: new Set() });
  });

  it('cannot tell what changed once the rows after a position were trimmed, or for a position ahead of the store', () => {
    const start = changeLogHead(ws.db);
    addArticle(A);
    expect(changesSince(ws.db, start)).not.toBeNull();
    expect(changesSince(ws.db, changeLogHead(ws.db) + 5)).toBeNull();
    // Enough writes to trim the log: its oldest rows go, about CHANGE_LOG_KEEP remain.
    const touch = ws.db.prepare('UPDATE articles SET revision = revision + 1 WHERE id = ?');
    ws.db.transaction(() => {
      for (let i = 0; i < CHANGE_LOG_KEEP + 1_000; i++) touch.run(A);
    })();
    expect(Number(ws.db.prepare('SELECT count(*) FROM change_log').pluck().get())).toBeLessThan(CHANGE_LOG_KEEP + 1_000);
    expect(changesSince(ws.db, start)).toBeNull();
    const recent = changeLogHead(ws.db) - 10;
    expect([...(changesSince(ws.db, recent)?.articles ?? [])]).toEqual([A]);
  });
});
