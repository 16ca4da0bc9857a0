import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary, ListArticlesInput, SearchInput, SearchOutput } from '../../../shared/contract';
import type { Status } from '../../../shared/domain/status';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { hrefFor, navigate } from '../../app/router';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';
import { Snippet } from '../../ui/Snippet';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import { useDebounced } from '../../ui/useDebounced';
import { ArticleList } from './ArticleList';
import { langName, sectionName, STATUS_LABELS, translationStateLabel } from './format';
import { SectionFilter, StatusFilter } from './FilterSelects';
import { ImportDialog } from './ImportDialog';

const PAGE_SIZE = 30;

interface Filters {
  status: Status | '';
  section: string;
  /** `has:<lang>` or `missing:<lang>`, or '' for any. */
  translations: string;
  trash: boolean;
}

const NO_FILTERS: Filters = { status: '', section: '', translations: '', trash: false };

type ListState =
  | { state: 'loading' }
  | { state: 'failed'; error: CallError }
  | {
      state: 'ready';
      items: ArticleSummary[];
      nextCursor: string | null;
      total: number;
      more: 'idle' | 'loading' | CallError;
    };

type SearchState = { state: 'loading'; query: string } | { state: 'failed'; query: string; error: CallError } | { state: 'ready'; query: string; result: SearchOutput };

function listInput(filters: Filters, cursor: string | null): ListArticlesInput {
  const input: ListArticlesInput = { limit: PAGE_SIZE, cursor, trash: filters.trash };
  if (filters.status) input.status = filters.status;
  if (filters.section) input.section = filters.section;
  const [kind, lang] = filters.translations.split(':');
  if (kind === 'has' && lang) input.lang = lang;
  if (kind === 'missing' && lang) input.missingLang = lang;
  if (kind === 'stale' || kind === 'current') {
    input.state = kind;
    if (lang) input.lang = lang;
  }
  return input;
}

function hasFilters(filters: Filters): boolean {
  return filters.status !== '' || filters.section !== '' || filters.translations !== '';
}

export function ArticlesPage() {
  const { client, workspace, refreshWorkspace, notify } = useApp();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [list, setList] = useState<ListState>({ state: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [query, setQuery] = useState('');
  const searchQuery = useDebounced(query.trim(), 250);
  const [search, setSearch] = useState<SearchState | null>(null);
  const [busy, setBusy] = useState<'creating' | 'samples' | null>(null);
  const [importing, setImporting] = useState(false);
  const listRequest = useRef(0);
  const searchRequest = useRef(0);

  // The list: first page whenever the filters change.
  useEffect(() => {
    const request = ++listRequest.current;
    setList((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    void client.call('listArticles', listInput(filters, null)).then((result) => {
      if (request !== listRequest.current) return;
      setList(
        result.ok
          ? { state: 'ready', items: result.value.items, nextCursor: result.value.nextCursor, total: result.value.total, more: 'idle' }
          : { state: 'failed', error: result.error },
      );
    });
  }, [client, filters, reloads]);

  const loadMore = useCallback(async () => {
    if (list.state !== 'ready' || !list.nextCursor) return;
    const request = listRequest.current;
    setList({ ...list, more: 'loading' });
    const result = await client.call('listArticles', listInput(filters, list.nextCursor));
    if (request !== listRequest.current) return;
    if (result.ok) {
      const seen = new Set(list.items.map((a) => a.id));
      setList({
        state: 'ready',
        items: [...list.items, ...result.value.items.filter((a) => !seen.has(a.id))],
        nextCursor: result.value.nextCursor,
        total: result.value.total,
        more: 'idle',
      });
    } else setList({ ...list, more: result.error });
  }, [client, filters, list]);

  // Search: as the person types, after a short pause.
  useEffect(() => {
    const request = ++searchRequest.current;
    if (!searchQuery) {
      setSearch(null);
      return;
    }
    setSearch((previous) => (previous?.state === 'ready' ? { ...previous, query: searchQuery } : { state: 'loading', query: searchQuery }));
    const input: SearchInput = { query: searchQuery, limit: 30 };
    if (filters.status) input.status = filters.status;
    if (filters.section) input.section = filters.section;
    const [kind, lang] = filters.translations.split(':');
    if (kind === 'has' && lang) input.lang = lang;
    if (kind === 'stale' || kind === 'current') {
      input.state = kind;
      if (lang) input.lang = lang;
    }
    void client.call('search', input).then((result) => {
      if (request !== searchRequest.current) return;
      setSearch(result.ok ? { state: 'ready', query: searchQuery, result: result.value } : { state: 'failed', query: searchQuery, error: result.error });
    });
  }, [client, searchQuery, filters, reloads]);

  const createArticle = async () => {
    setBusy('creating');
    const result = await client.call('createArticle', {
      section: workspace.sections[0]?.id ?? 'news',
      originalLang: workspace.languages[0] ?? 'ru',
    });
    setBusy(null);
    if (!result.ok) {
      notify({ message: `The article was not created. ${result.error.message}` });
      return;
    }
    void refreshWorkspace();
    navigate({ page: 'article', id: result.value.id });
  };

  const createSamples = async () => {
    setBusy('samples');
    const result = await client.call('createSampleArticles', {});
    setBusy(null);
    if (!result.ok) {
      notify({ message: `No sample articles were created. ${result.error.message}` });
      return;
    }
    notify({ message: `Created ${result.value.created} sample articles.` });
    void refreshWorkspace();
    setReloads((n) => n + 1);
  };

  const readOnly = workspace.readOnly;
  const isEmptyWorkspace = list.state === 'ready' && list.total === 0 && !filters.trash && !hasFilters(filters) && !query.trim();

  const importButton = (
    <button type="button" className="button" onClick={() => setImporting(true)} disabled={busy !== null}>
      Import…
    </button>
  );
  // Second in both views below, so the dialog keeps its result when the first import
  // turns the empty workspace into a list.
  const importDialog = importing ? (
    <ImportDialog
      onClose={() => setImporting(false)}
      onImported={() => {
        void refreshWorkspace();
        setReloads((n) => n + 1);
      }}
    />
  ) : null;

  if (isEmptyWorkspace) {
    return (
      <>
        <div className="articles-page">
          <div className="page-header">
            <h1>Articles</h1>
          </div>
          <StateMessage
            tone="empty"
            title="No articles yet"
            actions={
              readOnly ? null : (
                <>
                  <button type="button" className="button button-primary" onClick={createArticle} disabled={busy !== null}>
                    New article
                  </button>
                  <button type="button" className="button" onClick={createSamples} disabled={busy !== null}>
                    Create sample articles
                  </button>
                  {importButton}
                </>
              )
            }
          >
            <p>
              Every piece in Tandem is written in {workspace.languages.map(langName).join(' and ')}, side by side. Start a new
              article, add a few sample articles to see how a bilingual piece looks, or import Markdown files or a Tandem bundle.
            </p>
            {busy === 'samples' ? <p className="muted">Creating sample articles…</p> : null}
          </StateMessage>
        </div>
        {importDialog}
      </>
    );
  }

  const translationOptions = [
    { value: 'stale:', label: 'Needs update (any language)' },
    ...workspace.languages.flatMap((lang) => [
      { value: `has:${lang}`, label: `Has ${langName(lang)}` },
      { value: `missing:${lang}`, label: `Missing ${langName(lang)}` },
      { value: `stale:${lang}`, label: `${langName(lang)} needs update` },
      { value: `current:${lang}`, label: `${langName(lang)} up to date` },
    ]),
  ];

  return (
    <>
      <div className="articles-page">
        <div className="page-header">
          <h1>{filters.trash ? 'Trash' : 'Articles'}</h1>
          {list.state === 'ready' && !search ? (
            <span className="page-count">
              {list.total === 1 ? '1 article' : `${list.total.toLocaleString('en')} articles`}
            </span>
          ) : null}
          <div className="page-actions">
            {readOnly ? null : importButton}
            {readOnly ? null : (
              <button type="button" className="button button-primary" onClick={createArticle} disabled={busy !== null}>
                New article
              </button>
            )}
          </div>
        </div>

        <div className="toolbar" role="search">
          <input
            type="search"
            className="search-input"
            aria-label="Search articles"
            placeholder="Search titles, summaries and text in every language"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            maxLength={500}
          />
          <StatusFilter value={filters.status} onChange={(status) => setFilters({ ...filters, status })} />
          <SectionFilter sections={workspace.sections} value={filters.section} onChange={(section) => setFilters({ ...filters, section })} />
          <select
            aria-label="Filter by translation"
            value={filters.translations}
            onChange={(e) => setFilters({ ...filters, translations: e.target.value })}
          >
            <option value="">All translations</option>
            {translationOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <label className="toggle">
            <input type="checkbox" checked={filters.trash} onChange={(e) => setFilters({ ...filters, trash: e.target.checked })} />
            Show trash
          </label>
        </div>

        {search ? (
          <SearchResults search={search} onRetry={() => setReloads((n) => n + 1)} />
        ) : (
          <ListBody
            list={list}
            filters={filters}
            onRetry={() => {
              setList({ state: 'loading' });
              setReloads((n) => n + 1);
            }}
            onClearFilters={() => setFilters({ ...NO_FILTERS, trash: filters.trash })}
            onLoadMore={loadMore}
          />
        )}
      </div>
      {importDialog}
    </>
  );
}

function ListBody(props: {
  list: ListState;
  filters: Filters;
  onRetry: () => void;
  onClearFilters: () => void;
  onLoadMore: () => void;
}) {
  const { workspace } = useApp();
  const { list, filters } = props;
  if (list.state === 'loading') return <StateMessage tone="loading" title="Loading articles…" />;
  if (list.state === 'failed') {
    return (
      <FailedState title="The articles could not be listed" error={list.error} onRetry={props.onRetry} />
    );
  }
  if (list.items.length === 0) {
    if (filters.trash && !hasFilters(filters)) {
      return (
        <StateMessage tone="empty" title="The trash is empty">
          <p>Articles you move to the trash wait here until you restore them.</p>
        </StateMessage>
      );
    }
    return (
      <StateMessage
        tone="empty"
        title="No articles match these filters"
        actions={
          <button type="button" className="button" onClick={props.onClearFilters}>
            Clear filters
          </button>
        }
      />
    );
  }
  return (
    <>
      <ArticleList label={filters.trash ? 'Trash' : 'Articles'} articles={list.items} languages={workspace.languages} sections={workspace.sections} />
      <LoadMoreFooter shown={list.items.length} total={list.total} hasMore={list.nextCursor !== null} more={list.more} onLoadMore={props.onLoadMore} />
    </>
  );
}

function SearchResults({ search, onRetry }: { search: SearchState; onRetry: () => void }) {
  const { workspace } = useApp();
  if (search.state === 'loading') return <StateMessage tone="loading" title="Searching…" />;
  if (search.state === 'failed') {
    return (
      <StateMessage
        tone="error"
        title="The search did not run"
        actions={
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
        }
      >
        <p>{search.error.message}</p>
      </StateMessage>
    );
  }
  const { hits, capped } = search.result;
  if (hits.length === 0) {
    return (
      <StateMessage tone="empty" title={`Nothing found for “${search.query}”`}>
        <p>Search looks at titles, summaries, bodies and source lines in every language, and finds other forms of a word.</p>
      </StateMessage>
    );
  }
  return (
    <>
      <p className="muted search-summary">
        {hits.length === 1 ? '1 match' : `${hits.length} matches`} for “{search.query}”
        {capped ? ' — among the newest articles; add a word to narrow it down.' : ''}
      </p>
      <ul className="article-list search-results" aria-label="Search results">
        {hits.map((hit) => {
          const title = hit.title.trim() || 'Untitled article';
          return (
            <li key={`${hit.articleId}:${hit.lang}`} className="article-entry" aria-label={title}>
              <a className="article-link" href={hrefFor({ page: 'article', id: hit.articleId })} aria-label={title}>
                <div className="title-row">
                  <span className="lang-tag" title={langName(hit.lang)}>
                    {hit.lang.toUpperCase()}
                  </span>
                  <span className="title-text" lang={hit.lang}>
                    {title}
                  </span>
                  <span className={`status-chip status-${hit.status}`}>{STATUS_LABELS[hit.status]}</span>
                  {hit.state === 'original' ? null : <span className={`state-chip state-${hit.state}`}>{translationStateLabel(hit)}</span>}
                </div>
                <Snippet parts={hit.snippet} lang={hit.lang} />
                <div className="article-meta">
                  {sectionName(workspace.sections, hit.section)} · found in the {langName(hit.lang)} text
                </div>
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
