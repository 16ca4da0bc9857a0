import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { PreferencesBackend } from './preferences';
import type { StoredObject } from './migrations';

/**
 * The preferences file: `preferences.json`, written atomically by conf (browser mode) or by
 * electron-store, which is conf inside Electron (the desktop shell, electron/main/). Both
 * are made with the options from here. A file that is not JSON at all reads as empty (so
 * every preference takes its default) and its text is kept beside it as
 * `preferences.json.damaged` before anything replaces it.
 */

export const PREFERENCES_FILE_NAME = 'preferences';

/** Where browser mode keeps preferences when told: an option, else this environment variable. */
export const PREFERENCES_DIR_VARIABLE = 'TANDEM_PREFERENCES_DIR';

/** The project name conf keeps browser mode's preferences under (in the system's config folder). */
export const PREFERENCES_PROJECT = 'tandem';

/** As much of a conf (or electron-store) instance as the preferences use. */
export interface StoreLike {
  store: StoredObject;
  readonly path: string;
}

/** What conf and electron-store are given by both shells: whole-object access, and a reader that never throws. */
export function storeOptions(onDamaged: (text: string) => void) {
  return {
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    watch: false,
    deserialize: (text: string): StoredObject => {
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as StoredObject;
      } catch {
        // Not JSON: reported below.
      }
      onDamaged(text);
      return {};
    },
  };
}

/**
 * A backend over a conf-like store. `makeStore` gets the options to pass on; a damaged
 * file's text is copied aside when it is first read.
 */
export function storeBackend(makeStore: (options: ReturnType<typeof storeOptions>) => StoreLike): PreferencesBackend {
  let damaged: string | null = null;
  const store = makeStore(storeOptions((text) => (damaged = text)));
  return {
    location: store.path,
    read() {
      const value = store.store;
      if (damaged !== null) {
        try {
          writeFileSync(`${store.path}.damaged`, damaged);
        } catch {
          // The defaults are used in any case; the damaged text could not be kept.
        }
        damaged = null;
      }
      return value;
    },
    write(value) {
      store.store = value;
    },
  };
}

/** The folder browser mode keeps preferences in when one is chosen (option, then environment); undefined: conf's own. */
export function chosenPreferencesDir(explicit: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const chosen = explicit?.trim() || env[PREFERENCES_DIR_VARIABLE]?.trim();
  return chosen ? path.resolve(chosen) : undefined;
}

/** Browser mode's preferences: conf, in `dir`, else in the system's config folder under 'tandem'. */
export function confBackend(dir?: string): PreferencesBackend {
  return storeBackend(
    (options) =>
      new Conf<StoredObject>({
        ...options,
        configName: PREFERENCES_FILE_NAME,
        ...(dir ? { cwd: dir } : { projectName: PREFERENCES_PROJECT }),
      }),
  );
}

/**
 * A backend that is never in the way of starting: when `make` cannot set up the file (its
 * folder cannot be used), the preferences last for this run only and `log` says so.
 */
export function backendOrMemory(make: () => PreferencesBackend, where: string, log: (message: string) => void): PreferencesBackend {
  try {
    return make();
  } catch (e) {
    log(`Tandem cannot keep your preferences in ${where} (${e instanceof Error ? e.message : String(e)}); they will last until Tandem stops.`);
    let value: unknown = {};
    return {
      location: `${where} (not writable: kept until Tandem stops)`,
      read: () => value,
      write: (next) => {
        value = structuredClone(next);
      },
    };
  }
}

/** Browser mode's preferences: in `dir` when given, else conf's own folder; for this run only when neither can be used. */
export function browserPreferencesBackend(dir: string | undefined, log: (message: string) => void): PreferencesBackend {
  return backendOrMemory(() => confBackend(dir), dir ?? 'the system’s settings folder', log);
}
