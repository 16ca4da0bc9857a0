import { useEffect, useState } from 'react';
import type { ApiClient } from '../api';
import { setUiLanguage } from './instance';

/**
 * Applies the person's chosen interface language, once the app can ask for it. Until the
 * answer comes the interface speaks the system's language; when nobody answers for
 * preferences (or there is no choice yet), it goes on speaking it. True once settled.
 */
export function usePreferredLanguage(client: ApiClient | null): boolean {
  const [settled, setSettled] = useState(client === null);
  useEffect(() => {
    if (!client) return;
    let live = true;
    void client.call('getPreferences', {}).then(async (result) => {
      if (result.ok && result.value.uiLanguage) await setUiLanguage(result.value.uiLanguage);
      if (live) setSettled(true);
    });
    return () => {
      live = false;
    };
  }, [client]);
  return settled;
}
