import type { ReactNode } from 'react';
import { useModalDialog } from '../../ui/useModalDialog';
import './lists.css';

/**
 * A modal dialog of the list pages, named by its title. It opens when shown, gives the
 * focus to `initialFocus` (or its first field), closes on Escape, and gives the focus back
 * to where it was when it goes.
 */
export function Dialog(props: { title: string; onClose(): void; children: ReactNode; wide?: boolean; busy?: boolean }) {
  const modal = useModalDialog({
    initialFocus: (dialog) => dialog.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button'),
    onCancel: props.onClose,
    busy: props.busy,
  });

  return (
    <dialog
      ref={modal.ref}
      className={props.wide ? 'settings-dialog lists-dialog lists-dialog-wide' : 'settings-dialog lists-dialog'}
      aria-label={props.title}
      onKeyDown={modal.onKeyDown}
      onCancel={modal.onCancel}
    >
      <div className="lists-dialog-body">
        <h2 className="settings-title">{props.title}</h2>
        {props.children}
      </div>
    </dialog>
  );
}
