import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, ImportedMedia, Media, MediaSummary } from '../../../shared/contract';
import { createArticle, deleteArticle, updateTranslation } from '../articles/service';
import { setClock } from '../articles/rules';
import { openCore } from '../index';
import { setLeadMediaId, replaceInlineUses } from '../store/repositories/photos';
import { thrownBy } from '../testing';
import type { Workspace } from '../workspace';
import { filesUnder, imageOf, jpegWith, readOnlyView, tempWorkspace } from './fixtures';
import { openMediaLibrary, queryWords, type MediaLibrary } from './library';

let dir: string;
let ws: Workspace;
let dispose: () => void;
let library: MediaLibrary;
let tick = 0;

beforeEach(() => {
  ({ dir, ws, dispose } = tempWorkspace());
  library = openMediaLibrary(ws, { log: () => {} });
  // One second apart, so "newest first" is well defined.
  tick = Date.parse('2025-03-01T09:00:00Z');
  setClock(() => (tick += 1000));
});
afterEach(async () => {
  setClock(null);
  await library.idle();
  library.close();
  dispose();
});

async function add(name: string, seed: number): Promise<Media> {
  return (await library.importBytes(name, await imageOf('png', 30, 20, seed))).media;
}

function article(title: string): Article {
  return createArticle(ws, { section: 'news', originalLang: 'ru', title, tags: [] });
}

function inline(articleId: string, lang: string, mediaId: string, caption: string, altText = '') {
  replaceInlineUses(ws.db, articleId, lang, [{ position: 0, mediaId, caption, altText }]);
}

describe('list', () => {
  it('pages newest first with a cursor and counts the total', async () => {
    const added: Media[] = [];
    for (let i = 0; i < 5; i++) added.push(await add(`p${i}.png`, i));
    const first = library.list({ query: '', limit: 2, cursor: null });
    expect(first.total).toBe(5);
    expect(first.items.map((m) => m.name)).toEqual(['p4.png', 'p3.png']);
    const second = library.list({ query: '', limit: 2, cursor: first.nextCursor });
    expect(second.items.map((m) => m.name)).toEqual(['p2.png', 'p1.png']);
    const third = library.list({ query: '', limit: 2, cursor: second.nextCursor });
    expect(third).toMatchObject({ nextCursor: null, total: 5 });
    expect(third.items.map((m) => m.name)).toEqual(['p0.png']);
    expect(third.items[0]).toEqual({ ...(added[0] as Media), useCount: 0, caption: '' } satisfies MediaSummary);
    expect(thrownBy(() => library.list({ query: '', limit: 2, cursor: 'not-a-cursor' }))).toMatchObject({ code: 'invalid_input' });
  });

  it('finds images whose credit, name, captions or alt texts hold every word, folding case and ё', async () => {
    const tree = await add('IMG_0001.png', 1);
    const square = await add('square.png', 2);
    const credited = await add('credited.png', 3);
    library.updateCredit(credited.id, 'Фото: Пётр ЁЖИКОВ / ТАСС');
    const a = article('Новогодняя Москва');
    inline(a.id, 'ru', tree.id, 'Ёлка на Красной площади', 'Большая ёлка');
    inline(a.id, 'en', square.id, 'Red Square at night', 'The Kremlin wall');

    const names = (query: string) => library.list({ query, limit: 10, cursor: null }).items.map((m) => m.name);
    expect(names('ЕЛКА')).toEqual(['IMG_0001.png']);
    expect(names('ёлка   красной')).toEqual(['IMG_0001.png']);
    expect(names('елка синей')).toEqual([]);
    expect(names('kremlin')).toEqual(['square.png']);
    expect(names('ежиков тасс')).toEqual(['credited.png']);
    expect(names('img_0001')).toEqual(['IMG_0001.png']);
    expect(names('.png')).toEqual(['credited.png', 'square.png', 'IMG_0001.png']);
    expect(library.list({ query: 'площади', limit: 10, cursor: null })).toMatchObject({ total: 1, items: [{ useCount: 1, caption: 'Ёлка на Красной площади' }] });
    expect(queryWords('  Ёлка ЁЛКА  İstanbul ')).toEqual(['елка', 'istanbul']);
  });
});

describe('get and updateCredit', () => {
  it('answers the image with every use, titled in its language or else in the original', async () => {
    const photo = await add('p.png', 1);
    const a = article('Переговоры в Женеве');
    updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: 'Talks in Geneva' } });
    setLeadMediaId(ws.db, a.id, photo.id);
    inline(a.id, 'az', photo.id, 'Cenevrə', 'Alt');
    const got = library.get(photo.id);
    expect(got.media).toEqual(photo);
    expect(got.uses).toEqual(
      expect.arrayContaining([
        { articleId: a.id, lang: 'ru', placement: 'lead', title: 'Переговоры в Женеве', caption: '', altText: '', inTrash: false },
        { articleId: a.id, lang: 'en', placement: 'lead', title: 'Talks in Geneva', caption: '', altText: '', inTrash: false },
        { articleId: a.id, lang: 'az', placement: 'inline', title: 'Переговоры в Женеве', caption: 'Cenevrə', altText: 'Alt', inTrash: false },
      ]),
    );
    expect(got.uses).toHaveLength(3);
    expect(thrownBy(() => library.get('f'.repeat(64)))).toMatchObject({ code: 'not_found', phrase: { key: 'core.media.notFound' } });
  });

  it('updates the credit (trimmed) and refuses unknown images and read-only workspaces', async () => {
    const photo = await add('p.png', 1);
    const updated = library.updateCredit(photo.id, '  Анна Смирнова / Reuters \n');
    expect(updated).toMatchObject({ credit: 'Анна Смирнова / Reuters', createdAt: photo.createdAt });
    expect(updated.updatedAt > photo.updatedAt).toBe(true);
    expect(library.get(photo.id).media).toEqual(updated);
    expect(thrownBy(() => library.updateCredit('e'.repeat(64), 'x'))).toMatchObject({ code: 'not_found' });
    const readOnly = openMediaLibrary(readOnlyView(ws));
    expect(thrownBy(() => readOnly.updateCredit(photo.id, 'x'))).toMatchObject({ code: 'read_only' });
    readOnly.close();
  });
});

describe('remove', () => {
  it('is refused while an article uses the image, naming up to five uses', async () => {
    const photo = await add('p.png', 1);
    const lead = article('Лавров: переговоры продолжатся');
    setLeadMediaId(ws.db, lead.id, photo.id);
    const inText = article('');
    updateTranslation(ws, { articleId: inText.id, lang: 'en', expectedRevision: 0, patch: { title: 'Geneva talks' } });
    inline(inText.id, 'en', photo.id, 'Caption');
    const trashed = article('В корзине');
    inline(trashed.id, 'ru', photo.id, 'Подпись');
    deleteArticle(ws, trashed.id);
    for (let i = 0; i < 4; i++) inline(article(`Ещё ${i}`).id, 'ru', photo.id, '');

    const refused = await library.remove(photo.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'conflict' });
    const message = (refused as Error).message;
    expect(message).toMatch(/^This image is used in 7 places, so it was not deleted: /);
    expect(message).toMatch(/ and 2 more\. Remove it from them first, then delete it\.$/);
    expect(message.match(/«/g)).toHaveLength(5);
    expect(refused).toMatchObject({ phrase: { key: 'core.media.inUseMore', params: { count: 7, more: 2, a: { key: expect.stringMatching(/^core\.media\.use\./) } } } });
    const only = await add('q.png', 2);
    setLeadMediaId(ws.db, lead.id, only.id);
    await expect(library.remove(only.id)).rejects.toThrow(/^This image is used in one place, so it was not deleted: «Лавров: переговоры продолжатся» \(ru, lead photo\)\. Remove it from there first/);
    await expect(library.remove(only.id)).rejects.toMatchObject({
      phrase: { key: 'core.media.inUse1', params: { a: { key: 'core.media.use.lead', params: { title: 'Лавров: переговоры продолжатся', lang: 'ru' } } } },
    });
    expect(library.get(photo.id).uses).toHaveLength(6);
    inline(trashed.id, 'en', only.id, 'x');
    await expect(library.remove(only.id)).rejects.toThrow(/«В корзине» \(en, in the text, in the trash\)/);
    expect(filesUnder(path.join(dir, 'media', 'originals'))).toHaveLength(2);
  });

  it('removes an unused image: its row, its original and its variants', async () => {
    const bytes = await jpegWith({ width: 600, height: 300 });
    const photo = (await library.importBytes('wide.jpg', bytes)).media;
    const kept = await add('kept.png', 5);
    await library.idle();
    const a = article('Was used');
    setLeadMediaId(ws.db, a.id, photo.id);
    setLeadMediaId(ws.db, a.id, null);
    await library.remove(photo.id);
    expect(thrownBy(() => library.get(photo.id))).toMatchObject({ code: 'not_found' });
    const left = filesUnder(path.join(dir, 'media'));
    expect(left.some((f) => f.includes(photo.id))).toBe(false);
    expect(left.filter((f) => f.includes(kept.id)).length).toBeGreaterThan(1);
    expect(await library.variant(photo.id, '320.webp')).toBeNull();
    await expect(library.remove(photo.id)).rejects.toMatchObject({ code: 'not_found' });
    // Added again, it is a new image with its file back.
    expect(await library.importBytes('wide.jpg', bytes)).toMatchObject({ existed: false, media: { id: photo.id } });
    expect(fs.readFileSync(path.join(dir, 'media', 'originals', photo.id.slice(0, 2), `${photo.id}.jpg`)).equals(bytes)).toBe(true);
  });
});

describe('through the contract (openCore().dispatch)', () => {
  it('imports, lists, reads, credits and deletes; pickMedia is the desktop shell’s', async () => {
    const otherDir = fs.mkdtempSync(path.join(dir, 'core-'));
    const internal: unknown[] = [];
    const core = openCore(otherDir, { onInternalError: (e) => internal.push(e), media: { log: () => {} } });
    try {
      const bytes = new Uint8Array(await jpegWith({ exif: { IFD0: { Artist: 'Jane Doe' } } }));
      const imported = await core.dispatch('importMedia', { name: 'a.jpg', bytes });
      expect(imported).toMatchObject({ ok: true, value: { existed: false, media: { name: 'a.jpg', credit: 'Jane Doe' } } });
      const { media } = (imported as { ok: true; value: ImportedMedia }).value;
      expect(await core.dispatch('importMedia', { name: 'b.jpg', bytes })).toMatchObject({ ok: true, value: { existed: true } });
      expect(await core.dispatch('importMedia', { name: 'x.jpg', bytes: new Uint8Array(0) })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/empty/), phrase: { key: 'core.media.empty', params: { name: 'x.jpg' } } },
      });
      expect(await core.dispatch('listMedia', { query: 'a.jpg' })).toMatchObject({ ok: true, value: { total: 1, nextCursor: null, items: [{ id: media.id, useCount: 0 }] } });
      expect(await core.dispatch('getMedia', { mediaId: media.id })).toMatchObject({ ok: true, value: { media, uses: [] } });
      expect(await core.dispatch('updateMedia', { mediaId: media.id, credit: 'AP' })).toMatchObject({ ok: true, value: { credit: 'AP' } });
      expect(await core.dispatch('pickMedia', {})).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/desktop app.*Add photo/) } });
      expect(await core.dispatch('deleteMedia', { mediaId: media.id })).toEqual({ ok: true, value: { deleted: media.id } });
      expect(await core.dispatch('getMedia', { mediaId: media.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await core.dispatch('deleteMedia', { mediaId: media.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(internal).toEqual([]);
    } finally {
      await core.media.idle();
      core.close();
    }
  });
});
