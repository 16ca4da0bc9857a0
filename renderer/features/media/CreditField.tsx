import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Media } from '../../../shared/contract';
import { MEDIA_LIMITS } from '../../../shared/domain/media';
import { useApp } from '../../app/context';
import { i18n } from '../../i18n';
import './media.css';
import { useTranslation } from 'react-i18next';

type Notice = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * The photo's credit (it belongs to the image, in every article that uses it), saved when
 * the field is left or Enter is pressed. A failed save keeps what was typed and says why.
 */
export function CreditField(props: { media: Media; readOnly: boolean; onSaved(media: Media): void }) {
  const { t } = useTranslation();
  const { client } = useApp();
  const id = useId();
  const { media } = props;
  const [value, setValue] = useState(media.credit);
  const [saved, setSaved] = useState(media.credit);
  const [notice, setNotice] = useState<Notice>({ kind: 'idle' });
  const [shownFor, setShownFor] = useState(media.id);
  /** The credit being saved now, so Enter followed by leaving the field saves it once. */
  const inFlight = useRef<string | null>(null);

  // Another photo, or the same photo's credit changed elsewhere: show what is stored.
  if (shownFor !== media.id || (media.credit !== saved && value === saved)) {
    setShownFor(media.id);
    setValue(media.credit);
    setSaved(media.credit);
    setNotice({ kind: 'idle' });
  }

  const save = async () => {
    const credit = value.trim();
    if (props.readOnly || credit === saved || credit === inFlight.current) {
      if (credit !== value) setValue(credit);
      return;
    }
    setNotice({ kind: 'saving' });
    inFlight.current = credit;
    const result = await client.call('updateMedia', { mediaId: media.id, credit });
    inFlight.current = null;
    if (!result.ok) {
      setNotice({ kind: 'failed', message: t('media.creditNotSaved', { message: result.error.message }) });
      return;
    }
    setSaved(result.value.credit);
    setValue(result.value.credit);
    setNotice({ kind: 'saved' });
    props.onSaved(result.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape' && value !== saved) {
      // Escape first takes back what was typed; a second Escape goes on to close what holds the field.
      event.preventDefault();
      event.stopPropagation();
      setValue(saved);
      setNotice({ kind: 'idle' });
    }
  };

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('media.credit')}
      </label>
      <input
        id={id}
        className="input"
        type="text"
        value={value}
        readOnly={props.readOnly}
        maxLength={MEDIA_LIMITS.credit}
        placeholder={props.readOnly ? '' : t('media.creditPlaceholder')}
        aria-describedby={`${id}-notice`}
        onChange={(e) => {
          setValue(e.target.value);
          if (notice.kind !== 'saving') setNotice({ kind: 'idle' });
        }}
        onBlur={() => void save()}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-notice`} className={`field-notice ${noticeClass(notice)}`} aria-live="polite">
        {noticeText(notice)}
      </span>
    </div>
  );
}

function noticeClass(notice: Notice): string {
  if (notice.kind === 'saved') return 'notice-ok';
  if (notice.kind === 'failed') return 'notice-failed';
  return '';
}

function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'idle':
      return i18n.t('media.creditHint');
    case 'saving':
      return i18n.t('media.creditSaving');
    case 'saved':
      return i18n.t('media.creditSaved');
    case 'failed':
      return notice.message;
  }
}
