import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RevisionSummary } from '../../../shared/contract';
import { blocksOf, linkTo } from '../../../shared/editor/blocks';
import type { Body } from '../../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { createArticle, deleteArticle, getArticle, updateTranslation } from '../articles/service';
import { setClock } from '../articles/rules';
import { insertRevision, listRevisionSummaries } from '../store/repositories/revisions';
import { openWorkspace, type Workspace } from '../workspace';
import { compressText, encodeText } from './content';
import { AUTO_REVISION_INTERVAL_MS } from './policy';
import { getRevision, listRevisions, restoreRevision, saveRevision, toRevisionSummary } from './service';
import { thrownBy } from '../testing';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

let dir: string;
let ws: Workspace;
let clock: number;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-revisions-'));
  ws = openWorkspace(dir);
  clock = Date.UTC(2025, 5, 30, 9, 0, 0);
  setClock(() => clock);
});
afterEach(() => {
  setClock(null);
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});


const history = (articleId: string, lang = 'ru'): RevisionSummary[] => listRevisions(ws, { articleId, lang, limit: 500 }).items;
/** Every revision of a translation, past the contract's page limit. */
const everyRevision = (articleId: string): RevisionSummary[] => listRevisionSummaries(ws.db, articleId, 'ru', 1_000_000).map(toRevisionSummary);

/** A Russian article and a writer that saves a body against the current revision. */
function article() {
  const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: 'Женева', tags: [] });
  const write = (lang: string, patch: Parameters<typeof updateTranslation>[1]['patch']) => {
    const current = getArticle(ws, a.id).translations.find((t) => t.lang === lang);
    return updateTranslation(ws, { articleId: a.id, lang, expectedRevision: current?.revision ?? 0, patch });
  };
  // One body per length, so that the same words are the same body (block ids included).
  const bodies = new Map<number, Body>();
  const words = (n: number): Body => {
    const body = bodies.get(n) ?? bodyFromParagraphs([Array.from({ length: n }, (_, i) => `слово${i}`).join(' ')]);
    bodies.set(n, body);
    return body;
  };
  return { id: a.id, write, words };
}

/** Revisions are listed newest first, each delta counting from the one listed after it. */
function expectConsistentDeltas(items: readonly RevisionSummary[]): void {
  for (let i = 0; i < items.length; i++) {
    const older = items[i + 1];
    expect(items[i]!.wordDelta, `delta of ${i}`).toBe(items[i]!.wordCount - (older?.wordCount ?? 0));
    if (older) expect(items[i]!.createdAt > older.createdAt).toBe(true);
  }
}

describe('automatic revisions', () => {
  it('are made on the first change of text, then at most one every five minutes, and never twice for the same text', () => {
    const a = article();
    expect(history(a.id)).toEqual([]);
    a.write('ru', { body: a.words(10) });
    expect(history(a.id).map((r) => [r.kind, r.wordCount, r.wordDelta, r.translationRevision])).toEqual([['auto', 10, 10, 2]]);

    // Typing: a save every second for four minutes leaves no new revision.
    for (let i = 1; i <= 240; i++) {
      clock += 1_000;
      a.write('ru', { body: a.words(10 + i) });
    }
    expect(history(a.id)).toHaveLength(1);
    clock += AUTO_REVISION_INTERVAL_MS;
    a.write('ru', { body: a.words(300) });
    expect(history(a.id).map((r) => [r.kind, r.wordCount, r.wordDelta])).toEqual([
      ['auto', 300, 290],
      ['auto', 10, 10],
    ]);

    // A status change is not a change of text.
    clock += AUTO_REVISION_INTERVAL_MS;
    a.write('ru', { status: 'review' });
    expect(history(a.id)).toHaveLength(2);
    // Text that went and came back to the newest revision's is not kept again.
    a.write('ru', { body: a.words(299) });
    expect(history(a.id)).toHaveLength(3);
    a.write('ru', { body: a.words(5) });
    clock += AUTO_REVISION_INTERVAL_MS;
    a.write('ru', { body: a.words(299) });
    expect(history(a.id)).toHaveLength(3);
    a.write('ru', { title: 'Женева: итоги' });
    expect(history(a.id)[0]).toMatchObject({ kind: 'auto', title: 'Женева: итоги', wordCount: 299 });
    expectConsistentDeltas(history(a.id));
    // Each language keeps its own.
    a.write('en', { title: 'Geneva' });
    expect(history(a.id, 'en').map((r) => [r.kind, r.lang, r.title])).toEqual([['auto', 'en', 'Geneva']]);
  });
});

describe('saveRevision and getRevision', () => {
  it('keeps the stored text as a save revision once, and reads it back whole', () => {
    const a = article();
    const body = bodyFromParagraphs(['Министры встретились в Женеве.', 'Şəhər ağac 🎶']);
    a.write('ru', { title: 'Встреча', body: a.words(2) });
    // Kept automatically just now; asked for, it is kept again, for good (automatic ones are thinned).
    const overAuto = saveRevision(ws, { articleId: a.id, lang: 'ru' });
    expect(overAuto).toMatchObject({ created: true, revision: { kind: 'save', wordCount: 2, wordDelta: 0 } });
    expect(saveRevision(ws, { articleId: a.id, lang: 'ru' })).toEqual({ revision: overAuto.revision, created: false });
    clock += MIN;
    a.write('ru', { summary: 'Кратко', source: 'агентство', body });
    const first = saveRevision(ws, { articleId: a.id, lang: 'ru' });
    expect(first.created).toBe(true);
    expect(first.revision).toMatchObject({ kind: 'save', title: 'Встреча', wordCount: 6, wordDelta: 4, restoredFrom: null });
    expect(saveRevision(ws, { articleId: a.id, lang: 'ru' })).toEqual({ revision: first.revision, created: false });
    expect(getRevision(ws, first.revision.id)).toEqual({ ...first.revision, summary: 'Кратко', source: 'агентство', body });
    expect(history(a.id).map((r) => r.kind)).toEqual(['save', 'save', 'auto']);
  });

  it('refuses what cannot be kept: no such translation, an article in the trash, a read-only workspace', () => {
    const a = article();
    a.write('ru', { body: a.words(3) });
    expect(thrownBy(() => saveRevision(ws, { articleId: a.id, lang: 'en' }))).toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/has no English version/),
      phrase: { key: 'core.revisions.noTranslation', params: { lang: { key: 'languages.en' } } },
    });
    expect(thrownBy(() => getRevision(ws, '00000000-0000-4000-8000-000000000000'))).toMatchObject({
      code: 'not_found',
      phrase: { key: 'core.revisions.notFound' },
    });
    const readOnly = { db: ws.db, readOnly: true, problem: 'The store is damaged.' };
    const revisionId = history(a.id)[0]!.id;
    const refused = thrownBy(() => saveRevision(readOnly, { articleId: a.id, lang: 'ru' }));
    expect(refused).toMatchObject({ code: 'read_only', message: expect.stringMatching(/damaged/) });
    expect(refused.phrase).toEqual({ key: 'core.articles.readOnlyBecause', params: { problem: 'The store is damaged.' } });
    expect(thrownBy(() => restoreRevision(readOnly, { revisionId, expectedRevision: 2 })).code).toBe('read_only');
    // Reading still works.
    expect(listRevisions(readOnly, { articleId: a.id, lang: 'ru', limit: 5 }).items).toHaveLength(1);
    expect(getRevision(readOnly, revisionId).wordCount).toBe(3);
    deleteArticle(ws, a.id);
    expect(thrownBy(() => saveRevision(ws, { articleId: a.id, lang: 'ru' })).message).toMatch(/trash/);
    expect(thrownBy(() => restoreRevision(ws, { revisionId, expectedRevision: 2 })).message).toMatch(/trash/);
    expect(history(a.id)).toHaveLength(1);
  });

  it('reads a revision of a damaged body as unreadable, and keeps it as it was', () => {
    const a = article();
    a.write('ru', { body: a.words(3) });
    ws.db.prepare("UPDATE translations SET body = '{not json' WHERE article_id = ?").run(a.id);
    clock += MIN;
    a.write('ru', { title: 'Новый заголовок' });
    const kept = saveRevision(ws, { articleId: a.id, lang: 'ru' });
    expect(kept.created).toBe(true);
    expect(thrownBy(() => getRevision(ws, kept.revision.id))).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/could not be read/),
      phrase: { key: 'core.revisions.unreadable' },
    });
    // Restoring the readable one keeps the damaged text as the replaced one.
    const older = history(a.id).find((r) => r.kind === 'auto')!;
    const result = restoreRevision(ws, { revisionId: older.id, expectedRevision: 3 });
    expect(result.replaced?.id).toBe(kept.revision.id);
    expect(result.translation).toMatchObject({ bodyProblem: null, wordCount: 3, title: 'Женева' });
  });
});

describe('restoreRevision', () => {
  it('brings back an older text, keeps the one it replaced, and is undone by restoring that: nothing is lost', () => {
    const a = article();
    const textA = { title: 'A', summary: 'сводка A', source: 'источник A', body: bodyFromParagraphs(['Первый вариант текста.']) };
    const textB = { title: 'B', summary: 'сводка B', source: 'источник B', body: bodyFromParagraphs(['Второй вариант, длиннее первого.']) };
    const textC = { title: 'C', summary: 'сводка C', source: 'источник C', body: bodyFromParagraphs(['Третий.']) };
    a.write('ru', textA);
    const revA = history(a.id)[0]!;
    clock += 6 * MIN;
    a.write('ru', textB);
    clock += MIN;
    const current = a.write('ru', textC); // newer than every revision, kept by none
    expect(history(a.id)).toHaveLength(2);

    const rowBefore = ws.db.prepare('SELECT * FROM translations').all();
    expect(thrownBy(() => restoreRevision(ws, { revisionId: revA.id, expectedRevision: current.revision - 1 })).code).toBe('conflict');
    expect(ws.db.prepare('SELECT * FROM translations').all()).toEqual(rowBefore);
    expect(history(a.id)).toHaveLength(2);

    const restored = restoreRevision(ws, { revisionId: revA.id, expectedRevision: current.revision });
    expect(restored.translation).toMatchObject({ ...textA, revision: current.revision + 1, slug: current.slug, bodyProblem: null });
    expect(getArticle(ws, a.id).translations[0]).toEqual(restored.translation);
    expect(restored.replaced).toMatchObject({ kind: 'before-restore', title: 'C', translationRevision: current.revision });
    expect(getRevision(ws, restored.replaced!.id)).toMatchObject(textC);
    expect(restored.restored).toMatchObject({ kind: 'restore', title: 'A', restoredFrom: revA.id, translationRevision: current.revision + 1 });
    expect(history(a.id).map((r) => r.kind)).toEqual(['restore', 'before-restore', 'auto', 'auto']);

    // Undo: the text it replaced comes back; the newest revision already holds the current text.
    const undone = restoreRevision(ws, { revisionId: restored.replaced!.id, expectedRevision: restored.translation.revision });
    expect(undone.translation).toMatchObject({ ...textC, revision: current.revision + 2 });
    expect(undone.replaced?.id).toBe(restored.restored.id);
    // And redo.
    const redone = restoreRevision(ws, { revisionId: undone.replaced!.id, expectedRevision: undone.translation.revision });
    expect(redone.translation).toMatchObject(textA);
    const all = history(a.id);
    expect(all.map((r) => r.kind)).toEqual(['restore', 'restore', 'restore', 'before-restore', 'auto', 'auto']);
    expect(all.map((r) => r.title)).toEqual(['A', 'C', 'A', 'C', 'B', 'A']);
    expectConsistentDeltas(all);
    // Every text ever kept can still be read.
    for (const r of all) expect(getRevision(ws, r.id).title).toBe(r.title);
    // The search index followed.
    expect(ws.db.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'перв*'").pluck().get()).toBe(1);
  });

  it('keeps the replaced text for good even when an automatic revision holds it', () => {
    const a = article();
    a.write('ru', { title: 'Первый', body: a.words(3) });
    clock += 6 * MIN;
    const now = a.write('ru', { title: 'Второй', body: a.words(5) });
    const [newest, first] = history(a.id);
    expect(newest).toMatchObject({ kind: 'auto', title: 'Второй' });
    const result = restoreRevision(ws, { revisionId: first!.id, expectedRevision: now.revision });
    expect(result.replaced).toMatchObject({ kind: 'before-restore', title: 'Второй', wordDelta: 0 });
    expect(history(a.id).map((r) => r.kind)).toEqual(['restore', 'before-restore', 'auto', 'auto']);
  });

  it('recomputes the staleness of the other translations when the original is restored', () => {
    const a = article();
    const original: Body = bodyFromParagraphs(['Один абзац.', 'Другой абзац.']);
    a.write('ru', { body: original });
    const before = history(a.id)[0]!;
    const links = blocksOf(original).map(linkTo);
    a.write('en', { body: bodyFromParagraphs(['One paragraph.', 'Another paragraph.'], links) });
    const changed = structuredClone(original);
    const second = changed.root.children[1]!;
    if (second.type !== 'list' && second.type !== 'image') second.children = [{ type: 'text', version: 1, text: 'Изменённый абзац.', format: 0, detail: 0, mode: 'normal', style: '' }];
    const now = a.write('ru', { body: changed });
    expect(getArticle(ws, a.id).translations[1]).toMatchObject({ state: 'stale', staleBlocks: 1 });
    restoreRevision(ws, { revisionId: before.id, expectedRevision: now.revision });
    expect(getArticle(ws, a.id).translations[1]).toMatchObject({ state: 'current', staleBlocks: 0, missingBlocks: 0 });
  });
});

describe('thinning automatic revisions', () => {
  it('keeps every one from the last day, one an hour up to 30 days, one a day beyond; never a saved or restore revision', () => {
    const a = article();
    a.write('ru', { body: a.words(1) });
    ws.db.prepare('DELETE FROM revisions').run();
    // 40 days of history, an automatic revision every 20 minutes, a saved one every 6 hours.
    const start = clock - 40 * DAY;
    let previousWords = 0;
    let n = 0;
    const kinds = new Map<string, string>();
    let autosOfLastDay = 0;
    for (let t = start; t < clock - 10 * MIN; t += 20 * MIN, n++) {
      const kind = n % 18 === 0 ? (n % 36 === 0 ? 'save' : 'before-restore') : 'auto';
      const wordCount = 100 + ((n * 7) % 23);
      const text = encodeText({ title: `v${n}`, summary: '', source: '', bodyJson: JSON.stringify(a.words(1)) });
      const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      insertRevision(ws.db, {
        id,
        articleId: a.id,
        lang: 'ru',
        kind: kind as RevisionSummary['kind'],
        createdAt: new Date(t).toISOString(),
        translationRevision: n + 1,
        title: `v${n}`,
        wordCount,
        wordDelta: wordCount - previousWords,
        restoredFrom: null,
        contentHash: text.hash,
        content: compressText(text.json),
      });
      kinds.set(id, kind);
      if (kind === 'auto' && clock - t <= DAY) autosOfLastDay++;
      previousWords = wordCount;
    }
    const kept = [...kinds.values()].filter((k) => k !== 'auto').length;

    a.write('ru', { body: a.words(2) }); // the newest is older than five minutes: a new one, and thinning
    const items = everyRevision(a.id);
    const autos = items.filter((r) => r.kind === 'auto').map((r) => Date.parse(r.createdAt));
    expect(items.filter((r) => r.kind !== 'auto')).toHaveLength(kept);
    const buckets = (from: number, to: number, size: number) => {
      const inRange = autos.filter((t) => clock - t > from && clock - t <= to);
      return { count: inRange.length, distinct: new Set(inRange.map((t) => Math.floor(t / size))).size };
    };
    const lastDay = buckets(-1, DAY, 1);
    expect(lastDay.count).toBe(autosOfLastDay + 1); // all of them, and the new one
    expect(autosOfLastDay).toBeGreaterThan(60);
    const month = buckets(DAY, 30 * DAY, HOUR);
    expect(month.count).toBe(month.distinct);
    expect(month.count).toBeGreaterThan(29 * 24 * 0.8);
    const older = buckets(30 * DAY, 41 * DAY, DAY);
    expect(older.count).toBe(older.distinct);
    expect(older.count).toBeGreaterThanOrEqual(10);
    // Deltas still count from the revision before each, and the oldest from nothing.
    expectConsistentDeltas(items);
    expect(items.length).toBeLessThan(kinds.size / 2);
  });
});
