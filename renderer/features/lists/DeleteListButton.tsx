import { useState } from 'react';
import { useApp } from '../../app/context';
import { navigate } from '../../app/router';
import { Dialog } from './Dialog';

/** `Delete list` for a custom list, after a question; the desk's own lists cannot be deleted. */
export function DeleteListButton({ listId, name }: { listId: string; name: string }) {
  const { client, notify } = useApp();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    const result = await client.call('deleteList', { listId });
    setBusy(false);
    if (!result.ok) return setProblem(`The list was not deleted. ${result.error.message}`);
    setAsking(false);
    notify({ message: `Deleted the list “${name}”.` });
    navigate({ page: 'lists' });
  };

  return (
    <>
      <button type="button" className="button button-small button-quiet" onClick={() => setAsking(true)}>
        Delete list
      </button>
      {asking ? (
        <Dialog title="Delete this list?" onClose={() => setAsking(false)} busy={busy}>
          <p>“{name}” and its order, pins and teasers will be gone. The articles in it stay as they are.</p>
          {problem ? (
            <p className="settings-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="settings-actions">
            <button type="button" className="button" data-autofocus onClick={() => setAsking(false)} disabled={busy}>
              Cancel
            </button>
            <button type="button" className="button lists-danger" onClick={remove} disabled={busy}>
              {busy ? 'Deleting…' : 'Delete'}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
