import { useId, useState } from 'react';
import type { ExportResult } from '../../../shared/contract';
import { changeSummary, durationLabel, fileCount, sizeLabel } from './format';
import { ProblemList } from './ProblemList';
import { useTranslation } from 'react-i18next';

/** `Export result`: where the bundle is, how big, what changed since the last export, and the warnings it was made with. */
export function ExportResultSummary({ result }: { result: ExportResult }) {
  const { t } = useTranslation();
  const changed = result.written + result.removed;
  return (
    <section className="export-result" role="region" aria-label={t('export.result')}>
      <h3>{changed === 0 ? t('export.upToDate') : t('export.written')}</h3>
      <dl className="export-facts">
        <dt>{t('export.folder')}</dt>
        <dd>
          <code className="export-path">{result.outDir}</code>
        </dd>
        {result.zipPath ? (
          <>
            <dt>{t('export.zipFile')}</dt>
            <dd>
              <code className="export-path">{result.zipPath}</code>
            </dd>
          </>
        ) : null}
        <dt>{t('export.size')}</dt>
        <dd>
          {fileCount(result.files)}, {sizeLabel(result.bytes)}
        </dd>
        <dt>{t('export.changes')}</dt>
        <dd>{changeSummary(result.written, result.removed, result.unchanged)}</dd>
        <dt>{t('export.made')}</dt>
        <dd>
          {result.incremental ? t('export.incremental') : t('export.inFull')}
        </dd>
        <dt>{t('export.took')}</dt>
        <dd>{durationLabel(result.durationMs)}</dd>
      </dl>
      {result.warnings.length > 0 ? (
        <>
          <p className="export-problem-count">{t('export.warnings', { count: result.warnings.length })}</p>
          <ProblemList problems={result.warnings} label={t('export.warningList')} />
        </>
      ) : (
        <p className="muted">{t('export.noWarnings')}</p>
      )}
      <ChangedFiles paths={result.changedPaths} changed={changed} />
    </section>
  );
}

function ChangedFiles({ paths, changed }: { paths: readonly string[]; changed: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (changed === 0) return <p className="muted">{t('export.noChange')}</p>;
  return (
    <div className="export-changed">
      <button type="button" className="button button-small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        {t('export.changedFiles')}
      </button>{' '}
      <span className="muted">{paths.length < changed ? t('export.firstOf', { shown: paths.length, count: changed }) : fileCount(changed)}</span>
      <ul id={listId} className="export-changed-list" aria-label={t('export.changedFiles')} hidden={!open}>
        {paths.map((path) => (
          <li key={path}>
            <code>{path}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
