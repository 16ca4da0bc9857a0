import { useEffect, useId, useMemo, useState } from 'react';
import type { ListView } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import { AddArticleDialog } from './AddArticleDialog';
import { ItemList } from './ItemList';
import { allPinnedMessage, itemCountLabel } from './labels';
import { SaveLine } from './SaveLine';
import { Suggestions } from './Suggestions';
import { useListEditing, type ListSource } from './useListEditing';
import './lists.css';
import { useTranslation } from 'react-i18next';

type Load = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; list: ListView };

/**
 * The article editor's `Related articles` region: the article's own Related list (the same
 * item controls as a desk list, compact), `Add article`, and `Suggestions` of related
 * pieces to `Accept` or `Dismiss` — nothing is saved without a click.
 */
export function RelatedPanel(props: { articleId: string; languages: string[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const { client } = useApp();
  const headingId = useId();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void client.call('getRelatedList', { articleId: props.articleId }).then((result) => {
      if (current) setLoad(result.ok ? { state: 'ready', list: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [client, props.articleId, attempt]);

  return (
    <section className="lists-related" aria-labelledby={headingId}>
      {load.state === 'ready' ? (
        <RelatedEditor key={props.articleId} headingId={headingId} initial={load.list} {...props} />
      ) : (
        <>
          <h2 id={headingId} className="lists-section-title">
            {t('lists.related')}
          </h2>
          {load.state === 'loading' ? <StateMessage tone="loading" title={t('lists.loadingRelated')} /> : null}
          {load.state === 'failed' ? (
            <FailedState
              title={t('lists.relatedFailed')}
              error={load.error}
              onRetry={() => {
                setLoad({ state: 'loading' });
                setAttempt((n) => n + 1);
              }}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

function RelatedEditor(props: { headingId: string; initial: ListView; articleId: string; languages: string[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const { client, workspace, notify } = useApp();
  const { articleId } = props;
  const source = useMemo<ListSource>(
    () => ({
      send: (expectedVersion, patch) => client.call('updateRelatedList', { articleId, expectedVersion, patch }),
      reload: () => client.call('getRelatedList', { articleId }),
    }),
    [client, articleId],
  );
  const list = useListEditing(props.initial, source, props.readOnly || workspace.readOnly, props.languages);
  const [adding, setAdding] = useState(false);
  const listed = useMemo(() => new Set(list.fields.items.map((i) => i.articleId)), [list.fields.items]);

  const accept = (choice: { articleId: string; title: string }) => {
    if (list.add(choice, 'suggestion') === 'full') notify({ message: allPinnedMessage(list.fields.maxItems) });
  };

  return (
    <>
      <div className="lists-related-head">
        <h2 id={props.headingId} className="lists-section-title">
          {t('lists.related')}
        </h2>
        <span className="muted">{itemCountLabel(list.fields.items.length, list.fields.maxItems)}</span>
        <SaveLine status={list.status} label={t('listItems.relatedStatus')} onRetry={list.flush} />
        {list.readOnly ? null : (
          <button type="button" className="button button-small" onClick={() => setAdding(true)}>
            {t('lists.addArticle')}
          </button>
        )}
      </div>
      <ItemList list={list} label={t('listItems.relatedItems')} onlyAttention={false} compact empty={t('listItems.noRelated')} />
      <Suggestions
        articleId={articleId}
        languages={props.languages}
        listed={listed}
        dismissed={list.fields.dismissed}
        version={list.view.version}
        readOnly={list.readOnly}
        onAccept={accept}
        onDismiss={list.dismiss}
      />
      {adding ? (
        <AddArticleDialog listed={listed} self={articleId} maxItems={list.fields.maxItems} onChoose={(choice) => list.add(choice)} onClose={() => setAdding(false)} />
      ) : null}
    </>
  );
}
