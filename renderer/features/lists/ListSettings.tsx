import { useEffect, useId, useState } from 'react';
import { LIST_LIMITS } from '../../../shared/contract';
import { useApp } from '../../app/context';
import { LanguageChoice } from './LanguageChoice';
import { parseMaxItems } from './maxItems';
import type { ListEditing } from './useListEditing';
import { useTranslation } from 'react-i18next';

/**
 * A list's settings: `Name` (custom lists only; the desk's lists keep their names),
 * `Maximum items` (taken on Enter or on leaving the field, since a shorter list drops
 * items) and the languages the list is for.
 */
export function ListSettings({ list }: { list: ListEditing }) {
  const { t } = useTranslation();
  const { workspace } = useApp();
  const id = useId();
  const custom = list.view.kind === 'custom';
  const [name, setName] = useState(list.fields.name);
  const [max, setMax] = useState(String(list.fields.maxItems));
  const [problem, setProblem] = useState<{ field: 'name' | 'max'; message: string } | null>(null);

  // A reload (a conflict) or an undo changes them from outside.
  useEffect(() => setMax(String(list.fields.maxItems)), [list.fields.maxItems]);
  useEffect(() => setName((typed) => (typed.trim() === '' ? typed : list.fields.name)), [list.fields.name]);

  // A problem stays until the field is edited again: leaving the field must not move the page under the pointer.
  const commitMax = () => {
    const n = parseMaxItems(max);
    if (n === null) return setProblem({ field: 'max', message: t('lists.maxInvalid', { max: LIST_LIMITS.maxItems }) });
    if (n === list.fields.maxItems) return;
    const refusal = list.setMaxItems(n);
    if (refusal) {
      setProblem({ field: 'max', message: refusal });
      setMax(String(list.fields.maxItems));
    }
  };

  return (
    <section className="lists-settings" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="lists-section-title">
        {t('lists.settings')}
      </h2>
      <div className="lists-settings-fields">
        {custom ? (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-name`}>
              {t('lists.name')}
            </label>
            <input
              id={`${id}-name`}
              className="input"
              value={name}
              maxLength={LIST_LIMITS.name}
              readOnly={list.readOnly}
              aria-invalid={problem?.field === 'name' || undefined}
              onChange={(e) => {
                setName(e.target.value);
                if (e.target.value.trim() === '') return setProblem({ field: 'name', message: t('listItems.nameNeeded') });
                setProblem(null);
                list.rename(e.target.value);
              }}
              onBlur={list.flush}
            />
          </div>
        ) : null}
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
            readOnly={list.readOnly}
            aria-invalid={problem?.field === 'max' || undefined}
            onChange={(e) => {
              setMax(e.target.value);
              if (problem?.field === 'max') setProblem(null);
            }}
            onBlur={commitMax}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitMax();
            }}
          />
        </div>
        <LanguageChoice available={workspace.languages} value={list.fields.langs} disabled={list.readOnly} onChange={list.setLangs} />
      </div>
      {problem ? (
        <p className="settings-error" role="alert">
          {problem.message}
        </p>
      ) : null}
    </section>
  );
}
