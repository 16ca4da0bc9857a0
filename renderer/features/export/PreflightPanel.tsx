import { useId } from 'react';
import { useApp } from '../../app/context';
import { FailedState } from '../../ui/FailedState';
import { articleCount, pageCount, pagesByLangLabel, problemCountLabel } from './format';
import { ProblemList } from './ProblemList';
import { reportOf, type Preflight } from './usePreflight';
import { useTranslation } from 'react-i18next';

/** `Preflight`: what the bundle will hold and what stands in its way, with `Check` to ask again. */
export function PreflightPanel(props: { preflight: Preflight; onCheck(): void; incomplete: string | null; onSetBaseUrl(): void }) {
  const { t } = useTranslation();
  const { workspace } = useApp();
  const headingId = useId();
  const { preflight } = props;
  const report = reportOf(preflight);
  const checking = preflight.state === 'checking';
  return (
    <section className="export-panel" aria-labelledby={headingId} aria-busy={checking || undefined}>
      <div className="export-panel-header">
        <h2 id={headingId}>{t('export.preflight')}</h2>
        <button type="button" className="button" onClick={props.onCheck} disabled={preflight.state === 'idle' || checking}>
          {t('export.check')}
        </button>
        <span className="muted export-checking" aria-live="polite">
          {checking ? t('export.checking') : ''}
        </span>
      </div>
      {preflight.state === 'idle' && props.incomplete ? <p className="muted">{props.incomplete}</p> : null}
      {preflight.state === 'failed' ? <FailedState title={t('export.checkFailed')} error={preflight.error} onRetry={props.onCheck} /> : null}
      {report ? (
        <div className={checking ? 'export-report export-report-stale' : 'export-report'}>
          <p className="export-counts">
            {articleCount(report.articles)}, {pageCount(report.pages)}
            {report.pages > 0 ? ` (${pagesByLangLabel(report.pagesByLang, workspace.languages)})` : ''}
          </p>
          {report.articles === 0 ? (
            <p className="muted">{t('export.nothingReadyHere')}</p>
          ) : null}
          {report.problems.length === 0 ? (
            <p className="export-ok">{t('export.noProblems')}</p>
          ) : (
            <>
              <p className={report.blocking > 0 ? 'export-problem-count export-problem-count-blocking' : 'export-problem-count'}>
                {t(report.blocking > 0 ? 'export.problemsBlocking' : 'export.problemsWarnings', {
                  problems: problemCountLabel(report.blocking, report.warnings),
                })}
              </p>
              <ProblemList problems={report.problems} label={t('export.problems')} onSetBaseUrl={props.onSetBaseUrl} />
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
