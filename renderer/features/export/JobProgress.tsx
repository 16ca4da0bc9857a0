import type { ExportJob } from '../../../shared/contract';
import { PHASE_LABELS, progressText } from './format';

/** `Export progress` while a job runs: the phase in words, steps done of the phase's total, and `Cancel export`. */
export function JobProgress(props: { job: ExportJob; cancelling: boolean; onCancel(): void }) {
  const { job } = props;
  const known = job.total > 0;
  const percent = known ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  const text = progressText(job.phase, job.done, job.total);
  return (
    <div className="export-progress">
      <div className="export-progress-line">
        <span className="export-phase">{props.cancelling ? 'Cancelling…' : PHASE_LABELS[job.phase]}</span>
        <span className="muted">{known ? `${job.done.toLocaleString('en')} of ${job.total.toLocaleString('en')}` : ''}</span>
      </div>
      <div
        className={known ? 'export-bar' : 'export-bar export-bar-unknown'}
        role="progressbar"
        aria-label="Export progress"
        aria-valuemin={0}
        aria-valuemax={known ? job.total : undefined}
        aria-valuenow={known ? job.done : undefined}
        aria-valuetext={text}
      >
        <div className="export-bar-fill" style={{ width: known ? `${percent}%` : undefined }} />
      </div>
      <button type="button" className="button" onClick={props.onCancel} disabled={props.cancelling}>
        Cancel export
      </button>
    </div>
  );
}
