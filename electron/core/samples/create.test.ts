import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocksOf } from '../../../shared/editor/blocks';
import { bodyParagraphs } from '../../../shared/editor/text';
import { createArticle, deleteArticle, getArticle, listArticles, workspaceInfo } from '../articles/service';
import { searchArticles } from '../search/service';
import { openWorkspace, type Workspace } from '../workspace';
import { SAMPLE_ARTICLES } from './articles';
import { createSampleArticles } from './create';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-samples-'));
  ws = openWorkspace(dir);
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('createSampleArticles', () => {
  it('fills an empty workspace with bilingual articles in several sections and statuses, one missing its English', () => {
    expect(createSampleArticles(ws)).toEqual({ created: SAMPLE_ARTICLES.length });
    const list = listArticles(ws, { limit: 50, cursor: null, sort: 'updated', trash: false });
    expect(list.total).toBeGreaterThanOrEqual(3);
    expect(list.total).toBeLessThanOrEqual(4);
    const articles = list.items.map((i) => getArticle(ws, i.id));
    expect(new Set(articles.map((a) => a.section)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(articles.flatMap((a) => a.translations.map((t) => t.status))).size).toBeGreaterThanOrEqual(3);
    expect(articles.filter((a) => a.missing.includes('en'))).toHaveLength(1);
    expect(articles.filter((a) => a.translations.length === 2).length).toBeGreaterThanOrEqual(2);
    for (const a of articles) {
      for (const t of a.translations) {
        expect(t.title.length).toBeGreaterThan(10);
        expect(t.source).not.toBe('');
        expect(t.slug).toMatch(/^[a-z0-9-]+$/);
        expect(bodyParagraphs(t.body).length).toBeGreaterThanOrEqual(3);
        expect(t.wordCount).toBeGreaterThan(40);
        if (t.lang === 'ru') expect(t.title).toMatch(/[а-яё]/i);
      }
    }
    expect(articles.some((a) => a.publishedAt !== null)).toBe(true);
    // The samples are searchable, by a different word form.
    expect(searchArticles(ws.db, { query: 'переговоры', limit: 5 }).hits.length).toBeGreaterThan(0);
  });

  it('links every translation to its original paragraph by paragraph, so all show as current', () => {
    for (const sample of SAMPLE_ARTICLES) {
      const [original, ...others] = sample.translations;
      for (const t of others) expect(t.paragraphs.length, t.title).toBe(original!.paragraphs.length);
    }
    createSampleArticles(ws);
    const list = listArticles(ws, { limit: 50, cursor: null, sort: 'updated', trash: false });
    const translated = list.items.flatMap((i) => i.translations).filter((t) => t.state !== 'original');
    expect(translated.length).toBeGreaterThanOrEqual(2);
    for (const t of translated) expect([t.state, t.staleBlocks, t.missingBlocks]).toEqual(['current', 0, 0]);
    expect(listArticles(ws, { limit: 50, cursor: null, sort: 'updated', trash: false, state: 'stale' }).total).toBe(0);
    for (const item of list.items) {
      const article = getArticle(ws, item.id);
      const originalIds = blocksOf(article.translations[0]!.body).map((b) => b.id);
      for (const t of article.translations.slice(1)) expect(blocksOf(t.body).map((b) => b.src)).toEqual(originalIds);
    }
  });

  it('is refused once the workspace has an article, even one in the trash, and adds nothing', () => {
    const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: 'Моя статья', tags: [] });
    deleteArticle(ws, a.id);
    expect(() => createSampleArticles(ws)).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/already has articles/), phrase: { key: 'core.articles.samples.notEmpty' } }),
    );
    expect(workspaceInfo(ws)).toMatchObject({ articleCount: 0, trashCount: 1 });
  });

  it('is refused the second time', () => {
    createSampleArticles(ws);
    expect(() => createSampleArticles(ws)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(workspaceInfo(ws).articleCount).toBe(SAMPLE_ARTICLES.length);
  });
});
