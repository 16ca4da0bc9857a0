import { useId, useState } from 'react';
import { useApp } from '../../app/context';
import { StateMessage } from '../../ui/StateMessage';
import { SectionFilter, StatusFilter } from '../articles/FilterSelects';
import { statusLabel, langName, sectionName } from '../articles/format';
import { ArticleSearchResults } from './ArticleSearchResults';
import { Dialog } from './Dialog';
import { allPinnedMessage } from './labels';
import { useArticleSearch, type Candidate, type PickerFilters } from './useArticleSearch';
import type { AddOutcome, Choice } from './useListEditing';
import { useTranslation } from 'react-i18next';

/**
 * `Add article`: search the store (or, with nothing typed, the newest articles), filtered by
 * section, status and language; choosing an article adds it at the top of the list and
 * closes the dialog. Articles already listed are marked and cannot be added twice.
 */
export function AddArticleDialog(props: {
  listed: ReadonlySet<string>;
  /** The article whose Related list this is: it cannot relate to itself. */
  self?: string;
  maxItems: number;
  onChoose(choice: Choice): AddOutcome;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { workspace } = useApp();
  const id = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<PickerFilters>({ section: '', status: '', lang: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const found = useArticleSearch(query, filters, attempt);

  const choose = (candidate: Candidate) => {
    const outcome = props.onChoose({ articleId: candidate.articleId, title: candidate.title });
    if (outcome === 'added') props.onClose();
    else setProblem(outcome === 'full' ? allPinnedMessage(props.maxItems) : t('lists.alreadyIn', { title: candidate.title }));
  };

  return (
    <Dialog title={t('lists.addArticle')} onClose={props.onClose} wide>
      <div className="lists-picker-filters" role="search">
        <input
          type="search"
          className="search-input"
          aria-label={t('articles.search')}
          placeholder={t('lists.searchPlaceholder')}
          maxLength={500}
          value={query}
          data-autofocus
          onChange={(e) => setQuery(e.target.value)}
        />
        <SectionFilter sections={workspace.sections} value={filters.section} onChange={(section) => setFilters({ ...filters, section })} />
        <StatusFilter value={filters.status} onChange={(status) => setFilters({ ...filters, status })} />
        <select aria-label={t('lists.filterLanguage')} value={filters.lang} onChange={(e) => setFilters({ ...filters, lang: e.target.value })}>
          <option value="">{t('lists.anyLanguage')}</option>
          {workspace.languages.map((l) => (
            <option key={l} value={l}>
              {langName(l)}
            </option>
          ))}
        </select>
      </div>
      {problem ? (
        <p className="settings-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="lists-picker-results" aria-busy={found.state === 'loading' || undefined}>
        <ArticleSearchResults
          found={found}
          onRetry={() => setAttempt((n) => n + 1)}
          empty={(query) => <StateMessage tone="empty" title={query ? t('articles.nothingFound', { query }) : t('articles.noMatch')} />}
          captionClass="lists-picker-caption"
          listClass="lists-picker-list"
          captionId={`${id}-caption`}
        >
          {(c) => <CandidateEntry key={c.articleId} candidate={c} listed={props.listed.has(c.articleId)} self={c.articleId === props.self} onChoose={() => choose(c)} />}
        </ArticleSearchResults>
      </div>
      <div className="settings-actions">
        <button type="button" className="button" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

function CandidateEntry(props: { candidate: Candidate; listed: boolean; self: boolean; onChoose(): void }) {
  const { t } = useTranslation();
  const { workspace } = useApp();
  const { candidate } = props;
  const metaId = useId();
  return (
    <li className={`lists-candidate${props.listed ? ' lists-candidate-listed' : ''}`}>
      <button type="button" className="lists-candidate-button" lang={candidate.lang} disabled={props.listed || props.self} aria-describedby={metaId} onClick={props.onChoose}>
        {candidate.title}
      </button>
      <span className="lists-candidate-meta" id={metaId}>
        {props.listed ? <span className="lists-badge lists-badge-listed">{t('lists.inTheList')}</span> : null}
        {props.self ? <span className="lists-badge">{t('lists.thisArticle')}</span> : null}
        <span>{sectionName(workspace.sections, candidate.section)}</span>
        <span className="meta-item">{statusLabel(candidate.status)}</span>
        <span className="meta-item">{langName(candidate.lang)}</span>
      </span>
    </li>
  );
}
