import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderAtom, renderJsonFeed } from './feeds';
import { HOSTILE, HOSTILE_TEXT, hostileFeed, hostileFront, hostilePage } from './fixtures';
import { renderFront } from './front';
import { renderArticlePage } from './page';
import { renderSitemap } from './sitemap';
import { htmlProblems, jsonLdText, startTags } from './testing';

/**
 * Hostile strings in every text an editor types (titles, summaries, captions, credits,
 * teasers, badges, section names, authors, tags, bodies) stay text: no element, attribute
 * or script comes out of them.
 */
describe('hostile text', () => {
  const page = renderArticlePage(hostilePage());
  const front = renderFront(hostileFront());

  it('leaves the pages valid', async () => {
    expect(await htmlProblems(page)).toEqual([]);
    expect(await htmlProblems(front)).toEqual([]);
  });

  it('brings in no script but the JSON-LD block, and no event handler', () => {
    for (const html of [page, front]) {
      const scripts = startTags(html).filter((tag) => /^<script/i.test(tag));
      expect(scripts).toEqual(html === page ? ['<script type="application/ld+json">'] : []);
      expect(html.match(/<\/script/gi) ?? []).toHaveLength(html === page ? 1 : 0);
      for (const tag of startTags(html)) {
        // The attribute names of the tag: what stands outside its (double-quoted) values.
        const names = tag.replace(/"[^"]*"/g, '""');
        expect(names).not.toMatch(/\son[a-z]+\s*=/i);
        expect(names).not.toMatch(/\sstyle\s*=/i);
        for (const [, value] of tag.matchAll(/\s(?:href|src|srcset)="([^"]*)"/g)) expect(value).not.toMatch(/^\s*javascript:/i);
      }
      // Every `<img` is one the templates or the body renderer wrote.
      for (const tag of startTags(html).filter((t) => t.startsWith('<img'))) expect(tag).toMatch(/^<img src="\.\.\//);
    }
  });

  it('shows the strings as text, escaped once', () => {
    expect(page).toContain('<h1>Title &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; javascript:alert(1) &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; \u202Eevil &amp;amp; end</h1>');
    expect(page).toContain(`<bdi>${'&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'} x3</bdi> <span class="credit">\u202Eevil x4</span>`);
    expect(front).toContain('<title>Title &lt;script&gt;');
  });

  it('keeps the JSON-LD parseable, with the same headline, authors and keywords', () => {
    const text = jsonLdText(page);
    expect(text).not.toBeNull();
    const ld = JSON.parse(text ?? '') as { headline: string; author: Array<{ name: string }>; keywords: string[]; articleSection: string };
    expect(ld.headline).toBe(HOSTILE_TEXT);
    expect(ld.author.map((a) => a.name)).toEqual(Object.values(HOSTILE));
    expect(ld.keywords).toEqual(Object.values(HOSTILE));
    expect(ld.articleSection).toBe(hostilePage().section.name);
  });

  it('keeps the right-to-left override as a character of the text, not of the markup', () => {
    expect(page).toContain('\u202Eevil');
    for (const tag of startTags(page)) {
      // Inside a tag it may only stand in a quoted attribute value.
      const outsideValues = tag.replace(/"[^"]*"/g, '""');
      expect(outsideValues).not.toContain('\u202E');
    }
  });

  it('keeps the feeds well-formed, with the titles as typed', () => {
    const feed = hostileFeed();
    const atom = renderAtom(feed);
    expect(XMLValidator.validate(atom)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, htmlEntities: false, isArray: (n) => ['entry', 'author', 'category'].includes(n) }).parse(atom) as {
      feed: { entry: Array<{ title: string; author: Array<{ name: string }>; category: Array<Record<string, string>> }> };
    };
    const entry = parsed.feed.entry[0];
    expect(entry?.title).toBe(HOSTILE_TEXT);
    expect(entry?.author.map((a) => a.name)).toEqual(Object.values(HOSTILE));
    expect(entry?.category.map((c) => c['@term'])).toEqual(Object.values(HOSTILE));
    expect(atom).not.toMatch(/<script/i);
    const json = JSON.parse(renderJsonFeed(feed)) as { items: Array<{ title: string; tags: string[] }> };
    expect(json.items[0]?.title).toBe(HOSTILE_TEXT);
    expect(json.items[0]?.tags).toEqual(Object.values(HOSTILE));
  });

  it('keeps the sitemap well-formed', () => {
    const xml = renderSitemap([{ url: 'https://news.example.org/ru/?q="><script>', lastmod: '"><x>', alternates: [{ lang: 'ru"><x', url: 'https://news.example.org/&' }] }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script');
    expect(xml).not.toMatch(/<x[\s>]/);
  });
});
