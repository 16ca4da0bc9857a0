import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CALL_NAMES,
  type Article,
  type CallName,
  type Envelope,
  type ListItem,
  type ListSummary,
  type ListView,
  type RevisionSummary,
  type Translation,
} from '../../../shared/contract';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { markdownFile } from '../import/testing';
import { openCore, type Core } from '../index';
import { describeIssues } from './dispatch';

let dir: string;
let core: Core;
let article: Article;
let revisionId: string;
let photo: Buffer;
let mediaId: string;
let unusedMediaId: string;
let other: Article;
let editorsChoice: ListView;
let related: ListView;
let customListId: string;
const internalErrors: unknown[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-handlers-'));
  core = openCore(dir, { onInternalError: (e) => internalErrors.push(e) });
  const created = await core.dispatch('createArticle', { section: 'news', originalLang: 'ru', title: 'Переговоры в Женеве ə 🎉', tags: ['ş'] });
  if (!created.ok) throw new Error(created.error.message);
  article = created.value as Article;
  const trashed = await core.dispatch('createArticle', { section: 'culture', originalLang: 'en', title: 'In the trash' });
  if (!trashed.ok) throw new Error(trashed.error.message);
  await core.dispatch('deleteArticle', { articleId: (trashed.value as Article).id });
  const saved = await core.dispatch('updateTranslation', {
    articleId: article.id,
    lang: 'ru',
    expectedRevision: 1,
    patch: { body: bodyFromParagraphs(['Министры встретились в Женеве.']) },
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const history = await core.dispatch('listRevisions', { articleId: article.id, lang: 'ru' });
  if (!history.ok) throw new Error(history.error.message);
  revisionId = (history.value as { items: RevisionSummary[] }).items[0]!.id;
  article = (await dispatchValue<Article>('getArticle', { articleId: article.id }));
  photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#456' } }).png().toBuffer();
  mediaId = (await core.media.importBytes('photo.png', photo)).media.id;
  const unused = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#654' } }).png().toBuffer();
  unusedMediaId = (await core.media.importBytes('unused.png', unused)).media.id;
  other = await dispatchValue<Article>('createArticle', { section: 'politics', originalLang: 'en', title: 'Talks in Geneva' });
  customListId = (await dispatchValue<ListView>('createList', { name: 'To delete', maxItems: 5, langs: [] })).id;
  await refreshLists();
});

/** The lists as they stand now, for payloads that name their version. */
async function refreshLists(): Promise<void> {
  const { lists } = await dispatchValue<{ lists: ListSummary[] }>('listLists', {});
  editorsChoice = await dispatchValue<ListView>('getList', { listId: lists.find((l) => l.kind === 'editors-choice')!.id });
  related = await dispatchValue<ListView>('getRelatedList', { articleId: article.id });
}

const ITEM_ID = '9b2f3c4d-1e2f-4a5b-8c6d-7e8f9a0b1c2d';
const IMPORT_BATCH = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const STORY = Buffer.from(markdownFile({ title: 'Переговоры в Баку', translationKey: 'baku-talks', draft: false }, 'Министры встретились в Баку.\n'));

/** A valid list item; the hostile ones below are this with one thing wrong. */
function listItem(articleId: string, fields: Partial<ListItem> = {}): ListItem {
  return { id: ITEM_ID, articleId, pinned: false, teasers: { ru: 'Тизер <b>' }, showFrom: null, showUntil: null, origin: 'manual', ...fields };
}

async function dispatchValue<T>(name: CallName, input: unknown): Promise<T> {
  const answer = await core.dispatch(name, input);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
  return answer.value as T;
}
afterAll(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every table's rows, so a refused call can be shown to have changed nothing. */
function snapshot(): string {
  const db = core.workspace.db;
  const names = db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
  const out: Record<string, unknown> = { version: db.pragma('user_version', { simple: true }) };
  const cell = (_k: string, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v);
  for (const name of names) {
    out[name] = db.prepare(`SELECT * FROM "${name}"`).raw().all().map((row) => JSON.stringify(row, cell)).sort();
  }
  return JSON.stringify(out);
}

/** A payload each call accepts; the hostile ones below are these with one thing wrong. */
function validPayloads(): Record<CallName, Record<string, unknown>> {
  return {
    workspaceInfo: {},
    createSampleArticles: {},
    setGuidance: { titleChars: 80, summaryChars: 240 },
    listArticles: { limit: 10, sort: 'updated', section: 'news' },
    getArticle: { articleId: article.id },
    createArticle: { section: 'news', originalLang: 'ru', title: 'Новая', tags: ['a'] },
    updateTranslation: { articleId: article.id, lang: 'ru', expectedRevision: article.translations[0]!.revision, patch: { title: 'Заголовок' } },
    updateArticle: { articleId: article.id, expectedRevision: 1, patch: { tags: ['b'] } },
    deleteArticle: { articleId: article.id },
    restoreArticle: { articleId: article.id },
    search: { query: 'переговоры', limit: 5, state: 'current' },
    saveRevision: { articleId: article.id, lang: 'ru' },
    listRevisions: { articleId: article.id, lang: 'ru', limit: 10 },
    getRevision: { revisionId },
    restoreRevision: { revisionId, expectedRevision: article.translations[0]!.revision },
    listMedia: { query: 'photo', limit: 10 },
    getMedia: { mediaId },
    importMedia: { name: 'again.png', bytes: photo },
    pickMedia: { multiple: true },
    pickExportFolder: { startIn: '/tmp' },
    getPreferences: {},
    setPreferences: { uiLanguage: 'ru' },
    openWorkspace: { path: '/tmp/elsewhere' },
    updateMedia: { mediaId, credit: 'ТАСС' },
    deleteMedia: { mediaId: unusedMediaId },
    listLists: {},
    getList: { listId: editorsChoice.id },
    getRelatedList: { articleId: article.id },
    createList: { name: 'Weekend reads', maxItems: 5, langs: ['ru'] },
    updateList: { listId: editorsChoice.id, expectedVersion: editorsChoice.version, patch: { items: [listItem(article.id)] } },
    updateRelatedList: { articleId: article.id, expectedVersion: related.version, patch: { items: [listItem(other.id, { origin: 'suggestion' })], dismissed: [] } },
    deleteList: { listId: customListId },
    relatedSuggestions: { articleId: article.id, limit: 5 },
    getExportSettings: {},
    setExportSettings: { baseUrl: 'https://news.example.org/', outDir: '/tmp/tandem-bundle' },
    exportPreflight: { scope: { kind: 'section', section: 'news' } },
    startExport: { scope: { kind: 'selection', articleIds: [article.id] }, zip: false },
    exportStatus: { jobId: article.id },
    cancelExport: { jobId: article.id },
    stageImportFile: { batchId: IMPORT_BATCH, name: 'baku-talks.ru.md', bytes: STORY },
    importStaged: { batchId: IMPORT_BATCH },
    discardImport: { batchId: ITEM_ID },
  };
}

const HUGE = 'ж'.repeat(5_000_000);

function hostileVariants(name: CallName, valid: Record<string, unknown>): [string, unknown][] {
  const variants: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'workspace'],
    ['an array', [valid]],
    ['a function-like object', { ...valid, then: 'x' }],
    ['an unknown field', { ...valid, extra: true }],
    ['__proto__ from JSON', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1, -1) || '"x": 1'}}`)],
    ['__proto__ alone', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['constructor', { ...valid, constructor: { prototype: { polluted: true } } }],
    ['prototype', { ...valid, prototype: { polluted: true } }],
  ];
  for (const [key, value] of Object.entries(valid)) {
    variants.push([`${key}: wrong type`, { ...valid, [key]: typeof value === 'number' ? 'nine' : 9 }]);
    variants.push([`${key}: huge string`, { ...valid, [key]: HUGE }]);
    variants.push([`${key}: an object with __proto__`, { ...valid, [key]: JSON.parse('{"__proto__": {"polluted": true}}') }]);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      variants.push([`${key}: nested unknown field`, { ...valid, [key]: { ...value, extra: 1 } }]);
      variants.push([`${key}: nested __proto__`, { ...valid, [key]: JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(value).slice(1)}`) }]);
      variants.push([`${key}: nested constructor`, { ...valid, [key]: { ...value, constructor: 'x' } }]);
    }
  }
  if (name === 'updateTranslation') {
    variants.push(['a body with an unknown node', { ...valid, patch: { body: { root: { ...bodyFromParagraphs(['x']).root, children: [{ type: 'script' }] } } } }]);
    variants.push(['a huge title', { ...valid, patch: { title: 'я'.repeat(1_001) } }]);
    variants.push(['a control character', { ...valid, patch: { title: 'a\u0000b' } }]);
    variants.push(['a bad slug', { ...valid, patch: { slug: '../../etc/passwd' } }]);
    variants.push(['an empty patch', { ...valid, patch: {} }]);
    variants.push(['a negative revision', { ...valid, expectedRevision: -1 }]);
    variants.push(['a fractional revision', { ...valid, expectedRevision: 1.5 }]);
    variants.push(['an id that is not a UUID', { ...valid, articleId: "1' OR '1'='1" }]);
  }
  if (name === 'listArticles') {
    variants.push(['limit too large', { ...valid, limit: 100_000 }]);
    variants.push(['a section with SQL', { ...valid, section: "news' OR 1=1 --" }]);
  }
  if (name === 'search') {
    variants.push(['a query too long', { query: 'a'.repeat(501) }]);
    variants.push(['an unknown state', { ...valid, state: 'original' }]);
  }
  if (name === 'listArticles') variants.push(['an unknown state', { ...valid, state: 'missing' }]);
  if (name === 'getRevision' || name === 'restoreRevision') variants.push(['a revision id that is not a UUID', { ...valid, revisionId: "1' OR '1'='1" }]);
  if (name === 'restoreRevision') variants.push(['a negative revision', { ...valid, expectedRevision: -1 }]);
  if (name === 'saveRevision' || name === 'listRevisions') variants.push(['a language that is not a code', { ...valid, lang: 'Russian' }]);
  if (name === 'listRevisions') variants.push(['limit too large', { ...valid, limit: 501 }]);
  if (name === 'importMedia') {
    variants.push(['bytes as a string', { ...valid, bytes: 'iVBORw0KGgo=' }]);
    variants.push(['bytes as an array of numbers', { ...valid, bytes: [0x89, 0x50, 0x4e, 0x47] }]);
    variants.push(['a name with a control character', { ...valid, name: 'a\u0000.png' }]);
  }
  if (name === 'stageImportFile') {
    variants.push(['bytes as a string', { ...valid, bytes: 'LS0tCnRpdGxlOiB4Ci0tLQo=' }]);
    variants.push(['bytes as an array of numbers', { ...valid, bytes: [0x2d, 0x2d, 0x2d] }]);
    variants.push(['a name with a control character', { ...valid, name: 'a\u0000.md' }]);
    variants.push(['an empty name', { ...valid, name: '' }]);
    variants.push(['a name too long', { ...valid, name: `${'я'.repeat(253)}.md` }]);
    variants.push(['a name that climbs out', { ...valid, name: '../../tandem.db.md' }]);
    variants.push(['a name that is a path', { ...valid, name: 'content/news/story.md' }]);
    variants.push(['a name that is a Windows path', { ...valid, name: 'C:\\Users\\story.md' }]);
    variants.push(['a name that is a parent folder', { ...valid, name: '..' }]);
    variants.push(['a kind of file Tandem does not import', { ...valid, name: 'story.exe' }]);
    variants.push(['a database', { ...valid, name: 'tandem.db' }]);
    variants.push(['a batch id with a path in it', { ...valid, batchId: '../../media' }]);
  }
  if (name === 'importStaged' || name === 'discardImport') variants.push(['a batch id with a path in it', { ...valid, batchId: '../../media' }]);
  if (name === 'getMedia' || name === 'updateMedia' || name === 'deleteMedia') {
    variants.push(['an id with a path in it', { ...valid, mediaId: '../../tandem.db' }]);
    variants.push(['an id in upper case', { ...valid, mediaId: String(valid.mediaId).toUpperCase() }]);
  }
  if (name === 'updateMedia') variants.push(['a credit too long', { ...valid, credit: 'я'.repeat(301) }]);
  if (name === 'createArticle') variants.push(['too many tags', { ...valid, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }]);
  if (name === 'getList' || name === 'updateList' || name === 'deleteList') {
    variants.push(['a list id that is not a UUID', { ...valid, listId: "1' OR '1'='1" }]);
  }
  if (name === 'createList' || name === 'updateList' || name === 'updateRelatedList') {
    const patchOf = (patch: Record<string, unknown>) => (name === 'createList' ? { ...valid, ...patch } : { ...valid, patch });
    variants.push(['a blank name', patchOf({ name: '   ' })]);
    variants.push(['a name too long', patchOf({ name: 'я'.repeat(201) })]);
    variants.push(['a name with a control character', patchOf({ name: 'a\u0000b' })]);
    variants.push(['no room at all', patchOf({ maxItems: 0 })]);
    variants.push(['room past the limit', patchOf({ maxItems: 101 })]);
    variants.push(['a fractional maximum', patchOf({ maxItems: 2.5 })]);
    variants.push(['a language that is not a code', patchOf({ langs: ['Russian'] })]);
    variants.push(['too many languages', patchOf({ langs: Array.from({ length: 21 }, () => 'ru') })]);
  }
  if (name === 'updateList' || name === 'updateRelatedList') {
    const articleId = name === 'updateList' ? article.id : other.id;
    const withItem = (fields: Record<string, unknown>) => ({ ...valid, patch: { items: [{ ...listItem(articleId), ...fields }] } });
    variants.push(['an empty patch', { ...valid, patch: {} }]);
    variants.push(['a negative version', { ...valid, expectedVersion: -1 }]);
    variants.push(['a fractional version', { ...valid, expectedVersion: 0.5 }]);
    variants.push(['more items than any list holds', { ...valid, patch: { items: Array.from({ length: 101 }, () => listItem(articleId)) } }]);
    variants.push(['an item id that is not a UUID', withItem({ id: 'item-1' })]);
    variants.push(['an article id with SQL', withItem({ articleId: "x'); DROP TABLE lists; --" })]);
    variants.push(['a teaser too long', withItem({ teasers: { ru: 'я'.repeat(1_001) } })]);
    variants.push(['a teaser with a control character', withItem({ teasers: { ru: 'a\u0007b' } })]);
    variants.push(['a teaser for a language that is not a code', withItem({ teasers: { Russian: 'x' } })]);
    variants.push(['a teaser that is not text', withItem({ teasers: { ru: { html: '<script>' } } })]);
    variants.push(['a time that is not a time', withItem({ showFrom: 'tomorrow' })]);
    variants.push(['an unknown origin', withItem({ origin: 'robot' })]);
    variants.push(['pinned as a string', withItem({ pinned: 'yes' })]);
    variants.push(['an item with an unknown field', withItem({ html: '<script>' })]);
    variants.push(['a dismissed id that is not a UUID', { ...valid, patch: { dismissed: ['../../x'] } }]);
  }
  if (name === 'getRelatedList' || name === 'updateRelatedList' || name === 'relatedSuggestions') {
    variants.push(['an article id that is not a UUID', { ...valid, articleId: "1' OR '1'='1" }]);
  }
  if (name === 'relatedSuggestions') {
    variants.push(['no suggestions asked for', { ...valid, limit: 0 }]);
    variants.push(['too many suggestions asked for', { ...valid, limit: 51 }]);
  }
  return variants;
}

describe('every contract call through openCore().dispatch', () => {
  it('accepts its valid payload (so the refusals below are about the hostile part)', async () => {
    const valid = validPayloads();
    // Reads first; writes in an order that keeps each valid.
    const order = [
      'workspaceInfo',
      'listArticles',
      'getArticle',
      'search',
      'listRevisions',
      'getRevision',
      'saveRevision',
      'restoreRevision',
      'updateTranslation',
      'updateArticle',
      'deleteArticle',
      'restoreArticle',
      'createArticle',
      'setGuidance',
      'listMedia',
      'getMedia',
      'importMedia',
      'updateMedia',
      'deleteMedia',
      'listLists',
      'getList',
      'getRelatedList',
      'relatedSuggestions',
      'createList',
      'updateList',
      'updateRelatedList',
      'deleteList',
      'getExportSettings',
      'setExportSettings',
      'exportPreflight',
      'startExport',
      'stageImportFile',
      'importStaged',
      'discardImport',
    ] as const;
    for (const name of order) {
      // Each write moves a revision on: take the payload as it stands now.
      article = await dispatchValue<Article>('getArticle', { articleId: article.id });
      await refreshLists();
      const answer = await core.dispatch(name, validPayloads()[name]);
      expect(answer, name).toMatchObject({ ok: true });
    }
    expect(await core.dispatch('createSampleArticles', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // The system's file dialog belongs to the desktop shell: core says where to find it.
    expect(await core.dispatch('pickMedia', valid.pickMedia)).toMatchObject({ ok: false, error: { code: 'unavailable', phrase: { key: 'core.common.outsideCore.pickMedia' } } });
    expect(await core.dispatch('pickExportFolder', valid.pickExportFolder)).toMatchObject({ ok: false, error: { code: 'unavailable', phrase: { key: 'core.shell.folderDialogDesktopOnly' } } });
    // So do the person's preferences and the choice of workspace (electron/session/).
    for (const name of ['getPreferences', 'setPreferences', 'openWorkspace'] as const) {
      expect(await core.dispatch(name, valid[name]), name).toMatchObject({ ok: false, error: { code: 'unavailable', phrase: { key: `core.common.outsideCore.${name}` } } });
    }
    const after = await core.dispatch('getArticle', { articleId: article.id });
    article = (after as { ok: true; value: Article }).value;
    expect(CALL_NAMES.length).toBe(Object.keys(valid).length);
    // A job that never ran is not known.
    expect(await core.dispatch('exportStatus', valid.exportStatus)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.dispatch('cancelExport', valid.cancelExport)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(order.length + 8).toBe(CALL_NAMES.length); // createSampleArticles, pickMedia, pickExportFolder, the three session calls and the two job calls are checked above
  });

  for (const name of CALL_NAMES) {
    it(`${name}: refuses hostile payloads with invalid_input and changes nothing`, async () => {
      const valid = validPayloads();
      if (name === 'updateTranslation') (valid.updateTranslation as { expectedRevision: number }).expectedRevision = article.translations[0]!.revision;
      if (name === 'updateArticle') (valid.updateArticle as { expectedRevision: number }).expectedRevision = article.revision;
      if (name === 'restoreRevision') (valid.restoreRevision as { expectedRevision: number }).expectedRevision = article.translations[0]!.revision;
      const before = snapshot();
      for (const [label, payload] of hostileVariants(name, valid[name])) {
        const answer = await core.dispatch(name, payload);
        expect(answer.ok, `${name} with ${label}`).toBe(false);
        if (!answer.ok) {
          expect(answer.error.code, `${name} with ${label}: ${answer.error.message}`).toBe('invalid_input');
          expect(answer.error.message.length).toBeLessThan(2_000);
        }
      }
      expect(snapshot()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }

  it('refuses unknown call names, including names every object has', async () => {
    const before = snapshot();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '', 'deleteEverything', 42, null, undefined, {}, ['search']]) {
      const answer = await core.dispatch(name, {});
      expect(answer, String(name)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
    expect(snapshot()).toBe(before);
  });

  it('says why a payload was refused: a sentence framing the schema’s own account', async () => {
    const answer = await core.dispatch('getArticle', { articleId: 42 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^The request was refused: articleId: .*\.$/) } });
    if (answer.ok) return;
    expect(answer.error.phrase).toEqual({ key: 'core.common.refused', params: { detail: expect.stringMatching(/^articleId: /) } });
    const many = z.strictObject({ a: z.string(), b: z.string(), c: z.string(), d: z.string(), e: z.string(), f: z.string(), g: z.string() }).safeParse({});
    if (many.success) throw new Error('the schema accepted nothing');
    const said = describeIssues(many.error);
    expect(said.message).toMatch(/^The request was refused: a: .*; e: .* \(and 2 more\)\.$/);
    expect(said.phrase).toEqual({ key: 'core.common.refusedAndMore', params: { detail: expect.stringMatching(/^a: /), more: 2 } });
  });

  it('answers a stale write from a second window with conflict, keeping the first', async () => {
    const fresh = await core.dispatch('getArticle', { articleId: article.id });
    const t = (fresh as { ok: true; value: Article }).value.translations[0]!;
    const first = await core.dispatch('updateTranslation', { articleId: article.id, lang: 'ru', expectedRevision: t.revision, patch: { title: 'Окно один' } });
    expect(first).toMatchObject({ ok: true, value: { revision: t.revision + 1, title: 'Окно один' } });
    // A save answers without the body the caller already holds.
    expect(first.ok && Object.keys(first.value as object)).not.toContain('body');
    const before = snapshot();
    const second = await core.dispatch('updateTranslation', { articleId: article.id, lang: 'ru', expectedRevision: t.revision, patch: { title: 'Окно два' } });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot()).toBe(before);
    const now = await core.dispatch('getArticle', { articleId: article.id });
    expect(((now as { ok: true; value: Article }).value.translations[0] as Translation).title).toBe('Окно один');
  });

  it('answers a stale list save from a second window with conflict, keeping the first; teasers come back as typed', async () => {
    await refreshLists();
    const hostile = '<script>alert(1)</script> & <img src=x onerror=alert(2)>';
    const itemOf = (id: string) => listItem(article.id, { id, teasers: { ru: hostile } });
    const first = await core.dispatch('updateList', {
      listId: editorsChoice.id,
      expectedVersion: editorsChoice.version,
      patch: { items: [itemOf('0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d')] },
    });
    expect(first).toMatchObject({ ok: true, value: { version: editorsChoice.version + 1 } });
    const saved = (first as { ok: true; value: ListView }).value;
    expect(saved.items[0]?.teasers.ru).toBe(hostile);
    expect(saved.items[0]?.cards.find((c) => c.lang === 'ru')).toMatchObject({ teaser: hostile, teaserSource: 'override' });
    const before = snapshot();
    const second = await core.dispatch('updateList', { listId: editorsChoice.id, expectedVersion: editorsChoice.version, patch: { items: [] } });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot()).toBe(before);
    expect(await dispatchValue<ListView>('getList', { listId: editorsChoice.id })).toEqual(saved);
  });

  it('refuses to delete the desk’s own lists', async () => {
    await refreshLists();
    const before = snapshot();
    expect(await core.dispatch('deleteList', { listId: editorsChoice.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(snapshot()).toBe(before);
  });

  it('answers unknown ids with not_found', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const name of ['getArticle', 'deleteArticle', 'restoreArticle'] as const) {
      expect(await core.dispatch(name, { articleId: id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    for (const [name, input] of [
      ['saveRevision', { articleId: id, lang: 'ru' }],
      ['listRevisions', { articleId: id, lang: 'ru' }],
      ['getRevision', { revisionId: id }],
      ['restoreRevision', { revisionId: id, expectedRevision: 1 }],
      ['saveRevision', { articleId: article.id, lang: 'en' }],
      ['getList', { listId: id }],
      ['deleteList', { listId: id }],
      ['updateList', { listId: id, expectedVersion: 1, patch: { name: 'x' } }],
      ['getRelatedList', { articleId: id }],
      ['updateRelatedList', { articleId: id, expectedVersion: 0, patch: { items: [] } }],
    ] as const) {
      expect(await core.dispatch(name, input), name).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('keeps, lists, reads and restores revisions through the contract', async () => {
    article = await dispatchValue<Article>('getArticle', { articleId: article.id });
    const ru = article.translations[0]!;
    const kept = await dispatchValue<{ revision: RevisionSummary; created: boolean }>('saveRevision', { articleId: article.id, lang: 'ru' });
    expect(kept.revision).toMatchObject({ kind: 'save', translationRevision: ru.revision, title: ru.title, wordCount: ru.wordCount });
    // Nothing changed since: the same revision, none made.
    const again = await dispatchValue<{ revision: RevisionSummary; created: boolean }>('saveRevision', { articleId: article.id, lang: 'ru' });
    expect(again).toEqual({ revision: kept.revision, created: false });
    const full = await dispatchValue<{ body: unknown; summary: string }>('getRevision', { revisionId: kept.revision.id });
    expect(full).toMatchObject({ id: kept.revision.id, body: ru.body, summary: ru.summary });

    const before = snapshot();
    const stale = await core.dispatch('restoreRevision', { revisionId, expectedRevision: ru.revision - 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot()).toBe(before);

    const restored = await dispatchValue<{ translation: Translation; replaced: RevisionSummary; restored: RevisionSummary }>('restoreRevision', {
      revisionId,
      expectedRevision: ru.revision,
    });
    expect(restored.translation.revision).toBe(ru.revision + 1);
    expect(restored.replaced.id).toBe(kept.revision.id);
    expect(restored.restored).toMatchObject({ kind: 'restore', restoredFrom: revisionId });
    const history = await dispatchValue<{ items: RevisionSummary[] }>('listRevisions', { articleId: article.id, lang: 'ru' });
    expect(history.items[0]?.id).toBe(restored.restored.id);
  });

  it('imports chosen files through the contract: staged one by one, imported together, then cleared away', async () => {
    const batchId = '8d2e3f40-5b6c-4d7e-8f90-a1b2c3d4e5f6';
    const en = Buffer.from(markdownFile({ title: 'Talks in Baku', translationKey: 'baku-talks-2', draft: false }, 'The ministers met in Baku.\n'));
    const ru = Buffer.from(markdownFile({ title: 'Переговоры в Баку, день второй', translationKey: 'baku-talks-2', draft: false }, 'Министры встретились в Баку.\n'));
    expect(await dispatchValue('stageImportFile', { batchId, name: 'day-two.ru.md', bytes: ru })).toEqual({ batchId, files: 1 });
    expect(await dispatchValue('stageImportFile', { batchId, name: 'day-two.en.md', bytes: new Uint8Array(en) })).toEqual({ batchId, files: 2 });
    const summary = await dispatchValue<{ articles: number; translations: unknown }>('importStaged', { batchId });
    expect(summary).toMatchObject({ kind: 'markdown', articles: 1, translations: [{ lang: 'ru', count: 1 }, { lang: 'en', count: 1 }] });
    expect(fs.existsSync(path.join(dir, 'imports', batchId))).toBe(false);
    expect(await core.dispatch('importStaged', { batchId })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // A malformed file: named with its line, nothing imported.
    const before = snapshot();
    await dispatchValue('stageImportFile', { batchId, name: 'broken.md', bytes: Buffer.from('---\ntitle: [unclosed\n---\nText.\n') });
    const refused = await core.dispatch('importStaged', { batchId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^broken\.md, line \d+: .*Nothing was imported/) } });
    expect(snapshot()).toBe(before);
    expect(await dispatchValue('discardImport', { batchId })).toEqual({ discarded: false });
  });

  it('reported no internal errors along the way', () => {
    expect(internalErrors).toEqual([]);
  });

  it('answers unavailable once closed', async () => {
    const other = openCore(fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-closed-')));
    other.close();
    const answer: Envelope<unknown> = await other.dispatch('workspaceInfo', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    fs.rmSync(other.workspace.dir, { recursive: true, force: true });
  });
});
