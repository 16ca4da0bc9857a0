import ElectronStore from 'electron-store';
import type { StoredObject } from '../session/migrations';
import type { PreferencesBackend } from '../session/preferences';
import { PREFERENCES_FILE_NAME, storeBackend } from '../session/preferencesFile';

/**
 * The desktop shell's preferences: electron-store, in the app's user data folder
 * (`preferences.json`). Only Electron main imports this file: electron-store needs Electron.
 */
export function electronStoreBackend(): PreferencesBackend {
  return storeBackend((options) => new ElectronStore<StoredObject>({ ...options, name: PREFERENCES_FILE_NAME }));
}
