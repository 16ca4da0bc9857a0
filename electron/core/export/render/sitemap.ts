import type { SitemapEntry } from '../model';
import { address } from './addresses';
import { XML_DECLARATION, xmlText } from './xml';

/**
 * `sitemap.xml`: one `<url>` per page, with `<lastmod>` when known and, for a page that
 * exists in several languages, one `xhtml:link` per language version including its own (as
 * search engines ask). Entries are written in the order given. A sitemap holds at most
 * 50,000 addresses; a larger site needs a sitemap index.
 */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  return sitemapDocument([sitemapUrls(entries)]);
}

/** The `<url>` elements of `entries`, each line ending in a newline (a part of the document). */
export function sitemapUrls(entries: readonly SitemapEntry[]): string {
  let out = '';
  for (const entry of entries) {
    out += `<url>\n<loc>${xmlText(address(entry.url))}</loc>\n`;
    if (entry.lastmod !== null && entry.lastmod !== '') out += `<lastmod>${xmlText(entry.lastmod)}</lastmod>\n`;
    for (const alt of entry.alternates) {
      out += `<xhtml:link rel="alternate" hreflang="${xmlText(alt.lang)}" href="${xmlText(address(alt.url))}"/>\n`;
    }
    out += '</url>\n';
  }
  return out;
}

const OPENING = `${XML_DECLARATION}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n`;
const CLOSING = '</urlset>\n';

/** The whole sitemap from its parts (sitemapUrls), in order. */
function sitemapDocument(parts: readonly string[]): string {
  return `${OPENING}${parts.join('')}${CLOSING}`;
}

/** The same, from parts already encoded as UTF-8 (a large sitemap is put together from kept parts). */
export function sitemapBytes(parts: readonly Uint8Array[]): Buffer {
  return Buffer.concat([Buffer.from(OPENING, 'utf8'), ...parts, Buffer.from(CLOSING, 'utf8')]);
}
