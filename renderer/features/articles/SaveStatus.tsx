import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import type { AutosaveStatus, Problem } from './autosave';
import { langName } from './format';

export function statusText(status: AutosaveStatus): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'saving':
      return i18n.t('editor.saving');
    case 'saved':
      return i18n.t('editor.saved');
    case 'problem':
      return problemText(status.problem);
  }
}

function problemText(problem: Problem): string {
  const language = langName(problem.key);
  switch (problem.kind) {
    case 'offline':
      return problem.code === 'network'
        ? i18n.t('editor.offlineNetwork')
        : i18n.t('editor.offline', { message: problem.message });
    case 'conflict':
      return i18n.t('editor.conflict', { language });
    case 'read_only':
      return i18n.t('editor.readOnly', { message: problem.message });
    case 'refused':
      return i18n.t('editor.refused', { language, message: problem.message });
  }
}

/**
 * The editor's save state, announced politely: `Saving…`, `Saved` (only after the store
 * committed every edit shown), or what went wrong, with what to do about it beside it.
 */
export function SaveStatus(props: { status: AutosaveStatus; onRetry: () => void; onReload: (lang: string) => void; reloading: boolean }) {
  const { t } = useTranslation();
  const { status } = props;
  const problem = status.state === 'problem' ? status.problem : null;
  return (
    <div className={`save-status save-${status.state}${problem ? ` save-${problem.kind}` : ''}`}>
      <span className="save-dot" aria-hidden="true" />
      <div role="status" aria-label={t('editor.saveStatus')} className="save-text">
        {statusText(status)}
      </div>
      {problem?.kind === 'offline' || problem?.kind === 'refused' ? (
        <button type="button" className="button button-small" onClick={props.onRetry}>
          {t('editor.tryAgain')}
        </button>
      ) : null}
      {problem?.kind === 'conflict' ? (
        <button type="button" className="button button-small" disabled={props.reloading} onClick={() => props.onReload(problem.key)}>
          {t('editor.reload', { language: langName(problem.key) })}
        </button>
      ) : null}
    </div>
  );
}
