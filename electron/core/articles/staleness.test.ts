import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK_STATE, blocksOf, linkTo } from '../../../shared/editor/blocks';
import type { Body } from '../../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { putSettings, getSettings } from '../store/repositories/workspaceMeta';
import { openWorkspace, type Workspace } from '../workspace';
import { createArticle, getArticle, listArticles, updateArticle, updateTranslation } from './service';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-staleness-'));
  ws = openWorkspace(dir);
  putSettings(ws.db, { ...getSettings(ws.db), languages: ['ru', 'en', 'az'] });
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A translation of `original`, paragraph for paragraph, linked to each original block. */
function linkedTranslation(original: Body, paragraphs: readonly string[]): Body {
  const links = blocksOf(original).map(linkTo);
  return bodyFromParagraphs(paragraphs, links);
}

/** The body with block `i`'s text replaced, its block id kept (as the editor does when typing). */
function withText(body: Body, i: number, text: string): Body {
  const copy = structuredClone(body);
  const block = copy.root.children[i];
  if (block === undefined || block.type === 'list' || block.type === 'image') throw new Error('no such paragraph');
  block.children = [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }];
  return copy;
}

function countsOf(articleId: string): Record<string, [string, number, number]> {
  const out: Record<string, [string, number, number]> = {};
  for (const t of getArticle(ws, articleId).translations) out[t.lang] = [t.state, t.staleBlocks, t.missingBlocks];
  return out;
}

const RU = ['Министры встретились в Женеве.', 'Переговоры продлятся два дня.', 'Следующая встреча — в декабре.'];
const EN = ['The ministers met in Geneva.', 'The talks will last two days.', 'The next meeting is in December.'];
const AZ = ['Nazirlər Cenevrədə görüşdülər.', 'Danışıqlar iki gün çəkəcək.', 'Növbəti görüş dekabrda olacaq.'];

/** An article in three languages, every translation linked to the Russian original. */
function bilingual(): { id: string; ru: Body; en: Body } {
  const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: 'Женева', tags: [] });
  const ru = bodyFromParagraphs(RU);
  updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { body: ru } });
  const en = linkedTranslation(ru, EN);
  updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: 'Geneva', body: en } });
  updateTranslation(ws, { articleId: a.id, lang: 'az', expectedRevision: 0, patch: { title: 'Cenevrə', body: linkedTranslation(ru, AZ) } });
  return { id: a.id, ru, en };
}

describe('per-block staleness through the article services', () => {
  it('linked translations are current; changing one original paragraph makes exactly its counterparts stale', () => {
    const { id, ru, en } = bilingual();
    const untouched = bilingual();
    expect(countsOf(id)).toEqual({ ru: ['original', 0, 0], en: ['current', 0, 0], az: ['current', 0, 0] });

    const changedRu = withText(ru, 1, 'Переговоры продлятся три дня.');
    updateTranslation(ws, { articleId: id, lang: 'ru', expectedRevision: 2, patch: { body: changedRu } });
    expect(countsOf(id)).toEqual({ ru: ['original', 0, 0], en: ['stale', 1, 0], az: ['stale', 1, 0] });
    expect(countsOf(untouched.id)).toEqual({ ru: ['original', 0, 0], en: ['current', 0, 0], az: ['current', 0, 0] });

    // The translator updates the English paragraph against the new original text.
    const changedBlock = blocksOf(changedRu)[1]!;
    const fixedEn = withText(en, 1, 'The talks will last three days.');
    const fixedBlock = fixedEn.root.children[1]!;
    fixedBlock.$ = { ...fixedBlock.$, [BLOCK_STATE.srcHash]: changedBlock.hash, [BLOCK_STATE.srcText]: changedBlock.text };
    const saved = updateTranslation(ws, { articleId: id, lang: 'en', expectedRevision: 1, patch: { body: fixedEn } });
    expect(saved).toMatchObject({ state: 'current', staleBlocks: 0, missingBlocks: 0 });
    expect(countsOf(id)).toEqual({ ru: ['original', 0, 0], en: ['current', 0, 0], az: ['stale', 1, 0] });

    // The list shows the same counts.
    const listed = listArticles(ws, { limit: 10, cursor: null, sort: 'updated', trash: false }).items.find((i) => i.id === id)!;
    expect(listed.translations.map((t) => [t.lang, t.state, t.staleBlocks, t.missingBlocks])).toEqual([
      ['ru', 'original', 0, 0],
      ['en', 'current', 0, 0],
      ['az', 'stale', 1, 0],
    ]);
  });

  it('counts a new original paragraph as missing and a removed one as stale; formatting alone changes nothing', () => {
    const { id, ru } = bilingual();
    const longer = bodyFromParagraphs(['Новый абзац в начале.']);
    const added: Body = { root: { ...ru.root, children: [...longer.root.children, ...ru.root.children] } };
    updateTranslation(ws, { articleId: id, lang: 'ru', expectedRevision: 2, patch: { body: added } });
    expect(countsOf(id).en).toEqual(['stale', 0, 1]);

    const removed: Body = { root: { ...ru.root, children: ru.root.children.slice(1) } };
    updateTranslation(ws, { articleId: id, lang: 'ru', expectedRevision: 3, patch: { body: removed } });
    expect(countsOf(id).en).toEqual(['stale', 1, 0]);

    updateTranslation(ws, { articleId: id, lang: 'ru', expectedRevision: 4, patch: { body: ru } });
    expect(countsOf(id).en).toEqual(['current', 0, 0]);
    const bold = structuredClone(ru);
    const first = bold.root.children[0]!;
    if (first.type !== 'list' && first.type !== 'image' && first.children[0]?.type === 'text') first.children[0].format = 1;
    updateTranslation(ws, { articleId: id, lang: 'ru', expectedRevision: 5, patch: { body: bold } });
    expect(countsOf(id).en).toEqual(['current', 0, 0]);
  });

  it('a new translation with no body misses every original paragraph with words; saves that do not touch bodies keep the counts', () => {
    const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: 'x', tags: [] });
    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { body: bodyFromParagraphs([...RU, '']) } });
    expect(updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: 'x' } })).toMatchObject({
      state: 'stale',
      staleBlocks: 0,
      missingBlocks: 3,
    });
    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 2, patch: { title: 'другой', status: 'review' } });
    updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 1, patch: { title: 'other' } });
    expect(countsOf(a.id).en).toEqual(['stale', 0, 3]);
  });

  it('recomputes every translation when the original language changes', () => {
    const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: 'x', tags: [] });
    const ru = bodyFromParagraphs(RU.slice(0, 2));
    updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { body: ru } });
    updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { body: linkedTranslation(ru, EN.slice(0, 2)) } });
    expect(countsOf(a.id)).toEqual({ ru: ['original', 0, 0], en: ['current', 0, 0] });
    const en = getArticle(ws, a.id).translations[1]!;
    const longer: Body = { root: { ...en.body.root, children: [...en.body.root.children, ...bodyFromParagraphs([EN[2]!]).root.children] } };
    updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 1, patch: { body: longer } });
    // A paragraph of the translator's own: not counted.
    expect(countsOf(a.id).en).toEqual(['current', 0, 0]);

    // Against English as the original, the Russian (linked to nothing there) misses its third paragraph.
    const switched = updateArticle(ws, { articleId: a.id, expectedRevision: 1, patch: { originalLang: 'en' } });
    expect(switched.translations.map((t) => [t.lang, t.state, t.staleBlocks, t.missingBlocks])).toEqual([
      ['en', 'original', 0, 0],
      ['ru', 'stale', 0, 1],
    ]);
    const back = updateArticle(ws, { articleId: a.id, expectedRevision: 2, patch: { originalLang: 'ru' } });
    expect(back.translations.map((t) => [t.lang, t.state, t.staleBlocks, t.missingBlocks])).toEqual([
      ['ru', 'original', 0, 0],
      ['en', 'current', 0, 0],
    ]);
    expect(ws.db.prepare('SELECT lang, stale_blocks, missing_blocks FROM translations ORDER BY lang').raw().all()).toEqual([
      ['en', 0, 0],
      ['ru', 0, 0],
    ]);
  });
});
