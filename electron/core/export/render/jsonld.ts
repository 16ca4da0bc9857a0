import type { ArticlePageModel } from '../model';
import { scriptJson } from './scriptJson';

/**
 * The page's schema.org `NewsArticle`, as the script-safe text of its
 * `<script type="application/ld+json">` (see scriptJson.ts). Properties with nothing to say
 * (no publication time yet, no tags, no lead photo, no authors) are left out; the property
 * order is fixed, so the same article always gives the same text.
 */
export function articleJsonLd(m: ArticlePageModel): string {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: m.title,
  };
  if (m.summary.trim() !== '') ld.description = m.summary;
  ld.inLanguage = m.lang;
  ld.url = m.url;
  ld.mainEntityOfPage = m.url;
  if (m.publishedAt !== null) ld.datePublished = m.publishedAt;
  ld.dateModified = m.modifiedAt;
  ld.articleSection = m.section.name;
  if (m.tags.length > 0) ld.keywords = m.tags;
  ld.wordCount = m.wordCount;
  if (m.lead !== null) ld.image = m.lead.url;
  const authors = m.authors.filter((name) => name.trim() !== '');
  if (authors.length > 0) ld.author = authors.map((name) => ({ '@type': 'Person', name }));
  ld.publisher = { '@type': 'Organization', name: m.labels.siteName, url: m.site.baseUrl };
  return scriptJson(ld);
}
