import { UI_LANGUAGES } from '../../shared/contract/preferences';

/**
 * The versions of the preferences file. A file carries `version`; one without it is
 * version 0, the shape the first desktop builds kept:
 *
 *   { uiLanguage: 'en-US' | 'ru-RU' | 'system', recentWorkspaces: [{ path, openedAt }], … }
 *
 * Each migration takes the object at version N to N+1, keeps what it does not know, and
 * never throws: what it cannot make sense of is left for the schema's repair (the field
 * falls back to its default). A file from a newer Tandem is not migrated.
 */

export type StoredObject = Record<string, unknown>;

export const PREFERENCES_VERSION = 1;

type Migration = (stored: StoredObject) => StoredObject;

/** A locale (`en-US`, `ru_RU`, `EN`) as one of the interface's languages; null for the system's or an unknown one. */
function uiLanguageFromLocale(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? primary : null;
}

/** Recent workspaces as `{ path, openedAt }` objects (newest first by `openedAt` when it is there) to their paths. */
function recentPaths(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const entries = value.map((entry: unknown, index) => {
    if (typeof entry === 'string') return { path: entry, openedAt: NaN, index };
    if (typeof entry === 'object' && entry !== null) {
      const { path, openedAt } = entry as { path?: unknown; openedAt?: unknown };
      const time = typeof openedAt === 'string' || typeof openedAt === 'number' ? new Date(openedAt).getTime() : NaN;
      return { path, openedAt: time, index };
    }
    return { path: entry, openedAt: NaN, index };
  });
  const dated = entries.every((e) => !Number.isNaN(e.openedAt));
  if (dated) entries.sort((a, b) => b.openedAt - a.openedAt || a.index - b.index);
  return entries.map((e) => e.path);
}

const MIGRATIONS: Record<number, Migration> = {
  0: (stored) => ({
    ...stored,
    uiLanguage: uiLanguageFromLocale(stored.uiLanguage),
    recentWorkspaces: recentPaths(stored.recentWorkspaces),
    version: 1,
  }),
};

/** The stored object brought to PREFERENCES_VERSION (or left as it is when it is newer). */
export function migrateStored(stored: StoredObject): StoredObject {
  let current = stored;
  let version = typeof current.version === 'number' && Number.isInteger(current.version) && current.version >= 0 ? current.version : 0;
  while (version < PREFERENCES_VERSION) {
    const migration = MIGRATIONS[version];
    if (!migration) break;
    current = migration(current);
    version += 1;
  }
  return current;
}
