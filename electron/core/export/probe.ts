import { createHash } from 'node:crypto';
import type { ArticlePageModel, CardModel, FeedModel, FrontModel, SiteModel } from './model';
import { labelsFor, renderArticlePage, renderAtom, renderFront, renderJsonFeed, renderSitemap, SITE_CSS } from './render';

/**
 * A fingerprint of the templates themselves: one small fixed model of each kind rendered and
 * hashed. When a template changes, so does this, and an incremental export renders every
 * page again instead of keeping pages made by the old templates.
 */

const site: SiteModel = { baseUrl: 'https://probe.example/', languages: ['ru', 'en'], generator: 'probe' };
const nav = { home: '../', sections: [{ id: 's', name: 'S', href: '../s/', current: true }] };
const card: CardModel = {
  articleId: 'a',
  pageLang: 'ru',
  lang: 'en',
  fallback: true,
  href: '../a/',
  title: 'T',
  teaser: 'X',
  badges: ['B'],
  thumbnail: { src: '../m.webp', width: 2, height: 1 },
};

const page: ArticlePageModel = {
  site,
  lang: 'ru',
  root: '../../../',
  labels: labelsFor('ru'),
  nav,
  articleId: 'a',
  section: { id: 's', name: 'S' },
  tags: ['t'],
  authors: ['A'],
  publishedAt: '2000-01-01T00:00:00.000Z',
  modifiedAt: '2000-01-02T00:00:00.000Z',
  url: 'https://probe.example/ru/s/a/',
  title: 'T',
  summary: 'S',
  bodyHtml: '<p>B</p>',
  source: 'Src',
  lead: { src: 'm.jpg', srcset: [{ src: 'm.webp', width: 2 }], url: 'https://probe.example/m.jpg', width: 2, height: 1, credit: 'C', caption: 'Cap', alt: 'Alt' },
  alternates: [{ lang: 'en', url: 'https://probe.example/en/s/a/', href: '../../../en/s/a/', title: 'T' }],
  related: [card],
  popular: [card],
  wordCount: 1,
};

const front: FrontModel = {
  site,
  lang: 'ru',
  root: '../../',
  labels: labelsFor('ru'),
  nav,
  section: { id: 's', name: 'S' },
  url: 'https://probe.example/ru/s/',
  alternates: [],
  editorsChoice: [card],
  curated: [card],
  latest: [card],
};

const feed: FeedModel = {
  site,
  lang: 'ru',
  labels: labelsFor('ru'),
  homeUrl: 'https://probe.example/ru/',
  atomUrl: 'https://probe.example/feeds/ru.xml',
  jsonUrl: 'https://probe.example/feeds/ru.json',
  updated: '2000-01-02T00:00:00.000Z',
  entries: [
    {
      articleId: 'a',
      url: 'https://probe.example/ru/s/a/',
      title: 'T',
      summary: 'S',
      contentHtml: '<p>B</p>',
      publishedAt: '2000-01-01T00:00:00.000Z',
      modifiedAt: '2000-01-02T00:00:00.000Z',
      authors: ['A'],
      tags: ['t'],
      image: null,
    },
  ],
};

let memo: string | null = null;

export function templateFingerprint(): string {
  memo ??= createHash('sha256')
    .update(renderArticlePage(page))
    .update(renderFront(front))
    .update(renderAtom(feed))
    .update(renderJsonFeed(feed))
    .update(renderSitemap([{ url: page.url, lastmod: page.modifiedAt, alternates: [{ lang: 'ru', url: page.url }] }]))
    .update(SITE_CSS)
    .digest('hex');
  return memo;
}
