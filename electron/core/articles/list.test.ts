import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ParsedInput } from '../../../shared/contract';
import { STATUSES } from '../../../shared/domain/status';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { TandemError } from '../errors';
import { openWorkspace, type Workspace } from '../workspace';
import { createArticle, deleteArticle, getArticle, listArticles, updateArticle, updateTranslation } from './service';

let dir: string;
let ws: Workspace;
let all: Article[];
const SECTIONS = ['news', 'economy', 'culture'];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-list-'));
  ws = openWorkspace(dir);
  const ids: string[] = [];
  for (let i = 0; i < 130; i++) {
    const a = createArticle(ws, { section: SECTIONS[i % 3]!, originalLang: i % 4 === 0 ? 'en' : 'ru', title: `№${i} ёж`, tags: [] });
    const original = a.originalLang;
    // Every fifth original has words, so its translation (written without a body) needs work.
    const body = i % 5 === 0 ? { body: bodyFromParagraphs(['Первый абзац.', 'Второй абзац.']) } : {};
    updateTranslation(ws, { articleId: a.id, lang: original, expectedRevision: 1, patch: { status: STATUSES[i % 5]!, ...body } });
    const other = original === 'ru' ? 'en' : 'ru';
    if (i % 3 !== 1) updateTranslation(ws, { articleId: a.id, lang: other, expectedRevision: 0, patch: { title: `#${i}`, status: STATUSES[(i + 2) % 5]! } });
    // Several articles share a publish date; a third are unpublished.
    if (i % 3 !== 2) updateArticle(ws, { articleId: a.id, expectedRevision: 1, patch: { publishedAt: `2025-0${1 + (i % 4)}-01T00:00:00Z` } });
    ids.push(a.id);
  }
  // Ties in the time of change, which pages must still split exactly.
  ws.db.exec("UPDATE articles SET updated_at = '2025-06-01T00:00:00.000Z' WHERE rowid % 4 = 0");
  for (const id of ids.filter((_, i) => i % 11 === 5)) deleteArticle(ws, id);
  all = ids.map((id) => getArticle(ws, id));
});
afterAll(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Filter = Partial<Pick<ParsedInput<'listArticles'>, 'status' | 'section' | 'lang' | 'missingLang' | 'trash' | 'state'>>;

function matches(a: Article, f: Filter): boolean {
  if ((a.deletedAt !== null) !== (f.trash ?? false)) return false;
  if (f.section !== undefined && a.section !== f.section) return false;
  const langs = a.translations.map((t) => t.lang);
  if (f.lang !== undefined && !langs.includes(f.lang)) return false;
  if (f.missingLang !== undefined && langs.includes(f.missingLang)) return false;
  if (f.status !== undefined) {
    const pool = f.lang !== undefined ? a.translations.filter((t) => t.lang === f.lang) : a.translations;
    if (!pool.some((t) => t.status === f.status)) return false;
  }
  if (f.state !== undefined) {
    const pool = f.lang !== undefined ? a.translations.filter((t) => t.lang === f.lang) : a.translations;
    if (!pool.some((t) => t.state === f.state)) return false;
  }
  return true;
}

const sortKey = (a: Article, sort: 'updated' | 'published'): string => (sort === 'updated' ? a.updatedAt : (a.publishedAt ?? ''));

const FILTERS: Filter[] = [
  {},
  { section: 'news' },
  { status: 'review' },
  { status: 'ready', lang: 'en' },
  { lang: 'en' },
  { missingLang: 'en' },
  { missingLang: 'ru', section: 'culture' },
  { trash: true },
  { section: 'opinion' },
  { state: 'stale' },
  { state: 'current' },
  { state: 'stale', lang: 'en' },
  { state: 'current', lang: 'ru' },
  { state: 'stale', lang: 'ru', status: 'ready' },
  { state: 'stale', status: 'draft' },
  { state: 'current', section: 'culture', missingLang: 'az' },
  { state: 'current', section: 'economy' },
  { state: 'stale', trash: true },
];

describe('listArticles', () => {
  for (const sort of ['updated', 'published'] as const) {
    for (const filter of FILTERS) {
      it(`pages cover every article exactly once, in order: ${sort} ${JSON.stringify(filter)}`, () => {
        const expected = all.filter((a) => matches(a, filter));
        for (const limit of [1, 7, 50]) {
          const seen: string[] = [];
          let cursor: string | null = null;
          let pages = 0;
          do {
            const page = listArticles(ws, { limit, cursor, sort, trash: false, ...filter });
            expect(page.total).toBe(expected.length);
            expect(page.items.length).toBeLessThanOrEqual(limit);
            seen.push(...page.items.map((i) => i.id));
            cursor = page.nextCursor;
            if (++pages > 200) throw new Error('the pages never end');
          } while (cursor !== null);
          expect(new Set(seen).size).toBe(seen.length);
          expect([...seen].sort()).toEqual(expected.map((a) => a.id).sort());
          const byId = new Map(all.map((a) => [a.id, a]));
          const keys = seen.map((id) => [sortKey(byId.get(id)!, sort), id] as const);
          for (let i = 1; i < keys.length; i++) {
            const [pk, pid] = keys[i - 1]!;
            const [k, id] = keys[i]!;
            expect(pk > k || (pk === k && pid > id)).toBe(true);
          }
        }
      });
    }
  }

  it('has articles in each state to filter', () => {
    const states = all.flatMap((a) => a.translations.map((t) => t.state));
    expect(states.filter((s) => s === 'stale').length).toBeGreaterThan(10);
    expect(states.filter((s) => s === 'current').length).toBeGreaterThan(10);
    // (Economy articles have no translation, so none is current: that filter proves an empty answer.)
    for (const filter of FILTERS.filter((f) => f.state !== undefined && !f.trash && f.section !== 'economy')) {
      expect(all.filter((a) => matches(a, filter)).length, JSON.stringify(filter)).toBeGreaterThan(0);
    }
  });

  it('sorts unpublished articles after published ones', () => {
    const page = listArticles(ws, { limit: 200, cursor: null, sort: 'published', trash: false });
    const firstUnpublished = page.items.findIndex((i) => i.publishedAt === null);
    expect(firstUnpublished).toBeGreaterThan(0);
    expect(page.items.slice(firstUnpublished).every((i) => i.publishedAt === null)).toBe(true);
  });

  it('shows each language with its state and the missing ones', () => {
    const page = listArticles(ws, { limit: 200, cursor: null, sort: 'updated', trash: false });
    for (const item of page.items) {
      const full = all.find((a) => a.id === item.id)!;
      expect(item.translations.map((t) => [t.lang, t.title, t.status, t.state, t.staleBlocks, t.missingBlocks])).toEqual(
        full.translations.map((t) => [t.lang, t.title, t.status, t.state, t.staleBlocks, t.missingBlocks]),
      );
      expect(item.translations[0]?.state).toBe('original');
      expect(item.missing).toEqual(full.missing);
    }
  });

  it('refuses a cursor from another order or list, or one that was tampered with', () => {
    const first = listArticles(ws, { limit: 5, cursor: null, sort: 'updated', trash: false });
    const cursor = first.nextCursor!;
    const cases = [
      { cursor, sort: 'published' as const, trash: false },
      { cursor, sort: 'updated' as const, trash: true },
      { cursor: 'not a cursor', sort: 'updated' as const, trash: false },
      { cursor: Buffer.from('{"__proto__":{"x":1}}').toString('base64url'), sort: 'updated' as const, trash: false },
      { cursor: Buffer.from('[1,"updated",false,"a","b","extra"]').toString('base64url'), sort: 'updated' as const, trash: false },
    ];
    for (const c of cases) {
      let error: unknown;
      try {
        listArticles(ws, { limit: 5, ...c });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TandemError);
      expect((error as TandemError).code).toBe('invalid_input');
      expect((error as TandemError).phrase?.key).toBe('core.articles.staleCursor');
    }
  });
});
