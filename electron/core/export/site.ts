import { emptyBody } from '../../../shared/editor/text';
import type { Db } from '../store/db';
import { articleSitemapEntries, feedEntry, feedModel, frontDir, frontModel, frontSitemapEntries, newestPages, FEED_ENTRIES, type AssembleContext } from './assemble';
import { bundleJson, listsData, siteData } from './data';
import { placeKey, type ExportInputs } from './inputs';
import type { KeyedMemo } from './memo';
import { readBodies } from './pages';
import { renderAtom, renderFront, renderJsonFeed, SITE_CSS, sitemapBytes, sitemapUrls } from './render';
import { pageKey } from './selection';
import type { Entry, FileSink } from './sink';
import { fingerprint } from './state';

/**
 * The bundle's files that are not one article's: the fronts (each language's and each
 * section's), the feeds, the sitemap, the site's and the lists' data and the stylesheet.
 * They are few, and made on every export but for the feeds, which are kept while the pages
 * they are made of are as last time. Every file goes to the sink, which writes it when its
 * bytes changed.
 */

export interface SiteFilesJob {
  db: Db;
  ctx: AssembleContext;
  sink: FileSink;
  generator: string;
  /** This export's inputs; null when nothing is compared (an export that keeps no state). */
  inputs: ExportInputs | null;
  /** The fingerprint of each file kept by its inputs at the last export (the state's `others`), when the folder is as it left it; else null. */
  previousOthers: Readonly<Record<string, string>> | null;
  /** Filled here: the fingerprint of each file kept by its inputs, for the next export. */
  others: Map<string, string>;
  /** Each article's part of the sitemap (UTF-8), kept between exports. */
  sitemapParts: KeyedMemo<Buffer>;
  checkCancelled(): void;
}

export function putSiteFiles(job: SiteFilesJob): void {
  const { ctx, sink, inputs } = job;
  const { sel } = ctx;
  /** Keeps `paths` as the last export left them while their inputs are the same, else makes them. */
  const keepOrMake = (paths: readonly string[], fp: string | null, make: () => void) => {
    if (fp === null) return make();
    for (const p of paths) job.others.set(p, fp);
    const kept = job.previousOthers ? paths.map((p) => (job.previousOthers?.[p] === fp ? sink.previous(p) : undefined)) : [];
    if (kept.length === paths.length && kept.every((e): e is Entry => e !== undefined)) for (const e of kept) sink.record(e, false);
    else make();
  };
  for (const lang of sel.languages) {
    for (const section of [null, ...ctx.navSections]) sink.put(`${frontDir(lang, section)}index.html`, renderFront(frontModel(ctx, lang, section)));
    // A feed is made of its newest pages whole (bodies included): kept while they are as last time.
    const newest = newestPages(ctx, lang, null, FEED_ENTRIES);
    const feedInputs = inputs && fingerprint(inputs.global, lang, ...newest.map((p) => `${p.articleId}:${inputs.articles.get(p.articleId) ?? ''}`));
    keepOrMake([`feeds/${lang}.xml`, `feeds/${lang}.json`], feedInputs, () => {
      const bodies = readBodies(job.db, [...new Set(newest.map((p) => p.articleId))]);
      const feed = feedModel(
        ctx,
        lang,
        newest.map((p) => feedEntry(ctx, p, bodies.get(pageKey(p.articleId, p.lang))?.body ?? emptyBody())),
      );
      sink.put(`feeds/${lang}.xml`, renderAtom(feed));
      sink.put(`feeds/${lang}.json`, renderJsonFeed(feed));
    });
  }
  job.checkCancelled();
  // The sitemap from each article's part, made again only for articles that changed.
  const parts: Buffer[] = [Buffer.from(sitemapUrls(frontSitemapEntries(ctx)), 'utf8')];
  for (const id of sel.inBundle) {
    const key = `${sel.baseUrl}${placeKey(sel, id)}`;
    parts.push(job.sitemapParts.get(sel.articles.get(id) ?? id, key, () => Buffer.from(sitemapUrls(articleSitemapEntries(ctx, id)), 'utf8')));
  }
  sink.put('sitemap.xml', sitemapBytes(parts));
  sink.put('data/site.json', bundleJson(siteData(sel, job.generator)));
  sink.put('data/lists.json', bundleJson(listsData(sel)));
  sink.put('assets/site.css', SITE_CSS);
}
