import type { Lang } from '../../../shared/domain/languages';

/**
 * What the templates render: plain data read from the store and resolved by the product's
 * rules (fallback, badges, schedules), with every address already made. Texts are as the
 * editors typed them; the templates escape them. `bodyHtml` is the one piece of markup, made
 * by `shared/editor/html.ts`, which escapes every text and checks every link itself.
 *
 * Addresses: `href`/`src` values are relative to the page they appear on (so a bundle works
 * from any folder of any static host); `url` values are absolute, under the site's base URL
 * (canonical links, hreflang alternates, feeds, sitemap, JSON-LD).
 */

export interface SiteModel {
  /** The site's address, ending in `/`. */
  baseUrl: string;
  /** The workspace's languages, in its order. */
  languages: readonly Lang[];
  /** `Tandem 0.1.0`: written into the manifest, feeds and pages' generator meta. */
  generator: string;
}

/** One file of an image's srcset. */
export interface ImageFile {
  /** Relative to the page. */
  src: string;
  width: number;
}

/** A library image as a page shows it. */
export interface ImageModel {
  /** The largest variant in the image's own format, relative to the page. */
  src: string;
  /** Every WebP variant, smallest first, for `srcset` (relative to the page). */
  srcset: ImageFile[];
  /** Absolute address of `src` (JSON-LD, feeds). */
  url: string;
  width: number;
  height: number;
  credit: string;
}

/** An item card of a sidebar or front, in the page's language or falling back. */
export interface CardModel {
  articleId: string;
  /** The page's language. */
  pageLang: Lang;
  /** The language the card is written in (`lang` attribute when it differs from the page's). */
  lang: Lang;
  /** True when `lang` is not the page's language: the card shows a visible language tag. */
  fallback: boolean;
  /** Relative link to the article's page in `lang`. */
  href: string;
  title: string;
  teaser: string;
  /** `Editor's choice`, `News`: the desk lists and the section, in the card's language. */
  badges: string[];
  /** The lead photo's 320-px thumbnail (alt text is the title). */
  thumbnail: { src: string; width: number; height: number } | null;
}

/** The strings a page prints around the content, per language. */
export interface Labels {
  /** `фото:` / `photo:` */
  photo: string;
  /** `источник:` / `source:` */
  source: string;
  /** `Читайте также` / `Related articles` */
  related: string;
  /** `Популярное` / `Popular` */
  popular: string;
  /** `Выбор редакции` / `Editor's choice` */
  editorsChoice: string;
  /** `Последние новости` / `Latest` */
  latest: string;
  /** `Разделы` / `Sections` (the navigation's label) */
  sections: string;
  /** The site's name in the language. */
  siteName: string;
  /** The language's own name (`Русский`, `English`), for the language switch and fallback tags. */
  languageName: string;
  /** `Языки` / `Languages`: the language switch's label. */
  languages: string;
  /** What a front with no cards says: `Здесь пока ничего не опубликовано.` */
  nothingYet: string;
}

/** A link to the same page in another language. */
export interface Alternate {
  lang: Lang;
  /** Absolute. */
  url: string;
  /** Relative to the page. */
  href: string;
  title: string;
}

/** The navigation every page carries: the language's front and its sections' fronts. */
export interface NavModel {
  /** Relative link to the language's front. */
  home: string;
  sections: Array<{ id: string; name: string; href: string; current: boolean }>;
}

export interface ArticlePageModel {
  site: SiteModel;
  lang: Lang;
  /**
   * Relative path from this page to the bundle's root, ending in `/` (`../../../` for
   * `ru/<section>/<slug>/index.html`, `../` for `ru/index.html`). The page links
   * `<root>assets/site.css` and the language's feeds `<root>feeds/<lang>.xml` and `.json`.
   */
  root: string;
  labels: Labels;
  nav: NavModel;
  articleId: string;
  section: { id: string; name: string };
  tags: string[];
  authors: string[];
  /** ISO times (UTC), or null. */
  publishedAt: string | null;
  modifiedAt: string;
  /** Absolute canonical address of this page. */
  url: string;
  title: string;
  summary: string;
  /** The body as HTML (shared/editor/html.ts), images resolved to bundle files. */
  bodyHtml: string;
  source: string;
  lead: (ImageModel & { caption: string; alt: string }) | null;
  /** The other languages the article is published in (hreflang). */
  alternates: Alternate[];
  related: CardModel[];
  popular: CardModel[];
  /** The body's plain text word count (JSON-LD `wordCount`). */
  wordCount: number;
}

/** A language's front page or one section's front. */
export interface FrontModel {
  site: SiteModel;
  lang: Lang;
  /**
   * Relative path from this page to the bundle's root, ending in `/` (`../../../` for
   * `ru/<section>/<slug>/index.html`, `../` for `ru/index.html`). The page links
   * `<root>assets/site.css` and the language's feeds `<root>feeds/<lang>.xml` and `.json`.
   */
  root: string;
  labels: Labels;
  nav: NavModel;
  /** Null for the language's front page. */
  section: { id: string; name: string } | null;
  /** Absolute canonical address. */
  url: string;
  /** The same front in the other languages. */
  alternates: Alternate[];
  /** The desk's Editor's choice, first on every front. */
  editorsChoice: CardModel[];
  /** The section's own front list (section fronts only; empty elsewhere). */
  curated: CardModel[];
  /** The newest articles (of the section on a section front), newest first. */
  latest: CardModel[];
}

/** One entry of a feed. */
export interface FeedEntry {
  articleId: string;
  /** Absolute. */
  url: string;
  title: string;
  summary: string;
  /** The body as HTML with absolute image addresses. */
  contentHtml: string;
  publishedAt: string;
  modifiedAt: string;
  authors: string[];
  tags: string[];
  image: string | null;
}

export interface FeedModel {
  site: SiteModel;
  lang: Lang;
  labels: Labels;
  /** Absolute addresses of the language's front and of the feeds themselves. */
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  /** The newest entry's modification time: the feed's `updated` (no wall-clock time). */
  updated: string;
  entries: FeedEntry[];
}

export interface SitemapEntry {
  /** Absolute. */
  url: string;
  /** `YYYY-MM-DD` or a full ISO time. */
  lastmod: string | null;
  /** Every language version including this one, for `xhtml:link` alternates (empty: none). */
  alternates: Array<{ lang: Lang; url: string }>;
}
