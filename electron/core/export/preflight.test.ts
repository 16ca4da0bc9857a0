import fs from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PreflightReportSchema,
  type Article,
  type ExportScope,
  type ListItem,
  type PreflightProblem,
  type PreflightReport,
  type Translation,
  type TranslationPatch,
} from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import type { SerializedBlock } from '../../../shared/editor/nodes';
import { i18nOptions } from '../../../shared/i18n';
import { sayPhrase } from '../../../shared/i18n/phrase';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { getSettings } from '../store/repositories/workspaceMeta';
import { PreflightBlocked } from './bundle';
import { PLACEHOLDER_BASE_URL, preflight } from './preflight';
import { readSelection } from './selection';
import { BASE_URL, exportFixture, readTree, type ExportFixture } from './testing';

/**
 * Preflight on crafted stores: each kind of problem is found with its severity, the article,
 * language or list to fix, and a message that says what happens and what to do; a store
 * without that problem reports none of its kind.
 *
 * The fixture's samples, one per section: `news` and `economy` (Russian originals with an
 * English translation), `culture` (an English original with a Russian translation) and
 * `sport` (Russian only); every version is published.
 */

let fx: ExportFixture;

beforeEach(async () => {
  fx = await exportFixture();
}, 60_000);
afterEach(() => fx.dispose());

const ALL: ExportScope = { kind: 'all' };

function sample(section: string): Article {
  const found = fx.articles.find((a) => a.section === section);
  if (!found) throw new Error(`no sample in ${section}`);
  return found;
}

function titleIn(article: Article, lang: Lang): string {
  const t = article.translations.find((x) => x.lang === lang);
  if (!t) throw new Error(`${article.id} has no ${lang} version`);
  return t.title;
}

async function translation(articleId: string, lang: Lang): Promise<Translation> {
  const t = (await fx.call('getArticle', { articleId })).translations.find((x) => x.lang === lang);
  if (!t) throw new Error(`${articleId} has no ${lang} version`);
  return t;
}

async function save(articleId: string, lang: Lang, patch: TranslationPatch): Promise<void> {
  const t = (await fx.call('getArticle', { articleId })).translations.find((x) => x.lang === lang);
  await fx.call('updateTranslation', { articleId, lang, expectedRevision: t?.revision ?? 0, patch });
}

async function appendBlocks(articleId: string, lang: Lang, blocks: SerializedBlock[]): Promise<void> {
  const { body } = await translation(articleId, lang);
  await save(articleId, lang, { body: { root: { ...body.root, children: [...body.root.children, ...blocks] } } });
}

async function setAllStatuses(articleId: string, status: TranslationPatch['status']): Promise<void> {
  for (const t of (await fx.call('getArticle', { articleId })).translations) await save(articleId, t.lang, { status });
}

function linkParagraph(urls: readonly string[]): SerializedBlock {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: urls.map((url) => ({
      type: 'link' as const,
      version: 1 as const,
      url,
      rel: null,
      target: null,
      title: null,
      direction: null,
      format: '' as const,
      indent: 0,
      children: [{ type: 'text' as const, version: 1 as const, text: url, format: 0, detail: 0, mode: 'normal' as const, style: '' }],
    })),
  };
}

const item = (articleId: string): ListItem => ({ id: crypto.randomUUID(), articleId, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual' });

/** Saves a desk list's items; answers its id. */
async function setDeskList(kind: 'editors-choice' | 'popular', articleIds: readonly string[]): Promise<string> {
  const summary = (await fx.call('listLists', {})).lists.find((l) => l.kind === kind);
  if (!summary) throw new Error(`no ${kind} list`);
  const list = await fx.call('getList', { listId: summary.id });
  await fx.call('updateList', { listId: list.id, expectedVersion: list.version, patch: { items: articleIds.map(item) } });
  return list.id;
}

/** Saves an article's Related list; answers its id. */
async function setRelated(articleId: string, articleIds: readonly string[]): Promise<string> {
  const related = await fx.call('getRelatedList', { articleId });
  const saved = await fx.call('updateRelatedList', { articleId, expectedVersion: related.version, patch: { items: articleIds.map(item), dismissed: [] } });
  return saved.id;
}

/** Leaves the desk's lists holding only articles published in both languages. */
async function cleanLists(): Promise<void> {
  await setDeskList('editors-choice', [sample('news').id]);
  await setDeskList('popular', [sample('economy').id, sample('news').id]);
  for (const a of fx.articles) await setRelated(a.id, []);
}

async function newArticle(section: string, title: string, status: TranslationPatch['status'], slug?: string): Promise<string> {
  const created = await fx.call('createArticle', { section, originalLang: 'ru', title });
  await save(created.id, 'ru', { status, ...(slug === undefined ? {} : { slug }) });
  return created.id;
}

const report = (scope: ExportScope = ALL): Promise<PreflightReport> => fx.call('exportPreflight', { scope });
const ofKind = (r: PreflightReport, kind: PreflightProblem['kind']) => r.problems.filter((p) => p.kind === kind);
/** How a problem says an article's title, and a language's name (inner phrases). */
const titled = (title: string) => ({ key: 'core.export.preflight.titled', params: { title } });
const language = (lang: Lang) => ({ key: `languages.${lang}` });
/** A problem as the interface says it in Russian. */
function inRussian(p: PreflightProblem | undefined): string {
  const i18n = createInstance();
  void i18n.init(i18nOptions('ru'));
  if (!p?.phrase) throw new Error('the problem has no phrase');
  return sayPhrase((key, values) => i18n.t(key as never, values as never) as unknown as string, p.phrase);
}
/** Where each problem points, sorted: `articleId/lang/listId`. */
const places = (problems: readonly PreflightProblem[]) => problems.map((p) => `${p.articleId ?? '-'}/${p.lang ?? '-'}/${p.listId ?? '-'}`).sort();

describe('missing-translation', () => {
  it('warns about an article published in one language only, naming the language that falls back', async () => {
    const sport = sample('sport');
    const found = ofKind(await report(), 'missing-translation');
    // Only the Russian-only piece: the three bilingual ones are complete.
    expect(places(found)).toEqual([`${sport.id}/en/-`]);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toContain(`“${titleIn(sport, 'ru')}”`);
    expect(found[0]?.message).toContain('it has no English version, so English pages link to it in another language');
    expect(found[0]?.phrase).toEqual({ key: 'core.export.preflight.noVersion', params: { title: titled(titleIn(sport, 'ru')), lang: language('en') } });
  });

  it('says when the other version exists but is a draft, or in review', async () => {
    const news = sample('news');
    const economy = sample('economy');
    await save(news.id, 'en', { status: 'draft' });
    await save(economy.id, 'en', { status: 'review' });
    const found = ofKind(await report(), 'missing-translation');
    expect(places(found)).toEqual([`${economy.id}/en/-`, `${news.id}/en/-`, `${sample('sport').id}/en/-`].sort());
    expect(found.every((p) => p.severity === 'warning')).toBe(true);
    expect(found.find((p) => p.articleId === news.id)?.message).toBe(
      `“${titleIn(news, 'ru')}”: its English version is a draft, so English pages link to it in another language.`,
    );
    expect(found.find((p) => p.articleId === news.id)?.phrase).toEqual({
      key: 'core.export.preflight.notExported',
      params: { title: titled(titleIn(news, 'ru')), lang: language('en'), status: { key: 'core.export.preflight.status.draft' } },
    });
    expect(found.find((p) => p.articleId === economy.id)?.message).toContain('its English version is in review');
    expect(found.find((p) => p.articleId === economy.id)?.phrase?.params?.status).toEqual({ key: 'core.export.preflight.status.review' });

    // Published again: the warning goes.
    await save(news.id, 'en', { status: 'published' });
    expect(places(ofKind(await report(), 'missing-translation'))).not.toContain(`${news.id}/en/-`);
  });
});

describe('stale-translation', () => {
  it('warns when the original gained paragraphs after the translation, with how many to update', async () => {
    const news = sample('news');
    expect(ofKind(await report(), 'stale-translation')).toEqual([]);

    await appendBlocks(news.id, 'ru', bodyFromParagraphs(['Министры договорились встретиться снова в декабре.', 'Дата встречи пока не названа.']).root.children);
    const en = await translation(news.id, 'en');
    expect(en).toMatchObject({ state: 'stale', missingBlocks: 2 });

    const found = ofKind(await report(), 'stale-translation');
    expect(found).toEqual([
      {
        kind: 'stale-translation',
        severity: 'warning',
        articleId: news.id,
        lang: 'en',
        listId: null,
        message: `The English version of “${titleIn(news, 'ru')}” is behind its original (2 paragraphs to update). It is exported as it is.`,
        phrase: { key: 'core.export.preflight.stale', params: { lang: language('en'), title: titled(titleIn(news, 'ru')), count: 2 } },
      },
    ]);
    expect(inRussian(found[0])).toBe(
      `Статья «${titleIn(news, 'ru')}» (версия: английский) отстаёт от оригинала: нужно обновить 2 абзаца. Она экспортируется как есть.`,
    );
  });

  it('says nothing of a stale version that is not exported', async () => {
    const news = sample('news');
    await appendBlocks(news.id, 'ru', bodyFromParagraphs(['Новый абзац.']).root.children);
    await save(news.id, 'en', { status: 'draft' });
    expect(ofKind(await report(), 'stale-translation')).toEqual([]);
  });
});

describe('photo-text-missing', () => {
  it('warns about a lead photo with a caption but no alt text in one language', async () => {
    const news = sample('news');
    const photoId = fx.articles[0]?.leadPhoto?.id as string;
    expect(photoId).toMatch(/^[0-9a-f]{64}$/);
    // The fixture's own photo has both texts in every language.
    expect(ofKind(await report(), 'photo-text-missing')).toEqual([]);

    const article = await fx.call('getArticle', { articleId: news.id });
    await fx.call('updateArticle', { articleId: news.id, expectedRevision: article.revision, patch: { leadMediaId: photoId } });
    await save(news.id, 'ru', { leadCaption: 'Министры в Женеве', leadAlt: 'Министры за столом переговоров' });
    await save(news.id, 'en', { leadCaption: 'Ministers in Geneva', leadAlt: '' });

    const found = ofKind(await report(), 'photo-text-missing');
    expect(places(found)).toEqual([`${news.id}/en/-`]);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toBe(
      `“${titleIn(news, 'ru')}”: the lead photo has no alt text in English. Add it in the English version; until then the page is exported without it.`,
    );
    expect(found[0]?.phrase?.key).toBe('core.export.preflight.photoText.leadAlt');
  });

  it('warns about an image in a body without a caption', async () => {
    const economy = sample('economy');
    const photoId = fx.articles[0]?.leadPhoto?.id as string;
    await appendBlocks(economy.id, 'en', [{ type: 'image', version: 1, mediaId: photoId, caption: '', altText: 'A grey square' }]);
    // The same image with both texts in the Russian body is fine.
    await appendBlocks(economy.id, 'ru', [{ type: 'image', version: 1, mediaId: photoId, caption: 'Серый квадрат', altText: 'Серый квадрат' }]);

    const found = ofKind(await report(), 'photo-text-missing');
    expect(places(found)).toEqual([`${economy.id}/en/-`]);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toBe(
      `“${titleIn(economy, 'ru')}”: a photo in the body has no caption in English. Add it in the English version; until then the page is exported without it.`,
    );
  });

  it('counts the photos of a body that lack a text, and names both texts when the lead photo has neither', async () => {
    const economy = sample('economy');
    const photoId = fx.articles[0]?.leadPhoto?.id as string;
    await appendBlocks(economy.id, 'en', [
      { type: 'image', version: 1, mediaId: photoId, caption: 'A grey square', altText: '' },
      { type: 'image', version: 1, mediaId: photoId, caption: '', altText: 'A grey square' },
    ]);
    const article = await fx.call('getArticle', { articleId: economy.id });
    await fx.call('updateArticle', { articleId: economy.id, expectedRevision: article.revision, patch: { leadMediaId: photoId } });
    await save(economy.id, 'ru', { leadCaption: 'Бюджет', leadAlt: 'Здание городского совета' });
    await save(economy.id, 'en', { leadCaption: ' ', leadAlt: '' });

    const messages = ofKind(await report(), 'photo-text-missing').map((p) => `${p.lang ?? '-'}: ${p.message.slice(p.message.indexOf('”: ') + 3)}`);
    expect(messages.sort()).toEqual([
      'en: 2 photos in the body lack a caption or alt text in English. Add them in the English version; until then the page is exported without them.',
      'en: the lead photo has no caption and no alt text in English. Add them in the English version; until then the page is exported without them.',
    ]);
    const phrases = ofKind(await report(), 'photo-text-missing').map((p) => [p.phrase?.key, p.phrase?.params?.count]);
    expect(phrases.sort()).toEqual([
      ['core.export.preflight.photoText.leadBoth', undefined],
      ['core.export.preflight.photoText.photosBoth', 2],
    ]);
  });

  it('says nothing of photos in a version that is not exported', async () => {
    const economy = sample('economy');
    const photoId = fx.articles[0]?.leadPhoto?.id as string;
    await appendBlocks(economy.id, 'en', [{ type: 'image', version: 1, mediaId: photoId, caption: '', altText: '' }]);
    await save(economy.id, 'en', { status: 'draft' });
    expect(ofKind(await report(), 'photo-text-missing')).toEqual([]);
  });
});

describe('broken-link', () => {
  it('warns about a link to a page of the site that the bundle lacks, and not about pages it has or other sites', async () => {
    const sport = sample('sport');
    const news = sample('news');
    const broken = `${BASE_URL}ru/news/no-such-page/`;
    const page = `${BASE_URL}ru/${news.section}/${(await translation(news.id, 'ru')).slug}/`;
    await appendBlocks(sport.id, 'ru', [
      linkParagraph([
        broken,
        page,
        // The same page without its final slash and as its index file, a front, a feed.
        page.slice(0, -1),
        `${page}index.html#top`,
        `${BASE_URL}en/`,
        `${BASE_URL}feeds/ru.xml`,
        // Files of the bundle that are not pages.
        `${BASE_URL}assets/site.css`,
        `${BASE_URL}data/articles/${news.id}.json`,
        `${BASE_URL}manifest.json`,
        'https://other.example.com/ru/news/no-such-page/',
      ]),
    ]);

    const found = ofKind(await report(), 'broken-link');
    expect(found).toEqual([
      {
        kind: 'broken-link',
        severity: 'warning',
        articleId: sport.id,
        lang: 'ru',
        listId: null,
        message: `“${titleIn(sport, 'ru')}” (Russian) links to ${broken}, which is not in this bundle. Fix the link, or export the article it points to.`,
        phrase: { key: 'core.export.preflight.brokenLink', params: { title: titled(titleIn(sport, 'ru')), lang: language('ru'), url: broken } },
      },
    ]);
  });

  it('warns about a link to a page that left the bundle', async () => {
    const sport = sample('sport');
    const culture = sample('culture');
    const target = `${BASE_URL}en/${culture.section}/${(await translation(culture.id, 'en')).slug}/`;
    await appendBlocks(sport.id, 'ru', [linkParagraph([target])]);
    expect(ofKind(await report(), 'broken-link')).toEqual([]);

    await setAllStatuses(culture.id, 'draft');
    expect(places(ofKind(await report(), 'broken-link'))).toEqual([`${sport.id}/ru/-`]);
  });
});

describe('list-gap', () => {
  it('says nothing when every listed article is in the bundle in every language', async () => {
    await cleanLists();
    expect(ofKind(await report(), 'list-gap')).toEqual([]);
  });

  it("warns about an Editor's choice item that is not in the bundle, and that the list is left empty", async () => {
    await cleanLists();
    const culture = sample('culture');
    const listId = await setDeskList('editors-choice', [culture.id]);
    await setAllStatuses(culture.id, 'draft');

    const found = ofKind(await report(), 'list-gap');
    expect(places(found)).toEqual([`${culture.id}/-/${listId}`, `-/-/${listId}`].sort());
    expect(found.every((p) => p.severity === 'warning')).toBe(true);
    expect(found.find((p) => p.articleId === culture.id)?.message).toBe(
      `Editor's choice: “${titleIn(culture, 'en')}” is not in this bundle, so its place is skipped.`,
    );
    expect(found.find((p) => p.articleId === culture.id)?.phrase?.key).toBe('core.export.preflight.listItemOut');
    expect(found.find((p) => p.articleId === null)?.message).toBe("Editor's choice has nothing to show in this bundle, so fronts open without it.");
  });

  it('warns about an item that falls back to another language', async () => {
    await cleanLists();
    const sport = sample('sport');
    const listId = await setDeskList('editors-choice', [sport.id]);
    const found = ofKind(await report(), 'list-gap');
    expect(found).toEqual([
      {
        kind: 'list-gap',
        severity: 'warning',
        articleId: sport.id,
        lang: 'en',
        listId,
        message: `Editor's choice: “${titleIn(sport, 'ru')}” has no English version, so English pages show it in another language.`,
        phrase: {
          key: 'core.export.preflight.listItemFallback',
          params: { list: "Editor's choice", title: titled(titleIn(sport, 'ru')), lang: language('en') },
        },
      },
    ]);
  });

  it("warns about an empty Editor's choice", async () => {
    await cleanLists();
    const listId = await setDeskList('editors-choice', []);
    const found = ofKind(await report(), 'list-gap');
    expect(found).toEqual([
      {
        kind: 'list-gap',
        severity: 'warning',
        articleId: null,
        lang: null,
        listId,
        message: "Editor's choice has nothing to show in this bundle, so fronts open without it.",
        phrase: { key: 'core.export.preflight.listEmpty', params: { list: "Editor's choice" } },
      },
    ]);
  });

  it('warns about a Related item outside the bundle, on the article whose sidebar it is', async () => {
    await cleanLists();
    const news = sample('news');
    const culture = sample('culture');
    const listId = await setRelated(news.id, [culture.id, sample('economy').id]);
    await setAllStatuses(culture.id, 'draft');

    const found = ofKind(await report(), 'list-gap');
    expect(places(found)).toEqual([`${news.id}/-/${listId}`]);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toBe(
      `“${titleIn(news, 'ru')}”: a Related article (“${titleIn(culture, 'en')}”) is not in this bundle, so the sidebar skips it.`,
    );
    expect(found[0]?.phrase).toEqual({ key: 'core.export.preflight.relatedOut', params: { title: titled(titleIn(news, 'ru')), other: titled(titleIn(culture, 'en')) } });
  });
});

describe('slug-collision', () => {
  it('blocks two articles of one section sharing a slug in one language, naming both', async () => {
    const news = sample('news');
    const slug = (await translation(news.id, 'ru')).slug;
    const twin = await newArticle('news', 'Другая статья о переговорах', 'published', slug);

    const r = await report();
    const found = ofKind(r, 'slug-collision');
    expect(places(found)).toEqual([`${news.id}/ru/-`, `${twin}/ru/-`].sort());
    for (const p of found) {
      expect(p.severity).toBe('blocking');
      expect(p.message).toContain(`and 1 other article would share the address ru/news/${slug}/. Give each a different slug.`);
      expect(p.phrase).toMatchObject({ key: 'core.export.preflight.slugCollision', params: { count: 1, dir: `ru/news/${slug}` } });
    }
    expect(found.find((p) => p.articleId === twin)?.message).toMatch(/^“Другая статья о переговорах” and 1 other/);
    expect(found.find((p) => p.articleId === news.id)?.message).toContain(`“${titleIn(news, 'ru')}”`);
    expect(r.blocking).toBe(2);
  });

  it('does not block the same slug in another section or another language', async () => {
    const news = sample('news');
    const slug = (await translation(news.id, 'ru')).slug;
    await newArticle('economy', 'Та же адресная строка в экономике', 'published', slug);
    await save(news.id, 'en', { slug });
    const r = await report();
    expect(ofKind(r, 'slug-collision')).toEqual([]);
    expect(r.blocking).toBe(0);
  });

  it('stops the export before anything is written, leaving a previous bundle as it was', async () => {
    const outDir = path.join(fx.dir, 'out', 'site');
    await fx.export(outDir);
    const before = readTree(outDir);

    const news = sample('news');
    await newArticle('news', 'Двойник', 'published', (await translation(news.id, 'ru')).slug);
    const fresh = path.join(fx.dir, 'out', 'fresh');
    for (const dir of [outDir, fresh]) {
      const failure: unknown = await fx.export(dir).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(PreflightBlocked);
      expect((failure as PreflightBlocked).report.blocking).toBe(2);
      expect((failure as PreflightBlocked).message).toBe('The export was stopped before writing anything: 2 problems must be fixed first.');
    }
    expect(fs.existsSync(fresh)).toBe(false);
    const after = readTree(outDir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [p, bytes] of before) expect(after.get(p)?.equals(bytes), p).toBe(true);
    expect(fs.readdirSync(path.join(fx.dir, 'out')).sort()).toEqual(['site']);
  });
});

describe('not-ready', () => {
  it('blocks a chosen article with no ready or published language, and not in the whole workspace', async () => {
    const news = sample('news');
    const draft = await newArticle('news', 'Черновик о переговорах', 'draft');
    const chosen = await report({ kind: 'selection', articleIds: [news.id, draft] });
    expect(ofKind(chosen, 'not-ready')).toEqual([
      {
        kind: 'not-ready',
        severity: 'blocking',
        articleId: draft,
        lang: null,
        listId: null,
        message: '“Черновик о переговорах” is not ready in any language, so it has no page. Set a language\'s status to Ready, or leave the article out.',
        phrase: { key: 'core.export.preflight.notReady', params: { title: titled('Черновик о переговорах') } },
      },
    ]);
    expect(chosen).toMatchObject({ articles: 1, pages: 2, blocking: 1 });

    // Review is not ready either; Ready is.
    await save(draft, 'ru', { status: 'review' });
    expect(places(ofKind(await report({ kind: 'selection', articleIds: [draft] }), 'not-ready'))).toContain(`${draft}/-/-`);
    await save(draft, 'ru', { status: 'ready' });
    expect(ofKind(await report({ kind: 'selection', articleIds: [draft] }), 'not-ready')).toEqual([]);

    // A chosen article that went to the trash is named too.
    await save(draft, 'ru', { status: 'draft' });
    await fx.call('deleteArticle', { articleId: draft });
    expect(ofKind(await report({ kind: 'selection', articleIds: [news.id, draft] }), 'not-ready')).toMatchObject([
      {
        severity: 'blocking',
        message: `An article chosen for export (${draft}) is in the trash or no longer exists. Leave it out of the choice.`,
        phrase: { key: 'core.export.preflight.gone', params: { id: draft } },
      },
    ]);
    await fx.call('restoreArticle', { articleId: draft });

    const all = await report(ALL);
    expect(ofKind(all, 'not-ready')).toEqual([]);
    expect(all.blocking).toBe(0);
  });

  it('blocks an export with nothing ready in it', async () => {
    for (const a of fx.articles) await setAllStatuses(a.id, 'draft');
    const r = await report();
    expect(ofKind(r, 'not-ready')).toEqual([
      {
        kind: 'not-ready',
        severity: 'blocking',
        articleId: null,
        lang: null,
        listId: null,
        message:
          'Nothing here is ready to export: no article has a language whose status is Ready or Published. Set the status of the versions to publish to Ready.',
        phrase: { key: 'core.export.preflight.nothingReady' },
      },
    ]);
    expect(r).toMatchObject({ articles: 0, pages: 0, pagesByLang: { ru: 0, en: 0 }, blocking: 1 });
    // A section with nothing ready says the same.
    const section = await report({ kind: 'section', section: 'opinion' });
    expect(places(ofKind(section, 'not-ready'))).toEqual(['-/-/-']);
  });
});

describe('empty-title', () => {
  it('blocks a published version without a title, and not a draft one', async () => {
    const news = sample('news');
    await save(news.id, 'en', { title: '   ' });
    const found = ofKind(await report(), 'empty-title');
    expect(found).toEqual([
      {
        kind: 'empty-title',
        severity: 'blocking',
        articleId: news.id,
        lang: 'en',
        listId: null,
        message: `The English version of “${titleIn(news, 'ru')}” has no title. Give it one, or set it back to Draft.`,
        phrase: { key: 'core.export.preflight.emptyTitle', params: { lang: language('en'), title: titled(titleIn(news, 'ru')) } },
      },
    ]);

    await save(news.id, 'en', { status: 'draft' });
    const r = await report();
    expect(ofKind(r, 'empty-title')).toEqual([]);
    expect(r.blocking).toBe(0);
  });
});

describe('base-url', () => {
  const baseUrlWarnings = (baseUrl: string) => {
    const db = fx.core.workspace.db;
    const r = preflight(db, readSelection(db, getSettings(db), baseUrl, ALL), ALL, Date.now());
    return ofKind(r, 'base-url');
  };

  it('warns while the base URL is the example one, and not with the site\'s own', () => {
    expect(BASE_URL).toBe(PLACEHOLDER_BASE_URL);
    const found = baseUrlWarnings(PLACEHOLDER_BASE_URL);
    expect(found).toEqual([expect.objectContaining({ kind: 'base-url', severity: 'warning', articleId: null, lang: null, listId: null })]);
    expect(found[0]?.message).toMatch(/Set the site's address before publishing\.$/);
    expect(found[0]?.phrase).toEqual({ key: 'core.export.preflight.baseUrl', params: { url: PLACEHOLDER_BASE_URL } });
    expect(baseUrlWarnings('https://www.tandem-news.az/')).toEqual([]);
  });

  it('follows the workspace export settings', async () => {
    expect(places(ofKind(await report(), 'base-url'))).toEqual(['-/-/-']);
    await fx.call('setExportSettings', { baseUrl: 'https://www.tandem-news.az', outDir: path.join(path.dirname(fx.dir), 'tandem-site') });
    expect(ofKind(await report(), 'base-url')).toEqual([]);
  });
});

describe('the report', () => {
  it('counts articles and pages per language, counts the problems it lists, and lists blocking ones first', async () => {
    const news = sample('news');
    const economy = sample('economy');
    // Two blocking problems of one kind, one of another, and warnings of several.
    await newArticle('news', 'Двойник', 'published', (await translation(news.id, 'ru')).slug);
    await save(economy.id, 'en', { title: '' });
    await save(sample('culture').id, 'ru', { status: 'draft' });
    await setDeskList('editors-choice', []);

    const r = PreflightReportSchema.parse(await report());
    expect(r.articles).toBe(5);
    expect(r.pagesByLang).toEqual({ ru: 4, en: 3 });
    expect(r.pages).toBe(7);
    expect(r.blocking).toBe(r.problems.filter((p) => p.severity === 'blocking').length);
    expect(r.warnings).toBe(r.problems.filter((p) => p.severity === 'warning').length);
    expect(r.blocking).toBe(3);
    expect(r.warnings).toBeGreaterThanOrEqual(4);
    expect(r.problems.slice(0, 3).map((p) => p.kind).sort()).toEqual(['empty-title', 'slug-collision', 'slug-collision']);
    expect(r.problems.slice(3).every((p) => p.severity === 'warning')).toBe(true);
    // Within each severity: by article, then language (problems of no article first).
    for (const severity of ['blocking', 'warning'] as const) {
      const keys = r.problems.filter((p) => p.severity === severity).map((p) => `${p.articleId ?? ''}\u0000${p.lang ?? ''}`);
      expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
    }
  });

  it('has no problems but the example base URL on a clean store', async () => {
    await cleanLists();
    const sport = sample('sport');
    // Without the Russian-only piece, every page has its other language.
    await setAllStatuses(sport.id, 'draft');
    const r = await report();
    expect(r).toMatchObject({ articles: 3, pages: 6, pagesByLang: { ru: 3, en: 3 }, blocking: 0, warnings: 1 });
    expect(r.problems.map((p) => p.kind)).toEqual(['base-url']);
  });
});
