import { useEffect, useState } from 'react';
import type { ListView } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { hrefFor } from '../../app/router';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import { ListEditor } from './ListEditor';
import './lists.css';

type Load = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; list: ListView };

/** `#/lists/<id>`: opens one list for editing. */
export function ListEditorPage({ listId }: { listId: string }) {
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

  if (load.state === 'loading') return <StateMessage tone="loading" title="Opening the list…" headingLevel={1} />;
  if (load.state === 'failed') {
    if (load.error.code === 'not_found') {
      return (
        <StateMessage tone="empty" headingLevel={1} title="This list does not exist" actions={<a href={hrefFor({ page: 'lists' })}>Go to the lists</a>}>
          <p>It may have been deleted, or the link is mistyped.</p>
        </StateMessage>
      );
    }
    return (
      <FailedState
        headingLevel={1}
        primary
        title="The list could not be opened"
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
