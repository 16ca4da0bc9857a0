import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useApp } from '../../app/context';
import { hrefFor } from '../../app/router';
import { shortcut } from '../../editor/shortcuts';
import { StateMessage } from '../../ui/StateMessage';
import { JobOutcome } from './JobOutcome';
import { exportJobs } from './jobTracker';
import { JobProgress } from './JobProgress';
import { PreflightPanel } from './PreflightPanel';
import { rememberedChoice, rememberChoice } from './rememberedChoice';
import { scopeKey, scopeOf, type ScopeChoice } from './scope';
import { ScopeChooser } from './ScopeChooser';
import { SettingsFields } from './SettingsFields';
import { usePreflight } from './usePreflight';
import { useExportSettings } from './useExportSettings';
import { useTranslation } from 'react-i18next';

/** `#/export`: where the bundle goes, what it holds, what stands in its way, and the export itself. */
export function ExportPage() {
  const { t } = useTranslation();
  const { workspace, refreshWorkspace } = useApp();

  useEffect(() => {
    void refreshWorkspace();
  }, [refreshWorkspace]);

  return (
    <div className="export-page">
      <div className="page-header">
        <h1>{t('export.title')}</h1>
      </div>
      {workspace.articleCount === 0 ? (
        <StateMessage tone="empty" title={t('export.nothingTitle')} actions={<a href={hrefFor({ page: 'articles' })}>{t('export.goToArticles')}</a>}>
          <p>{t('export.nothingText')}</p>
        </StateMessage>
      ) : (
        <ExportDesk />
      )}
    </div>
  );
}

function ExportDesk() {
  const { t } = useTranslation();
  const { client } = useApp();
  const settings = useExportSettings();
  const [choice, setChoiceState] = useState<ScopeChoice>(rememberedChoice);
  const setChoice = (next: ScopeChoice) => {
    rememberChoice(next);
    setChoiceState(next);
  };
  const scope = scopeOf(choice);
  const { preflight, check } = usePreflight(scope);
  const jobs = useSyncExternalStore(exportJobs.subscribe, exportJobs.get);
  const [zip, setZip] = useState(false);
  const [starting, setStarting] = useState(false);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const baseUrlInput = useRef<HTMLInputElement>(null);
  const reasonId = useId();
  const headingId = useId();

  useEffect(() => exportJobs.resume(client), [client]);

  // The base URL is part of what preflight checks: ask again once a setting is saved.
  useEffect(() => {
    if (settings.changes > 0) check();
  }, [settings.changes, check]);

  const running = jobs.job?.state === 'running';
  const current = scopeKey(scope);
  const report = preflight.state === 'ready' && preflight.key === current ? preflight.report : null;

  const reason = ((): string | null => {
    if (running) return t('export.running');
    if (starting) return t('export.starting');
    if (!scope) return choice.kind === 'section' ? t('export.chooseSection') : t('export.chooseArticles');
    if (settings.load.state === 'loading') return t('export.readingSettings');
    if (settings.load.state === 'failed') return t('export.settingsUnread');
    if (settings.errors.baseUrl || settings.errors.outDir) return t('export.correctSettings');
    if (preflight.state === 'checking' || (preflight.state !== 'idle' && preflight.key !== current)) return t('export.checkingFirst');
    if (report && report.blocking > 0) {
      return t('export.fixBlocking', { count: report.blocking });
    }
    if (report && report.articles === 0) return t('export.nothingReady');
    return null;
  })();
  const allowed = reason === null;

  const start = useCallback(async () => {
    if (!scope) return;
    setStartProblem(null);
    setStarting(true);
    try {
      if (!(await settings.flush())) {
        setStartProblem(t('export.notStartedSettings'));
        return;
      }
      const result = await client.call('startExport', { scope, zip });
      if (result.ok) exportJobs.track(client, result.value);
      else if (result.error.code === 'conflict') {
        setStartProblem(t('export.alreadyRunning', { message: result.error.message }));
        exportJobs.resume(client);
      } else setStartProblem(t('export.notStarted', { message: result.error.message }));
    } finally {
      setStarting(false);
    }
  }, [client, scope, settings, zip]);

  // Ctrl/Cmd+Shift+E exports from anywhere on the view, when the button would.
  const startIfAllowed = useRef<() => void>(() => undefined);
  startIfAllowed.current = () => {
    if (allowed) void start();
  };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.code !== 'KeyE') return;
      event.preventDefault();
      startIfAllowed.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const cancel = async () => {
    const result = await exportJobs.cancel();
    if (result && !result.ok) setStartProblem(t('export.notCancelled', { message: result.error.message }));
  };

  return (
    <div className="export-desk">
      <SettingsFields settings={settings} baseUrlInput={baseUrlInput} />
      <ScopeChooser choice={choice} onChange={setChoice} disabled={running} />
      <PreflightPanel
        preflight={preflight}
        onCheck={check}
        incomplete={scope ? null : reason}
        onSetBaseUrl={() => {
          baseUrlInput.current?.focus();
          baseUrlInput.current?.select();
        }}
      />
      <section className="export-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('export.title')}</h2>
        <div className="export-actions">
          <label className="toggle">
            <input type="checkbox" checked={zip} disabled={running} onChange={(e) => setZip(e.target.checked)} />
            {t('export.zip')}
          </label>
          <button
            type="button"
            className="button button-primary"
            disabled={!allowed}
            title={t('export.bundleShortcut', { shortcut: shortcut('E', { shift: true }) })}
            aria-describedby={reason ? reasonId : undefined}
            onClick={() => void start()}
          >
            {t('export.bundle')}
          </button>
          {reason ? (
            <span className="muted export-reason" id={reasonId}>
              {reason}
            </span>
          ) : null}
        </div>
        {startProblem ? (
          <p className="settings-error" role="alert">
            {startProblem}
          </p>
        ) : null}
        {running && jobs.job ? <JobProgress job={jobs.job} cancelling={jobs.cancelling} onCancel={() => void cancel()} /> : null}
        <JobOutcome job={running ? null : jobs.job} problem={jobs.problem} />
      </section>
    </div>
  );
}
