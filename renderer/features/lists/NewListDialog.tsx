import { useId, useState, type FormEvent } from 'react';
import { LIST_LIMITS } from '../../../shared/contract';
import { useApp } from '../../app/context';
import { navigate } from '../../app/router';
import { Dialog } from './Dialog';
import { LanguageChoice } from './LanguageChoice';
import { parseMaxItems } from './maxItems';

/** `New list`: a name, a maximum length and the languages; creating opens the new list. */
export function NewListDialog({ onClose }: { onClose(): void }) {
  const { client, workspace } = useApp();
  const id = useId();
  const [name, setName] = useState('');
  const [max, setMax] = useState('10');
  const [langs, setLangs] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError('Give the list a name.');
    const maxItems = parseMaxItems(max);
    if (maxItems === null) return setError(`The maximum is a whole number from 1 to ${LIST_LIMITS.maxItems}.`);
    setBusy(true);
    const result = await client.call('createList', { name: name.trim(), maxItems, langs });
    setBusy(false);
    if (!result.ok) return setError(`The list was not created. ${result.error.message}`);
    onClose();
    navigate({ page: 'list', id: result.value.id });
  };

  return (
    <Dialog title="New list" onClose={onClose} busy={busy}>
      <form className="lists-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            Name
          </label>
          <input id={`${id}-name`} className="input" value={name} maxLength={LIST_LIMITS.name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-max`}>
            Maximum items
          </label>
          <input
            id={`${id}-max`}
            className="input input-compact"
            type="number"
            min={1}
            max={LIST_LIMITS.maxItems}
            step={1}
            value={max}
            onChange={(e) => setMax(e.target.value)}
          />
        </div>
        <LanguageChoice available={workspace.languages} value={langs} onChange={setLangs} />
        {error ? (
          <p className="settings-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="settings-actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create list'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
