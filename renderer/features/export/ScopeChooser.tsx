import { useId, useState } from 'react';
import { useApp } from '../../app/context';
import { statusLabel, langName, sectionName } from '../articles/format';
import { ArticleSearchResults } from '../lists/ArticleSearchResults';
import { useArticleSearch, type Candidate, type PickerFilters } from '../lists/useArticleSearch';
import { chosenLabel, toggleChosen, type ChosenArticle, type ScopeChoice } from './scope';
import { useTranslation } from 'react-i18next';

const KINDS: ReadonlyArray<{ kind: ScopeChoice['kind']; label: 'export.kindAll' | 'export.kindSection' | 'export.kindSelection' }> = [
  { kind: 'all', label: 'export.kindAll' },
  { kind: 'section', label: 'export.kindSection' },
  { kind: 'selection', label: 'export.kindSelection' },
];

const NO_FILTERS: PickerFilters = { section: '', status: '', lang: '' };

/** `What to export`: everything ready, one section, or articles picked one by one. */
export function ScopeChooser(props: { choice: ScopeChoice; onChange(choice: ScopeChoice): void; disabled: boolean }) {
  const { t } = useTranslation();
  const { workspace } = useApp();
  const { choice } = props;
  const headingId = useId();
  const name = useId();
  return (
    <section className="export-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('export.whatToExport')}</h2>
      <div role="radiogroup" aria-labelledby={headingId} className="export-kinds">
        {KINDS.map(({ kind, label }) => (
          <label key={kind} className="export-kind">
            <input
              type="radio"
              name={name}
              value={kind}
              checked={choice.kind === kind}
              disabled={props.disabled}
              onChange={() => props.onChange({ ...choice, kind })}
            />
            {t(label)}
          </label>
        ))}
      </div>
      {choice.kind === 'section' ? (
        <div className="field export-section-field">
          <label className="field-label" htmlFor={`${name}-section`}>
            {t('export.section')}
          </label>
          <select
            id={`${name}-section`}
            value={choice.section}
            disabled={props.disabled}
            onChange={(e) => props.onChange({ ...choice, section: e.target.value })}
          >
            <option value="">{t('export.chooseSectionOption')}</option>
            {workspace.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {sectionName(workspace.sections, s.id)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {choice.kind === 'selection' ? (
        <ArticleChecklist chosen={choice.chosen} disabled={props.disabled} onChange={(chosen) => props.onChange({ ...choice, chosen })} />
      ) : null}
    </section>
  );
}

/** A search over the articles with a checkbox each; the chosen ones stay chosen whatever is searched. */
function ArticleChecklist(props: { chosen: readonly ChosenArticle[]; disabled: boolean; onChange(chosen: ChosenArticle[]): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [attempt, setAttempt] = useState(0);
  const found = useArticleSearch(query, NO_FILTERS, attempt);
  const chosenIds = new Set(props.chosen.map((c) => c.articleId));
  const shownIds = new Set(found.state === 'ready' ? found.candidates.map((c) => c.articleId) : []);
  const alsoChosen = props.chosen.filter((c) => !shownIds.has(c.articleId));
  const toggle = (article: ChosenArticle, on: boolean) => props.onChange(toggleChosen(props.chosen, article, on));

  return (
    <div className="export-checklist">
      <div className="export-checklist-bar">
        <input
          type="search"
          className="search-input"
          aria-label={t('articles.search')}
          placeholder={t('lists.searchPlaceholder')}
          maxLength={500}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="export-chosen-count" role="status" aria-label={t('export.chosenCount')}>
          {chosenLabel(props.chosen.length)}
        </span>
        {props.chosen.length > 0 ? (
          <button type="button" className="button button-small" disabled={props.disabled} onClick={() => props.onChange([])}>
            {t('export.clearChoice')}
          </button>
        ) : null}
      </div>
      <div aria-busy={found.state === 'loading' || undefined}>
        <ArticleSearchResults
          found={found}
          onRetry={() => setAttempt((n) => n + 1)}
          empty={(query) => <p className="muted export-checklist-empty">{query ? t('export.nothingFound', { query }) : t('export.noArticles')}</p>}
          captionClass="export-checklist-caption"
          listClass="export-checklist-list"
          captionId={`${id}-found`}
        >
          {(c) => (
            <CandidateCheckbox
              key={c.articleId}
              candidate={c}
              checked={chosenIds.has(c.articleId)}
              disabled={props.disabled}
              onToggle={(on) => toggle({ articleId: c.articleId, title: c.title }, on)}
            />
          )}
        </ArticleSearchResults>
      </div>
      {alsoChosen.length > 0 ? (
        <>
          <p className="muted export-checklist-caption" id={`${id}-also`}>
            {t('export.alsoChosen')}
          </p>
          <ul className="export-checklist-list" aria-labelledby={`${id}-also`}>
            {alsoChosen.map((c) => (
              <li key={c.articleId} className="export-check">
                <label>
                  <input type="checkbox" checked disabled={props.disabled} onChange={() => toggle(c, false)} />
                  <span className="export-check-title">{c.title}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function CandidateCheckbox(props: { candidate: Candidate; checked: boolean; disabled: boolean; onToggle(on: boolean): void }) {
  const { workspace } = useApp();
  const { candidate } = props;
  const metaId = useId();
  return (
    <li className="export-check">
      <label>
        <input type="checkbox" checked={props.checked} disabled={props.disabled} aria-describedby={metaId} onChange={(e) => props.onToggle(e.target.checked)} />
        <span className="export-check-title" lang={candidate.lang}>
          {candidate.title}
        </span>
      </label>
      <span className="export-check-meta muted" id={metaId}>
        <span>{sectionName(workspace.sections, candidate.section)}</span>
        <span className="meta-item">{statusLabel(candidate.status)}</span>
        <span className="meta-item">{langName(candidate.lang)}</span>
      </span>
    </li>
  );
}
