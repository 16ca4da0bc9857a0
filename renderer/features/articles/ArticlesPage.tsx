import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import { langName, sectionName, statusLabel, translationStateLabel } from './format';
import { SectionFilter, StatusFilter } from './FilterSelects';
import { ImportDialog } from './ImportDialog';
import { useWindowCommand } from '../../app/windowCommands';

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
  const { t } = useTranslation();
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
      notify({ message: t('articles.notCreated', { message: result.error.message }) });
      return;
    }
    void refreshWorkspace();
    navigate({ page: 'article', id: result.value.id });
  };

  // The desktop menu's New article and Import… do what the buttons here do.
  useWindowCommand('new-article', () => {
    if (!workspace.readOnly && busy === null) void createArticle();
  });
  useWindowCommand('import', () => {
    if (!workspace.readOnly) setImporting(true);
  });

  const createSamples = async () => {
    setBusy('samples');
    const result = await client.call('createSampleArticles', {});
    setBusy(null);
    if (!result.ok) {
      notify({ message: t('articles.samplesNotCreated', { message: result.error.message }) });
      return;
    }
    notify({ message: t('articles.samplesCreated', { count: result.value.created }) });
    void refreshWorkspace();
    setReloads((n) => n + 1);
  };

  const readOnly = workspace.readOnly;
  const isEmptyWorkspace = list.state === 'ready' && list.total === 0 && !filters.trash && !hasFilters(filters) && !query.trim();

  const importButton = (
    <button type="button" className="button" onClick={() => setImporting(true)} disabled={busy !== null}>
      {t('articles.import')}
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
            <h1>{t('articles.title')}</h1>
          </div>
          <StateMessage
            tone="empty"
            title={t('articles.emptyTitle')}
            actions={
              readOnly ? null : (
                <>
                  <button type="button" className="button button-primary" onClick={createArticle} disabled={busy !== null}>
                    {t('articles.newArticle')}
                  </button>
                  <button type="button" className="button" onClick={createSamples} disabled={busy !== null}>
                    {t('articles.createSamples')}
                  </button>
                  {importButton}
                </>
              )
            }
          >
            <p>{t('articles.emptyText', { languages: workspace.languages.map(langName).join(t('articles.languagesJoin')) })}</p>
            {busy === 'samples' ? <p className="muted">{t('articles.creatingSamples')}</p> : null}
          </StateMessage>
        </div>
        {importDialog}
      </>
    );
  }

  const translationOptions = [
    { value: 'stale:', label: t('articles.staleAny') },
    ...workspace.languages.flatMap((lang) => [
      { value: `has:${lang}`, label: t('articles.hasLang', { language: langName(lang) }) },
      { value: `missing:${lang}`, label: t('articles.missingLang', { language: langName(lang) }) },
      { value: `stale:${lang}`, label: t('articles.staleLang', { language: langName(lang) }) },
      { value: `current:${lang}`, label: t('articles.currentLang', { language: langName(lang) }) },
    ]),
  ];

  return (
    <>
      <div className="articles-page">
        <div className="page-header">
          <h1>{filters.trash ? t('articles.trash') : t('articles.title')}</h1>
          {list.state === 'ready' && !search ? (
            <span className="page-count">
              {t('articles.count', { count: list.total })}
            </span>
          ) : null}
          <div className="page-actions">
            {readOnly ? null : importButton}
            {readOnly ? null : (
              <button type="button" className="button button-primary" onClick={createArticle} disabled={busy !== null}>
                {t('articles.newArticle')}
              </button>
            )}
          </div>
        </div>

        <div className="toolbar" role="search">
          <input
            type="search"
            className="search-input"
            aria-label={t('articles.search')}
            placeholder={t('articles.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            maxLength={500}
          />
          <StatusFilter value={filters.status} onChange={(status) => setFilters({ ...filters, status })} />
          <SectionFilter sections={workspace.sections} value={filters.section} onChange={(section) => setFilters({ ...filters, section })} />
          <select
            aria-label={t('articles.filterTranslation')}
            value={filters.translations}
            onChange={(e) => setFilters({ ...filters, translations: e.target.value })}
          >
            <option value="">{t('articles.allTranslations')}</option>
            {translationOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <label className="toggle">
            <input type="checkbox" checked={filters.trash} onChange={(e) => setFilters({ ...filters, trash: e.target.checked })} />
            {t('articles.showTrash')}
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
  const { t } = useTranslation();
  const { workspace } = useApp();
  const { list, filters } = props;
  if (list.state === 'loading') return <StateMessage tone="loading" title={t('articles.loadingList')} />;
  if (list.state === 'failed') {
    return (
      <FailedState title={t('articles.listFailed')} error={list.error} onRetry={props.onRetry} />
    );
  }
  if (list.items.length === 0) {
    if (filters.trash && !hasFilters(filters)) {
      return (
        <StateMessage tone="empty" title={t('articles.trashEmpty')}>
          <p>{t('articles.trashEmptyText')}</p>
        </StateMessage>
      );
    }
    return (
      <StateMessage
        tone="empty"
        title={t('articles.noMatch')}
        actions={
          <button type="button" className="button" onClick={props.onClearFilters}>
            {t('articles.clearFilters')}
          </button>
        }
      />
    );
  }
  return (
    <>
      <ArticleList label={filters.trash ? t('articles.trash') : t('articles.title')} articles={list.items} languages={workspace.languages} sections={workspace.sections} />
      <LoadMoreFooter shown={list.items.length} total={list.total} hasMore={list.nextCursor !== null} more={list.more} onLoadMore={props.onLoadMore} />
    </>
  );
}

function SearchResults({ search, onRetry }: { search: SearchState; onRetry: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useApp();
  if (search.state === 'loading') return <StateMessage tone="loading" title={t('articles.searching')} />;
  if (search.state === 'failed') {
    return (
      <StateMessage
        tone="error"
        title={t('articles.searchFailed')}
        actions={
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
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
      <StateMessage tone="empty" title={t('articles.nothingFound', { query: search.query })}>
        <p>{t('articles.nothingFoundText')}</p>
      </StateMessage>
    );
  }
  return (
    <>
      <p className="muted search-summary">
        {t('articles.matches', { count: hits.length, query: search.query })}
        {capped ? t('articles.capped') : ''}
      </p>
      <ul className="article-list search-results" aria-label={t('articles.searchResults')}>
        {hits.map((hit) => {
          const title = hit.title.trim() || t('articles.untitled');
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
                  <span className={`status-chip status-${hit.status}`}>{statusLabel(hit.status)}</span>
                  {hit.state === 'original' ? null : <span className={`state-chip state-${hit.state}`}>{translationStateLabel(hit)}</span>}
                </div>
                <Snippet parts={hit.snippet} lang={hit.lang} />
                <div className="article-meta">
                  {sectionName(workspace.sections, hit.section)} · {t('articles.foundIn', { language: langName(hit.lang) })}
                </div>
              </a>
            </li>
          );
        })}
      </ul>
    </>
  );
}
