import { useEffect, useId, useState } from 'react';
import type { RelatedSuggestion } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { sectionName } from '../articles/format';
import { suggestionTitle } from './labels';
import { useTranslation } from 'react-i18next';

type Load = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; items: RelatedSuggestion[] };

const LIMIT = 8;

/**
 * Related pieces from the store, by their words, for the desk to `Accept` into the Related
 * list or `Dismiss`. Asked again after each save; what is listed or dismissed here is left
 * out at once.
 */
export function Suggestions(props: {
  articleId: string;
  languages: readonly string[];
  listed: ReadonlySet<string>;
  dismissed: readonly string[];
  /** The Related list's saved version: suggestions are asked again when it moves. */
  version: number;
  readOnly: boolean;
  onAccept(choice: { articleId: string; title: string }): void;
  onDismiss(articleId: string): void;
}) {
  const { t } = useTranslation();
  const { client, workspace } = useApp();
  const headingId = useId();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void client.call('relatedSuggestions', { articleId: props.articleId, limit: LIMIT }).then((result) => {
      if (current) setLoad(result.ok ? { state: 'ready', items: result.value.items } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [client, props.articleId, props.version, attempt]);

  const shown = load.state === 'ready' ? load.items.filter((s) => !props.listed.has(s.articleId) && !props.dismissed.includes(s.articleId)) : [];

  return (
    <div className="lists-suggestions">
      <h3 id={headingId} className="lists-subtitle">
        {t('lists.suggestions')}
      </h3>
      {load.state === 'loading' ? <p className="muted">{t('lists.lookingForRelated')}</p> : null}
      {load.state === 'failed' ? (
        <p className="error-text">
          {load.error.code === 'network' ? t('lists.notAnswering') : t('lists.noSuggestionsError', { message: load.error.message })}{' '}
          <button type="button" className="button button-small" onClick={() => setAttempt((n) => n + 1)}>
            {t('lists.lookAgain')}
          </button>
        </p>
      ) : null}
      {load.state === 'ready' && shown.length === 0 ? <p className="muted">{t('lists.noSuggestions')}</p> : null}
      {shown.length > 0 ? (
        <ul className="lists-suggestion-list" aria-labelledby={headingId}>
          {shown.map((s) => {
            const { title, lang } = suggestionTitle(s, props.languages);
            return (
              <li key={s.articleId} className="lists-suggestion" aria-label={title}>
                <span className="lists-suggestion-title" lang={lang}>
                  {title}
                </span>
                <span className="muted lists-suggestion-section">{sectionName(workspace.sections, s.section)}</span>
                {props.readOnly ? null : (
                  <span className="lists-suggestion-actions">
                    <button type="button" className="button button-small" onClick={() => props.onAccept({ articleId: s.articleId, title })}>
                      {t('lists.accept')}
                    </button>
                    <button type="button" className="button button-small button-quiet" onClick={() => props.onDismiss(s.articleId)}>
                      {t('lists.dismiss')}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
