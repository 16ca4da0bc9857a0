import { createContext, useContext } from 'react';
import type { WorkspaceInfo } from '../../shared/contract';
import type { ApiClient } from '../api';
import type { ToastInput } from '../ui/Toasts';

export interface AppContextValue {
  client: ApiClient;
  workspace: WorkspaceInfo;
  /** Asks the workspace again (article counts, read-only state). */
  refreshWorkspace(): Promise<void>;
  notify(toast: ToastInput): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside the app shell');
  return value;
}
