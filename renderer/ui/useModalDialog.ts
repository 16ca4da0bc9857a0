import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';

/**
 * A `<dialog>` shown as a modal for as long as its component is mounted: it opens on mount
 * and gives the focus to what `initialFocus` names; when it goes, the focus returns to
 * where it was, unless something else took it meanwhile (choosing may move it into the
 * text). Escape cancels this dialog only, not what holds it (a panel, the editor), and
 * does nothing while `busy`.
 */
export function useModalDialog(options: {
  initialFocus(dialog: HTMLDialogElement): HTMLElement | null | undefined;
  onCancel(): void;
  busy?: boolean;
}): {
  ref: RefObject<HTMLDialogElement | null>;
  onKeyDown(event: KeyboardEvent<HTMLDialogElement>): void;
  onCancel(event: SyntheticEvent<HTMLDialogElement>): void;
} {
  const ref = useRef<HTMLDialogElement>(null);
  const initialFocus = useRef(options.initialFocus);

  useLayoutEffect(() => {
    const element = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    if (element) initialFocus.current(element)?.focus();
    return () => {
      const focusInside = element?.contains(document.activeElement) ?? false;
      if (element?.open) element.close();
      const focusLost = focusInside || document.activeElement === document.body || document.activeElement === null;
      if (focusLost && before?.isConnected) before.focus();
    };
  }, []);

  return {
    ref,
    onKeyDown(event) {
      if (event.key === 'Escape') event.stopPropagation();
    },
    onCancel(event) {
      event.preventDefault();
      if (!options.busy) options.onCancel();
    },
  };
}
