import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './media.css';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      const focusInside = element?.contains(document.activeElement) ?? false;
      if (element?.open) element.close();
      const focusLost = focusInside || document.activeElement === document.body || document.activeElement === null;
      if (focusLost && before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="settings-dialog confirm-dialog"
      aria-label={props.title}
      // Escape closes this dialog only, not what holds it (a panel, the editor).
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
      onCancel={(event) => {
        event.preventDefault();
        if (!props.busy) props.onCancel();
      }}
    >
      <div className="settings-form">
        <h2 className="settings-title">{props.title}</h2>
        {props.children}
        <div className="settings-actions">
          <button ref={cancel} type="button" className="button" onClick={props.onCancel} disabled={props.busy}>
            Cancel
          </button>
          <button type="button" className={props.danger ? 'button button-danger' : 'button button-primary'} onClick={props.onConfirm} disabled={props.busy}>
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
