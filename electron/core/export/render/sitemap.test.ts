import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapEntries } from './fixtures';
import { renderSitemap } from './sitemap';

type Node = Record<string, unknown>;

describe('renderSitemap', () => {
  const entries = sitemapEntries();
  const xml = renderSitemap(entries);

  it('is well-formed XML ending in a newline', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    expect(xml.endsWith('</urlset>\n')).toBe(true);
  });

  it('lists every page with its lastmod and exactly its alternates', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'url' || name === 'xhtml:link' });
    const urls = (parser.parse(xml) as { urlset: { url: Node[] } }).urlset.url;
    expect(urls.map((u) => u.loc)).toEqual(entries.map((e) => e.url));
    expect(urls.map((u) => u.lastmod ?? null)).toEqual(entries.map((e) => e.lastmod));
    for (const [i, u] of urls.entries()) {
      const links = (u['xhtml:link'] as Node[] | undefined) ?? [];
      expect(links.map((l) => ({ lang: l['@hreflang'], url: l['@href'] }))).toEqual(entries[i]?.alternates);
      expect(links.every((l) => l['@rel'] === 'alternate')).toBe(true);
    }
  });

  it('escapes addresses and is the same every time', () => {
    const odd = renderSitemap([{ url: 'https://news.example.org/ru/?a=1&b=2', lastmod: null, alternates: [] }]);
    expect(odd).toContain('<loc>https://news.example.org/ru/?a=1&amp;b=2</loc>');
    expect(renderSitemap(sitemapEntries())).toBe(xml);
    expect(renderSitemap([])).toBe('<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n</urlset>\n');
  });
});
