import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkspaceInfo } from '../../shared/contract';
import { connect, type CallError } from '../api';
import { FailedState } from '../ui/FailedState';
import { StateMessage } from '../ui/StateMessage';
import { ToastRegion, useToasts } from '../ui/Toasts';
import { AppContext, type AppContextValue } from './context';
import { Shell } from './Shell';

type Load = { state: 'loading' } | { state: 'ready'; workspace: WorkspaceInfo } | { state: 'failed'; error: CallError };

export function App() {
  const connection = useMemo(() => connect(), []);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const { toasts, notify, dismiss } = useToasts();

  const fetchWorkspace = useCallback(async () => {
    if (!connection.ok) return;
    const result = await connection.client.call('workspaceInfo', {});
    setLoad(result.ok ? { state: 'ready', workspace: result.value } : { state: 'failed', error: result.error });
  }, [connection]);

  useEffect(() => {
    void fetchWorkspace();
  }, [fetchWorkspace]);

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
        <StateMessage tone="error" title="Tandem cannot reach its workspace" headingLevel={1}>
          <p>{connection.problem}</p>
        </StateMessage>
      </main>
    );
  }
  if (load.state === 'loading') {
    return (
      <main className="app-message">
        <StateMessage tone="loading" title="Opening the workspace…" headingLevel={1} />
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
          title="The workspace could not be opened"
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
