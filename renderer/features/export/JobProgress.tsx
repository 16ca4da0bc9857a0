import type { ExportJob } from '../../../shared/contract';
import { phaseLabel, progressText } from './format';
import { useTranslation } from 'react-i18next';

/** `Export progress` while a job runs: the phase in words, steps done of the phase's total, and `Cancel export`. */
export function JobProgress(props: { job: ExportJob; cancelling: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  const { job } = props;
  const known = job.total > 0;
  const percent = known ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  const text = progressText(job.phase, job.done, job.total);
  return (
    <div className="export-progress">
      <div className="export-progress-line">
        <span className="export-phase">{props.cancelling ? t('export.cancelling') : phaseLabel(job.phase)}</span>
        <span className="muted">{known ? t('export.progressCount', { done: job.done, total: job.total }) : ''}</span>
      </div>
      <div
        className={known ? 'export-bar' : 'export-bar export-bar-unknown'}
        role="progressbar"
        aria-label={t('export.progress')}
        aria-valuemin={0}
        aria-valuemax={known ? job.total : undefined}
        aria-valuenow={known ? job.done : undefined}
        aria-valuetext={text}
      >
        <div className="export-bar-fill" style={{ width: known ? `${percent}%` : undefined }} />
      </div>
      <button type="button" className="button" onClick={props.onCancel} disabled={props.cancelling}>
        {t('export.cancel')}
      </button>
    </div>
  );
}
