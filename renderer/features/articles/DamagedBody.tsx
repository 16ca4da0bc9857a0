import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Said } from '../../../shared/contract/phrase';
import { said } from '../../i18n';

/**
 * A stored body this version cannot edit (damaged, or written by another version): shown
 * read-only with what happened, and the stored text in full so nothing is lost.
 */
export function DamagedBody({ lang, problem }: { lang: string; problem: Said & { raw: string } }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="damaged-body" role="group" aria-labelledby={`${id}-message`}>
      <p id={`${id}-message`} role="alert" className="damaged-message">
        {said(problem)}
      </p>
      <label className="field-label" htmlFor={`${id}-raw`}>
        {t('markers.storedText')}
      </label>
      <textarea id={`${id}-raw`} className="input damaged-raw" aria-label={t('markers.storedBody', { lang })} readOnly value={problem.raw} rows={8} />
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          void navigator.clipboard.writeText(problem.raw).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('markers.copied') : t('markers.copy')}
      </button>
    </div>
  );
}
