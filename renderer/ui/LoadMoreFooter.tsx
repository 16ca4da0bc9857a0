import type { CallError } from '../api';

/** A page of a longer list: how many are shown of how many, `Load more`, and why the next page did not come. */
export function LoadMoreFooter(props: {
  shown: number;
  total: number;
  hasMore: boolean;
  more: 'idle' | 'loading' | CallError;
  onLoadMore(): void;
}) {
  const { more } = props;
  return (
    <div className="list-footer">
      <span className="muted">
        Showing {props.shown.toLocaleString('en')} of {props.total.toLocaleString('en')}
      </span>
      {props.hasMore ? (
        <button type="button" className="button" onClick={props.onLoadMore} disabled={more === 'loading'}>
          {more === 'loading' ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
      {typeof more === 'object' ? <span className="error-text">{more.message}</span> : null}
    </div>
  );
}
