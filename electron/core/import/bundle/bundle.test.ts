import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticle, getArticle } from '../../articles/service';
import { relatedListId } from '../../lists/ids';
import { mediaLayout, nodeMediaFs, type MediaFs } from '../../media/files';
import { getExportSettings } from '../../export/settings';
import { countRows } from '../../store/repositories/imports';
import { listDeskListRows, listItemsOf, getRelatedListRow } from '../../store/repositories/lists';
import { getMedia } from '../../store/repositories/media';
import { listUsesOf } from '../../store/repositories/photos';
import { getTranslation } from '../../store/repositories/translations';
import { getSettings } from '../../store/repositories/workspaceMeta';
import { openWorkspace, type Workspace } from '../../workspace';
import { importPaths, type ImportOptions } from '../service';
import { rejectionOf } from '../testing';
import { IDS, IMAGE_FILES, IMAGE_ID, bundleData, bundleFiles, manifestOf, writeBundleFolder, writeBundleZip } from './fixture';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-import-bundle-'));
  ws = openWorkspace(path.join(dir, 'ws'));
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every file under the workspace's media folder, relative to it. */
function mediaFiles(): string[] {
  const root = path.join(ws.dir, 'media');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((p) => fs.statSync(path.join(root, p)).isFile())
    .map((p) => p.split(path.sep).join('/'))
    .sort();
}

async function expectRefused(target: string, message: RegExp, options: ImportOptions = {}, workspace: Workspace = ws): Promise<void> {
  const before = countRows(ws.db);
  const e = await rejectionOf(importPaths(workspace, [target], options));
  expect(e.message).toMatch(message);
  expect(e.message).toMatch(/Nothing was imported/);
  expect(countRows(ws.db)).toEqual(before);
  expect(mediaFiles()).toEqual([]);
}

describe('importing a Tandem bundle', () => {
  for (const form of ['folder', 'zip'] as const) {
    it(`restores a ${form} exactly: ids, times, bodies, photos, lists, settings`, async () => {
      const files = bundleFiles();
      const target = form === 'folder' ? writeBundleFolder(path.join(dir, 'bundle'), files) : await writeBundleZip(path.join(dir, 'bundle.zip'), files);
      const result = await importPaths(ws, [target]);
      expect(result).toMatchObject({
        kind: 'bundle',
        articles: 2,
        translations: [
          { lang: 'ru', count: 1 },
          { lang: 'en', count: 2 },
        ],
        sections: ['news', 'culture'],
        media: 1,
        warnings: [],
      });

      // Settings and the base URL the export reads.
      expect(getSettings(ws.db)).toMatchObject({ languages: ['ru', 'en'], sections: (bundleData()['data/site.json'] as { sections: unknown }).sections });
      expect(getExportSettings(ws).baseUrl).toBe('https://news.example.org/');

      // The article as it was, its body text byte for byte as the bundle holds it.
      const talks = getArticle(ws, IDS.talks);
      expect(talks).toMatchObject({
        id: IDS.talks,
        section: 'news',
        tags: ['дипломатия'],
        authors: ['Лейла Алиева'],
        originalLang: 'ru',
        createdAt: '2024-05-01T06:00:00.000Z',
        updatedAt: '2024-05-02T07:30:00.000Z',
        publishedAt: '2024-05-01T08:00:00.000Z',
        leadPhoto: { id: IMAGE_ID, mime: 'image/jpeg', width: 1200, height: 800, name: 'ministers.jpg', credit: 'ТАСС', createdAt: '2024-04-30T08:00:00.000Z' },
      });
      expect(talks.translations.map((t) => [t.lang, t.status, t.slug, t.state, t.leadCaption, t.leadAlt, t.updatedAt])).toEqual([
        ['ru', 'published', 'peregovory-v-baku', 'original', 'Министры иностранных дел', 'Два министра за столом', '2024-05-02T07:00:00.000Z'],
        ['en', 'ready', 'talks-in-baku', 'current', 'Foreign ministers', 'Two ministers at a table', '2024-05-02T07:30:00.000Z'],
      ]);
      const article = (bundleData()[`data/articles/${IDS.talks}.json`] as { translations: Array<{ body: unknown }> });
      expect(getTranslation(ws.db, IDS.talks, 'en')?.bodyJson).toBe(JSON.stringify(article.translations[1]?.body));
      expect(getArticle(ws, IDS.festival)).toMatchObject({ originalLang: 'en', publishedAt: null, leadPhoto: null, missing: ['ru'] });

      // Where the image is used: the lead photo in both languages, and in each body.
      expect(listUsesOf(ws.db, IMAGE_ID).map((u) => [u.lang, u.position, u.caption])).toEqual(
        expect.arrayContaining([
          ['ru', -1, 'Министры иностранных дел'],
          ['en', -1, 'Foreign ministers'],
          ['ru', 1, 'Министры'],
          ['en', 1, 'Ministers'],
        ]),
      );

      // The Related list, and the desk's lists with the bundle's ids, versions and items.
      const related = getRelatedListRow(ws.db, IDS.talks);
      expect(related).toMatchObject({ id: relatedListId(IDS.talks), maxItems: 5, dismissed: [IDS.dismissed] });
      expect(listItemsOf(ws.db, [related!.id]).get(related!.id)).toEqual([
        { id: IDS.item1, articleId: IDS.festival, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'suggestion' },
      ]);
      const desk = listDeskListRows(ws.db);
      expect(desk.map((l) => [l.id, l.kind, l.section, l.version, l.maxItems, l.langs])).toEqual([
        [IDS.editorsChoice, 'editors-choice', null, 4, 10, []],
        [IDS.popular, 'popular', null, 4, 10, []],
        [IDS.newsFront, 'section', 'news', 4, 10, []],
        [IDS.cultureFront, 'section', 'culture', 4, 10, []],
        [IDS.weekend, 'custom', null, 4, 3, ['en']],
      ]);
      const lists = (bundleData()['data/lists.json'] as { lists: Array<{ id: string; items: unknown[] }> }).lists;
      const items = listItemsOf(ws.db, desk.map((l) => l.id));
      for (const list of lists) expect(items.get(list.id) ?? []).toEqual(list.items);

      // The image's files: each variant under its id, the largest JPEG also as the original.
      const layout = mediaLayout(ws.dir);
      expect(fs.readFileSync(layout.original(IMAGE_ID, 'jpg'))).toEqual(IMAGE_FILES[`media/${IMAGE_ID}-1200.jpg`]);
      for (const [p, bytes] of Object.entries(IMAGE_FILES)) {
        const name = p.slice(`media/${IMAGE_ID}-`.length).replace('-', '.');
        expect(fs.readFileSync(layout.variant(IMAGE_ID, name)), name).toEqual(bytes);
      }
      expect(getMedia(ws.db, IMAGE_ID)?.bytes).toBe(IMAGE_FILES[`media/${IMAGE_ID}-1200.jpg`]?.length);
      expect(mediaFiles().filter((f) => f.startsWith('tmp/'))).toEqual([]);
    });
  }

  it('keeps an article whose original language is not in the bundle, and says so', async () => {
    const files = bundleFiles((data) => {
      const talks = data[`data/articles/${IDS.talks}.json`] as { translations: unknown[] };
      talks.translations = talks.translations.slice(1);
    });
    const result = await importPaths(ws, [writeBundleFolder(path.join(dir, 'b'), files)]);
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(new RegExp(`1 article came without its original language.*${IDS.talks}`))]);
    expect(result.warnings[0]?.phrase).toEqual({ key: 'core.imports.bundle.withoutOriginal', params: { count: 1, ids: IDS.talks } });
    const talks = getArticle(ws, IDS.talks);
    expect(talks.originalLang).toBe('ru');
    expect(talks.translations.map((t) => [t.lang, t.state])).toEqual([['en', 'stale']]);
  });

  it('refuses a file whose sha256 is not the manifest’s, changing nothing', async () => {
    const files = bundleFiles();
    files[`media/${IMAGE_ID}-480.webp`] = Buffer.from('webp 480 bytez');
    await expectRefused(writeBundleFolder(path.join(dir, 'b'), files), new RegExp(`media/${IMAGE_ID}-480\\.webp: its sha256 does not match the manifest`));
  });

  it('refuses a file the manifest lists that is not there, or of another size', async () => {
    const files = bundleFiles();
    const folder = writeBundleFolder(path.join(dir, 'b'), files);
    fs.rmSync(path.join(folder, 'ru', 'news', 'peregovory-v-baku', 'index.html'));
    await expectRefused(folder, /ru\/news\/peregovory-v-baku\/index\.html: the manifest lists this file, but the bundle does not have it/);
    fs.writeFileSync(path.join(folder, 'ru', 'news', 'peregovory-v-baku', 'index.html'), 'short');
    await expectRefused(folder, /index\.html: it is 5 bytes, but the manifest says \d+/);
  });

  it('refuses a data file that does not fit its schema, naming the file and the JSON path', async () => {
    const files = bundleFiles((data) => {
      const talks = data[`data/articles/${IDS.talks}.json`] as { translations: Array<{ status: string }> };
      (talks.translations[1] as { status: string }).status = 'printed';
    });
    await expectRefused(writeBundleFolder(path.join(dir, 'b'), files), new RegExp(`data/articles/${IDS.talks}\\.json: at translations\\[1\\]\\.status: `));
    const zipped = bundleFiles((data) => {
      (data['data/lists.json'] as { lists: Array<{ items: Array<{ articleId: string }> }> }).lists[1]!.items[0]!.articleId = 'not-an-id';
    });
    await expectRefused(await writeBundleZip(path.join(dir, 'b.zip'), zipped), /data\/lists\.json: at lists\[1\]\.items\[0\]\.articleId: /);
  });

  it('refuses a data file that is not JSON, with its line', async () => {
    const files = bundleFiles();
    files['data/site.json'] = Buffer.from('{\n "format": "tandem-bundle/1",\n "generator": \n}\n');
    files['manifest.json'] = manifestOf(files);
    await expectRefused(writeBundleFolder(path.join(dir, 'b'), files), /data\/site\.json, line 4: it is not valid JSON/);
  });

  it('refuses a bundle whose data disagree: an unknown section, an image not described', async () => {
    const files = bundleFiles((data) => {
      (data[`data/articles/${IDS.festival}.json`] as { section: string }).section = 'sport';
    });
    await expectRefused(writeBundleFolder(path.join(dir, 'b'), files), /at section: "sport" is not one of the sections in data\/site\.json/);
    const noMedia = bundleFiles((data) => {
      (data[`data/articles/${IDS.talks}.json`] as { media: unknown[] }).media = [];
    });
    await expectRefused(writeBundleFolder(path.join(dir, 'c'), noMedia), /at leadMediaId: the lead photo is not described in media/);
  });

  it('refuses a manifest path that leaves the bundle', async () => {
    const files = bundleFiles();
    const manifest = JSON.parse(files['manifest.json']!.toString()) as { files: Array<{ path: string }> };
    manifest.files[0]!.path = '../outside.txt';
    files['manifest.json'] = Buffer.from(JSON.stringify(manifest));
    await expectRefused(writeBundleFolder(path.join(dir, 'b'), files), /manifest\.json: at files\[0\]\.path: the entry "\.\.\/outside\.txt" points outside/);
  });

  it('goes only into an empty workspace, naming an article that exists', async () => {
    const folder = writeBundleFolder(path.join(dir, 'b'), bundleFiles());
    createArticle(ws, { section: 'news', originalLang: 'ru', title: 'Уже здесь', tags: [] });
    const before = countRows(ws.db);
    const e = await rejectionOf(importPaths(ws, [folder]));
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/already has 1 article \(counting the trash\).*empty workspace.*--data DIR/);
    expect(e.phrase?.params?.problem).toEqual({ key: 'core.imports.workspaceNotEmpty', params: { count: 1 } });
    expect(countRows(ws.db)).toEqual(before);

    // The same bundle again into the workspace it went into: its own ids are named.
    const other = openWorkspace(path.join(dir, 'ws2'));
    try {
      await importPaths(other, [folder]);
      const again = await rejectionOf(importPaths(other, [folder]));
      expect(again.message).toMatch(new RegExp(`holds 2 articles this workspace already has \\(${IDS.talks}`));
    } finally {
      other.close();
    }
  });

  it('takes its images away again when writing them fails', async () => {
    const folder = writeBundleFolder(path.join(dir, 'b'), bundleFiles());
    let writes = 0;
    const failing: MediaFs = {
      ...nodeMediaFs,
      writeNew: async (file, data) => {
        if (++writes === 4) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
        await nodeMediaFs.writeNew(file, data);
      },
    };
    await expectRefused(folder, /could not be stored in the workspace's media folder: the disk is full/, { files: failing });
  });

  it('takes its images away again when the store’s transaction fails', async () => {
    const folder = writeBundleFolder(path.join(dir, 'b'), bundleFiles());
    // The workspace turns read-only (its disk went away) once the images are written.
    let turned = false;
    const flaky = Object.create(ws, { readOnly: { get: () => turned }, problem: { get: () => (turned ? 'The disk went away.' : null) } }) as Workspace;
    const before = countRows(ws.db);
    const e = await rejectionOf(
      importPaths(flaky, [folder], {
        onProgress: (done, total, phase) => {
          if (phase === 'media' && done === total) turned = true;
        },
      }),
    );
    expect(turned).toBe(true);
    expect(e.code).toBe('read_only');
    expect(countRows(ws.db)).toEqual(before);
    expect(mediaFiles()).toEqual([]);
  });
});
