import { useRef, type ReactNode } from 'react';
import { useModalDialog } from '../../ui/useModalDialog';
import './media.css';
import { useTranslation } from 'react-i18next';

/**
 * A modal question before something that cannot be undone: what will happen, then
 * `Cancel` (focused first) and the action. Escape cancels.
 */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The action destroys something: shown in the danger colour. */
  danger?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  const modal = useModalDialog({ initialFocus: () => cancel.current, onCancel: props.onCancel, busy: props.busy });

  return (
    <dialog
      ref={modal.ref}
      className="settings-dialog confirm-dialog"
      aria-label={props.title}
      onKeyDown={modal.onKeyDown}
      onCancel={modal.onCancel}
    >
      <div className="settings-form">
        <h2 className="settings-title">{props.title}</h2>
        {props.children}
        <div className="settings-actions">
          <button ref={cancel} type="button" className="button" onClick={props.onCancel} disabled={props.busy}>
            {t('common.cancel')}
          </button>
          <button type="button" className={props.danger ? 'button button-danger' : 'button button-primary'} onClick={props.onConfirm} disabled={props.busy}>
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
