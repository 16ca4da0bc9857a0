import { useId, useState, type FormEvent } from 'react';
import { LIST_LIMITS } from '../../../shared/contract';
import { useApp } from '../../app/context';
import { navigate } from '../../app/router';
import { Dialog } from './Dialog';
import { LanguageChoice } from './LanguageChoice';
import { parseMaxItems } from './maxItems';
import { useTranslation } from 'react-i18next';

/** `New list`: a name, a maximum length and the languages; creating opens the new list. */
export function NewListDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { client, workspace } = useApp();
  const id = useId();
  const [name, setName] = useState('');
  const [max, setMax] = useState('10');
  const [langs, setLangs] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError(t('lists.nameMissing'));
    const maxItems = parseMaxItems(max);
    if (maxItems === null) return setError(t('lists.maxInvalid', { max: LIST_LIMITS.maxItems }));
    setBusy(true);
    const result = await client.call('createList', { name: name.trim(), maxItems, langs });
    setBusy(false);
    if (!result.ok) return setError(t('lists.notCreated', { message: result.error.message }));
    onClose();
    navigate({ page: 'list', id: result.value.id });
  };

  return (
    <Dialog title={t('lists.newList')} onClose={onClose} busy={busy}>
      <form className="lists-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('lists.name')}
          </label>
          <input id={`${id}-name`} className="input" value={name} maxLength={LIST_LIMITS.name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-max`}>
            {t('lists.maxItems')}
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
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('lists.creating') : t('lists.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
