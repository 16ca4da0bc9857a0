import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchInputSchema, SearchOutputSchema, type SearchInput, type SearchOutput } from '../../../shared/contract';
import { analyzeToken, tokenize } from './analyzer';
import { RANK_CAP, parseSnippet, rebuildSearchIndex, searchArticles } from './service';
import { addArticle, openTestStore } from './test-store';

let db: Database.Database;

/** Searches through the contract's own schemas, as a transport would. */
function search(input: SearchInput): SearchOutput {
  const out = searchArticles(db, SearchInputSchema.parse(input));
  return SearchOutputSchema.parse(out);
}

function ids(query: string, extra: Omit<SearchInput, 'query'> = {}): string[] {
  return search({ query, ...extra }).hits.map((h) => h.articleId);
}

/**
 * Proves the index holds exactly the analyzed text of every translation: each term at the
 * position of the word it came from. (FTS5's own check would compare the index with the
 * raw text, which by design it does not hold.)
 */
function expectIndexMatchesContent(): void {
  db.prepare(`INSERT INTO search_index (search_index) VALUES ('integrity-check')`).run();
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab (main, search_index, instance)');
  const columns = ['title', 'summary', 'body_text', 'source'] as const;
  const indexed = db
    .prepare<[], { term: string; doc: number; col: string; offset: number }>('SELECT term, doc, col, offset FROM temp.search_terms')
    .all()
    .map((r) => `${r.doc}/${r.col}/${r.offset}/${r.term}`)
    .sort();
  const expected: string[] = [];
  const rows = db.prepare<[], Record<(typeof columns)[number], string> & { seq: number }>(
    'SELECT seq, title, summary, body_text, source FROM translations',
  );
  for (const row of rows.all()) {
    for (const col of columns) {
      tokenize(row[col]).forEach((token, offset) => expected.push(`${row.seq}/${col}/${offset}/${analyzeToken(token)}`));
    }
  }
  expect(indexed).toEqual(expected.sort());
}

function highlighted(query: string): string[] {
  const hit = search({ query }).hits[0];
  return hit ? hit.snippet.filter((p) => p.match).map((p) => p.text) : [];
}

const ids$ = {
  visit: '10000000-0000-4000-8000-000000000001',
  ministers: '10000000-0000-4000-8000-000000000002',
  tree: '10000000-0000-4000-8000-000000000003',
  azeri: '10000000-0000-4000-8000-000000000004',
  trashed: '10000000-0000-4000-8000-000000000005',
  titleHit: '10000000-0000-4000-8000-000000000006',
  bodyHit: '10000000-0000-4000-8000-000000000007',
  markup: '10000000-0000-4000-8000-000000000008',
};

beforeEach(() => {
  db = openTestStore();
  addArticle(db, {
    id: ids$.visit,
    section: 'politics',
    translations: {
      ru: {
        title: 'Визит в Баку',
        summary: 'Короткая справка о визите (Baku).',
        bodyText: 'Вчера состоялся визит президента в столицу. Президенту показали город.',
        source: 'источник: агентства',
        status: 'published',
        // Counts an original never has; the original is still shown as such.
        staleBlocks: 4,
      },
      en: {
        title: 'A visit to Baku',
        bodyText: 'The delegations held a long talk about the border.',
        status: 'draft',
        staleBlocks: 2,
        missingBlocks: 1,
      },
    },
  });
  addArticle(db, {
    id: ids$.ministers,
    section: 'news',
    translations: {
      ru: { title: 'Совет собрался', bodyText: 'Министры иностранных дел встретились в Женеве.', status: 'review' },
    },
  });
  addArticle(db, {
    id: ids$.tree,
    section: 'culture',
    translations: {
      ru: { title: 'Праздник', bodyText: 'На площади поставили ёлку. Ёлка горит огнями.', status: 'published' },
      en: { title: 'Holiday', bodyText: 'A Christmas tree stands in the square.', status: 'published' },
    },
  });
  addArticle(db, {
    id: ids$.azeri,
    section: 'news',
    translations: {
      az: { title: 'Xəbərlər', bodyText: 'Şəhərdə dağ çayı haqqında məlumat verildi. Ağacların əkilməsi.', status: 'ready' },
    },
  });
  addArticle(db, {
    id: ids$.trashed,
    section: 'news',
    trashed: true,
    translations: { ru: { title: 'Удалённая заметка', bodyText: 'Кракозябра в тексте.' } },
  });
  addArticle(db, {
    id: ids$.bodyHit,
    section: 'economy',
    translations: {
      en: {
        title: 'Markets today',
        bodyText: 'Prices moved a little. Analysts mentioned the tariff only once, in passing, near the end of the note.',
      },
    },
  });
  addArticle(db, {
    id: ids$.titleHit,
    section: 'economy',
    translations: { en: { title: 'The tariff', bodyText: 'A short note on trade.' } },
  });
  addArticle(db, {
    id: ids$.markup,
    section: 'news',
    translations: { en: { title: 'Markup', bodyText: 'Raw <b>bold</b> &amp; <script>alert(1)</script> zebra here.' } },
  });
  // Enough unrelated text that word statistics behave as in a real store.
  for (let i = 0; i < 20; i++) {
    addArticle(db, {
      section: 'sport',
      translations: {
        ru: { title: `Матч номер ${i}`, bodyText: 'Команды сыграли вничью. Болельщики довольны погодой.' },
        en: { title: `Match number ${i}`, bodyText: 'The teams drew. Fans were happy with the weather.', missingBlocks: i % 4 === 0 ? 1 : 0 },
      },
    });
  }
});

afterEach(() => db.close());

describe('word forms and folding', () => {
  it('finds Russian word forms by their stem', () => {
    expect(ids('президент')).toEqual([ids$.visit]);
    expect(ids('президента')).toEqual([ids$.visit]);
    expect(ids('министров')).toEqual([ids$.ministers]);
    expect(ids('министр ')).toEqual([ids$.ministers]);
  });

  it('finds English word forms by their stem', () => {
    expect(ids('talks')).toEqual([ids$.visit]);
    expect(ids('talking ')).toEqual([ids$.visit]);
    expect(ids('trees')).toEqual([ids$.tree]);
  });

  it('folds ё into е both ways, and case', () => {
    expect(ids('елка')).toEqual([ids$.tree]);
    expect(ids('Елка')).toEqual([ids$.tree]);
    expect(ids('ЁЛКА')).toEqual([ids$.tree]);
    expect(ids('ёлки')).toEqual([ids$.tree]);
    expect(ids('удаленная')).toEqual([]);
    addArticle(db, { id: '20000000-0000-4000-8000-000000000001', translations: { ru: { bodyText: 'Новогодняя елка в парке.' } } });
    expect(ids('ёлка').sort()).toEqual([ids$.tree, '20000000-0000-4000-8000-000000000001'].sort());
    expect(ids('ПРЕЗИДЕНТ')).toEqual([ids$.visit]);
    expect(ids('Christmas TREE')).toEqual([ids$.tree]);
  });

  it('finds Azerbaijani text by its own words', () => {
    expect(ids('şəhərdə')).toEqual([ids$.azeri]);
    expect(ids('ŞƏHƏRDƏ')).toEqual([ids$.azeri]);
    expect(ids('dağ')).toEqual([ids$.azeri]);
    expect(ids('ağacların')).toEqual([ids$.azeri]);
    expect(ids('xəbərlər')).toEqual([ids$.azeri]);
    expect(search({ query: 'dağ' }).hits[0]?.lang).toBe('az');
  });

  it('matches a word being typed from four letters on, not from three', () => {
    expect(ids('прези')).toEqual([ids$.visit]);
    expect(ids('Мини')).toEqual([ids$.ministers]);
    expect(ids('deleg')).toEqual([ids$.visit]);
    expect(ids('пре')).toEqual([]);
    expect(ids('del')).toEqual([]);
    // A finished word (followed by a space) is not a prefix any more.
    expect(ids('прези ')).toEqual([]);
  });

  it('needs every word to match', () => {
    expect(ids('визит президента')).toEqual([ids$.visit]);
    expect(ids('визит министров')).toEqual([]);
  });
});

describe('hits', () => {
  it('tells the language of the hit and the title in that language', () => {
    const ru = search({ query: 'президент' }).hits[0];
    expect(ru).toMatchObject({ articleId: ids$.visit, lang: 'ru', title: 'Визит в Баку', section: 'politics', status: 'published' });
    const en = search({ query: 'talk' }).hits[0];
    expect(en).toMatchObject({ articleId: ids$.visit, lang: 'en', title: 'A visit to Baku', status: 'draft' });
    const both = search({ query: 'baku' }).hits;
    expect(both.map((h) => h.lang).sort()).toEqual(['en', 'ru']);
  });

  it('highlights the word forms the author wrote', () => {
    expect(highlighted('президент')).toEqual(['президента', 'Президенту']);
    expect(highlighted('министров')).toEqual(['Министры']);
    expect(highlighted('елка')).toEqual(['ёлку', 'Ёлка']);
    expect(highlighted('ŞƏHƏRDƏ')).toEqual(['Şəhərdə']);
    expect(highlighted('прези')).toEqual(['президента', 'Президенту']);
    const snippet = search({ query: 'президента' }).hits[0]?.snippet ?? [];
    expect(snippet.map((p) => p.text).join('')).toContain('Вчера состоялся визит президента в столицу');
  });

  it('takes the snippet from the field that matched', () => {
    const hit = search({ query: 'справка' }).hits[0];
    expect(hit?.snippet.map((p) => p.text).join('')).toBe('Короткая справка о визите (Baku).');
    const source = search({ query: 'агентства' }).hits[0];
    expect(source?.snippet.map((p) => p.text).join('')).toBe('источник: агентства');
  });

  it('returns the author’s text as plain runs, never as markup', () => {
    const hit = search({ query: 'zebra' }).hits[0];
    expect(hit?.snippet).toEqual([
      { text: 'Raw <b>bold</b> &amp; <script>alert(1)</script> ', match: false },
      { text: 'zebra', match: true },
      { text: ' here.', match: false },
    ]);
    // Words inside tags are words like any other: found, and still plain text.
    expect(highlighted('script')).toEqual(['script', 'script']);
  });

  it('ranks a title match above a body-only match', () => {
    expect(ids('tariff')).toEqual([ids$.titleHit, ids$.bodyHit]);
    const [first, second] = search({ query: 'tariff' }).hits;
    expect((first?.score ?? 0) < (second?.score ?? 0)).toBe(true);
  });

  it('respects the limit', () => {
    expect(search({ query: 'match', limit: 5 }).hits).toHaveLength(5);
    expect(search({ query: 'match' }).hits).toHaveLength(20);
  });
});

describe('filters and the trash', () => {
  it('filters by language', () => {
    expect(ids('baku', { lang: 'ru' })).toEqual([ids$.visit]);
    expect(search({ query: 'baku', lang: 'en' }).hits.map((h) => h.lang)).toEqual(['en']);
    expect(ids('президент', { lang: 'en' })).toEqual([]);
  });

  it('filters by status of the matching translation', () => {
    expect(search({ query: 'baku', status: 'published' }).hits.map((h) => h.lang)).toEqual(['ru']);
    expect(search({ query: 'baku', status: 'draft' }).hits.map((h) => h.lang)).toEqual(['en']);
    expect(ids('baku', { status: 'archived' })).toEqual([]);
    expect(ids('baku', { lang: 'en', status: 'published' })).toEqual([]);
  });

  it('filters by section', () => {
    expect(ids('baku', { section: 'politics' })).toEqual([ids$.visit, ids$.visit]);
    expect(ids('baku', { section: 'news' })).toEqual([]);
    expect(ids('tariff', { section: 'economy', lang: 'en', status: 'draft' })).toEqual([ids$.titleHit, ids$.bodyHit]);
  });

  it('tells each hit its state against the original, with its counts', () => {
    const states = search({ query: 'baku', limit: 10 }).hits.map((h) => [h.lang, h.state, h.staleBlocks, h.missingBlocks]);
    expect(states.sort()).toEqual([
      ['en', 'stale', 2, 1],
      ['ru', 'original', 0, 0],
    ]);
    expect(search({ query: 'christmas' }).hits.map((h) => [h.lang, h.state])).toEqual([['en', 'current']]);
  });

  it('filters by state of the matching translation, never matching an original', () => {
    expect(search({ query: 'baku', state: 'stale' }).hits.map((h) => h.lang)).toEqual(['en']);
    expect(ids('baku', { state: 'current' })).toEqual([]);
    expect(ids('ёлка', { state: 'current' })).toEqual([]);
    expect(ids('christmas', { state: 'current' })).toEqual([ids$.tree]);
    expect(ids('christmas', { state: 'stale' })).toEqual([]);
    const stale = search({ query: 'weather', state: 'stale', limit: 50 }).hits;
    const current = search({ query: 'weather', state: 'current', limit: 50 }).hits;
    expect([stale.length, current.length]).toEqual([5, 15]);
    expect(stale.every((h) => h.state === 'stale' && h.missingBlocks === 1)).toBe(true);
    expect(current.every((h) => h.state === 'current')).toBe(true);
    // Together with the other filters.
    expect(ids('baku', { state: 'stale', lang: 'ru' })).toEqual([]);
    expect(ids('baku', { state: 'stale', lang: 'en', status: 'draft', section: 'politics' })).toEqual([ids$.visit]);
    expect(ids('weather', { state: 'current', lang: 'en', status: 'draft', limit: 50 })).toHaveLength(15);
    expect(ids('weather', { state: 'current', status: 'draft', section: 'sport', limit: 50 })).toHaveLength(15);
    expect(ids('weather', { state: 'stale', section: 'culture' })).toEqual([]);
  });

  it('leaves out articles in the trash, with or without filters, and finds them again once restored', () => {
    expect(ids('кракозябра')).toEqual([]);
    expect(ids('кракозябра', { section: 'news' })).toEqual([]);
    expect(ids('кракозябра', { lang: 'ru' })).toEqual([]);
    expect(ids('кракозябра', { status: 'draft' })).toEqual([]);
    db.prepare("UPDATE translations SET missing_blocks = 1, lang = 'en' WHERE article_id = ?").run(ids$.trashed);
    expect(ids('кракозябра', { state: 'stale' })).toEqual([]);
    db.prepare("UPDATE translations SET missing_blocks = 1, lang = 'ru' WHERE article_id = ?").run(ids$.trashed);
    db.prepare('UPDATE articles SET deleted_at = NULL WHERE id = ?').run(ids$.trashed);
    expect(ids('кракозябра')).toEqual([ids$.trashed]);
    expect(ids('кракозябра', { section: 'news' })).toEqual([ids$.trashed]);
  });
});

describe('hostile queries', () => {
  const hostile = [
    '',
    '   ',
    '"',
    '"президент',
    'президент"',
    'AND',
    'OR NOT',
    'NEAR(президент министр)',
    'title:президент',
    '{title}:baku',
    'baku*',
    '*',
    '^baku',
    '-baku',
    '(baku',
    'baku)',
    "'; DROP TABLE translations; --",
    '\u0002\u0003',
    '😀',
    '…—!?',
    'ж'.repeat(500),
    'a '.repeat(250),
  ];

  it('never throws and never reports an SQL error', () => {
    for (const query of hostile) {
      expect(() => search({ query }), JSON.stringify(query)).not.toThrow();
    }
    expect(db.prepare('SELECT count(*) AS n FROM translations').get()).toEqual({ n: 50 });
  });

  it('treats syntax as words: a query for "baku*" or title:baku finds Baku', () => {
    expect(ids('title:baku').length).toBe(0); // "title" is a word here, and no text about Baku says it
    expect(ids('baku*').length).toBe(2);
    expect(ids('"baku"').length).toBe(2);
    expect(ids('-baku').length).toBe(2);
    expect(ids('NEAR(visit baku)').length).toBe(0); // "near" is a word too
  });

  it('returns no hits, not an error, when the query has no words', () => {
    for (const query of ['', '   ', '!!!', '"*"', '😀']) {
      expect(search({ query })).toEqual({ hits: [], capped: false });
    }
  });
});

describe('keeping the index in step', () => {
  it('forgets the old words and finds the new ones after a body changes', () => {
    expect(ids('министров')).toEqual([ids$.ministers]);
    db.prepare(`UPDATE translations SET body_text = ?, updated_at = ? WHERE article_id = ? AND lang = 'ru'`).run(
      'Послы обсудили торговлю.',
      new Date().toISOString(),
      ids$.ministers,
    );
    expect(ids('министров')).toEqual([]);
    expect(ids('послов')).toEqual([ids$.ministers]);
    expect(highlighted('торговли')).toEqual(['торговлю']);
    expectIndexMatchesContent();
  });

  it('removes a deleted translation from the index', () => {
    db.prepare('DELETE FROM articles WHERE id = ?').run(ids$.ministers);
    expect(ids('министров')).toEqual([]);
    expectIndexMatchesContent();
  });

  it('gives identical results after a rebuild', () => {
    const queries = ['президента', 'baku', 'елка', 'şəhərdə', 'tariff', 'прези', 'match', 'zebra'];
    const before = queries.map((query) => search({ query }));
    rebuildSearchIndex(db);
    const after = queries.map((query) => search({ query }));
    expect(after).toEqual(before);
    expectIndexMatchesContent();
  });

  it('rebuilds an index that was emptied', () => {
    db.prepare(`INSERT INTO search_index (search_index) VALUES ('delete-all')`).run();
    expect(ids('президента')).toEqual([]);
    rebuildSearchIndex(db);
    expect(ids('президента')).toEqual([ids$.visit]);
  });
});

describe('broad queries', () => {
  it('ranks only the newest matches and says so', () => {
    const insertArticle = db.prepare(
      `INSERT INTO articles (id, section, original_lang, created_at, updated_at) VALUES (?, 'news', 'ru', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
    );
    const insert = db.prepare(
      `INSERT INTO translations (article_id, lang, title, body, body_text, created_at, updated_at)
       VALUES (?, 'ru', ?, '{}', ?, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
    );
    db.transaction(() => {
      for (let i = 0; i <= RANK_CAP + 10; i++) {
        const id = `30000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        insertArticle.run(id);
        // The oldest article says "снег" in its title: the best match, but beyond the cap.
        insert.run(id, i === 0 ? 'Снег' : `Заметка ${i}`, `Сегодня снег. ${'Слово '.repeat(i % 7)}`);
      }
    })();
    const broad = search({ query: 'снег' });
    expect(broad.capped).toBe(true);
    expect(broad.hits).toHaveLength(20);
    expect(broad.hits.map((h) => h.articleId)).not.toContain('30000000-0000-4000-8000-000000000000');
    expect(search({ query: 'снег', section: 'news' }).capped).toBe(true);
    expect(search({ query: 'президент' }).capped).toBe(false);
  });
});

describe('parseSnippet', () => {
  it('splits at the markers and merges neighbours', () => {
    expect(parseSnippet('a \u0002b\u0003 c')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c', match: false },
    ]);
    expect(parseSnippet('\u0002a\u0003\u0002b\u0003')).toEqual([{ text: 'ab', match: true }]);
    expect(parseSnippet('')).toEqual([]);
    expect(parseSnippet('<i>x</i>')).toEqual([{ text: '<i>x</i>', match: false }]);
  });
});
