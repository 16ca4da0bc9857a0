import { useMemo, useState } from 'react';
import type { ListView } from '../../../shared/contract';
import { useApp } from '../../app/context';
import { hrefFor } from '../../app/router';
import { AddArticleDialog } from './AddArticleDialog';
import { DeleteListButton } from './DeleteListButton';
import { GapSummary } from './GapSummary';
import { ItemList } from './ItemList';
import { itemCountLabel, kindLabel } from './labels';
import { ListPreview } from './ListPreview';
import { ListSettings } from './ListSettings';
import { SaveLine } from './SaveLine';
import { useListEditing, type ListSource } from './useListEditing';
import { useTranslation } from 'react-i18next';

/** One desk list: its settings, its items with their gaps, `Add article`, and the preview per language. */
export function ListEditor({ initial }: { initial: ListView }) {
  const { t } = useTranslation();
  const { client, workspace } = useApp();
  const source = useMemo<ListSource>(
    () => ({
      send: (expectedVersion, patch) => client.call('updateList', { listId: initial.id, expectedVersion, patch }),
      reload: () => client.call('getList', { listId: initial.id }),
    }),
    [client, initial.id],
  );
  const list = useListEditing(initial, source, workspace.readOnly);
  const [adding, setAdding] = useState(false);
  const [onlyAttention, setOnlyAttention] = useState(false);
  const listed = useMemo(() => new Set(list.fields.items.map((i) => i.articleId)), [list.fields.items]);

  return (
    <div className="lists-editor">
      <div className="lists-bar">
        <a className="lists-back" href={hrefFor({ page: 'lists' })}>
          {t('lists.back')}
        </a>
        <h1 className="lists-heading">{list.fields.name}</h1>
        <span className="page-count">
          {kindLabel(list.view.kind)} · {itemCountLabel(list.fields.items.length, list.fields.maxItems)}
        </span>
        <SaveLine status={list.status} label={t('listItems.listStatus')} onRetry={list.flush} />
        {list.view.kind === 'custom' && !list.readOnly ? <DeleteListButton listId={list.view.id} name={list.fields.name} /> : null}
      </div>

      <ListSettings list={list} />

      <section className="lists-items-section" aria-labelledby="lists-items-heading">
        <div className="lists-items-header">
          <h2 id="lists-items-heading" className="lists-section-title">
            {t('lists.items')}
          </h2>
          <GapSummary gaps={list.gaps} onlyAttention={onlyAttention} onOnlyAttention={setOnlyAttention} />
          {list.readOnly ? null : (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              {t('lists.addArticle')}
            </button>
          )}
        </div>
        {onlyAttention ? <p className="muted lists-filter-note">{t('lists.onlyAttentionNote')}</p> : null}
        <ItemList list={list} label={t('lists.items')} onlyAttention={onlyAttention} compact={false} empty={t('listItems.noItems')} />
      </section>

      <ListPreview list={list} />

      {adding ? <AddArticleDialog listed={listed} maxItems={list.fields.maxItems} onChoose={(choice) => list.add(choice)} onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
