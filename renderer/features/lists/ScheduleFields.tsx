import { useId } from 'react';
import type { ListItem } from '../../../shared/contract';
import { useTranslation } from 'react-i18next';
import { fromLocalInput, scheduleNote, toLocalInput } from './schedule';

/** `Shown from` / `Shown until` for one item (empty: open on that side), and what they mean now. */
export function ScheduleFields(props: {
  item: Pick<ListItem, 'showFrom' | 'showUntil'>;
  readOnly: boolean;
  now: number;
  onChange(change: Partial<Pick<ListItem, 'showFrom' | 'showUntil'>>): void;
  onBlur(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const note = scheduleNote(props.item, props.now);
  return (
    <div className="lists-schedule">
      <label className="lists-schedule-field" htmlFor={`${id}-from`}>
        <span className="field-label">{t('listCards.shownFrom')}</span>
        <input
          id={`${id}-from`}
          className="input input-compact"
          type="datetime-local"
          value={toLocalInput(props.item.showFrom)}
          readOnly={props.readOnly}
          onChange={(e) => props.onChange({ showFrom: fromLocalInput(e.target.value) })}
          onBlur={props.onBlur}
        />
      </label>
      <label className="lists-schedule-field" htmlFor={`${id}-until`}>
        <span className="field-label">{t('listCards.shownUntil')}</span>
        <input
          id={`${id}-until`}
          className="input input-compact"
          type="datetime-local"
          value={toLocalInput(props.item.showUntil)}
          readOnly={props.readOnly}
          onChange={(e) => props.onChange({ showUntil: fromLocalInput(e.target.value) })}
          onBlur={props.onBlur}
        />
      </label>
      {note ? <span className={`lists-flag lists-flag-${note.state === 'never' ? 'danger' : 'info'}`}>{note.label}</span> : null}
    </div>
  );
}
