import { useTranslation } from 'react-i18next';

/** An item's buttons: `Move up`, `Move down`, `Pin` (pressed: `Unpin`) and `Remove`. */
export function ItemControls(props: {
  pinned: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  disabled: boolean;
  onMove(delta: -1 | 1): void;
  onPin(): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="lists-controls">
      <button type="button" className="button button-small" data-control="move-up" disabled={props.disabled || !props.canMoveUp} onClick={() => props.onMove(-1)}>
        {t('lists.moveUp')}
      </button>
      <button
        type="button"
        className="button button-small"
        data-control="move-down"
        disabled={props.disabled || !props.canMoveDown}
        onClick={() => props.onMove(1)}
      >
        {t('lists.moveDown')}
      </button>
      <button
        type="button"
        className="button button-small lists-pin"
        data-control="pin"
        aria-pressed={props.pinned}
        disabled={props.disabled}
        title={props.pinned ? t('lists.unpinTitle') : t('lists.pinTitle')}
        onClick={props.onPin}
      >
        {props.pinned ? t('listItems.unpin') : t('lists.pin')}
      </button>
      <button type="button" className="button button-small button-quiet" data-control="remove" disabled={props.disabled} onClick={props.onRemove}>
        {t('lists.remove')}
      </button>
    </div>
  );
}
