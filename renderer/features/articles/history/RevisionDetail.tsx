import { useState } from 'react';
import type { RevisionSummary } from '../../../../shared/contract';
import { StateMessage } from '../../../ui/StateMessage';
import { wordCountLabel } from '../format';
import { ChangesView } from './ChangesView';
import type { TextVersion } from './compare';
import { KIND_LABELS, revisionTime, timeInSentence } from './labels';
import type { RestoreOutcome } from './restore';
import { useVersionChanges } from './useRevisions';
import { useTranslation } from 'react-i18next';

/** The chosen revision: what changed from it to the current text, and the way to bring it back. */
export function RevisionDetail(props: {
  revision: RevisionSummary;
  lang: string;
  readOnly: boolean;
  current(): TextVersion;
  onRestore(revision: RevisionSummary): Promise<RestoreOutcome>;
}) {
  const { t } = useTranslation();
  const { revision, lang, readOnly } = props;
  const { changes, retry } = useVersionChanges(revision.id, props.current);
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const restore = async () => {
    setRestoring(true);
    setProblem(null);
    const outcome = await props.onRestore(revision);
    setRestoring(false);
    if (!outcome.ok) setProblem(outcome.message);
  };

  return (
    <div className="history-detail">
      <div className="history-detail-header">
        <h3 className="history-detail-title">{t('history.versionFrom', { time: timeInSentence(revisionTime(revision.createdAt, new Date())) })}</h3>
        <span className="muted">
          {KIND_LABELS[revision.kind]} · {wordCountLabel(revision.wordCount)}
        </span>
      </div>
      {readOnly ? null : (
        <div className="history-detail-actions">
          <button type="button" className="button" onClick={() => void restore()} disabled={restoring} aria-busy={restoring || undefined}>
            {t('history.restoreThis')}
          </button>
          {restoring ? <span className="muted">{t('history.restoring')}</span> : null}
        </div>
      )}
      {problem ? (
        <p role="alert" className="history-problem">
          {problem}
        </p>
      ) : null}
      {changes.state === 'loading' ? <StateMessage tone="loading" title={t('history.comparing')} /> : null}
      {changes.state === 'failed' ? (
        <StateMessage
          tone="error"
          title={t('history.versionFailed')}
          actions={
            <button type="button" className="button" onClick={retry}>
              {t('common.retry')}
            </button>
          }
        >
          <p>{changes.error.message}</p>
        </StateMessage>
      ) : null}
      {changes.state === 'ready' ? <ChangesView changes={changes.changes} lang={lang} /> : null}
    </div>
  );
}
