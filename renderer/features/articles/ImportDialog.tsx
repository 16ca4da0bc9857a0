import { useEffect, useRef, useState } from 'react';
import { IMPORT_ACCEPT, type ImportSummary } from '../../../shared/contract';
import type { CallError } from '../../api';
import { newId } from '../../api/ids';
import { chosenFileProblem, chosenFilesProblem, importChosenFiles, type ImportProgress } from '../../api/imports';
import { useApp } from '../../app/context';
import { useModalDialog } from '../../ui/useModalDialog';
import { fileSizeLabel } from '../media/format';
import { importSummaryLines } from './importSummary';
import './import.css';
import { i18n, said } from '../../i18n';
import { Trans, useTranslation } from 'react-i18next';

type Phase =
  | { kind: 'choosing' }
  | { kind: 'running'; progress: ImportProgress | null }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'failed'; stage: 'upload' | 'import'; error: CallError };

/** Whether a message already says that nothing changed (core's refusals do), in English or in Russian. */
const SAYS_NOTHING_CHANGED = /Nothing was (imported|saved|changed)|Ничего не (импортировано|сохранено|изменено)/;

/** What a failed import tells: the refusal as core gave it (file and line), and plainly what became of the workspace. */
function failureText(stage: 'upload' | 'import', error: CallError): string {
  if (stage === 'import' && (error.code === 'network' || error.code === 'bad_answer')) {
    return i18n.t('importing.unknownOutcome', { message: error.message });
  }
  if (SAYS_NOTHING_CHANGED.test(error.message)) return error.message;
  return i18n.t('importing.nothingImported', { message: error.message });
}

function progressText(phase: Phase): string {
  if (phase.kind !== 'running' || phase.progress === null) return '';
  const { progress } = phase;
  if (progress.phase === 'uploading') return i18n.t('importing.uploading', { current: progress.current, total: progress.total });
  return i18n.t('importing.importing', { count: progress.total });
}

/**
 * `Import articles`: Markdown files with Hugo front matter or a Tandem bundle, chosen with
 * a file input, sent one by one and imported together, all or nothing. Cancel (or Escape)
 * drops what was sent; while the import itself runs, the dialog waits for it.
 */
export function ImportDialog(props: { onClose(): void; onImported(summary: ImportSummary): void }) {
  const { t } = useTranslation();
  const { client, workspace } = useApp();
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  const batchId = useRef<string | null>(null);
  const cancelled = useRef(false);
  const mounted = useRef(true);
  const importing = phase.kind === 'running' && phase.progress?.phase === 'importing';

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const cancel = () => {
    cancelled.current = true;
    const batch = batchId.current;
    // What was sent goes again; a finished import has removed its files already.
    if (batch !== null && phase.kind !== 'done') void client.call('discardImport', { batchId: batch });
    props.onClose();
  };

  const modal = useModalDialog({
    initialFocus: (dialog) => dialog.querySelector<HTMLElement>('input[type="file"]'),
    onCancel: cancel,
    busy: importing,
  });

  const problems = files.map((file) => chosenFileProblem(file));
  const together = chosenFilesProblem(files);
  const canImport = files.length > 0 && problems.every((p) => p === null) && together === null && phase.kind !== 'running' && phase.kind !== 'done';

  const start = async () => {
    if (!canImport) return;
    const batch = newId();
    batchId.current = batch;
    cancelled.current = false;
    setPhase({ kind: 'running', progress: null });
    const run = await importChosenFiles(client, files, {
      batchId: batch,
      cancelled: () => cancelled.current,
      onProgress: (progress) => {
        if (mounted.current) setPhase({ kind: 'running', progress });
      },
    });
    if (!mounted.current) return;
    if (run.ok) {
      setPhase({ kind: 'done', summary: run.summary });
      props.onImported(run.summary);
    } else if (run.stage !== 'cancelled') {
      setPhase({ kind: 'failed', stage: run.stage, error: run.error });
    }
  };

  return (
    <dialog ref={modal.ref} className="settings-dialog import-dialog" aria-label={t('importing.title')} onKeyDown={modal.onKeyDown} onCancel={modal.onCancel}>
      <div className="settings-form import-form">
        <h2 className="settings-title">{t('importing.title')}</h2>
        <div className="import-explanation">
          <p>
            <strong>{t('importing.markdown')}</strong> <Trans i18nKey="importing.markdownText" components={[<code key="code" />]} />
          </p>
          <p>
            <strong>{t('importing.bundle')}</strong> <Trans i18nKey="importing.bundleText" components={[<code key="code" />]} />
          </p>
          <p className="muted">{t('importing.allOrNothing')}</p>
        </div>

        {phase.kind === 'done' ? null : (
          <label className="import-files-field">
            <span className="field-label">{t('importing.files')}</span>
            <input
              type="file"
              accept={IMPORT_ACCEPT}
              multiple
              disabled={phase.kind === 'running'}
              onChange={(e) => {
                setFiles(Array.from(e.target.files ?? []));
                if (phase.kind === 'failed') setPhase({ kind: 'choosing' });
              }}
            />
          </label>
        )}

        {files.length > 0 && phase.kind !== 'done' ? (
          <ul className="import-files" aria-label={t('importing.chosenFiles')}>
            {files.map((file, i) => (
              <li key={`${i}:${file.name}`} className={problems[i] ? 'import-file import-file-refused' : 'import-file'}>
                <span className="import-file-name">{file.name}</span>
                <span className="import-file-size muted">{fileSizeLabel(file.size)}</span>
                {problems[i] ? <span className="import-file-problem">{problems[i]}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {together && phase.kind !== 'done' ? <p className="settings-error">{together}</p> : null}

        {phase.kind === 'done' ? null : (
          <p role="status" aria-label={t('importing.progress')} className="import-progress muted">
            {progressText(phase)}
          </p>
        )}

        {phase.kind === 'failed' ? (
          <div role="alert" className="import-error">
            <p className="import-error-title">{t('importing.failed')}</p>
            <p>{failureText(phase.stage, phase.error)}</p>
          </div>
        ) : null}

        {phase.kind === 'done' ? (
          <section role="status" aria-label={t('importing.result')} className="import-result">
            {importSummaryLines(phase.summary, workspace.sections).map((line) => (
              <p key={line}>{line}</p>
            ))}
            {phase.summary.warnings.length > 0 ? (
              <>
                <p className="import-warnings-title">{t('importing.warning', { count: phase.summary.warnings.length })}</p>
                <ul className="import-warnings" aria-label={t('importing.warnings')}>
                  {phase.summary.warnings.map((warning) => (
                    <li key={warning.message}>{said(warning)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : null}

        <div className="settings-actions">
          {phase.kind === 'done' ? (
            <button type="button" className="button button-primary" onClick={props.onClose}>
              {t('common.close')}
            </button>
          ) : (
            <>
              <button type="button" className="button" onClick={cancel} disabled={importing}>
                {t('common.cancel')}
              </button>
              <button type="button" className="button button-primary" onClick={() => void start()} disabled={!canImport}>
                {t('importing.import')}
              </button>
            </>
          )}
        </div>
      </div>
    </dialog>
  );
}
