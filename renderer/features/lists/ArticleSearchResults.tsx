import type { ReactNode } from 'react';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import type { Candidate, Found } from './useArticleSearch';
import { useTranslation } from 'react-i18next';

/**
 * What an article search found, as the pickers show it: loading, a failure with `Try
 * again`, nothing found, or the matches (or the newest articles) under a caption, each
 * drawn by `children`.
 */
export function ArticleSearchResults(props: {
  found: Found;
  onRetry: () => void;
  /** Shown when nothing matches. */
  empty: (query: string) => ReactNode;
  /** Class names of the caption and the list. */
  captionClass: string;
  listClass: string;
  /** An id for the caption, which names the list. */
  captionId: string;
  children: (candidate: Candidate) => ReactNode;
}) {
  const { t } = useTranslation();
  const { found } = props;
  return (
    <>
      {found.state === 'loading' ? <StateMessage tone="loading" title={t('lists.lookingForArticles')} /> : null}
      {found.state === 'failed' ? <FailedState title={t('lists.articlesNotFound')} error={found.error} onRetry={props.onRetry} /> : null}
      {found.state === 'ready' && found.candidates.length === 0 ? props.empty(found.query) : null}
      {found.state === 'ready' && found.candidates.length > 0 ? (
        <>
          <p className={`muted ${props.captionClass}`} id={props.captionId}>
            {found.query ? t('lists.matchesFor', { query: found.query }) : t('lists.newest')}
          </p>
          <ul className={props.listClass} aria-labelledby={props.captionId}>
            {found.candidates.map((c) => props.children(c))}
          </ul>
        </>
      ) : null}
    </>
  );
}
