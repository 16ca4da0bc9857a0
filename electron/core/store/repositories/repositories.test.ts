import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../../../shared/editor/text';
import { openWorkspace, type Workspace } from '../../workspace';
import { countArticles, explainArticleList, getArticle, insertArticle, saveArticle, type StoredArticle } from './articles';
import {
  getTranslation,
  insertTranslation,
  listTranslationSummaries,
  listTranslations,
  saveTranslation,
  saveTranslationFields,
  setBlockCounts,
  type TranslationWrite,
} from './translations';
import { DEFAULT_SETTINGS, getSettings, putSettings } from './workspaceMeta';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-repo-'));
  ws = openWorkspace(dir);
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const T = '2025-03-01T10:00:00.000Z';

function article(id: string, extra: Partial<StoredArticle> = {}): StoredArticle {
  return {
    id,
    section: 'news',
    tags: ['Ёлка 🎄', 'şəhər', 'ağac ğ', 'emoji 👩🏽‍💻'],
    authors: ['Məmməd Əliyev', 'Пётр Ковалёв'],
    originalLang: 'ru',
    createdAt: T,
    updatedAt: T,
    publishedAt: null,
    deletedAt: null,
    revision: 1,
    ...extra,
  };
}

function translation(articleId: string, lang: string, title: string, paragraphs: string[]): TranslationWrite {
  const body = bodyFromParagraphs(paragraphs);
  return {
    articleId,
    lang,
    title,
    summary: `Кратко: ${title}`,
    bodyJson: JSON.stringify(body),
    bodyText: paragraphs.join('\n'),
    source: 'источник: агентство «Ёж» 📰',
    slug: 'slug',
    status: 'draft',
    wordCount: 3,
    staleBlocks: 0,
    missingBlocks: 0,
    revision: 1,
    createdAt: T,
    updatedAt: T,
  };
}

describe('articles repository', () => {
  it('round-trips Cyrillic, Azerbaijani and emoji in tags and authors, and JSON columns', () => {
    const a = article('11111111-1111-4111-8111-111111111111', { publishedAt: '2025-03-02T00:00:00.000Z' });
    insertArticle(ws.db, a);
    expect(getArticle(ws.db, a.id)).toEqual(a);
    const changed = { ...a, tags: ['Şəki', 'Ğ', '🎶'], section: 'culture', revision: 2, deletedAt: T };
    saveArticle(ws.db, changed);
    expect(getArticle(ws.db, a.id)).toEqual(changed);
    expect(getArticle(ws.db, 'nope')).toBeUndefined();
  });

  it('keeps live and trash counts in step with inserts and moves to the trash', () => {
    const a = article('11111111-1111-4111-8111-111111111111');
    const b = article('22222222-2222-4222-8222-222222222222');
    insertArticle(ws.db, a);
    insertArticle(ws.db, b);
    expect(countArticles(ws.db)).toEqual({ live: 2, trash: 0 });
    saveArticle(ws.db, { ...a, deletedAt: T });
    expect(countArticles(ws.db)).toEqual({ live: 1, trash: 1 });
    saveArticle(ws.db, { ...a, deletedAt: T, revision: 3 });
    expect(countArticles(ws.db)).toEqual({ live: 1, trash: 1 });
    saveArticle(ws.db, { ...a, deletedAt: null });
    expect(countArticles(ws.db)).toEqual({ live: 2, trash: 0 });
  });
});

describe('the article list by translation state', () => {
  for (const filter of [{ state: 'stale' }, { state: 'current' }, { state: 'stale', lang: 'en' }, { state: 'current', lang: 'en', status: 'draft' }] as const) {
    it(`reads no translation row for ${JSON.stringify(filter)}`, () => {
      const plan = explainArticleList(ws.db, { trash: false, ...filter });
      expect(plan.some((l) => /COVERING INDEX translations_needing_update/.test(l))).toBe(true);
      // Counts come from the partial index; languages from the (article_id, lang) key.
      const state = plan.filter((l) => /\b(st|sn)\b/.test(l));
      expect(state.length).toBeGreaterThan(0);
      for (const line of state) expect(line).toMatch(/COVERING INDEX/);
      expect(plan.filter((l) => /^SCAN (translations|st|sn)\b/.test(l))).toEqual([]);
    });
  }
});

describe('translations repository', () => {
  const id = '33333333-3333-4333-8333-333333333333';
  beforeEach(() => insertArticle(ws.db, article(id)));

  it('round-trips titles and bodies in Russian, Azerbaijani and with emoji', () => {
    const ru = translation(id, 'ru', 'Объём «ёлочных» продаж вырос 🎄', ['Ещё в 2024 году — всё иначе.', 'Вторая строка ё']);
    const az = translation(id, 'az', 'Şəkidə festival: ağac, ğ, ə 🎶', ['Əsas mətn şəhər haqqında.']);
    insertTranslation(ws.db, ru);
    insertTranslation(ws.db, az);
    const back = getTranslation(ws.db, id, 'ru');
    expect(back?.title).toBe(ru.title);
    expect(back?.summary).toBe(ru.summary);
    expect(back?.source).toBe(ru.source);
    expect(back?.bodyJson).toBe(ru.bodyJson);
    expect(getTranslation(ws.db, id, 'az')?.title).toBe('Şəkidə festival: ağac, ğ, ə 🎶');
    expect(listTranslations(ws.db, id).map((t) => t.lang)).toEqual(['az', 'ru']);
    expect(ws.db.prepare('SELECT body_text FROM translations WHERE lang = ?').pluck().get('ru')).toBe(ru.bodyText);
  });

  it('saves every field, or every field but the body', () => {
    insertTranslation(ws.db, translation(id, 'ru', 'Первый', ['Текст']));
    const second = { ...translation(id, 'ru', 'Второй ə', ['Новый текст 🙂']), revision: 2, status: 'review' as const, staleBlocks: 2, missingBlocks: 1 };
    saveTranslation(ws.db, second);
    let back = getTranslation(ws.db, id, 'ru');
    expect(back).toMatchObject({ title: 'Второй ə', revision: 2, status: 'review', staleBlocks: 2, missingBlocks: 1 });
    expect(back?.bodyJson).toBe(second.bodyJson);
    saveTranslationFields(ws.db, { ...back!, title: 'Третий', revision: 3 });
    back = getTranslation(ws.db, id, 'ru');
    expect(back).toMatchObject({ title: 'Третий', revision: 3, staleBlocks: 2, missingBlocks: 1 });
    expect(back?.bodyJson).toBe(second.bodyJson);
  });

  it('sets staleness counts, and leaves the row alone when they are already so', () => {
    insertTranslation(ws.db, translation(id, 'en', 'One', ['a']));
    const changes = () => Number(ws.db.prepare('SELECT total_changes()').pluck().get());
    const before = changes();
    setBlockCounts(ws.db, id, 'en', { staleBlocks: 0, missingBlocks: 0 });
    expect(changes()).toBe(before);
    setBlockCounts(ws.db, id, 'en', { staleBlocks: 1, missingBlocks: 4 });
    // The row, and its line in the change log (migration 0006).
    expect(changes()).toBe(before + 2);
    expect(getTranslation(ws.db, id, 'en')).toMatchObject({ staleBlocks: 1, missingBlocks: 4 });
    expect(listTranslationSummaries(ws.db, [id])[0]).toMatchObject({ staleBlocks: 1, missingBlocks: 4 });
  });

  it('lists summaries of several articles at once', () => {
    const other = '44444444-4444-4444-8444-444444444444';
    insertArticle(ws.db, article(other));
    insertTranslation(ws.db, translation(id, 'ru', 'Один', ['а']));
    insertTranslation(ws.db, translation(other, 'en', 'Two', ['b']));
    const summaries = listTranslationSummaries(ws.db, [id, other]);
    expect(summaries.map((s) => `${s.articleId}/${s.lang}/${s.title}`).sort()).toEqual([`${id}/ru/Один`, `${other}/en/Two`].sort());
    expect(listTranslationSummaries(ws.db, [])).toEqual([]);
  });

  it('refuses a translation of an article that does not exist', () => {
    expect(() => insertTranslation(ws.db, translation('55555555-5555-4555-8555-555555555555', 'ru', 'x', []))).toThrow(/FOREIGN KEY/);
  });
});

describe('workspace settings', () => {
  it('starts with the default languages and sections, and keeps changes', () => {
    expect(getSettings(ws.db)).toEqual(DEFAULT_SETTINGS);
    putSettings(ws.db, {
      languages: ['ru', 'en', 'az'],
      sections: [{ id: 'news', names: { ru: 'Новости', az: 'Xəbərlər' } }],
      guidance: { titleChars: 70, summaryChars: 200 },
    });
    expect(getSettings(ws.db).languages).toEqual(['ru', 'en', 'az']);
    expect(getSettings(ws.db).guidance).toEqual({ titleChars: 70, summaryChars: 200 });
    expect(getSettings(ws.db).sections[0]?.names.az).toBe('Xəbərlər');
  });

  it('falls back to the defaults for a hand-damaged value', () => {
    ws.db.prepare("UPDATE workspace_meta SET value = '{not json' WHERE key = 'languages'").run();
    ws.db.prepare(`UPDATE workspace_meta SET value = '[{"id": 5}]' WHERE key = 'sections'`).run();
    expect(getSettings(ws.db)).toEqual(DEFAULT_SETTINGS);
  });
});
