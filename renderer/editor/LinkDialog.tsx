import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { LIMITS } from '../../shared/domain/limits';
import { checkLinkUrl, type LinkProblem } from '../../shared/editor/links';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n';

export interface LinkDialogProps {
  /** The address of the link at the selection, or '' for a new link. */
  url: string;
  /** Whether the selection is on a link (offers `Remove link`). */
  onLink: boolean;
  /** Where the dialog sits, relative to the editor's box. */
  position: { top: number; left: number };
  onApply(url: string): void;
  onRemove(): void;
  /** Escape or Cancel: close and go back to the text. */
  onCancel(): void;
  /** A click elsewhere on the page: close and leave the focus where it went. */
  onDismiss(): void;
}

/** Why an address was refused, in the interface's language (checkLinkUrl says it in English). */
function linkProblemText(problem: LinkProblem): string {
  if (problem === 'tooLong') return i18n.t('bodyEditor.linkTooLong', { max: LIMITS.url });
  return i18n.t(PROBLEM_KEYS[problem]);
}

const PROBLEM_KEYS = {
  empty: 'bodyEditor.linkEmpty',
  noEmail: 'bodyEditor.linkNoEmail',
  refused: 'bodyEditor.linkRefused',
} as const;

/**
 * Asks for a link's address next to the text: Enter applies, Escape cancels. An address
 * the body may not hold is refused with a message saying what to do, and nothing changes.
 */
export function LinkDialog({ url, onLink, position, onApply, onRemove, onCancel, onDismiss }: LinkDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(url);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (event.target instanceof Node && !box.current?.contains(event.target)) onDismiss();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [onDismiss]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkLinkUrl(value);
    if (!check.ok) {
      setError(linkProblemText(check.problem));
      input.current?.focus();
      return;
    }
    onApply(check.url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <div
      ref={box}
      className="link-dialog"
      role="dialog"
      aria-label={t('bodyEditor.link')}
      style={{ top: position.top, left: position.left }}
      onKeyDown={onKeyDown}
    >
      <form className="link-dialog-form" onSubmit={submit} noValidate>
        <label className="link-dialog-label" htmlFor={`${id}-url`}>
          {t('bodyEditor.linkAddress')}
        </label>
        <input
          ref={input}
          id={`${id}-url`}
          className="input link-dialog-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://example.com/page"
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
        />
        {error ? (
          <p id={`${id}-error`} className="link-dialog-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="link-dialog-actions">
          <button type="submit" className="button button-primary button-small">
            {t('bodyEditor.apply')}
          </button>
          {onLink ? (
            <button type="button" className="button button-small" onClick={onRemove}>
              {t('bodyEditor.removeLink')}
            </button>
          ) : null}
          <button type="button" className="button button-small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
