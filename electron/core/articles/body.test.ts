import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs, emptyBody } from '../../../shared/editor/text';
import { searchArticles } from '../search/service';
import { openWorkspace, type Workspace } from '../workspace';
import { BODY_PROBLEM_MESSAGE, readBody } from './body';
import { createArticle, getArticle, updateTranslation } from './service';

/** The damaged body's sentence as the interface says it again, in its own language. */
const BODY_PHRASE = { key: 'core.articles.bodyProblem' };

describe('readBody', () => {
  it('reads a body the editor knows', () => {
    const body = bodyFromParagraphs(['Ёж и ёлка']);
    expect(readBody(JSON.stringify(body))).toEqual({ body, problem: null });
  });

  it.each([
    ['text that is not JSON', '{"root": {"type": "root", "children": [ cut off'],
    ['JSON of another shape', '{"root": {"type": "root", "version": 1, "children": [{"type": "video", "src": "x"}]}}'],
    ['a JSON string', '"just words"'],
    ['nothing', ''],
  ])('turns %s into an empty body, keeping the stored text', (_label, raw) => {
    expect(readBody(raw)).toEqual({ body: emptyBody(), problem: { message: BODY_PROBLEM_MESSAGE, phrase: BODY_PHRASE, raw } });
  });

  it('says what happened and what to do', () => {
    expect(BODY_PROBLEM_MESSAGE).toMatch(/could not be read/);
    expect(BODY_PROBLEM_MESSAGE).toMatch(/read-only/);
    expect(BODY_PROBLEM_MESSAGE).toMatch(/copy/);
    expect(BODY_PROBLEM_MESSAGE).toMatch(/replaces it/);
  });
});

describe('a damaged body in the store', () => {
  let dir: string;
  let ws: Workspace;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-body-'));
    ws = openWorkspace(dir);
  });
  afterEach(() => {
    ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const GARBAGE = '{"root": {"type": "root", "children": [{"type": "paragraph", "text": "Переговоры в Женеве продолжатся';
  const row = () => ws.db.prepare('SELECT * FROM translations WHERE lang = ?').get('en');

  function damagedArticle(): string {
    const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: 'Женева', tags: [] });
    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { body: bodyFromParagraphs(['Министры встретились.', 'Второй абзац.']) } });
    updateTranslation(ws, {
      articleId: a.id,
      lang: 'en',
      expectedRevision: 0,
      patch: { title: 'Geneva talks', body: bodyFromParagraphs(['Ministers met in Geneva for talks.']) },
    });
    ws.db.prepare('UPDATE translations SET body = ? WHERE article_id = ? AND lang = ?').run(GARBAGE, a.id, 'en');
    return a.id;
  }

  it('does not fail getArticle: an empty body, the problem and the raw text; the row stays as it was', () => {
    const id = damagedArticle();
    const before = row();
    const article = getArticle(ws, id);
    const en = article.translations.find((t) => t.lang === 'en')!;
    expect(en.body).toEqual(emptyBody());
    expect(en.bodyProblem).toEqual({ message: BODY_PROBLEM_MESSAGE, phrase: BODY_PHRASE, raw: GARBAGE });
    expect(en.wordCount).toBe(6);
    expect(article.translations[0]?.bodyProblem).toBeNull();
    expect(row()).toEqual(before);
    // Search still reads the text it indexed.
    expect(searchArticles(ws.db, { query: 'ministers', limit: 5 }).hits.map((h) => h.lang)).toEqual(['en']);
  });

  it('keeps the stored body through saves that do not send one, and replaces it with one that does', () => {
    const id = damagedArticle();
    const titled = updateTranslation(ws, { articleId: id, lang: 'en', expectedRevision: 1, patch: { title: 'Talks in Geneva', status: 'review' } });
    expect(titled.bodyProblem).toEqual({ message: BODY_PROBLEM_MESSAGE, phrase: BODY_PHRASE, raw: GARBAGE });
    expect(ws.db.prepare("SELECT body FROM translations WHERE lang = 'en'").pluck().get()).toBe(GARBAGE);

    const body = bodyFromParagraphs(['A new body.']);
    const replaced = updateTranslation(ws, { articleId: id, lang: 'en', expectedRevision: 2, patch: { body } });
    expect(replaced).toMatchObject({ body, bodyProblem: null, wordCount: 3 });
    expect(getArticle(ws, id).translations[1]?.bodyProblem).toBeNull();
  });

  it('counts a damaged translation as empty against its original, and a damaged original as having no blocks', () => {
    const id = damagedArticle();
    updateTranslation(ws, { articleId: id, lang: 'en', expectedRevision: 1, patch: { title: 'x' } });
    // Counts follow when the original's body changes: the damaged English is read as empty.
    updateTranslation(ws, { articleId: id, lang: 'ru', expectedRevision: 2, patch: { body: bodyFromParagraphs(['Один.', 'Два.', 'Три.']) } });
    expect(getArticle(ws, id).translations[1]).toMatchObject({ state: 'stale', missingBlocks: 3 });
    ws.db.prepare("UPDATE translations SET body = 'garbage' WHERE lang = 'ru'").run();
    updateTranslation(ws, { articleId: id, lang: 'en', expectedRevision: 2, patch: { body: bodyFromParagraphs(['One.']) } });
    expect(getArticle(ws, id).translations).toMatchObject([
      { lang: 'ru', state: 'original', bodyProblem: { raw: 'garbage' } },
      { lang: 'en', state: 'current', staleBlocks: 0, missingBlocks: 0 },
    ]);
  });
});
