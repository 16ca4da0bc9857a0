import { useEffect, useRef, useState } from 'react';
import type { ArticleSummary, ListArticlesInput, SearchHit, SearchInput } from '../../../shared/contract';
import type { Status } from '../../../shared/domain/status';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { useDebounced } from '../../ui/useDebounced';
import { displayTitle } from '../articles/format';
import { untitledItem } from './labels';

/** What the `Add article` picker lists: one entry per article. */
export interface Candidate {
  articleId: string;
  title: string;
  /** The language the title is in. */
  lang: string;
  section: string;
  status: Status;
}

export interface PickerFilters {
  section: string;
  status: Status | '';
  lang: string;
}

export type Found = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; query: string; candidates: Candidate[] };

const LIMIT = 20;

/** Search hits, first hit of each article kept (the best-ranked language). */
export function fromHits(hits: readonly SearchHit[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const hit of hits) {
    if (seen.has(hit.articleId)) continue;
    seen.add(hit.articleId);
    out.push({ articleId: hit.articleId, title: hit.title.trim() || untitledItem(), lang: hit.lang, section: hit.section, status: hit.status });
  }
  return out;
}

/** The newest articles, titled in the filter's language when they have it, else by their original. */
export function fromArticles(articles: readonly ArticleSummary[], lang: string): Candidate[] {
  return articles.map((article) => {
    const own = article.translations.find((t) => t.lang === lang && t.title.trim() !== '');
    const original = article.translations.find((t) => t.lang === article.originalLang) ?? article.translations[0];
    const shown = own ?? original;
    return {
      articleId: article.id,
      title: own ? own.title.trim() : displayTitle(article),
      lang: shown?.lang ?? article.originalLang,
      section: article.section,
      status: shown?.status ?? 'draft',
    };
  });
}

/** As the desk types: the search's hits, or with nothing typed the newest articles; both filtered. */
export function useArticleSearch(query: string, filters: PickerFilters, attempt = 0): Found {
  const { client } = useApp();
  const settled = useDebounced(query.trim(), 250);
  const [found, setFound] = useState<Found>({ state: 'loading' });
  const request = useRef(0);

  useEffect(() => {
    const id = ++request.current;
    const done = (next: Found) => {
      if (id === request.current) setFound(next);
    };
    if (settled) {
      const input: SearchInput = { query: settled, limit: LIMIT };
      if (filters.section) input.section = filters.section;
      if (filters.status) input.status = filters.status;
      if (filters.lang) input.lang = filters.lang;
      void client.call('search', input).then((r) => done(r.ok ? { state: 'ready', query: settled, candidates: fromHits(r.value.hits) } : { state: 'failed', error: r.error }));
    } else {
      const input: ListArticlesInput = { limit: LIMIT };
      if (filters.section) input.section = filters.section;
      if (filters.status) input.status = filters.status;
      if (filters.lang) input.lang = filters.lang;
      void client
        .call('listArticles', input)
        .then((r) => done(r.ok ? { state: 'ready', query: '', candidates: fromArticles(r.value.items, filters.lang) } : { state: 'failed', error: r.error }));
    }
  }, [client, settled, filters.section, filters.status, filters.lang, attempt]);

  return found;
}
