import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_STATE, newBlockId } from '../../../shared/editor/blocks';
import { BodySchema, type Body } from '../../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { insertMedia } from '../store/repositories/media';
import { isMediaUsed, listUsesOf } from '../store/repositories/photos';
import { thrownBy } from '../testing';
import { searchArticles } from '../search/service';
import { openWorkspace, type Workspace } from '../workspace';
import { createArticle, getArticle, listArticles, updateArticle, updateTranslation } from './service';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-photos-'));
  ws = openWorkspace(dir);
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PHOTO = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

function addMediaRow(id: string): void {
  const time = new Date().toISOString();
  insertMedia(ws.db, { id, mime: 'image/jpeg', width: 1200, height: 800, bytes: 1000, name: `${id.slice(0, 4)}.jpg`, credit: 'ТАСС', createdAt: time, updatedAt: time });
}

/** A body of one paragraph and one image placed after it. */
function bodyWithImage(mediaId: string, caption: string, altText: string): Body {
  const body = bodyFromParagraphs(['Министры встретились в Москве.']);
  body.root.children.push({ type: 'image', version: 1, mediaId, caption, altText, $: { [BLOCK_STATE.id]: newBlockId() } });
  return BodySchema.parse(body);
}

function bilingualArticle() {
  const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: 'Переговоры', tags: [] });
  updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: 'Talks' } });
  return getArticle(ws, a.id);
}

const missingOf = (articleId: string) => Object.fromEntries(getArticle(ws, articleId).translations.map((t) => [t.lang, t.photoTextMissing]));

describe('the lead photo', () => {
  it('is set through updateArticle, with texts per language saved with each translation', () => {
    addMediaRow(PHOTO);
    const a = bilingualArticle();
    expect(a.leadPhoto).toBeNull();
    const withLead = updateArticle(ws, { articleId: a.id, expectedRevision: a.revision, patch: { leadMediaId: PHOTO } });
    expect(withLead.leadPhoto).toMatchObject({ id: PHOTO, width: 1200, height: 800, credit: 'ТАСС' });
    expect(missingOf(a.id)).toEqual({ ru: 1, en: 1 });

    const ru = withLead.translations.find((t) => t.lang === 'ru')!;
    const saved = updateTranslation(ws, {
      articleId: a.id,
      lang: 'ru',
      expectedRevision: ru.revision,
      patch: { leadCaption: 'Министры иностранных дел России и Азербайджана', leadAlt: 'Два министра за столом' },
    });
    expect(saved).toMatchObject({ leadCaption: 'Министры иностранных дел России и Азербайджана', leadAlt: 'Два министра за столом', photoTextMissing: 0 });
    expect(missingOf(a.id)).toEqual({ ru: 0, en: 1 });

    // Only the caption: the alt text is still missing.
    const en = getArticle(ws, a.id).translations.find((t) => t.lang === 'en')!;
    updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: en.revision, patch: { leadCaption: 'Foreign ministers' } });
    expect(missingOf(a.id)).toEqual({ ru: 0, en: 1 });
    const list = listArticles(ws, { limit: 50, cursor: null, sort: 'updated', trash: false });
    expect(list.items[0]?.translations.map((t) => [t.lang, t.photoTextMissing])).toEqual([
      ['ru', 0],
      ['en', 1],
    ]);
  });

  it('keeps its texts when it is removed and set again; a blank caption counts as missing', () => {
    addMediaRow(PHOTO);
    const a = bilingualArticle();
    let article = updateArticle(ws, { articleId: a.id, expectedRevision: a.revision, patch: { leadMediaId: PHOTO } });
    const ru = article.translations.find((t) => t.lang === 'ru')!;
    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: ru.revision, patch: { leadCaption: '   ', leadAlt: 'Министры' } });
    expect(missingOf(a.id).ru).toBe(1);

    article = updateArticle(ws, { articleId: a.id, expectedRevision: getArticle(ws, a.id).revision, patch: { leadMediaId: null } });
    expect(article.leadPhoto).toBeNull();
    expect(missingOf(a.id)).toEqual({ ru: 0, en: 0 });
    expect(isMediaUsed(ws.db, PHOTO)).toBe(false);

    article = updateArticle(ws, { articleId: a.id, expectedRevision: article.revision, patch: { leadMediaId: PHOTO } });
    expect(article.translations.find((t) => t.lang === 'ru')).toMatchObject({ leadCaption: '   ', leadAlt: 'Министры' });
  });

  it('is refused when the image is not in the library, and nothing changes', () => {
    const a = bilingualArticle();
    const error = thrownBy(() => updateArticle(ws, { articleId: a.id, expectedRevision: a.revision, patch: { leadMediaId: OTHER } }));
    expect(error).toMatchObject({ code: 'not_found', phrase: { key: 'core.articles.photoGone' } });
    expect(getArticle(ws, a.id)).toMatchObject({ leadPhoto: null, revision: a.revision });
  });

  it('has its caption searched with the body, while the article has a lead photo', () => {
    addMediaRow(PHOTO);
    const a = bilingualArticle();
    const found = () => searchArticles(ws.db, { query: 'азербайджана', limit: 20 }).hits.map((h) => [h.articleId, h.lang]);
    let article = updateArticle(ws, { articleId: a.id, expectedRevision: a.revision, patch: { leadMediaId: PHOTO } });
    const ru = article.translations.find((t) => t.lang === 'ru')!;
    const saved = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: ru.revision, patch: { leadCaption: 'Министры России и Азербайджана' } });
    expect(found()).toEqual([[a.id, 'ru']]);
    // A body saved later keeps the caption searched.
    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: saved.revision, patch: { body: bodyFromParagraphs(['Переговоры прошли в Баку.']) } });
    expect(found()).toEqual([[a.id, 'ru']]);
    expect(searchArticles(ws.db, { query: 'переговоры', limit: 20 }).hits).toHaveLength(1);

    article = updateArticle(ws, { articleId: a.id, expectedRevision: getArticle(ws, a.id).revision, patch: { leadMediaId: null } });
    expect(found()).toEqual([]);
    updateArticle(ws, { articleId: a.id, expectedRevision: article.revision, patch: { leadMediaId: PHOTO } });
    expect(found()).toEqual([[a.id, 'ru']]);
  });

  it('gives a translation created later its own placement, with no texts yet', () => {
    addMediaRow(PHOTO);
    const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: 'Переговоры', tags: [] });
    updateArticle(ws, { articleId: a.id, expectedRevision: a.revision, patch: { leadMediaId: PHOTO } });
    expect(missingOf(a.id)).toEqual({ ru: 1 });
    updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: 'Talks' } });
    expect(missingOf(a.id)).toEqual({ ru: 1, en: 1 });
    expect(listUsesOf(ws.db, PHOTO).map((u) => [u.lang, u.position])).toEqual([
      ['en', -1],
      ['ru', -1],
    ]);
  });
});

describe('images in a body', () => {
  it('are uses of the image, each counted while its caption or alt text is empty', () => {
    addMediaRow(PHOTO);
    const a = bilingualArticle();
    const ru = a.translations.find((t) => t.lang === 'ru')!;
    const saved = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: ru.revision, patch: { body: bodyWithImage(PHOTO, 'Встреча', '') } });
    expect(saved.photoTextMissing).toBe(1);
    expect(listUsesOf(ws.db, PHOTO)).toEqual([
      expect.objectContaining({ articleId: a.id, lang: 'ru', position: 1, caption: 'Встреча', altText: '', title: 'Переговоры', inTrash: false }),
    ]);

    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: saved.revision, patch: { body: bodyWithImage(PHOTO, 'Встреча', 'Министры за столом') } });
    expect(missingOf(a.id)).toEqual({ ru: 0, en: 0 });
  });

  it('stop being uses when the image leaves the body', () => {
    addMediaRow(PHOTO);
    const a = bilingualArticle();
    const ru = a.translations.find((t) => t.lang === 'ru')!;
    const saved = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: ru.revision, patch: { body: bodyWithImage(PHOTO, 'Встреча', 'Министры') } });
    expect(isMediaUsed(ws.db, PHOTO)).toBe(true);
    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: saved.revision, patch: { body: bodyFromParagraphs(['Без фото.']) } });
    expect(isMediaUsed(ws.db, PHOTO)).toBe(false);
  });

  it('naming an image the library no longer holds still save, without counting as a use', () => {
    const a = bilingualArticle();
    const ru = a.translations.find((t) => t.lang === 'ru')!;
    const saved = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: ru.revision, patch: { body: bodyWithImage(OTHER, '', '') } });
    expect(saved.photoTextMissing).toBe(0);
    expect(getArticle(ws, a.id).translations[0]?.body.root.children[1]).toMatchObject({ type: 'image', mediaId: OTHER });
  });

  it('are found by search through their captions (in any word form)', () => {
    addMediaRow(PHOTO);
    const a = bilingualArticle();
    const ru = a.translations.find((t) => t.lang === 'ru')!;
    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: ru.revision, patch: { body: bodyWithImage(PHOTO, 'Панорама Баку на рассвете', 'Город') } });
    const hits = searchArticles(ws.db, { query: 'панорамы', limit: 20 }).hits;
    expect(hits.map((h) => [h.articleId, h.lang])).toEqual([[a.id, 'ru']]);
  });
});
