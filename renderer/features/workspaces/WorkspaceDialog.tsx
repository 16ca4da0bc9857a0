import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenWorkspaceInput } from '../../../shared/contract';
import { useApp } from '../../app/context';
import { allEditsLanded } from '../articles/useTranslationAutosave';
import { followOtherTabs, type OtherTabs } from './otherTabs';
import { folderName, otherRecentWorkspaces } from './recent';
import './workspaces.css';

/**
 * The workspace open now, and the way to another: a recent one, a folder by its path, or a
 * new workspace in an empty folder. Unsaved edits are sent first; when some cannot be
 * saved, the person is asked before switching. After a switch the interface loads again
 * on the new workspace (in the desktop shell the window does that itself).
 */
export function WorkspaceButton() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const otherTabs = useOtherTabs();
  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet workspace-button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('workspaces.switch')}
      </button>
      <dialog ref={dialog} className="settings-dialog" aria-label={t('workspaces.dialog')} onClose={() => setOpen(false)}>
        {open ? <WorkspaceForm otherTabs={otherTabs} onDone={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}

type Step = { state: 'idle' } | { state: 'saving' } | { state: 'confirm'; target: OpenWorkspaceInput } | { state: 'opening' } | { state: 'opened' };

function WorkspaceForm({ otherTabs, onDone }: { otherTabs: RefObject<OtherTabs | null>; onDone(): void }) {
  const { t } = useTranslation();
  const { client, workspace } = useApp();
  const id = useId();
  const [recent, setRecent] = useState<string[] | null>(null);
  const [recentProblem, setRecentProblem] = useState<string | null>(null);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ state: 'idle' });
  const busy = step.state === 'saving' || step.state === 'opening' || step.state === 'opened';

  useEffect(() => {
    let live = true;
    void client.call('getPreferences', {}).then((result) => {
      if (!live) return;
      if (result.ok) setRecent(otherRecentWorkspaces(result.value.recentWorkspaces, workspace.path));
      else setRecentProblem(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [client, workspace.path]);

  const open = async (target: OpenWorkspaceInput) => {
    setStep({ state: 'opening' });
    const result = await client.call('openWorkspace', target);
    if (!result.ok) {
      setError(result.error.message);
      setStep({ state: 'idle' });
      return;
    }
    setStep({ state: 'opened' });
    // The desktop shell loads its window again by itself; a browser tab does it here, and
    // so does every other tab of this Tandem.
    if (client.transport === 'browser') {
      otherTabs.current?.switched();
      reloadOnNewWorkspace();
    }
  };

  const request = async (target: OpenWorkspaceInput) => {
    setError(null);
    if (target.path.trim() === '') {
      setError(t('workspaces.typePath'));
      return;
    }
    setStep({ state: 'saving' });
    const [mine, theirs] = await Promise.all([allEditsLanded(), otherTabs.current?.landTheirEdits() ?? true]);
    if (mine && theirs) await open(target);
    else setStep({ state: 'confirm', target });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void request({ path: folder, create: false });
  };

  return (
    <form className="settings-form workspace-form" onSubmit={submit} noValidate>
      <h2 className="settings-title">{t('workspaces.dialog')}</h2>
      <p className="workspace-current">
        {t('workspaces.openNow')} <strong>{folderName(workspace.path)}</strong> <span className="muted">({workspace.path})</span>
      </p>

      <h3 className="settings-title" id={`${id}-recent`}>
        {t('workspaces.recent')}
      </h3>
      {recentProblem ? <p className="settings-error">{recentProblem}</p> : null}
      {recent === null && !recentProblem ? <p className="muted">{t('common.loading')}</p> : null}
      {recent !== null && recent.length === 0 ? <p className="muted">{t('workspaces.noRecent')}</p> : null}
      {recent !== null && recent.length > 0 ? (
        <ul className="workspace-recent" aria-labelledby={`${id}-recent`}>
          {recent.map((path) => (
            <li key={path}>
              <button
                type="button"
                className="button workspace-recent-button"
                aria-label={t('workspaces.openPath', { path })}
                disabled={busy}
                onClick={() => void request({ path, create: false })}
              >
                <span>{folderName(path)}</span>
                <span className="workspace-recent-path">{path}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <label htmlFor={`${id}-folder`}>{t('workspaces.folder')}</label>
      <input
        id={`${id}-folder`}
        className="input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder="/home/you/Tandem/Newsroom"
        value={folder}
        onChange={(e) => setFolder(e.target.value)}
      />
      <p className="muted">{t('workspaces.folderHint')}</p>

      {error ? (
        <p role="alert" className="settings-error">
          {error}
        </p>
      ) : null}
      {step.state === 'saving' ? <p role="status">{t('workspaces.saving')}</p> : null}
      {step.state === 'opening' || step.state === 'opened' ? <p role="status">{t('workspaces.opening')}</p> : null}
      {step.state === 'confirm' ? (
        <div className="workspace-confirm" role="group" aria-label={t('workspaces.unsaved')}>
          <p role="alert" className="settings-error">
            {t('workspaces.unsavedText')}
          </p>
          <div className="settings-actions">
            <button type="button" className="button" onClick={() => setStep({ state: 'idle' })}>
              {t('workspaces.stay')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void open(step.target)}>
              {t('workspaces.switchAnyway')}
            </button>
          </div>
        </div>
      ) : null}

      <div className="settings-actions">
        <button type="button" className="button" onClick={onDone} disabled={step.state === 'opened'}>
          {t('common.close')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void request({ path: folder, create: true })}>
          {t('workspaces.create')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('workspaces.open')}
        </button>
      </div>
    </form>
  );
}

function reloadOnNewWorkspace(): void {
  window.location.hash = '#/';
  window.location.reload();
}

/** In browser mode, this tab's part in a switch made in another tab (see otherTabs.ts). */
function useOtherTabs(): RefObject<OtherTabs | null> {
  const { client } = useApp();
  const tabs = useRef<OtherTabs | null>(null);
  useEffect(() => {
    if (client.transport !== 'browser' || typeof BroadcastChannel === 'undefined') return;
    const followed = followOtherTabs({ landEdits: () => allEditsLanded(), reload: reloadOnNewWorkspace });
    tabs.current = followed;
    return () => {
      followed.close();
      tabs.current = null;
    };
  }, [client]);
  return tabs;
}

