import { describe, expect, it } from 'vitest';
import { articlePageEn, articlePageRu } from './fixtures';
import { LEAD_SIZES, renderArticlePage } from './page';
import { htmlProblems, jsonLdText } from './testing';

describe('renderArticlePage', () => {
  const ru = renderArticlePage(articlePageRu());
  const en = renderArticlePage(articlePageEn());

  it('gives valid HTML for both languages', async () => {
    expect(await htmlProblems(ru)).toEqual([]);
    expect(await htmlProblems(en)).toEqual([]);
  });

  it('is a whole document ending in a newline, the policy right after the charset', () => {
    expect(ru.startsWith('<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;')).toBe(true);
    expect(ru.endsWith('</html>\n')).toBe(true);
    expect(ru).not.toMatch(/\sstyle=/);
    expect(ru).not.toContain('\n\n');
  });

  it('links the canonical address, every language and x-default', () => {
    expect(ru).toContain('<link rel="canonical" href="https://news.example.org/ru/news/lavrov-v-baku/">');
    expect(ru).toContain('<link rel="alternate" hreflang="ru" href="https://news.example.org/ru/news/lavrov-v-baku/">');
    expect(ru).toContain('<link rel="alternate" hreflang="en" href="https://news.example.org/en/news/lavrov-in-baku/">');
    expect(ru).toContain('<link rel="alternate" hreflang="x-default" href="https://news.example.org/ru/news/lavrov-v-baku/">');
    // The English page's x-default is the Russian page: the site's first language.
    expect(en).toContain('<link rel="alternate" hreflang="x-default" href="https://news.example.org/ru/news/lavrov-v-baku/">');
  });

  it('links the stylesheet and the feeds through the root', () => {
    expect(ru).toContain('<link rel="stylesheet" href="../../../assets/site.css">');
    expect(ru).toContain('<link rel="alternate" type="application/atom+xml" title="Тандем: новости" href="../../../feeds/ru.xml">');
    expect(ru).toContain('<link rel="alternate" type="application/feed+json" title="Тандем: новости" href="../../../feeds/ru.json">');
    expect(ru).toContain('<meta name="generator" content="Tandem 0.1.0">');
  });

  it('titles the page with the headline and the site, and describes it by its summary', () => {
    expect(ru).toContain('<title>Лавров: &quot;Весь набор шагов для того, чтобы сдвинуть процесс урегулирования, на столе&quot; — Тандем: новости</title>');
    expect(ru).toContain('<meta name="description" content="В воскресенье (19 ноября),');
  });

  it('marks the current section and offers the other language by its own name', () => {
    expect(ru).toContain('<nav class="sections" aria-label="Разделы">');
    expect(ru).toContain('<li><a href="../../news/" aria-current="page">Новости</a></li>');
    expect(ru).toContain('<li><a href="../../politics/">Политика</a></li>');
    expect(ru).toContain('<li><a href="../../../en/news/lavrov-in-baku/" hreflang="en" lang="en">English</a></li>');
  });

  it('shows the lead photo with its srcset, sizes, caption and credit', () => {
    expect(ru).toContain(`sizes="${LEAD_SIZES}"`);
    expect(ru).toMatch(/<figure class="lead"><img src="\.\.\/\.\.\/\.\.\/media\/[0-9a-f]{64}-1600\.jpg" srcset="[^"]+-320\.webp 320w, [^"]+-640\.webp 640w, [^"]+-960\.webp 960w, [^"]+-1600\.webp 1600w" sizes="[^"]+" alt="Лавров и Мамедъяров пожимают руки" width="1600" height="1067"><\/figure>/);
    expect(ru).toContain('<p class="photo">фото: <bdi>Министры иностранных дел России и Азербайджана</bdi> <span class="credit">Reuters</span></p>');
    // Neither caption nor credit: no caption line.
    expect(en).toContain('<figure class="lead">');
    expect(en).not.toContain('class="photo"');
  });

  it('prints the body, the source and the publication time', () => {
    expect(ru).toContain('<h2>Пресс-конференция в Баку</h2>');
    expect(ru).toContain('<blockquote><p>Весь набор шагов');
    expect(ru).toContain('<a href="https://tass.ru/politika/4745125" rel="noopener noreferrer">сообщает ТАСС</a>');
    expect(ru).toContain('<p class="source">источник: commonspace.eu по материалам агентств</p>');
    expect(ru).toContain('<p class="published"><time datetime="2017-11-20T09:30:00.000Z">20 ноября 2017, 09:30 UTC</time></p>');
    expect(en).not.toContain('class="source"');
    expect(en).toContain('20 November 2017, 09:30 UTC');
  });

  it('puts Related and Popular beside the article, leaving out an empty one', () => {
    expect(ru).toContain('<aside class="sidebar">\n<section class="cards" aria-labelledby="related">\n<h2 id="related">Читайте также</h2>');
    expect(ru).toContain('<section class="cards" aria-labelledby="popular">\n<h2 id="popular">Популярное</h2>');
    expect(en).toContain('<h2 id="related">Related articles</h2>');
    expect(en).not.toContain('id="popular"');
  });

  it('draws a card with badges, thumbnail, title and teaser', () => {
    expect(ru).toContain(
      [
        '<li class="card">',
        '<ul class="badges">',
        '<li>Выбор редакции</li>',
        '<li>Новости</li>',
        '</ul>',
        '<a class="thumb" href="../borrell-afganistan/"><img src="../../../media/' + 'c5'.repeat(32) + '-320.webp" alt="Боррель: ситуация в Афганистане критическая, но ЕС останется вовлечённым" width="320" height="213" loading="lazy" decoding="async"></a>',
        '<h3><a href="../borrell-afganistan/">Боррель: ситуация в Афганистане критическая, но ЕС останется вовлечённым</a></h3>',
        '<p class="teaser">Евросоюз приложит все усилия, чтобы поддержать мирный процесс и остаться надёжным партнёром афганского народа.</p>',
        '</li>',
      ].join('\n'),
    );
  });

  it('marks a card in another language with its lang and a visible tag', () => {
    expect(ru).toContain('<li class="card" lang="en">\n<span class="lang-tag">English</span>\n<ul class="badges">\n<li>Editor&#39;s choice</li>');
    // The Popular card has no thumbnail: the title alone links.
    expect(ru).toMatch(/<h2 id="popular">Популярное<\/h2>\n<ul>\n<li class="card" lang="en">\n<span class="lang-tag">English<\/span>\n<ul class="badges">\n<li>Editor&#39;s choice<\/li>\n<li>News<\/li>\n<\/ul>\n<h3>/);
  });

  it('carries the JSON-LD in its one script, and no other script', () => {
    expect(ru.match(/<script/g)).toHaveLength(1);
    const ld = JSON.parse(jsonLdText(ru) ?? 'null') as { '@type': string; headline: string };
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(articlePageRu().title);
  });

  it('leaves out what the article does not have', () => {
    const bare = renderArticlePage({ ...articlePageEn(), summary: '', lead: null, bodyHtml: '', publishedAt: null, related: [], popular: [], alternates: [] });
    expect(bare).not.toContain('<meta name="description"');
    expect(bare).not.toContain('class="summary"');
    expect(bare).not.toContain('<figure');
    expect(bare).not.toContain('class="body"');
    expect(bare).not.toContain('<time');
    expect(bare).not.toContain('<aside');
    expect(bare).not.toContain('class="languages"');
    // Only in English, not the site's first language: no x-default.
    expect(bare).not.toContain('x-default');
  });

  it('refuses an address that is not a web address or a bundle path', () => {
    const page = articlePageRu();
    expect(() => renderArticlePage({ ...page, related: [{ ...page.related[0]!, href: 'javascript:alert(1)' }] })).toThrow(/not a web address/);
    expect(() => renderArticlePage({ ...page, nav: { ...page.nav, home: ' jav\tascript:alert(1)' } })).toThrow(/not a web address/);
  });

  it('gives the same bytes every time', () => {
    expect(renderArticlePage(articlePageRu())).toBe(ru);
    expect(renderArticlePage(articlePageEn())).toBe(en);
  });
});
