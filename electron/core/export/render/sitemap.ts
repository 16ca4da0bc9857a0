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
  const lines = [XML_DECLARATION, '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const entry of entries) {
    lines.push('<url>', `<loc>${xmlText(address(entry.url))}</loc>`);
    if (entry.lastmod !== null && entry.lastmod !== '') lines.push(`<lastmod>${xmlText(entry.lastmod)}</lastmod>`);
    for (const alt of entry.alternates) {
      lines.push(`<xhtml:link rel="alternate" hreflang="${xmlText(alt.lang)}" href="${xmlText(address(alt.url))}"/>`);
    }
    lines.push('</url>');
  }
  lines.push('</urlset>');
  return `${lines.join('\n')}\n`;
}
