import { useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../shared/contract';
import { connect, type CallError } from '../api';
import { i18n, usePreferredLanguage } from '../i18n';
import { FailedState } from '../ui/FailedState';
import { StateMessage } from '../ui/StateMessage';
import { ToastRegion, useToasts } from '../ui/Toasts';
import { AppContext, type AppContextValue } from './context';
import { Shell } from './Shell';
import { followShellCommands } from './windowCommands';

type Load = { state: 'loading' } | { state: 'ready'; workspace: WorkspaceInfo } | { state: 'failed'; error: CallError };

/** The app in the interface's language. */
export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <Workstation />
    </I18nextProvider>
  );
}

function Workstation() {
  const { t } = useTranslation();
  const connection = useMemo(() => connect(), []);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const { toasts, notify, dismiss } = useToasts();
  const languageSettled = usePreferredLanguage(connection.ok ? connection.client : null);

  const fetchWorkspace = useCallback(async () => {
    if (!connection.ok) return;
    const result = await connection.client.call('workspaceInfo', {});
    setLoad(result.ok ? { state: 'ready', workspace: result.value } : { state: 'failed', error: result.error });
  }, [connection]);

  useEffect(() => {
    void fetchWorkspace();
  }, [fetchWorkspace]);

  // The desktop shell's commands: the menu's (New article, Import…, Export bundle…) and closing.
  useEffect(() => followShellCommands(window.tandem), []);

  const refreshWorkspace = useCallback(async () => {
    if (!connection.ok) return;
    const result = await connection.client.call('workspaceInfo', {});
    if (result.ok) setLoad({ state: 'ready', workspace: result.value });
  }, [connection]);

  const context = useMemo<AppContextValue | null>(
    () =>
      connection.ok && load.state === 'ready'
        ? { client: connection.client, workspace: load.workspace, refreshWorkspace, notify }
        : null,
    [connection, load, refreshWorkspace, notify],
  );

  if (!connection.ok) {
    return (
      <main className="app-message">
        <StateMessage tone="error" title={t('app.cannotReach')} headingLevel={1}>
          <p>{t('app.noToken')}</p>
        </StateMessage>
      </main>
    );
  }
  if (load.state === 'loading' || !languageSettled) {
    return (
      <main className="app-message">
        <StateMessage tone="loading" title={t('app.opening')} headingLevel={1} />
      </main>
    );
  }
  if (load.state === 'failed' || !context) {
    const error = load.state === 'failed' ? load.error : null;
    return (
      <main className="app-message">
        <FailedState
          headingLevel={1}
          primary
          title={t('app.openFailed')}
          error={error}
          onRetry={() => {
            setLoad({ state: 'loading' });
            void fetchWorkspace();
          }}
        />
      </main>
    );
  }
  return (
    <AppContext.Provider value={context}>
      <Shell />
      <ToastRegion toasts={toasts} dismiss={dismiss} />
    </AppContext.Provider>
  );
}
