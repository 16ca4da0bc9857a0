import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListItem, ListView } from '../../../shared/contract';
import { addItem } from '../../../shared/domain/lists';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { createArticle, deleteArticle, getArticle, updateArticle, updateTranslation } from '../articles/service';
import { setClock } from '../articles/rules';
import { insertMedia } from '../store/repositories/media';
import { getSettings, putSettings } from '../store/repositories/workspaceMeta';
import { thrownBy } from '../testing';
import { openWorkspace, type Workspace } from '../workspace';
import { relatedListId } from './ids';
import { createList, deleteList, getList, getRelatedList, listLists, updateList, updateRelatedList } from './service';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-lists-'));
  ws = openWorkspace(dir);
});
afterEach(() => {
  setClock(null);
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface PieceOptions {
  section?: string;
  originalLang?: string;
  title: string;
  summary?: string;
  paragraphs?: string[];
  status?: 'draft' | 'published';
  /** A second language, with its title. */
  also?: { lang: string; title: string; summary?: string; status?: 'draft' | 'published' };
}

/** An article with its original (and optionally a second language), published unless told. */
function piece(options: PieceOptions): string {
  const originalLang = options.originalLang ?? 'ru';
  const a = createArticle(ws, { section: options.section ?? 'news', originalLang, title: options.title, tags: [] });
  updateTranslation(ws, {
    articleId: a.id,
    lang: originalLang,
    expectedRevision: 1,
    patch: {
      summary: options.summary ?? '',
      body: bodyFromParagraphs(options.paragraphs ?? ['Текст.']),
      status: options.status ?? 'published',
    },
  });
  if (options.also) {
    updateTranslation(ws, {
      articleId: a.id,
      lang: options.also.lang,
      expectedRevision: 0,
      patch: { title: options.also.title, summary: options.also.summary ?? '', status: options.also.status ?? 'published' },
    });
  }
  return a.id;
}

function item(articleId: string, fields: Partial<ListItem> = {}): ListItem {
  return { id: randomUUID(), articleId, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual', ...fields };
}

function desk(kind: string): ListView {
  const summary = listLists(ws).lists.find((l) => l.kind === kind);
  if (!summary) throw new Error(`no ${kind} list`);
  return getList(ws, summary.id);
}

function save(list: ListView, items: ListItem[], expectedVersion = list.version): ListView {
  return updateList(ws, { listId: list.id, expectedVersion, patch: { items } });
}

const plain = (view: ListView): ListItem[] => view.items.map(({ cards: _cards, ...rest }) => rest);
const card = (view: ListView, index: number, lang: string) => view.items[index]?.cards.find((c) => c.lang === lang);
const tableRows = (table: string): number => ws.db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;

describe('the desk’s own lists', () => {
  it('exist in a new workspace: Editor’s choice, Popular and a front per section, in that order', () => {
    const { lists } = listLists(ws);
    expect(lists.map((l) => [l.kind, l.name])).toEqual([
      ['editors-choice', "Editor's choice"],
      ['popular', 'Popular'],
      ...getSettings(ws.db).sections.map((s) => ['section', s.names.en]),
    ]);
    for (const l of lists) expect(l).toMatchObject({ maxItems: 10, langs: [], itemCount: 0, version: 1, gaps: { missingLanguage: 0, stale: 0, notReady: 0 } });
    expect(lists.find((l) => l.name === 'News')?.section).toBe('news');
  });

  it('gain a front for a section added later, only when the workspace may be written', () => {
    const settings = getSettings(ws.db);
    putSettings(ws.db, { ...settings, sections: [...settings.sections, { id: 'world', names: { ru: 'Мир', en: 'World' } }] });
    const before = tableRows('lists');
    const readOnly = { db: ws.db, readOnly: true, problem: 'Damaged.' };
    expect(listLists(readOnly).lists.some((l) => l.section === 'world')).toBe(false);
    expect(tableRows('lists')).toBe(before);
    expect(listLists(ws).lists.find((l) => l.section === 'world')?.name).toBe('World');
    expect(tableRows('lists')).toBe(before + 1);
    listLists(ws);
    expect(tableRows('lists')).toBe(before + 1);
  });

  it('cannot be deleted; a custom list can', () => {
    for (const kind of ['editors-choice', 'popular', 'section']) {
      const list = desk(kind);
      const e = thrownBy(() => deleteList(ws, list.id));
      expect(e.code).toBe('invalid_input');
      expect(e.message).toMatch(/stays/);
      expect(e.phrase?.key).toBe(`core.lists.kept.${kind}`);
      expect(getList(ws, list.id).id).toBe(list.id);
    }
    const custom = createList(ws, { name: '  Weekend reads ', maxItems: 5, langs: ['ru'] });
    expect(custom).toMatchObject({ kind: 'custom', name: 'Weekend reads', maxItems: 5, langs: ['ru'], version: 1, items: [] });
    expect(deleteList(ws, custom.id)).toEqual({ deleted: custom.id });
    expect(thrownBy(() => getList(ws, custom.id)).code).toBe('not_found');
    expect(thrownBy(() => getList(ws, custom.id)).phrase?.key).toBe('core.lists.notFound');
    expect(listLists(ws).lists.some((l) => l.id === custom.id)).toBe(false);
  });

  it('refuses writes in a read-only workspace', () => {
    const list = desk('editors-choice');
    const readOnly = { db: ws.db, readOnly: true, problem: 'Damaged.' };
    expect(thrownBy(() => updateList(readOnly, { listId: list.id, expectedVersion: 1, patch: { name: 'X' } })).code).toBe('read_only');
    expect(thrownBy(() => createList(readOnly, { name: 'X', maxItems: 5, langs: [] })).code).toBe('read_only');
    expect(thrownBy(() => deleteList(readOnly, list.id)).code).toBe('read_only');
  });
});

describe('item cards', () => {
  it('show a Russian page an English-only article in English, marked as a fallback', () => {
    const enOnly = piece({ originalLang: 'en', title: 'Germany accuses Russia of cyberattacks', summary: 'The German government holds Russia responsible.' });
    const saved = save(desk('editors-choice'), [item(enOnly)]);
    expect(card(saved, 0, 'ru')).toMatchObject({
      lang: 'ru',
      shownLang: 'en',
      fallback: true,
      title: 'Germany accuses Russia of cyberattacks',
      teaser: 'The German government holds Russia responsible.',
      teaserSource: 'summary',
      status: 'published',
      state: 'original',
      problem: null,
    });
    expect(card(saved, 0, 'en')).toMatchObject({ shownLang: 'en', fallback: false });
    expect(saved.gaps).toEqual({ missingLanguage: 1, stale: 0, notReady: 0 });
  });

  it('carry badges: the desk lists the article is in, then its section in the card’s language', () => {
    const both = piece({ title: 'Лавров в Баку', also: { lang: 'en', title: 'Lavrov in Baku' } });
    const enOnly = piece({ originalLang: 'en', section: 'politics', title: 'Borrell on Afghanistan' });
    save(desk('editors-choice'), [item(both), item(enOnly)]);
    const popular = save(desk('popular'), [item(enOnly), item(both)]);
    expect(card(popular, 0, 'ru')?.badges).toEqual(["Editor's choice", 'Popular', 'Politics']);
    expect(card(popular, 1, 'ru')?.badges).toEqual(["Editor's choice", 'Popular', 'Новости']);
    expect(card(popular, 1, 'en')?.badges).toEqual(["Editor's choice", 'Popular', 'News']);
    // A custom list gives no badge of its own.
    const custom = createList(ws, { name: 'Weekend', maxItems: 5, langs: [] });
    const saved = updateList(ws, { listId: custom.id, expectedVersion: 1, patch: { items: [item(both)] } });
    expect(card(saved, 0, 'en')?.badges).toEqual(["Editor's choice", 'Popular', 'News']);
  });

  it('use a teaser override only on the page of its language', () => {
    const both = piece({ title: 'Лавров', summary: 'Сводка.', also: { lang: 'en', title: 'Lavrov', summary: 'Summary.' } });
    const saved = save(desk('editors-choice'), [item(both, { teasers: { ru: 'Свой тизер' } })]);
    expect(card(saved, 0, 'ru')).toMatchObject({ teaser: 'Свой тизер', teaserSource: 'override' });
    expect(card(saved, 0, 'en')).toMatchObject({ teaser: 'Summary.', teaserSource: 'summary' });
  });

  it('take an excerpt of the body when there is no summary, without the lead photo’s caption', () => {
    const id = piece({ title: 'Министры', paragraphs: ['Министры иностранных дел встретились в Баку.', 'Второй абзац.'] });
    const time = new Date().toISOString();
    insertMedia(ws.db, { id: 'a'.repeat(64), mime: 'image/jpeg', width: 1200, height: 800, bytes: 1000, name: 'lead.jpg', credit: 'ТАСС', createdAt: time, updatedAt: time });
    const a = getArticle(ws, id);
    updateArticle(ws, { articleId: id, expectedRevision: a.revision, patch: { leadMediaId: 'a'.repeat(64) } });
    const ru = getArticle(ws, id).translations[0]!;
    updateTranslation(ws, { articleId: id, lang: 'ru', expectedRevision: ru.revision, patch: { leadCaption: 'Подпись к фото' } });
    const saved = save(desk('editors-choice'), [item(id)]);
    expect(card(saved, 0, 'ru')).toMatchObject({
      teaser: 'Министры иностранных дел встретились в Баку. Второй абзац.',
      teaserSource: 'excerpt',
      thumbnail: { id: 'a'.repeat(64), width: 1200, height: 800, credit: 'ТАСС' },
    });
  });

  it('flag stale translations and unpublished versions in the gaps', () => {
    const id = piece({ title: 'Оригинал', paragraphs: ['Один.'], also: { lang: 'en', title: 'Translation', status: 'draft' } });
    const ru = getArticle(ws, id).translations.find((t) => t.lang === 'ru')!;
    updateTranslation(ws, { articleId: id, lang: 'ru', expectedRevision: ru.revision, patch: { body: bodyFromParagraphs(['Один.', 'Два.', 'Три.']) } });
    const saved = save(desk('editors-choice'), [item(id)]);
    // A draft translation is not what a published page shows: the English card falls back
    // to the original, as the export does.
    expect(card(saved, 0, 'en')).toMatchObject({ shownLang: 'ru', fallback: true, problem: null });
    expect(card(saved, 0, 'ru')).toMatchObject({ state: 'original', problem: null });
    expect(saved.gaps).toEqual({ missingLanguage: 1, stale: 0, notReady: 0 });
    expect(listLists(ws).lists.find((l) => l.id === saved.id)).toMatchObject({ itemCount: 1, gaps: saved.gaps });
    // Once it is ready it is shown, stale as it is.
    const en = getArticle(ws, id).translations.find((t) => t.lang === 'en')!;
    updateTranslation(ws, { articleId: id, lang: 'en', expectedRevision: en.revision, patch: { status: 'ready' } });
    const ready = getList(ws, saved.id);
    expect(card(ready, 0, 'en')).toMatchObject({ shownLang: 'en', state: 'stale', status: 'ready', problem: null });
    expect(ready.gaps).toEqual({ missingLanguage: 0, stale: 1, notReady: 0 });
    // With no version ready in any language, the item would not appear.
    for (const t of getArticle(ws, id).translations) updateTranslation(ws, { articleId: id, lang: t.lang, expectedRevision: t.revision, patch: { status: 'review' } });
    expect(card(getList(ws, saved.id), 0, 'en')).toMatchObject({ problem: 'not-published' });
    expect(getList(ws, saved.id).gaps.notReady).toBe(1);
  });

  it('say when an item is scheduled or over, by its window', () => {
    const id = piece({ title: 'Расписание', also: { lang: 'en', title: 'Schedule' } });
    setClock(() => Date.parse('2024-05-01T12:00:00Z'));
    const saved = save(desk('popular'), [
      item(id, { showFrom: '2024-05-02T00:00:00.000Z', showUntil: null }),
    ]);
    expect(card(saved, 0, 'ru')?.problem).toBe('scheduled');
    setClock(() => Date.parse('2024-05-02T00:00:00Z'));
    expect(card(getList(ws, saved.id), 0, 'ru')?.problem).toBeNull();
    const ended = save(getList(ws, saved.id), [item(id, { showFrom: null, showUntil: '2024-05-02T00:00:00.000Z' })]);
    expect(card(ended, 0, 'en')?.problem).toBe('expired');
  });

  it('keep a missing or trashed article visible with its problem, never dropping it', () => {
    const kept = piece({ title: 'Живая', also: { lang: 'en', title: 'Alive' } });
    const trashed = piece({ title: 'В корзине', also: { lang: 'en', title: 'Trashed' } });
    const gone = piece({ title: 'Удалённая', also: { lang: 'en', title: 'Gone' } });
    const list = save(desk('editors-choice'), [item(kept), item(trashed), item(gone)]);
    deleteArticle(ws, trashed);
    // An article removed for good (the store's own delete, as a purge will do it).
    ws.db.prepare('DELETE FROM articles WHERE id = ?').run(gone);
    const view = getList(ws, list.id);
    expect(view.items.map((i) => i.articleId)).toEqual([kept, trashed, gone]);
    expect(card(view, 1, 'ru')).toMatchObject({ title: 'В корзине', problem: 'in-trash' });
    expect(card(view, 2, 'ru')).toMatchObject({ title: '', shownLang: null, problem: 'missing-article', badges: [], thumbnail: null });
    expect(view.gaps.notReady).toBe(2);
    expect(listLists(ws).lists.find((l) => l.id === list.id)?.itemCount).toBe(3);
    // Saving the list with them (another change made) keeps them; the desk removes them when it chooses.
    const reordered = save(view, [view.items[2]!, view.items[0]!, view.items[1]!].map(({ cards: _c, ...rest }) => rest));
    expect(reordered.items.map((i) => i.articleId)).toEqual([gone, kept, trashed]);
    const removed = save(reordered, plain(reordered).filter((i) => i.articleId === kept));
    expect(removed.items.map((i) => i.articleId)).toEqual([kept]);
  });

  it('store and return hostile teaser text exactly as typed', () => {
    const id = piece({ title: 'Статья' });
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> & "кавычки" \u202e';
    const saved = save(desk('editors-choice'), [item(id, { teasers: { ru: hostile, en: '   ' } })]);
    expect(saved.items[0]?.teasers).toEqual({ ru: hostile });
    expect(card(getList(ws, saved.id), 0, 'ru')).toMatchObject({ teaser: hostile, teaserSource: 'override' });
  });
});

describe('saving a list', () => {
  it('moves the version on and keeps the items in the order given', () => {
    const [a, b, c] = [piece({ title: 'A' }), piece({ title: 'B' }), piece({ title: 'C' })];
    const list = desk('editors-choice');
    const saved = save(list, [item(c), item(a, { pinned: true }), item(b)]);
    expect(saved.version).toBe(list.version + 1);
    expect(saved.updatedAt).not.toBeNull();
    expect(saved.items.map((i) => [i.articleId, i.pinned])).toEqual([
      [c, false],
      [a, true],
      [b, false],
    ]);
    expect(getList(ws, list.id)).toEqual(saved);
  });

  it('refuses a save against an older version: the first save is kept', () => {
    const [a, b] = [piece({ title: 'A' }), piece({ title: 'B' })];
    const list = desk('popular');
    expect(list.version).toBe(1);
    const first = save(list, [item(a)], 1);
    const e = thrownBy(() => save(list, [item(b)], 1));
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/another window/);
    expect(e.message).toMatch(/shown as it was saved/);
    expect(e.phrase?.key).toBe('core.lists.conflict');
    expect(getList(ws, list.id)).toEqual(first);
  });

  it('refuses more items than the list holds, saying how many to remove', () => {
    const list = updateList(ws, { listId: desk('popular').id, expectedVersion: 1, patch: { maxItems: 2 } });
    const ids = [piece({ title: 'A' }), piece({ title: 'B' }), piece({ title: 'C' }), piece({ title: 'D' })];
    const e = thrownBy(() => save(list, ids.map((id) => item(id))));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toMatch(/at most 2 items/);
    expect(e.message).toMatch(/Remove 2 items/);
    expect(e.phrase).toEqual({ key: 'core.lists.tooLong', params: { max: 2, items: 4, count: 2 } });
    const full = save(list, ids.slice(0, 2).map((id) => item(id)));
    const lowered = thrownBy(() => updateList(ws, { listId: list.id, expectedVersion: full.version, patch: { maxItems: 1 } }));
    expect(lowered.message).toMatch(/Remove 1 item /);
    expect(lowered.phrase).toEqual({ key: 'core.lists.tooLong', params: { max: 1, items: 2, count: 1 } });
  });

  it('adding to a full list drops the last unpinned item; saving the items before brings it back (undo)', () => {
    const [a, b, c, d] = [piece({ title: 'A' }), piece({ title: 'B' }), piece({ title: 'C' }), piece({ title: 'D' })];
    const small = updateList(ws, { listId: desk('editors-choice').id, expectedVersion: 1, patch: { maxItems: 3 } });
    const full = save(small, [item(a, { pinned: true }), item(b), item(c)]);
    const before = plain(full);
    const added = addItem(before, item(d), full.maxItems);
    if ('refused' in added) throw new Error('refused');
    expect(added.dropped?.articleId).toBe(c);
    const afterAdd = save(full, added.items);
    expect(afterAdd.items.map((i) => i.articleId)).toEqual([a, d, b]);
    const undone = save(afterAdd, before);
    expect(plain(undone)).toEqual(before);
  });

  it('refuses the same article twice, a reused item id, and an empty schedule window', () => {
    const [a, b] = [piece({ title: 'A' }), piece({ title: 'B' })];
    const list = desk('editors-choice');
    const twice = thrownBy(() => save(list, [item(a), item(b), item(a)]));
    expect([twice.code, twice.message]).toEqual(['invalid_input', expect.stringMatching(/Items 1 and 3 link to the same article/)]);
    expect(twice.phrase).toEqual({ key: 'core.lists.sameArticle', params: { first: 1, n: 3 } });
    const shared = randomUUID();
    expect(thrownBy(() => save(list, [item(a, { id: shared }), item(b, { id: shared })])).message).toMatch(/same id/);
    const saved = save(list, [item(a, { id: shared })]);
    expect(thrownBy(() => save(saved, [item(b, { id: shared })])).message).toMatch(/reuses the id/);
    const never = item(b, { showFrom: '2024-05-02T00:00:00.000Z', showUntil: '2024-05-01T00:00:00.000Z' });
    expect(thrownBy(() => save(saved, [never])).message).toMatch(/never appear/);
    expect(getList(ws, list.id)).toEqual(saved);
  });

  it('refuses adding an article that does not exist or is in the trash', () => {
    const trashed = piece({ title: 'В корзине' });
    deleteArticle(ws, trashed);
    const list = desk('editors-choice');
    expect(thrownBy(() => save(list, [item(randomUUID())])).code).toBe('not_found');
    expect(thrownBy(() => save(list, [item(randomUUID())])).phrase).toEqual({ key: 'core.lists.itemArticleMissing', params: { n: 1 } });
    expect(thrownBy(() => save(list, [item(trashed)])).message).toMatch(/trash/);
    expect(thrownBy(() => save(list, [item(trashed)])).phrase?.key).toBe('core.lists.itemArticleTrashed');
  });

  it('keeps the names of section fronts; renames the desk’s own and custom lists', () => {
    const news = listLists(ws).lists.find((l) => l.section === 'news')!;
    const renamed = thrownBy(() => updateList(ws, { listId: news.id, expectedVersion: 1, patch: { name: 'Headlines' } }));
    expect(renamed.message).toMatch(/named after its section/);
    expect(renamed.phrase?.key).toBe('core.lists.frontName');
    expect(updateList(ws, { listId: news.id, expectedVersion: 1, patch: { name: 'News', langs: ['ru'] } })).toMatchObject({ name: 'News', langs: ['ru'], version: 2 });
    const popular = desk('popular');
    expect(updateList(ws, { listId: popular.id, expectedVersion: 1, patch: { name: 'Most read' } }).name).toBe('Most read');
    expect(thrownBy(() => updateList(ws, { listId: popular.id, expectedVersion: 2, patch: { langs: ['fr'] } })).message).toMatch(/does not use the language "fr"/);
  });

  it('makes cards only for the list’s languages', () => {
    const id = piece({ title: 'Статья', also: { lang: 'en', title: 'Article' } });
    const list = updateList(ws, { listId: desk('editors-choice').id, expectedVersion: 1, patch: { langs: ['en'], items: [item(id)] } });
    expect(list.items[0]?.cards.map((c) => c.lang)).toEqual(['en']);
  });
});

describe('reading a list', () => {
  /** How many statements run while `fn` does. */
  function queriesDuring(fn: () => unknown): number {
    const proto = Object.getPrototypeOf(ws.db.prepare('SELECT 1')) as Record<'all' | 'get' | 'run' | 'iterate', (...args: unknown[]) => unknown>;
    const spies = (['all', 'get', 'run', 'iterate'] as const).map((m) => vi.spyOn(proto, m));
    try {
      fn();
      return spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  it('takes the same handful of queries for 2 items as for 20', () => {
    const ids = Array.from({ length: 20 }, (_, i) => piece({ title: `Статья ${i}`, also: { lang: 'en', title: `Article ${i}` } }));
    const small = createList(ws, { name: 'Small', maxItems: 20, langs: [] });
    const large = createList(ws, { name: 'Large', maxItems: 20, langs: [] });
    updateList(ws, { listId: small.id, expectedVersion: 1, patch: { items: ids.slice(0, 2).map((id) => item(id)) } });
    updateList(ws, { listId: large.id, expectedVersion: 1, patch: { items: ids.map((id) => item(id)) } });
    getList(ws, small.id); // what is asked once per connection is asked now
    const forSmall = queriesDuring(() => getList(ws, small.id));
    const forLarge = queriesDuring(() => getList(ws, large.id));
    expect(forLarge).toBe(forSmall);
    expect(forLarge).toBeLessThanOrEqual(10);
    expect(getList(ws, large.id).items).toHaveLength(20);
    expect(queriesDuring(() => listLists(ws))).toBeLessThanOrEqual(12);
  });
});

describe('an article’s Related list', () => {
  it('reads as empty at version 0 before its first save, and reading writes nothing', () => {
    const id = piece({ title: 'Статья' });
    const before = tableRows('lists');
    const view = getRelatedList(ws, id);
    expect(view).toMatchObject({ id: relatedListId(id), kind: 'related', name: 'Related', articleId: id, maxItems: 5, version: 0, updatedAt: null, items: [], dismissed: [] });
    expect(tableRows('lists')).toBe(before);
    expect(thrownBy(() => getRelatedList(ws, randomUUID())).code).toBe('not_found');
  });

  it('is made on its first save at version 0, with the same id, and is versioned from there', () => {
    const [id, other, third] = [piece({ title: 'Статья' }), piece({ title: 'Другая' }), piece({ title: 'Третья' })];
    const first = updateRelatedList(ws, { articleId: id, expectedVersion: 0, patch: { items: [item(other, { origin: 'suggestion' })], dismissed: [third, third] } });
    expect(first).toMatchObject({ id: relatedListId(id), version: 1, dismissed: [third] });
    expect(first.items[0]).toMatchObject({ articleId: other, origin: 'suggestion' });
    expect(getRelatedList(ws, id)).toEqual(first);
    expect(thrownBy(() => updateRelatedList(ws, { articleId: id, expectedVersion: 0, patch: { items: [] } })).code).toBe('conflict');
    expect(updateList(ws, { listId: first.id, expectedVersion: 1, patch: { items: [] } }).version).toBe(2);
    // Not one of the desk's lists.
    expect(listLists(ws).lists.some((l) => l.id === first.id)).toBe(false);
  });

  it('may not hold its own article, and cannot be deleted', () => {
    const id = piece({ title: 'Статья' });
    const e = thrownBy(() => updateRelatedList(ws, { articleId: id, expectedVersion: 0, patch: { items: [item(id)] } }));
    expect([e.code, e.message]).toEqual(['invalid_input', expect.stringMatching(/related to itself/)]);
    expect(e.phrase).toEqual({ key: 'core.lists.itself', params: { n: 1 } });
    const saved = updateRelatedList(ws, { articleId: id, expectedVersion: 0, patch: { items: [] } });
    expect(thrownBy(() => deleteList(ws, saved.id)).message).toMatch(/stays with its article/);
  });

  it('is not written while its article is in the trash', () => {
    const id = piece({ title: 'Статья' });
    deleteArticle(ws, id);
    expect(thrownBy(() => updateRelatedList(ws, { articleId: id, expectedVersion: 0, patch: { items: [] } })).code).toBe('conflict');
    expect(getRelatedList(ws, id).version).toBe(0);
  });
});
