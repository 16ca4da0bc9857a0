import { describe, expect, it } from 'vitest';
import { emptyFront, frontRu, sectionFrontEn } from './fixtures';
import { renderFront } from './front';
import { htmlProblems } from './testing';

describe('renderFront', () => {
  const ru = renderFront(frontRu());
  const news = renderFront(sectionFrontEn());
  const empty = renderFront(emptyFront());

  it('gives valid HTML for the language front, a section front and an empty front', async () => {
    expect(await htmlProblems(ru)).toEqual([]);
    expect(await htmlProblems(news)).toEqual([]);
    expect(await htmlProblems(empty)).toEqual([]);
  });

  it('heads the language front with the site name, marked as the current page', () => {
    expect(ru).toContain('<title>Тандем: новости</title>');
    expect(ru).toContain('<a class="brand" href="./" aria-current="page">Тандем: новости</a>');
    expect(ru).toContain('<h1>Тандем: новости</h1>');
    expect(ru).toContain('<link rel="stylesheet" href="../assets/site.css">');
    expect(ru).toContain('<link rel="alternate" hreflang="x-default" href="https://news.example.org/ru/">');
    expect(ru).not.toContain('aria-current="page">Новости');
    expect(ru).not.toContain('<script');
    expect(ru.endsWith('</html>\n')).toBe(true);
  });

  it("puts Editor's choice first, then the section's list, then the latest", () => {
    const order = [...news.matchAll(/<h2 id="([^"]+)">([^<]+)<\/h2>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(order).toEqual(["editors-choice:Editor&#39;s choice", 'curated:News', 'latest:Latest']);
    expect(news).toContain('<title>News — Tandem News</title>');
    expect(news).toContain('<h1>News</h1>');
    expect(news).toContain('<li><a href="../news/" aria-current="page">News</a></li>');
    const ruOrder = [...ru.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    expect(ruOrder).toEqual(['editors-choice', 'latest']);
  });

  it('tags the English card on the Russian front', () => {
    expect(ru).toContain('<li class="card" lang="en">\n<span class="lang-tag">English</span>');
  });

  it('says that nothing is published yet when every group is empty', () => {
    expect(empty).toContain('<h1>Culture</h1>\n<p class="empty">Nothing has been published here yet.</p>\n</main>');
    expect(empty).not.toContain('<section');
  });

  it('gives the same bytes every time', () => {
    expect(renderFront(frontRu())).toBe(ru);
    expect(renderFront(sectionFrontEn())).toBe(news);
  });
});
