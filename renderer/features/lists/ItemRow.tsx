import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { CSSProperties } from 'react';
import type { ItemCard, ListItem } from '../../../shared/contract';
import { cardFlags } from './gaps';
import { ItemColumn } from './ItemColumn';
import { ItemControls } from './ItemControls';
import { ScheduleFields } from './ScheduleFields';
import { scheduleNote } from './schedule';
import { useTranslation } from 'react-i18next';

export interface RowProps {
  item: ListItem;
  index: number;
  title: string;
  languages: readonly string[];
  cards: readonly ItemCard[] | undefined;
  readOnly: boolean;
  /** Drag and drop, `Move up` and `Move down` (off while the list is filtered). */
  reorderable: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  compact: boolean;
  now: number;
  onMove(delta: -1 | 1): void;
  onPin(): void;
  onRemove(): void;
  onTeaser(lang: string, text: string): void;
  onSchedule(change: Partial<Pick<ListItem, 'showFrom' | 'showUntil'>>): void;
  onBlur(): void;
}

/** One item of a list: a listitem named by its title, sortable by its handle, with its controls and a column per language. */
export function ItemRow(props: RowProps) {
  const { t } = useTranslation();
  const { item } = props;
  const draggable = props.reorderable && !props.readOnly && !item.pinned;
  const sortable = useSortable({ id: item.id, disabled: !draggable, attributes: { roleDescription: t('lists.sortable') } });
  const style: CSSProperties = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };
  const note = scheduleNote(item, props.now);
  const cardOf = (lang: string) => props.cards?.find((c) => c.lang === lang);

  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      aria-label={props.title}
      data-item={item.id}
      className={`lists-item${props.compact ? ' lists-item-compact' : ''}${sortable.isDragging ? ' lists-item-dragging' : ''}${item.pinned ? ' lists-item-pinned' : ''}`}
    >
      <div className="lists-item-head">
        <button
          ref={sortable.setActivatorNodeRef}
          {...sortable.attributes}
          {...sortable.listeners}
          type="button"
          className="lists-handle"
          aria-label={t('lists.dragToReorder')}
          disabled={!draggable}
          title={item.pinned ? t('lists.pinnedTitle') : t('lists.dragTitle')}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="lists-position">{props.index + 1}</span>
        <div className="lists-item-title-block">
          <h3 className="lists-item-title">{props.title}</h3>
          <span className="lists-item-marks">
            {item.pinned ? <span className="lists-badge lists-badge-pinned">{t('lists.pinned')}</span> : null}
            {item.origin === 'suggestion' ? <span className="lists-badge lists-badge-suggested">{t('lists.suggested')}</span> : null}
            {note ? <span className={`lists-flag lists-flag-${note.state === 'never' ? 'danger' : 'info'}`}>{note.label}</span> : null}
            {props.compact ? <CompactFlags languages={props.languages} cards={props.cards} /> : null}
          </span>
        </div>
        {props.readOnly ? null : (
          <ItemControls
            pinned={item.pinned}
            canMoveUp={props.reorderable && props.canMoveUp}
            canMoveDown={props.reorderable && props.canMoveDown}
            disabled={false}
            onMove={props.onMove}
            onPin={props.onPin}
            onRemove={props.onRemove}
          />
        )}
      </div>
      {props.compact ? (
        <details className="lists-more">
          <summary>{t('lists.teaserAndSchedule')}</summary>
          <Columns {...props} cardOf={cardOf} />
          <ScheduleFields item={item} readOnly={props.readOnly} now={props.now} onChange={props.onSchedule} onBlur={props.onBlur} />
        </details>
      ) : (
        <>
          <Columns {...props} cardOf={cardOf} />
          <ScheduleFields item={item} readOnly={props.readOnly} now={props.now} onChange={props.onSchedule} onBlur={props.onBlur} />
        </>
      )}
    </li>
  );
}

function Columns(props: RowProps & { cardOf(lang: string): ItemCard | undefined }) {
  return (
    <div className="lists-columns" style={{ '--lists-columns': props.languages.length } as CSSProperties}>
      {props.languages.map((lang) => (
        <ItemColumn
          key={lang}
          item={props.item}
          lang={lang}
          card={props.cardOf(lang)}
          readOnly={props.readOnly}
          compact={props.compact}
          onTeaser={(text) => props.onTeaser(lang, text)}
          onBlur={props.onBlur}
        />
      ))}
    </div>
  );
}

/** In the compact row: each language's most serious flag, `RU: Shown in English`; a gone article once. */
function CompactFlags({ languages, cards }: { languages: readonly string[]; cards: readonly ItemCard[] | undefined }) {
  const flags = languages.flatMap((lang) => {
    const card = cards?.find((c) => c.lang === lang);
    const first = card ? cardFlags(card)[0] : undefined;
    return first ? [{ lang, ...first }] : [];
  });
  const gone = flags.find((f) => f.kind === 'missing-article' || f.kind === 'in-trash');
  if (gone) return <span className="lists-flag lists-flag-danger">{gone.label}</span>;
  return (
    <>
      {flags.map((f) => (
        <span key={f.lang} className={`lists-flag lists-flag-${f.tone}`}>
          {f.lang.toUpperCase()}: {f.label}
        </span>
      ))}
    </>
  );
}
