import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeToken } from './analyzer';
import { MAX_TERMS, buildMatchQuery } from './query';

/** An FTS5 table configured like the search index, to prove every expression parses. */
const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE f USING fts5 (title, summary, body_text, source, tokenize = 'unicode61 remove_diacritics 0');
         INSERT INTO f VALUES ('президент', 'министр', 'talk', 'source');`);
afterAll(() => db.close());
const run = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM f WHERE f MATCH ?');

function parses(expression: string): boolean {
  run.get(expression);
  return true;
}

/** A seeded generator, so a failure names an input that can be reproduced. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('buildMatchQuery', () => {
  it('ANDs the quoted stems of every word', () => {
    expect(buildMatchQuery('министров иностранных ').expression).toBe(
      `"${analyzeToken('министров')}" AND "${analyzeToken('иностранных')}"`,
    );
  });

  it('lets the last word of four or more characters match as a prefix of its folded form', () => {
    expect(buildMatchQuery('Прези').expression).toBe(`("${analyzeToken('прези')}" OR "прези"*)`);
    expect(buildMatchQuery('минист').expression).toBe('"минист"*');
    expect(buildMatchQuery('talks').expression).toBe('("talk" OR "talks"*)');
    expect(buildMatchQuery('визит Президента').expression).toBe(
      `"${analyzeToken('визит')}" AND ("${analyzeToken('президента')}" OR "президента"*)`,
    );
    expect(buildMatchQuery('Ёлка').expression).toBe(`("${analyzeToken('ёлка')}" OR "елка"*)`);
  });

  it('keeps prefixes for words still being typed: not after a space or punctuation, not under four characters', () => {
    expect(buildMatchQuery('прези ').expression).toBe(`"${analyzeToken('прези')}"`);
    expect(buildMatchQuery('прези.').expression).toBe(`"${analyzeToken('прези')}"`);
    expect(buildMatchQuery('пре').expression).toBe('"пре"');
    expect(buildMatchQuery('war').expression).toBe('"war"');
    expect(buildMatchQuery('прези*').expression).toBe(`("${analyzeToken('прези')}" OR "прези"*)`);
  });

  it('finds no words in empty, blank, punctuation-only or syntax-only text', () => {
    for (const text of ['', '   ', '\n\t', '!!!', '…—–', '"', '""', '*', '()', '^', ':', '-', '😀 👍']) {
      expect(buildMatchQuery(text).expression, JSON.stringify(text)).toBeNull();
    }
  });

  it('turns query syntax into plain words', () => {
    const q = buildMatchQuery('title:президент OR NOT NEAR(a b) "x" ^start -minus (paren) col*');
    expect(q.expression).not.toBeNull();
    expect(q.expression).not.toMatch(/(^|[^"])\b(OR|NOT|NEAR)\b(?!")/);
    expect(parses(q.expression as string)).toBe(true);
  });

  it('never produces an expression FTS5 refuses, whatever is typed', () => {
    const hostile = [
      '"',
      '"""',
      'a"b',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      'a AND',
      'OR b',
      'NOT NOT',
      'NEAR(',
      'NEAR(a b, 5)',
      'a*',
      '*a',
      '^a',
      'title:a',
      '{title summary}:a',
      '- a',
      '(a',
      'a)',
      "'; DROP TABLE translations; --",
      'президент" OR "1"="1',
      '\u0000\u0001\u0002',
      '\ud800 lone surrogate \udfff',
      'x'.repeat(500),
      'я '.repeat(250),
      'a'.repeat(250) + ' ' + 'b'.repeat(249),
      '🤖робот',
    ];
    for (const text of hostile) {
      const { expression } = buildMatchQuery(text);
      if (expression !== null) expect(() => parses(expression), JSON.stringify(text)).not.toThrow();
    }
  });

  it('survives random strings of syntax characters and words', () => {
    const random = rng(7);
    const pieces = ['"', '*', '^', ':', '(', ')', '-', '+', ' ', 'AND', 'OR', 'NOT', 'NEAR', 'title', 'прези', 'ёлка', 'a', '😀', ',', '{', '}', '\\', "'"];
    for (let i = 0; i < 2_000; i++) {
      let text = '';
      const n = 1 + Math.floor(random() * 12);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)];
      const { expression } = buildMatchQuery(text);
      if (expression !== null) expect(() => parses(expression), JSON.stringify(text)).not.toThrow();
    }
  });

  it('caps the number of terms and keeps the last word', () => {
    const words = Array.from({ length: 100 }, (_, i) => `слово${i}`);
    const q = buildMatchQuery(words.join(' '));
    expect(q.terms.length).toBe(MAX_TERMS);
    expect(q.terms[q.terms.length - 1]).toBe(analyzeToken('слово99'));
    expect(parses(q.expression as string)).toBe(true);
  });
});
