import type { FeedEntry, FeedModel } from '../model';
import { address } from './addresses';
import { XML_DECLARATION, xmlText } from './xml';

/**
 * A language's feeds: Atom 1.0 (`feeds/<lang>.xml`) and JSON Feed 1.1 (`feeds/<lang>.json`).
 * An entry's id is its page's address in both. Nothing depends on the clock: a feed's
 * `updated` is its newest entry's, given by the model.
 */

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** `<name>text</name>` and the like: one element holding escaped text. */
const el = (name: string, text: string): string => `<${name}>${xmlText(text)}</${name}>`;

function atomEntry(entry: FeedEntry): string {
  const url = address(entry.url);
  const lines = [
    '<entry>',
    el('id', url),
    el('title', entry.title),
    `<link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
    el('published', entry.publishedAt),
    el('updated', entry.modifiedAt),
  ];
  for (const name of entry.authors) if (name.trim() !== '') lines.push(`<author>${el('name', name)}</author>`);
  for (const tag of entry.tags) lines.push(`<category term="${xmlText(tag)}"/>`);
  if (entry.summary.trim() !== '') lines.push(el('summary', entry.summary));
  lines.push(`<content type="html">${xmlText(entry.contentHtml)}</content>`, '</entry>');
  return lines.join('\n');
}

/**
 * The Atom feed. The feed names the site as its author, so an entry without authors still
 * has one (Atom asks every entry for an author); an entry's body is its `content`, as
 * escaped HTML.
 */
export function renderAtom(m: FeedModel): string {
  const home = address(m.homeUrl);
  const lines = [
    XML_DECLARATION,
    `<feed xmlns="${ATOM_NS}" xml:lang="${xmlText(m.lang)}">`,
    el('id', home),
    el('title', m.labels.siteName),
    el('updated', m.updated),
    `<link rel="self" type="application/atom+xml" href="${xmlText(address(m.atomUrl))}"/>`,
    `<link rel="alternate" type="text/html" hreflang="${xmlText(m.lang)}" href="${xmlText(home)}"/>`,
    `<author>${el('name', m.labels.siteName)}</author>`,
    el('generator', m.site.generator),
    ...m.entries.map(atomEntry),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

/** A JSON Feed item; optional members are left out when empty. */
interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content_html: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors?: Array<{ name: string }>;
  tags?: string[];
}

function jsonItem(entry: FeedEntry): JsonFeedItem {
  const url = address(entry.url);
  const authors = entry.authors.filter((name) => name.trim() !== '');
  // Members in the order they are written; an empty optional member is not written.
  return {
    id: url,
    url,
    title: entry.title,
    ...(entry.summary.trim() !== '' ? { summary: entry.summary } : {}),
    content_html: entry.contentHtml,
    ...(entry.image !== null ? { image: address(entry.image) } : {}),
    date_published: entry.publishedAt,
    date_modified: entry.modifiedAt,
    ...(authors.length > 0 ? { authors: authors.map((name) => ({ name })) } : {}),
    ...(entry.tags.length > 0 ? { tags: [...entry.tags] } : {}),
  };
}

/** The JSON Feed, two-space indented, ending in a newline. */
export function renderJsonFeed(m: FeedModel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: m.labels.siteName,
    home_page_url: address(m.homeUrl),
    feed_url: address(m.jsonUrl),
    language: m.lang,
    authors: [{ name: m.labels.siteName }],
    items: m.entries.map(jsonItem),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
