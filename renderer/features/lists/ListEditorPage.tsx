import { useEffect, useState } from 'react';
import type { ListView } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { hrefFor } from '../../app/router';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import { ListEditor } from './ListEditor';
import './lists.css';
import { useTranslation } from 'react-i18next';

type Load = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; list: ListView };

/** `#/lists/<id>`: opens one list for editing. */
export function ListEditorPage({ listId }: { listId: string }) {
  const { t } = useTranslation();
  const { client } = useApp();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void client.call('getList', { listId }).then((result) => {
      if (current) setLoad(result.ok ? { state: 'ready', list: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [client, listId, attempt]);

  if (load.state === 'loading') return <StateMessage tone="loading" title={t('lists.opening')} headingLevel={1} />;
  if (load.state === 'failed') {
    if (load.error.code === 'not_found') {
      return (
        <StateMessage tone="empty" headingLevel={1} title={t('lists.notFoundTitle')} actions={<a href={hrefFor({ page: 'lists' })}>{t('lists.goToLists')}</a>}>
          <p>{t('lists.notFoundText')}</p>
        </StateMessage>
      );
    }
    return (
      <FailedState
        headingLevel={1}
        primary
        title={t('lists.openFailed')}
        error={load.error}
        onRetry={() => {
          setLoad({ state: 'loading' });
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  return <ListEditor initial={load.list} />;
}
