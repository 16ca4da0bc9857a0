import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListItem, ListView } from '../../../shared/contract';
import { openConnection } from '../store/db';
import { currentRows, forgetRows } from './rows';
import { readStoreRows } from './selection';
import { exportFixture, readTree, type ExportFixture } from './testing';

/**
 * A re-export in a process that keeps the store's rows (rows.ts) and what it made last
 * (previous.ts) must give exactly what a fresh export gives, whatever was changed between.
 */

let fx: ExportFixture;
const out = (name: string) => path.join(fx.dir, 'out', name);

beforeAll(async () => {
  fx = await exportFixture();
}, 60_000);
afterAll(() => fx.dispose());

/** Exports into the kept folder and into a new one with nothing kept; both must be the same bytes. */
async function expectSameAsFresh(step: string): Promise<void> {
  const kept = await fx.export(out('kept'));
  expect(kept.incremental, step).toBe(true);
  await fx.export(out(`fresh-${step}`), { incremental: false });
  const a = readTree(out('kept'));
  const b = readTree(out(`fresh-${step}`));
  expect([...a.keys()].sort(), step).toEqual([...b.keys()].sort());
  for (const [p, bytes] of b) expect(a.get(p)?.equals(bytes), `${step}: ${p}`).toBe(true);
}

/** The kept rows, brought up to date, equal the rows read whole. */
function expectRowsCurrent(step: string): void {
  const db = openConnection(fx.core.workspace.dbPath, { readOnly: true });
  try {
    db.exec('BEGIN');
    const kept = currentRows(db, fx.core.workspace.dbPath);
    const whole = readStoreRows(db);
    db.exec('COMMIT');
    expect(kept.articles, step).toEqual(whole.articles);
    expect([...kept.articles.keys()], `${step}: order`).toEqual([...whole.articles.keys()]);
    // The kept ones are sorted in the workspace's language order by the export.
    const byLang = (m: typeof whole.translations) => new Map([...m].map(([id, ts]) => [id, [...ts].sort((x, y) => (x.lang < y.lang ? -1 : 1))]));
    expect(byLang(kept.translations), step).toEqual(byLang(whole.translations));
    expect(kept.uses, step).toEqual(whole.uses);
    expect(kept.deskLists, step).toEqual(whole.deskLists);
    expect(kept.related, step).toEqual(whole.related);
  } finally {
    db.close();
  }
}

const item = (articleId: string): ListItem => ({ id: crypto.randomUUID(), articleId, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual' });

describe('an export from kept rows and memory', () => {
  it('equals a fresh export after every kind of change', async () => {
    forgetRows();
    await fx.export(out('kept'));
    expectRowsCurrent('first');
    const [a, b, c, d] = fx.articles.map((x) => x.id);
    const tr = async (id: string | undefined, lang: string) => (await fx.call('getArticle', { articleId: id })).translations.find((t) => t.lang === lang);

    // A title shown in another article's Related card.
    const bEn = await tr(b, 'en');
    await fx.call('updateTranslation', { articleId: b, lang: 'en', expectedRevision: bEn?.revision, patch: { title: 'A changed title' } });
    expectRowsCurrent('title');
    await expectSameAsFresh('title');

    // A page moving to a new slug.
    const dRu = await tr(d, 'ru');
    await fx.call('updateTranslation', { articleId: d, lang: 'ru', expectedRevision: dRu?.revision, patch: { slug: 'novyi-adres' } });
    await expectSameAsFresh('slug');

    // The lead photo's credit and caption.
    const first = await fx.call('getArticle', { articleId: a });
    const mediaId = first.leadPhoto?.id;
    expect(mediaId).toBeTruthy();
    await fx.call('updateMedia', { mediaId, credit: 'Photo desk' });
    expectRowsCurrent('credit');
    await expectSameAsFresh('credit');
    const aEn = await tr(a, 'en');
    await fx.call('updateTranslation', { articleId: a, lang: 'en', expectedRevision: aEn?.revision, patch: { leadCaption: 'A new caption' } });
    expectRowsCurrent('photo');
    await expectSameAsFresh('photo');

    // Lists: Popular (on every page) and a Related list.
    const { lists } = await fx.call('listLists', {});
    const popular: ListView = await fx.call('getList', { listId: lists.find((l) => l.kind === 'popular')?.id });
    await fx.call('updateList', { listId: popular.id, expectedVersion: popular.version, patch: { items: [item(c as string)] } });
    const related = await fx.call('getRelatedList', { articleId: c });
    await fx.call('updateRelatedList', { articleId: c, expectedVersion: related.version, patch: { items: [item(a as string)], dismissed: [] } });
    expectRowsCurrent('lists');
    await expectSameAsFresh('lists');

    // An article to the trash (its Related list goes with it), then a new one published.
    await fx.call('deleteArticle', { articleId: c });
    expectRowsCurrent('trash');
    await expectSameAsFresh('trash');
    const made = await fx.call('createArticle', { section: 'news', originalLang: 'en', title: 'Fresh from the desk' });
    await fx.call('updateTranslation', { articleId: made.id, lang: 'en', expectedRevision: made.translations[0]?.revision, patch: { status: 'ready', summary: 'New.' } });
    expectRowsCurrent('new');
    await expectSameAsFresh('new');
    await fx.call('restoreArticle', { articleId: c });
    expectRowsCurrent('restore');
    await expectSameAsFresh('restore');
  }, 120_000);

  it('reads the store whole again when the change log no longer reaches back to the kept rows', async () => {
    const key = fx.core.workspace.dbPath;
    const db = openConnection(key, { readOnly: true });
    try {
      db.exec('BEGIN');
      currentRows(db, key);
      db.exec('COMMIT');
      const a = fx.articles[0];
      const en = (await fx.call('getArticle', { articleId: a?.id })).translations.find((t) => t.lang === 'en');
      await fx.call('updateTranslation', { articleId: a?.id, lang: 'en', expectedRevision: en?.revision, patch: { title: 'Seen only by a whole read' } });
      // As if the log had been trimmed past the kept rows' position.
      fx.core.workspace.db.exec('DELETE FROM change_log');
      db.exec('BEGIN');
      const rows = currentRows(db, key);
      db.exec('COMMIT');
      expect(rows.translations.get(a?.id as string)?.find((t) => t.lang === 'en')?.title).toBe('Seen only by a whole read');
    } finally {
      db.close();
    }
  });
});
