import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeToken, fold, searchText, tokenize } from './analyzer';
import { TOKEN_CHAR_RANGES } from './token-chars';

/** SQLite's own unicode61 tokenizer, configured as the search index is, to compare against. */
const db = new Database(':memory:');
db.exec(`
  CREATE VIRTUAL TABLE probe USING fts5 (x, tokenize = 'unicode61 remove_diacritics 0');
  CREATE VIRTUAL TABLE probe_terms USING fts5vocab (probe, 'instance');
`);
afterAll(() => db.close());

let nextRow = 1;
/** The tokens unicode61 makes of a text, in order. */
function sqliteTokens(text: string): string[] {
  const row = nextRow++;
  db.prepare('INSERT INTO probe (rowid, x) VALUES (?, ?)').run(row, text);
  const terms = db
    .prepare<[number], { term: string }>('SELECT term FROM probe_terms WHERE doc = ? ORDER BY offset')
    .all(row)
    .map((r) => r.term);
  return terms;
}

describe('fold', () => {
  it('lower-cases and turns ё into е', () => {
    expect(fold('ЁЛКА')).toBe('елка');
    expect(fold('Ёлка')).toBe('елка');
    expect(fold('ёлка')).toBe('елка');
    expect(fold('TALKS')).toBe('talks');
    expect(fold('ƏŞĞ')).toBe('əşğ');
    expect(fold('İlham')).toBe('ilham');
  });
});

describe('analyzeToken', () => {
  it('stems Russian and English word forms to one stem', () => {
    expect(analyzeToken('президента')).toBe(analyzeToken('президент'));
    expect(analyzeToken('Президенту')).toBe(analyzeToken('президент'));
    expect(analyzeToken('министров')).toBe(analyzeToken('министры'));
    expect(analyzeToken('talks')).toBe(analyzeToken('talk'));
    expect(analyzeToken('Talking')).toBe(analyzeToken('talk'));
    expect(analyzeToken('ёлка')).toBe(analyzeToken('елка'));
  });

  it('only folds words of other scripts', () => {
    expect(analyzeToken('Xəbərlər')).toBe('xəbərlər');
    expect(analyzeToken('2024')).toBe('2024');
  });
});

describe('tokenize', () => {
  it('splits where unicode61 splits, for text in many scripts and with odd characters', () => {
    const samples = [
      'Лавров: "Весь набор шагов …" — заявил министр.',
      'Talks in Baku; the president’s visit (2024-05-01).',
      'Azərbaycan Respublikası, şəhər, dağ, İlham, Işıq',
      'Цена 100₼ и 20₺, 5€; 🤖робот 😀 smile 👍🏽 ok a₼b',
      'й decomposed: и\u0306, ё decomposed: е\u0308, a\u0305b',
      'zero\u200bwidth\u200djoiner\u2066iso\u2069late\u00a0nbsp\u00adsoft',
      '日本語のテキスト、中文，한국어 ١٢٣ عربى',
      'C++ e-mail x_y a.b 3,14 «кавычки» „quotes“',
    ];
    for (const text of samples) {
      // The words found here, fed to unicode61 one by one, are exactly the words it finds.
      expect(sqliteTokens(tokenize(text).join(' ')), text).toEqual(sqliteTokens(text));
    }
  });

  it('agrees with unicode61 at the edge of every character range it was generated from', () => {
    expect(TOKEN_CHAR_RANGES.length).toBeGreaterThan(100);
    const probes = new Set<number>();
    for (const [a, b] of TOKEN_CHAR_RANGES) for (const cp of [a - 1, a, b, b + 1]) probes.add(cp);
    const usable = [...probes].filter((cp) => cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff));
    const mismatches: string[] = [];
    db.transaction(() => {
      for (const cp of usable) {
        const text = `q${String.fromCodePoint(cp)}q`;
        if (tokenize(text).length !== sqliteTokens(text).length) mismatches.push(cp.toString(16));
      }
    })();
    expect(mismatches).toEqual([]);
  });
});

describe('searchText', () => {
  it('gives exactly one token out for every token in', () => {
    const samples = [
      'Министры иностранных дел встретились в Баку. ЁЛКА, ёлки!',
      'İstanbul İLHAM ǅemal ŉ ﬁnance ß STRASSE',
      'Цена 100₼, 🤖робот, и\u0306од, a\u0305b',
    ];
    for (const text of samples) {
      const analyzed = searchText(text);
      expect(sqliteTokens(analyzed).length, text).toBe(sqliteTokens(text).length);
      expect(analyzed.split(' ').length).toBe(tokenize(text).length);
    }
  });

  it('is empty for empty text and text without words', () => {
    expect(searchText('')).toBe('');
    expect(searchText(' — … !!! ')).toBe('');
  });
});
