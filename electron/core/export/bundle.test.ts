import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../../shared/domain/bundle';
import { bodyToPlainText, emptyBody } from '../../../shared/editor/text';
import { thrownBy } from '../testing';
import { ExportCancelled } from './bundle';
import { sha256 } from './output';
import { runExport } from './run';
import { checkOutDir } from './settings';
import { JSON_FEED_FORMATS, JSON_FEED_SCHEMA } from './render/jsonFeedSchema';
import { htmlProblems } from './render/testing';
import { BASE_URL, exportFixture, readTree, type ExportFixture } from './testing';

let fx: ExportFixture;
const out = (name: string) => path.join(fx.dir, 'out', name);

beforeAll(async () => {
  fx = await exportFixture();
}, 60_000);
afterAll(() => fx.dispose());

describe('a full export', () => {
  it('writes every page, front, feed, data file and image, each listed in the manifest with its size and sha256', async () => {
    const result = await fx.export(out('full'));
    const files = readTree(out('full'));
    const manifest = ManifestSchema.parse(JSON.parse(files.get('manifest.json')?.toString('utf8') ?? ''));
    expect(manifest.files.map((f) => f.path).sort()).toEqual([...files.keys()].filter((p) => p !== 'manifest.json').sort());
    for (const f of manifest.files) {
      const bytes = files.get(f.path) as Buffer;
      expect({ path: f.path, size: bytes.length, sha256: sha256(bytes) }).toEqual(f);
    }
    expect(result.files).toBe(files.size);
    for (const lang of ['ru', 'en']) {
      expect(files.has(`${lang}/index.html`)).toBe(true);
      expect(files.has(`feeds/${lang}.xml`)).toBe(true);
      expect(files.has(`feeds/${lang}.json`)).toBe(true);
    }
    for (const a of fx.articles) expect(files.has(`data/articles/${a.id}.json`)).toBe(true);
    const lead = fx.articles[0]?.leadPhoto?.id as string;
    expect([...files.keys()].filter((p) => p.startsWith(`media/${lead}-`)).sort()).toEqual([`media/${lead}-320.webp`, `media/${lead}-480.webp`, `media/${lead}-640.png`, `media/${lead}-640.webp`]);
  });

  it('writes pages that pass html-validate, with the lead photo, its caption and the sidebars', async () => {
    const files = readTree(out('full'));
    const pages = [...files.keys()].filter((p) => p.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    for (const p of pages) expect(await htmlProblems(files.get(p)?.toString('utf8') ?? ''), p).toEqual([]);
    const first = fx.articles[0];
    const ru = first?.translations.find((t) => t.lang === 'ru');
    const page = files.get(`ru/${first?.section}/${ru?.slug}/index.html`)?.toString('utf8') ?? '';
    expect(page).toContain('Caption ru');
    expect(page).toContain('alt="Alt ru"');
    expect(page).toContain('фото:');
    expect(page).toContain('Читайте также');
    expect(page).toContain('Популярное');
    expect(page).toMatch(/srcset="[^"]*480\.webp 480w/);
  });

  it('writes feeds that parse: Atom as XML, JSON Feed against its schema', () => {
    const ajv = new Ajv({ allErrors: true });
    for (const [name, check] of Object.entries(JSON_FEED_FORMATS)) ajv.addFormat(name, check);
    const validFeed = ajv.compile(JSON_FEED_SCHEMA);
    for (const lang of ['ru', 'en']) {
      const atom = fs.readFileSync(path.join(out('full'), `feeds/${lang}.xml`), 'utf8');
      expect(XMLValidator.validate(atom)).toBe(true);
      const entries = (new XMLParser({ isArray: (name) => name === 'entry' }).parse(atom) as { feed: { entry?: unknown[] } }).feed.entry ?? [];
      const json: unknown = JSON.parse(fs.readFileSync(path.join(out('full'), `feeds/${lang}.json`), 'utf8'));
      expect(validFeed(json), JSON.stringify(validFeed.errors)).toBe(true);
      const pages = fx.articles.filter((a) => a.translations.some((t) => t.lang === lang)).length;
      expect(entries).toHaveLength(pages);
      expect((json as { items: unknown[] }).items).toHaveLength(pages);
    }
  });

  it('lists each translation as the other\'s alternate in the sitemap', () => {
    const xml = fs.readFileSync(path.join(out('full'), 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml) as {
      urlset: { url: Array<{ loc: string; 'xhtml:link'?: Array<{ '@_hreflang': string; '@_href': string }> }> };
    };
    for (const a of fx.articles) {
      const urls = a.translations.map((t) => `${BASE_URL}${t.lang}/${a.section}/${t.slug}/`);
      for (const url of urls) {
        const entry = parsed.urlset.url.find((u) => u.loc === url);
        expect(entry, url).toBeDefined();
        const alternates = (entry?.['xhtml:link'] ?? []).map((l) => l['@_href']).sort();
        expect(alternates).toEqual(urls.length > 1 ? [...urls].sort() : []);
      }
    }
  });
});

describe('reproducible and incremental', () => {
  it('gives byte-identical bundles when the same store is exported twice', async () => {
    await fx.export(out('one'));
    await fx.export(out('two'));
    const one = readTree(out('one'));
    const two = readTree(out('two'));
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [p, bytes] of one) expect(two.get(p)?.equals(bytes), p).toBe(true);
  });

  it('makes the same zip twice', async () => {
    const a = await fx.export(out('zip-a'), { zip: true });
    const b = await fx.export(out('zip-b'), { zip: true });
    expect(fs.readFileSync(a.zipPath as string).equals(fs.readFileSync(b.zipPath as string))).toBe(true);
  });

  it('rewrites nothing when nothing changed, and after one edit only the files it shows in, matching a fresh export', async () => {
    const again = await fx.export(out('one'));
    expect(again).toMatchObject({ written: 0, removed: 0, incremental: true });

    // The second article is in Editor's choice and in the first one's Related list.
    const edited = fx.articles[1];
    const en = (await fx.call('getArticle', { articleId: edited?.id })).translations.find((t) => t.lang === 'en');
    await fx.call('updateTranslation', { articleId: edited?.id, lang: 'en', expectedRevision: en?.revision, patch: { summary: 'A new summary.' } });
    const after = await fx.export(out('one'));
    expect(after.incremental).toBe(true);
    const pageOf = (id: string | undefined, lang: string) => {
      const a = fx.articles.find((x) => x.id === id);
      return `${lang}/${a?.section}/${a?.translations.find((t) => t.lang === lang)?.slug}/index.html`;
    };
    // Its own English page and data, and the first article's English page, whose Related
    // card shows its summary.
    expect(after.changedPaths).toContain(pageOf(edited?.id, 'en'));
    expect(after.changedPaths).toContain(`data/articles/${edited?.id}.json`);
    expect(after.changedPaths).toContain(pageOf(fx.articles[0]?.id, 'en'));
    expect(after.changedPaths).toContain('manifest.json');
    expect(after.changedPaths.some((p) => p.startsWith('media/'))).toBe(false);
    expect(after.changedPaths).not.toContain(pageOf(fx.articles[2]?.id, 'ru'));
    expect(after.written).toBeLessThan(after.files / 2);

    await fx.export(out('fresh'));
    const incremental = readTree(out('one'));
    const fresh = readTree(out('fresh'));
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [p, bytes] of fresh) expect(incremental.get(p)?.equals(bytes), p).toBe(true);
  });

  it('removes the files of an article that left the bundle', async () => {
    const gone = fx.articles[2];
    const article = await fx.call('getArticle', { articleId: gone?.id });
    for (const t of article.translations) await fx.call('updateTranslation', { articleId: article.id, lang: t.lang, expectedRevision: t.revision, patch: { status: 'draft' } });
    const after = await fx.export(out('one'));
    expect(after.removed).toBeGreaterThan(0);
    expect(after.changedPaths).toContain(`data/articles/${gone?.id}.json`);
    expect(fs.existsSync(path.join(out('one'), `data/articles/${gone?.id}.json`))).toBe(false);
    for (const t of (await fx.call('getArticle', { articleId: gone?.id })).translations) {
      await fx.call('updateTranslation', { articleId: gone?.id, lang: t.lang, expectedRevision: t.revision, patch: { status: 'published' } });
    }
  });
});

describe('what leaves the output folder as it was', () => {
  it('a cancelled export: no output folder, no staging left', async () => {
    let steps = 0;
    const cancelled = runExport(
      { workspaceDir: fx.dir, dbPath: fx.core.workspace.dbPath, scope: { kind: 'all' }, outDir: out('cancel'), baseUrl: BASE_URL, zip: false, asOf: 0 },
      { isCancelled: () => ++steps > 2 },
    );
    await expect(cancelled).rejects.toBeInstanceOf(ExportCancelled);
    expect(fs.existsSync(out('cancel'))).toBe(false);
    expect(fs.readdirSync(path.join(fx.dir, 'out')).filter((n) => n.includes('staging'))).toEqual([]);
  });

  it('a folder that holds other files is refused', async () => {
    fs.mkdirSync(out('other'), { recursive: true });
    fs.writeFileSync(path.join(out('other'), 'notes.txt'), 'mine');
    await expect(fx.export(out('other'))).rejects.toThrow(/holds other files/);
    await expect(fx.export(out('other'))).rejects.toMatchObject({ code: 'invalid_input', phrase: { key: 'core.export.notBundle', params: { folder: out('other') } } });
    expect(fs.readdirSync(out('other'))).toEqual(['notes.txt']);
  });

  it('a folder inside the workspace is refused (but for its bundle folder)', () => {
    const inside = path.join(fx.dir, 'site');
    const e = thrownBy(() => checkOutDir(fx.dir, inside));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toMatch(/is the workspace folder or inside it/);
    expect(e.phrase).toEqual({ key: 'core.export.outDirInside', params: { folder: path.resolve(inside) } });
    expect(checkOutDir(fx.dir, path.join(fx.dir, 'bundle'))).toBe(path.resolve(fx.dir, 'bundle'));
  });
});

describe('preflight between exports', () => {
  it('finds a broken link added after the last export, reading only the edited body', async () => {
    await fx.export(out('links'));
    const edited = fx.articles[0];
    const ru = (await fx.call('getArticle', { articleId: edited?.id })).translations.find((t) => t.lang === 'ru');
    const broken = `${BASE_URL}ru/news/no-such-page/`;
    const body = structuredClone(ru?.body ?? emptyBody());
    body.root.children.push({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'link', version: 1, url: broken, rel: null, target: null, title: null, children: [{ type: 'text', version: 1, text: 'here', format: 0, style: '', mode: 'normal', detail: 0 }], direction: null, format: '', indent: 0 }],
      direction: null,
      format: '',
      indent: 0,
      textFormat: 0,
      textStyle: '',
    } as never);
    await fx.call('updateTranslation', { articleId: edited?.id, lang: 'ru', expectedRevision: ru?.revision, patch: { body } });
    const after = await fx.export(out('links'));
    const found = [{ articleId: edited?.id, lang: 'ru', message: expect.stringContaining(broken) as string }];
    expect(after.warnings.filter((w) => w.kind === 'broken-link')).toMatchObject(found);
    // A first export to another folder knows no links yet: one scan for the address finds it.
    const cold = await fx.export(out('links-cold'));
    expect(cold.warnings.filter((w) => w.kind === 'broken-link')).toMatchObject(found);
  });
});

describe('item cards', () => {
  it('show an excerpt of the body, without the lead caption, when the article has no summary', async () => {
    // The first article's Related list holds the second.
    const listed = fx.articles[1];
    const en = (await fx.call('getArticle', { articleId: listed?.id })).translations.find((t) => t.lang === 'en');
    await fx.call('updateTranslation', { articleId: listed?.id, lang: 'en', expectedRevision: en?.revision, patch: { summary: '' } });
    await fx.export(out('excerpt'));
    const first = fx.articles[0];
    const page = fs.readFileSync(path.join(out('excerpt'), `en/${first?.section}/${first?.translations.find((t) => t.lang === 'en')?.slug}/index.html`), 'utf8');
    const opening = bodyToPlainText(en?.body ?? emptyBody()).trim().split(/\s+/).slice(0, 6).join(' ');
    expect(opening.length).toBeGreaterThan(10);
    expect(page).toContain(opening);
  });
});
