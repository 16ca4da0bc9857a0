import type { AutosaveStatus, Problem } from './autosave';
import { langName } from './format';

export function statusText(status: AutosaveStatus): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'problem':
      return problemText(status.problem);
  }
}

function problemText(problem: Problem): string {
  const language = langName(problem.key);
  switch (problem.kind) {
    case 'offline':
      return problem.code === 'network'
        ? 'Not saved yet: Tandem is not answering. Your text stays here and is saved as soon as Tandem answers again.'
        : `Not saved yet: ${problem.message} Your text stays here; trying again.`;
    case 'conflict':
      return `Not saved: the ${language} text was changed elsewhere, perhaps in another window. Reload it to see the saved version (your unsaved ${language} changes here would be replaced).`;
    case 'read_only':
      return `Not saved: this workspace is read-only. ${problem.message}`;
    case 'refused':
      return `The ${language} text was not saved: ${problem.message}`;
  }
}

/**
 * The editor's save state, announced politely: `Saving…`, `Saved` (only after the store
 * committed every edit shown), or what went wrong, with what to do about it beside it.
 */
export function SaveStatus(props: { status: AutosaveStatus; onRetry: () => void; onReload: (lang: string) => void; reloading: boolean }) {
  const { status } = props;
  const problem = status.state === 'problem' ? status.problem : null;
  return (
    <div className={`save-status save-${status.state}${problem ? ` save-${problem.kind}` : ''}`}>
      <span className="save-dot" aria-hidden="true" />
      <div role="status" aria-label="Save status" className="save-text">
        {statusText(status)}
      </div>
      {problem?.kind === 'offline' || problem?.kind === 'refused' ? (
        <button type="button" className="button button-small" onClick={props.onRetry}>
          Try again
        </button>
      ) : null}
      {problem?.kind === 'conflict' ? (
        <button type="button" className="button button-small" disabled={props.reloading} onClick={() => props.onReload(problem.key)}>
          Reload {langName(problem.key)}
        </button>
      ) : null}
    </div>
  );
}
