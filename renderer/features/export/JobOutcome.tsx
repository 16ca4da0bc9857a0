import type { ExportJob } from '../../../shared/contract';
import type { CallError } from '../../api';
import { ExportResultSummary } from './ExportResultSummary';
import { stoppedByPreflight } from './format';
import { ProblemList } from './ProblemList';
import { useTranslation } from 'react-i18next';
import { said } from '../../i18n';

/** How the last job ended: its result, cancelled, stopped by blocking problems, or failed. */
export function JobOutcome({ job, problem }: { job: ExportJob | null; problem: CallError | null }) {
  const { t } = useTranslation();
  return (
    <>
      {problem ? (
        <p className="settings-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      {job?.state === 'done' && job.result ? <ExportResultSummary result={job.result} /> : null}
      {job?.state === 'cancelled' ? (
        <p className="export-note" role="status" aria-label={t('export.outcome')}>
          {t('export.cancelled')}
        </p>
      ) : null}
      {job?.state === 'failed' && job.report ? (
        <div className="export-failed" role="alert">
          <p>{stoppedByPreflight(job.report.blocking)}</p>
          <ProblemList problems={job.report.problems.filter((p) => p.severity === 'blocking')} label={t('export.blockingProblems')} />
        </div>
      ) : null}
      {job?.state === 'failed' && !job.report ? (
        <div className="export-failed" role="alert">
          <p>
            <strong>{t('export.failed')}</strong> {job.error ? said(job.error) : t('export.noReason')}
          </p>
        </div>
      ) : null}
    </>
  );
}
