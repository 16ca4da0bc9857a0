import { useCallback, useEffect, useId, useState } from 'react';
import type { ListSummary } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { hrefFor } from '../../app/router';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import { gapPhrases, itemCountLabel, kindLabel, langScopeLabel } from './labels';
import { NewListDialog } from './NewListDialog';
import './lists.css';
import { useTranslation } from 'react-i18next';

type Load = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; lists: ListSummary[] };

/** `#/lists`: the desk's lists with their lengths and translation gaps, and `New list`. */
export function ListsPage() {
  const { t } = useTranslation();
  const { client, workspace } = useApp();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [creating, setCreating] = useState(false);

  const fetchLists = useCallback(async () => {
    const result = await client.call('listLists', {});
    setLoad(result.ok ? { state: 'ready', lists: result.value.lists } : { state: 'failed', error: result.error });
  }, [client]);

  useEffect(() => {
    void fetchLists();
  }, [fetchLists]);

  const newList = workspace.readOnly ? null : (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      {t('lists.newList')}
    </button>
  );

  return (
    <div className="lists-page">
      <div className="page-header">
        <h1>{t('lists.title')}</h1>
        {load.state === 'ready' && load.lists.length > 0 ? <span className="page-count">{t('lists.count', { count: load.lists.length })}</span> : null}
        <div className="page-actions">{newList}</div>
      </div>
      {load.state === 'loading' ? <StateMessage tone="loading" title={t('lists.loading')} /> : null}
      {load.state === 'failed' ? (
        <FailedState
          title={t('lists.loadFailed')}
          error={load.error}
          onRetry={() => {
            setLoad({ state: 'loading' });
            void fetchLists();
          }}
        />
      ) : null}
      {load.state === 'ready' && load.lists.length === 0 ? (
        <StateMessage tone="empty" title={t('lists.emptyTitle')} actions={newList}>
          <p>{t('lists.emptyText')}</p>
        </StateMessage>
      ) : null}
      {load.state === 'ready' && load.lists.length > 0 ? (
        <ul className="article-list lists-index" aria-label={t('lists.title')}>
          {load.lists.map((list) => (
            <ListEntry key={list.id} list={list} />
          ))}
        </ul>
      ) : null}
      {creating ? <NewListDialog onClose={() => setCreating(false)} /> : null}
    </div>
  );
}

function ListEntry({ list }: { list: ListSummary }) {
  const { t } = useTranslation();
  const metaId = useId();
  const gaps = gapPhrases(list.gaps);
  return (
    <li className="article-entry lists-entry">
      <a className="lists-entry-link" href={hrefFor({ page: 'list', id: list.id })} aria-describedby={metaId}>
        {list.name}
      </a>
      <div className="lists-entry-meta" id={metaId}>
        <span>{itemCountLabel(list.itemCount, list.maxItems)}</span>
        <span className="meta-item">{kindLabel(list.kind)}</span>
        <span className="meta-item">{langScopeLabel(list.langs)}</span>
        {gaps.length > 0 ? (
          <span className="lists-gap-phrases">
            {gaps.map((phrase) => (
              <span key={phrase} className="state-chip state-stale">
                {phrase}
              </span>
            ))}
          </span>
        ) : list.itemCount > 0 ? (
          <span className="meta-item">{t('lists.noGaps')}</span>
        ) : null}
      </div>
    </li>
  );
}
