import type { Lang } from '../../../../shared/domain/languages';
import type { Alternate, CardModel, Labels, NavModel, SiteModel } from '../model';
import { address } from './addresses';
import { PAGE_CSP } from './csp';
import { languageName } from './labels';

/**
 * What the templates print, made from the models: every address checked, every choice
 * (which links, which groups, which tag) made here, so the templates only place values.
 */

/** The `<head>` of a page. */
export interface HeadView {
  csp: string;
  title: string;
  /** Null: no meta description. */
  description: string | null;
  canonical: string;
  /** This page, its alternates and `x-default`, as `<link rel="alternate" hreflang>`. */
  hreflang: Array<{ lang: string; url: string }>;
  stylesheet: string;
  atom: string;
  jsonFeed: string;
  feedTitle: string;
  generator: string;
  /** Script-safe JSON-LD text, or null for none. */
  jsonLd: string | null;
}

/** The site header: home link, section navigation, language switch. */
export interface HeaderView {
  siteName: string;
  home: string;
  /** True on the language's front page itself. */
  homeCurrent: boolean;
  sectionsLabel: string;
  sections: Array<{ name: string; href: string; current: boolean }>;
  languagesLabel: string;
  languages: Array<{ lang: string; href: string; name: string }>;
}

export interface CardView {
  /** The card's language when it differs from the page's (its `lang` attribute), else null. */
  lang: string | null;
  /** The visible language tag of a fallback card, else null. */
  tag: string | null;
  href: string;
  title: string;
  teaser: string;
  badges: string[];
  thumbnail: { src: string; width: number; height: number } | null;
}

/** A headed list of cards: a sidebar section or a group of a front. */
export interface CardGroupView {
  /** The heading's id (the section's `aria-labelledby`); unique on the page. */
  id: string;
  heading: string;
  cards: CardView[];
}

/** The parts of a page the head is made from. */
export interface HeadInput {
  site: SiteModel;
  lang: Lang;
  labels: Labels;
  root: string;
  url: string;
  alternates: readonly Alternate[];
  title: string;
  description: string | null;
  jsonLd: string | null;
}

/**
 * hreflang links: this page, then its alternates, then `x-default` pointing to the page in
 * the site's first language when the page exists in it.
 */
function hreflangLinks(site: SiteModel, lang: Lang, url: string, alternates: readonly Alternate[]): HeadView['hreflang'] {
  const links = [{ lang, url: address(url) }, ...alternates.map((alt) => ({ lang: alt.lang, url: address(alt.url) }))];
  const first = site.languages[0];
  const fallback = links.find((link) => link.lang === first);
  if (fallback) links.push({ lang: 'x-default', url: fallback.url });
  return links;
}

export function headView(input: HeadInput): HeadView {
  const root = address(input.root);
  return {
    csp: PAGE_CSP,
    title: input.title,
    description: input.description === null || input.description.trim() === '' ? null : input.description,
    canonical: address(input.url),
    hreflang: hreflangLinks(input.site, input.lang, input.url, input.alternates),
    stylesheet: `${root}assets/site.css`,
    atom: `${root}feeds/${input.lang}.xml`,
    jsonFeed: `${root}feeds/${input.lang}.json`,
    feedTitle: input.labels.siteName,
    generator: input.site.generator,
    jsonLd: input.jsonLd,
  };
}

export function headerView(nav: NavModel, labels: Labels, alternates: readonly Alternate[], homeCurrent: boolean): HeaderView {
  return {
    siteName: labels.siteName,
    home: address(nav.home),
    homeCurrent,
    sectionsLabel: labels.sections,
    sections: nav.sections.map((s) => ({ name: s.name, href: address(s.href), current: s.current })),
    languagesLabel: labels.languages,
    languages: alternates.map((alt) => ({ lang: alt.lang, href: address(alt.href), name: languageName(alt.lang) })),
  };
}

export function cardView(card: CardModel): CardView {
  // A card in another language than the page's says so, in its own `lang` and visibly.
  const other = card.fallback || card.lang !== card.pageLang;
  return {
    lang: other ? card.lang : null,
    tag: other ? languageName(card.lang) : null,
    href: address(card.href),
    title: card.title,
    teaser: card.teaser.trim() === '' ? '' : card.teaser,
    badges: card.badges.filter((badge) => badge.trim() !== ''),
    thumbnail: card.thumbnail && { ...card.thumbnail, src: address(card.thumbnail.src) },
  };
}

/** A group of cards, or null when it has none (a group with no cards is left out). */
export function cardGroup(id: string, heading: string, cards: readonly CardModel[]): CardGroupView | null {
  return cards.length === 0 ? null : { id, heading, cards: cards.map(cardView) };
}

/** The groups that have cards, in order. */
export function groups(...list: Array<CardGroupView | null>): CardGroupView[] {
  return list.filter((group): group is CardGroupView => group !== null);
}
