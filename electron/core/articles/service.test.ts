import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs, emptyBody } from '../../../shared/editor/text';
import { openWorkspace, type Workspace } from '../workspace';
import {
  createArticle,
  deleteArticle,
  getArticle,
  listArticles,
  restoreArticle,
  updateArticle,
  updateTranslation,
  workspaceInfo,
} from './service';
import { thrownBy } from '../testing';
import { assertWritable } from './rules';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-articles-'));
  ws = openWorkspace(dir);
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});


const newArticle = (title = 'Министры договорились о переговорах', section = 'news') =>
  createArticle(ws, { section, originalLang: 'ru', title, tags: [' дипломатия ', 'Şəki', 'дипломатия', '', '🎶'] });

describe('createArticle', () => {
  it('makes the article and its original translation: revision 1, empty body, draft, slug from title', () => {
    const a = newArticle('Объём бюджета — ещё больше 🚀');
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).toMatchObject({ section: 'news', originalLang: 'ru', revision: 1, deletedAt: null, publishedAt: null, missing: ['en'] });
    expect(a.tags).toEqual(['дипломатия', 'Şəki', '🎶']);
    expect(a.translations).toHaveLength(1);
    expect(a.translations[0]).toMatchObject({
      lang: 'ru',
      title: 'Объём бюджета — ещё больше 🚀',
      slug: 'obyom-byudzheta-eschyo-bolshe',
      status: 'draft',
      state: 'original',
      revision: 1,
      wordCount: 0,
      body: emptyBody(),
    });
    expect(getArticle(ws, a.id)).toEqual(a);
  });

  it('refuses a section or language the workspace does not have', () => {
    expect(thrownBy(() => createArticle(ws, { section: 'weather', originalLang: 'ru', title: '', tags: [] }))).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/no section "weather".*news/),
      phrase: { key: 'core.articles.unknownSection', params: { section: 'weather', sections: expect.stringContaining('news') } },
    });
    expect(thrownBy(() => createArticle(ws, { section: 'news', originalLang: 'de', title: '', tags: [] }))).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/"de".*ru, en/),
      phrase: { key: 'core.articles.unknownLanguage', params: { lang: 'de', languages: 'ru, en' } },
    });
    expect(workspaceInfo(ws).articleCount).toBe(0);
  });
});

describe('updateTranslation', () => {
  it('saves fields, counts words of the body, bumps revisions and times, in Russian, Azerbaijani and emoji', () => {
    const a = newArticle('');
    const body = bodyFromParagraphs(['Ёжик и ёлка — ещё 2 слова 🦔', 'Şəhər ağac ğ ə']);
    const t = updateTranslation(ws, {
      articleId: a.id,
      lang: 'ru',
      expectedRevision: 1,
      patch: { title: 'Şəkidə festival 🎶', summary: 'Кратко ё', body, source: 'агентство «Ёж»', status: 'review' },
    });
    expect(t).toMatchObject({ revision: 2, title: 'Şəkidə festival 🎶', slug: 'sekide-festival', status: 'review', state: 'original' });
    expect(t.wordCount).toBe(10); // 6 + 4; the emoji and the dash are not words
    expect(t.body).toEqual(body);
    const again = getArticle(ws, a.id);
    expect(again.translations[0]).toEqual(t);
    expect(again.updatedAt).toBe(t.updatedAt);
    expect(again.revision).toBe(1);
    expect(ws.db.prepare('SELECT body_text FROM translations').pluck().get()).toBe('Ёжик и ёлка — ещё 2 слова 🦔\nŞəhər ağac ğ ə');

    // A save without a body keeps it and its word count; a slug once set stays.
    const t2 = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 2, patch: { title: 'Другой заголовок' } });
    expect(t2).toMatchObject({ revision: 3, slug: 'sekide-festival', wordCount: 10, body });
  });

  it('creates a missing translation with revision 0, and refuses 0 against one that exists', () => {
    const a = newArticle();
    const en = updateTranslation(ws, {
      articleId: a.id,
      lang: 'en',
      expectedRevision: 0,
      patch: { title: 'Ministers agree on talks', body: bodyFromParagraphs(['Two words']) },
    });
    expect(en).toMatchObject({ lang: 'en', revision: 1, state: 'current', status: 'draft', slug: 'ministers-agree-on-talks', wordCount: 2 });
    const article = getArticle(ws, a.id);
    expect(article.translations.map((t) => t.lang)).toEqual(['ru', 'en']);
    expect(article.missing).toEqual([]);
    const e = thrownBy(() => updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: 'again' } }));
    expect(e.code).toBe('conflict');
    expect(getArticle(ws, a.id).translations[1]?.title).toBe('Ministers agree on talks');
  });

  it('gives the article its publish date when its first language is published, and keeps it after', () => {
    const a = newArticle();
    const ru = a.translations[0]!;
    const ready = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: ru.revision, patch: { status: 'ready' } });
    expect(getArticle(ws, a.id).publishedAt).toBeNull();
    const published = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: ready.revision, patch: { status: 'published' } });
    const first = getArticle(ws, a.id).publishedAt;
    expect(first).toBe(published.updatedAt);
    // Published again later, or another language published: the date stays.
    const archived = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: published.revision, patch: { status: 'archived' } });
    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: archived.revision, patch: { status: 'published' } });
    updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: 'Published too', status: 'published' } });
    expect(getArticle(ws, a.id).publishedAt).toBe(first);
  });

  it('refuses a stale write from a second window, keeping the first save', () => {
    const a = newArticle();
    const windowA = getArticle(ws, a.id).translations[0]!;
    const windowB = getArticle(ws, a.id).translations[0]!;
    const saved = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: windowA.revision, patch: { title: 'Окно A' } });
    expect(saved.revision).toBe(2);
    const e = thrownBy(() =>
      updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: windowB.revision, patch: { title: 'Окно B' } }),
    );
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/changed elsewhere/);
    expect(e.message).toMatch(/another window/);
    expect(e.message).toMatch(/Reload/);
    expect(e.message).toMatch(/unsaved text stays in the editor/);
    expect(e.message).toMatch(/^The Russian version of this article was changed elsewhere/);
    expect(e.phrase).toEqual({ key: 'core.articles.staleTranslation', params: { lang: { key: 'languages.ru' } } });
    expect(getArticle(ws, a.id).translations[0]).toMatchObject({ title: 'Окно A', revision: 2 });
    // A revision from the future is just as stale.
    expect(thrownBy(() => updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 9, patch: { title: 'x' } })).code).toBe(
      'conflict',
    );
  });

  it('refuses unknown articles and languages the workspace does not use', () => {
    const a = newArticle();
    expect(
      thrownBy(() =>
        updateTranslation(ws, { articleId: '00000000-0000-4000-8000-000000000000', lang: 'ru', expectedRevision: 1, patch: { title: 'x' } }),
      ),
    ).toMatchObject({ code: 'not_found', phrase: { key: 'core.articles.notFound' } });
    expect(thrownBy(() => updateTranslation(ws, { articleId: a.id, lang: 'fr', expectedRevision: 0, patch: { title: 'x' } })).code).toBe(
      'invalid_input',
    );
  });

  it('refuses a body too long to store', () => {
    const a = newArticle();
    const paragraphs = Array.from({ length: 12 }, () => 'ж'.repeat(190_000));
    const e = thrownBy(() => updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { body: bodyFromParagraphs(paragraphs) } }));
    expect(e.code).toBe('payload_too_large');
    expect(e.phrase?.key).toBe('core.articles.tooLong');
    expect(getArticle(ws, a.id).translations[0]?.revision).toBe(1);
  });

  it('leaves nothing behind when a save fails inside its transaction', () => {
    const a = newArticle();
    const before = getArticle(ws, a.id);
    ws.db.exec("CREATE TEMP TRIGGER fail_touch BEFORE UPDATE OF updated_at ON articles BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
    expect(() => updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { title: 'новый' } })).toThrow(/disk trouble/);
    ws.db.exec('DROP TRIGGER fail_touch');
    expect(getArticle(ws, a.id)).toEqual(before);
  });
});

describe('updateArticle', () => {
  it('changes the article fields against its revision', () => {
    const a = newArticle();
    const b = updateArticle(ws, {
      articleId: a.id,
      expectedRevision: 1,
      patch: { section: 'culture', tags: ['ə', 'ə', 'Ёж'], authors: ['Leyla Məmmədova'], publishedAt: '2025-05-01T12:00:00Z' },
    });
    expect(b).toMatchObject({ revision: 2, section: 'culture', tags: ['ə', 'Ёж'], authors: ['Leyla Məmmədova'], publishedAt: '2025-05-01T12:00:00.000Z' });
    expect(thrownBy(() => updateArticle(ws, { articleId: a.id, expectedRevision: 1, patch: { section: 'sport' } }))).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^This article was changed elsewhere/),
      phrase: { key: 'core.articles.staleArticle' },
    });
    expect(thrownBy(() => updateArticle(ws, { articleId: a.id, expectedRevision: 2, patch: { section: 'weather' } })).code).toBe('invalid_input');
    expect(getArticle(ws, a.id).section).toBe('culture');
  });

  it('moves the original language only to a language the article has', () => {
    const a = newArticle();
    expect(thrownBy(() => updateArticle(ws, { articleId: a.id, expectedRevision: 1, patch: { originalLang: 'en' } }))).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/has no English version yet/),
      phrase: { key: 'core.articles.noOriginalVersion', params: { lang: { key: 'languages.en' } } },
    });
    updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: 'English' } });
    const b = updateArticle(ws, { articleId: a.id, expectedRevision: 1, patch: { originalLang: 'en' } });
    expect(b.translations.map((t) => [t.lang, t.state])).toEqual([
      ['en', 'original'],
      ['ru', 'current'],
    ]);
  });
});

describe('trash', () => {
  it('moves an article to the trash, refuses writes there, and restores it', () => {
    const a = newArticle();
    const { deletedAt } = deleteArticle(ws, a.id);
    expect(getArticle(ws, a.id).deletedAt).toBe(deletedAt);
    expect(deleteArticle(ws, a.id).deletedAt).toBe(deletedAt);
    expect(workspaceInfo(ws)).toMatchObject({ articleCount: 0, trashCount: 1 });
    const base = { limit: 50, cursor: null, sort: 'updated' as const };
    expect(listArticles(ws, { ...base, trash: false }).items).toHaveLength(0);
    expect(listArticles(ws, { ...base, trash: true }).items.map((i) => i.id)).toEqual([a.id]);

    const refused = thrownBy(() => updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { title: 'x' } }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/in the trash/);
    expect(refused.message).toMatch(/Restore/);
    expect(refused.phrase?.key).toBe('core.articles.inTrash');
    const revision = getArticle(ws, a.id).revision;
    expect(thrownBy(() => updateArticle(ws, { articleId: a.id, expectedRevision: revision, patch: { section: 'sport' } })).message).toMatch(
      /trash/,
    );

    const back = restoreArticle(ws, a.id);
    expect(back.deletedAt).toBeNull();
    expect(workspaceInfo(ws)).toMatchObject({ articleCount: 1, trashCount: 0 });
    expect(listArticles(ws, { ...base, trash: false }).items.map((i) => i.id)).toEqual([a.id]);
    expect(updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { title: 'снова' } }).revision).toBe(2);
  });

  it('answers not_found for ids that do not exist', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(thrownBy(() => getArticle(ws, id)).code).toBe('not_found');
    expect(thrownBy(() => deleteArticle(ws, id)).code).toBe('not_found');
    expect(thrownBy(() => restoreArticle(ws, id)).code).toBe('not_found');
  });
});

describe('many writes in one transaction', () => {
  it('nest inside a caller transaction, as a corpus loader runs them', () => {
    const load = ws.db.transaction((n: number) => {
      for (let i = 0; i < n; i++) {
        const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: `Статья ${i}`, tags: [] });
        updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: `Article ${i}` } });
      }
    });
    load(25);
    expect(workspaceInfo(ws).articleCount).toBe(25);
  });
});

describe('a read-only workspace', () => {
  it('refuses a write, saying why in the words the workspace said it', () => {
    expect(() => assertWritable({ readOnly: false, problem: null })).not.toThrow();
    expect(thrownBy(() => assertWritable({ readOnly: true, problem: null }))).toMatchObject({
      code: 'read_only',
      message: 'Nothing was saved: this workspace is open read-only. Reopen it in a writable folder to make changes.',
      phrase: { key: 'core.articles.readOnly' },
    });
    const phrase = { key: 'core.common.unknownCall', params: { name: 'x' } };
    expect(thrownBy(() => assertWritable({ readOnly: true, problem: 'There is no call named x.', problemPhrase: phrase }))).toMatchObject({
      message: 'Nothing was saved: this workspace is open read-only. There is no call named x.',
      phrase: { key: 'core.articles.readOnlyBecause', params: { problem: phrase } },
    });
    // Without a phrase, the workspace's own words go in.
    expect(thrownBy(() => assertWritable({ readOnly: true, problem: 'Deep words.' })).phrase).toEqual({
      key: 'core.articles.readOnlyBecause',
      params: { problem: 'Deep words.' },
    });
  });
});
