import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderAtom, renderJsonFeed } from './feeds';
import { feedRu } from './fixtures';
import { JSON_FEED_FORMATS, JSON_FEED_SCHEMA } from './jsonFeedSchema';

/** An XML element or attribute list as fast-xml-parser gives it. */
type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'author', 'category', 'url', 'xhtml:link'].includes(name) });

function jsonFeedValidator() {
  const ajv = new Ajv({ allErrors: true });
  for (const [name, check] of Object.entries(JSON_FEED_FORMATS)) ajv.addFormat(name, check);
  return ajv.compile(JSON_FEED_SCHEMA);
}

describe('renderAtom', () => {
  const m = feedRu();
  const atom = renderAtom(m);

  it('is well-formed XML ending in a newline', () => {
    expect(XMLValidator.validate(atom)).toBe(true);
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">')).toBe(true);
    expect(atom.endsWith('</feed>\n')).toBe(true);
  });

  it('has the feed members and one entry per article', () => {
    const feed = (parser.parse(atom) as { feed: Node }).feed;
    expect(feed.id).toBe('https://news.example.org/ru/');
    expect(feed.title).toBe('Тандем: новости');
    expect(feed.updated).toBe('2017-11-20T12:05:00.000Z');
    expect(feed.generator).toBe('Tandem 0.1.0');
    expect((feed.link as Node[]).map((l) => [l['@rel'], l['@href']])).toEqual([
      ['self', 'https://news.example.org/feeds/ru.xml'],
      ['alternate', 'https://news.example.org/ru/'],
    ]);
    const entries = feed.entry as Node[];
    expect(entries.map((e) => e.id)).toEqual(m.entries.map((e) => e.url));
    expect(entries.map((e) => (e.link as Node[])[0]?.['@href'])).toEqual(m.entries.map((e) => e.url));
    const [first, second] = entries;
    expect(first?.title).toBe(m.entries[0]?.title);
    expect(first?.published).toBe('2017-11-20T09:30:00.000Z');
    expect((first?.author as Node[]).map((a) => a.name)).toEqual(['Анна Петрова', 'Rashad Aliyev']);
    expect((first?.category as Node[]).map((c) => c['@term'])).toEqual(['Карабах', 'ОБСЕ', 'Лавров']);
    expect(first?.summary).toBe(m.entries[0]?.summary);
    // The second entry has no authors of its own (the feed's author stands) and no summary.
    expect(second?.author).toBeUndefined();
    expect(second?.summary).toBeUndefined();
  });

  it('carries the body as escaped HTML that reads back to the same markup', () => {
    const entries = (new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false, isArray: (name) => name === 'entry' }).parse(atom) as { feed: { entry: Array<{ content: Node }> } }).feed.entry;
    expect(entries[0]?.content['#text']).toBe(m.entries[0]?.contentHtml);
    expect(entries[0]?.content['@_type']).toBe('html');
    expect(atom).toContain('<content type="html">&lt;p&gt;');
  });

  it('drops characters XML cannot hold', () => {
    const text = renderAtom({ ...m, entries: [{ ...m.entries[1]!, title: 'a\u000Bb\uFFFEc', contentHtml: '<p>x\u0001y</p>' }] });
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text).toContain('<title>abc</title>');
  });

  it('gives the same bytes every time', () => {
    expect(renderAtom(feedRu())).toBe(atom);
  });
});

describe('renderJsonFeed', () => {
  const m = feedRu();
  const json = renderJsonFeed(m);
  const validate = jsonFeedValidator();

  it('is valid JSON Feed 1.1, two-space indented, ending in a newline', () => {
    const feed: unknown = JSON.parse(json);
    expect(validate(feed), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(json).toBe(`${JSON.stringify(feed, null, 2)}\n`);
  });

  it('writes the members in a fixed order and leaves out empty ones', () => {
    const feed = JSON.parse(json) as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
    expect(Object.keys(feed)).toEqual(['version', 'title', 'home_page_url', 'feed_url', 'language', 'authors', 'items']);
    expect(feed.language).toBe('ru');
    const [first, second] = feed.items;
    expect(Object.keys(first ?? {})).toEqual(['id', 'url', 'title', 'summary', 'content_html', 'image', 'date_published', 'date_modified', 'authors', 'tags']);
    expect(first?.authors).toEqual([{ name: 'Анна Петрова' }, { name: 'Rashad Aliyev' }]);
    expect(first?.content_html).toBe(m.entries[0]?.contentHtml);
    expect(Object.keys(second ?? {})).toEqual(['id', 'url', 'title', 'content_html', 'date_published', 'date_modified']);
  });

  it('the schema refuses what JSON Feed does not allow', () => {
    const feed = JSON.parse(json) as Record<string, unknown> & { items: Array<Record<string, unknown>> };
    expect(validate({ ...feed, version: 'https://jsonfeed.org/version/1' })).toBe(false);
    expect(validate({ version: feed.version, items: [] })).toBe(false);
    expect(validate({ ...feed, items: [{ url: 'https://example.org/' , content_html: '' }] })).toBe(false);
    expect(validate({ ...feed, items: [{ id: 'x' }] })).toBe(false);
    expect(validate({ ...feed, items: [{ id: 'x', content_text: 'y', date_published: '20 Nov 2017' }] })).toBe(false);
    expect(validate({ ...feed, homepage_url: 'https://example.org/' })).toBe(false);
    expect(validate({ ...feed, _tandem: { about: 'extension' }, authors: [{}] })).toBe(false);
    expect(validate({ ...feed, _tandem: { about: 'extension' } })).toBe(true);
  });
});
