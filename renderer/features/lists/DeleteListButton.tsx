import { useState } from 'react';
import { useApp } from '../../app/context';
import { navigate } from '../../app/router';
import { Dialog } from './Dialog';
import { useTranslation } from 'react-i18next';

/** `Delete list` for a custom list, after a question; the desk's own lists cannot be deleted. */
export function DeleteListButton({ listId, name }: { listId: string; name: string }) {
  const { t } = useTranslation();
  const { client, notify } = useApp();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    const result = await client.call('deleteList', { listId });
    setBusy(false);
    if (!result.ok) return setProblem(t('lists.notDeleted', { message: result.error.message }));
    setAsking(false);
    notify({ message: t('lists.deleted', { name }) });
    navigate({ page: 'lists' });
  };

  return (
    <>
      <button type="button" className="button button-small button-quiet" onClick={() => setAsking(true)}>
        {t('lists.deleteList')}
      </button>
      {asking ? (
        <Dialog title={t('lists.deleteQuestion')} onClose={() => setAsking(false)} busy={busy}>
          <p>{t('listItems.deleteText', { name })}</p>
          {problem ? (
            <p className="settings-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="settings-actions">
            <button type="button" className="button" data-autofocus onClick={() => setAsking(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button lists-danger" onClick={remove} disabled={busy}>
              {busy ? t('listItems.deleting') : t('listItems.delete')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
