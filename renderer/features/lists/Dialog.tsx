import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './lists.css';

/**
 * A modal dialog of the list pages, named by its title. It opens when shown, gives the
 * focus to `initialFocus` (or its first field), closes on Escape, and gives the focus back
 * to where it was when it goes.
 */
export function Dialog(props: { title: string; onClose(): void; children: ReactNode; wide?: boolean; busy?: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    const first = element?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea, button');
    first?.focus();
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
      className={props.wide ? 'settings-dialog lists-dialog lists-dialog-wide' : 'settings-dialog lists-dialog'}
      aria-label={props.title}
      // Escape closes this dialog only, not what holds it (the article editor).
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.stopPropagation();
      }}
      onCancel={(event) => {
        event.preventDefault();
        if (!props.busy) props.onClose();
      }}
    >
      <div className="lists-dialog-body">
        <h2 className="settings-title">{props.title}</h2>
        {props.children}
      </div>
    </dialog>
  );
}
