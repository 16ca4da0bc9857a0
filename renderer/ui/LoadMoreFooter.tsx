import { useTranslation } from 'react-i18next';
import type { CallError } from '../api';

/** A page of a longer list: how many are shown of how many, `Load more`, and why the next page did not come. */
export function LoadMoreFooter(props: {
  shown: number;
  total: number;
  hasMore: boolean;
  more: 'idle' | 'loading' | CallError;
  onLoadMore(): void;
}) {
  const { t } = useTranslation();
  const { more } = props;
  return (
    <div className="list-footer">
      <span className="muted">
        {t('common.showingOf', { shown: props.shown, total: props.total })}
      </span>
      {props.hasMore ? (
        <button type="button" className="button" onClick={props.onLoadMore} disabled={more === 'loading'}>
          {more === 'loading' ? t('common.loading') : t('common.loadMore')}
        </button>
      ) : null}
      {typeof more === 'object' ? <span className="error-text">{more.message}</span> : null}
    </div>
  );
}
