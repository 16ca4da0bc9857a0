import { useTranslation } from 'react-i18next';
import { canRetry, saveStatusText } from './labels';
import type { SaveStatus } from './saver';

/** The list's save state, announced politely: `Saving…`, `Saved`, or what went wrong, with `Try again` when that can help. */
export function SaveLine(props: { status: SaveStatus; label: string; onRetry(): void }) {
  const { t } = useTranslation();
  const { status } = props;
  const problem = status.state === 'failed' || status.state === 'conflict';
  return (
    <div className={`save-status save-${problem ? 'problem' : status.state}`}>
      <span className="save-dot" aria-hidden="true" />
      <div role="status" aria-label={props.label} className="save-text">
        {saveStatusText(status)}
      </div>
      {canRetry(status) ? (
        <button type="button" className="button button-small" onClick={props.onRetry}>
          {t('lists.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}
