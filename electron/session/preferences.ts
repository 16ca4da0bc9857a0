import path from 'node:path';
import {
  PreferencesPatchSchema,
  PreferencesSchema,
  RECENT_WORKSPACES,
  type Preferences,
  type PreferencesPatch,
  type WindowState,
} from '../../shared/contract/preferences';
import { TandemError } from '../core/errors';
import { say } from '../core/said';
import { migrateStored, PREFERENCES_VERSION, type StoredObject } from './migrations';

/**
 * The person's preferences: one object, checked against the contract's schema whenever it
 * is read, migrated from older versions of the file, repaired field by field when a field
 * is damaged (that field falls back to its default; the others are kept). Where the object
 * lives is a backend's business: electron-store in the desktop shell, conf in browser mode.
 */

/** Where the preferences are kept: the whole object in, the whole object out. */
export interface PreferencesBackend {
  /** What is stored, as found: anything at all (nothing stored yet reads as an empty object). */
  read(): unknown;
  /** Replaces what is stored. Throws when it cannot be written. */
  write(value: StoredObject): void;
  /** The file, to tell the person where their preferences are. */
  readonly location: string;
}

export const DEFAULT_PREFERENCES: Preferences = {
  uiLanguage: null,
  spellcheckLanguages: [],
  recentWorkspaces: [],
  window: null,
  exportBaseUrl: null,
};

/** `dir` first, then the others without it, at most RECENT_WORKSPACES. */
export function withRecent(recent: readonly string[], dir: string): string[] {
  return [dir, ...recent.filter((p) => p !== dir)].slice(0, RECENT_WORKSPACES);
}

function isObject(value: unknown): value is StoredObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the entries of a list that pass `check`, each once, at most `max`. */
function goodEntries<T>(value: unknown, check: (entry: unknown) => entry is T, max: number): T[] | null {
  if (!Array.isArray(value)) return null;
  const kept: T[] = [];
  for (const entry of value) {
    if (check(entry) && !kept.includes(entry)) kept.push(entry);
  }
  return kept.slice(0, max);
}

const shape = PreferencesSchema.shape;
const isLang = (entry: unknown): entry is string => shape.spellcheckLanguages.element.safeParse(entry).success;
const isFolder = (entry: unknown): entry is string => shape.recentWorkspaces.element.safeParse(entry).success;

/**
 * The preferences a stored object holds at this version: each field that passes the schema
 * is kept, a list keeps its good entries, and anything else takes its default.
 */
export function repair(stored: StoredObject): Preferences {
  const field = <K extends keyof Preferences>(key: K): Preferences[K] => {
    const parsed = shape[key].safeParse(stored[key]);
    return parsed.success ? (parsed.data as Preferences[K]) : DEFAULT_PREFERENCES[key];
  };
  const prefs: Preferences = {
    uiLanguage: field('uiLanguage'),
    spellcheckLanguages: goodEntries(stored.spellcheckLanguages, isLang, 10) ?? DEFAULT_PREFERENCES.spellcheckLanguages,
    recentWorkspaces: goodEntries(stored.recentWorkspaces, isFolder, RECENT_WORKSPACES) ?? DEFAULT_PREFERENCES.recentWorkspaces,
    window: field('window'),
    exportBaseUrl: field('exportBaseUrl'),
  };
  return PreferencesSchema.parse(prefs);
}

/** Reads, migrates and repairs what a backend holds; `changed` when the stored object should be written again. */
export function readPreferences(raw: unknown): { preferences: Preferences; stored: StoredObject; changed: boolean } {
  const original = isObject(raw) ? raw : {};
  const migrated = migrateStored(original);
  const preferences = repair(migrated);
  const stored: StoredObject = { ...migrated, ...preferences, version: Math.max(PREFERENCES_VERSION, versionOf(migrated)) };
  const changed = JSON.stringify(stored) !== JSON.stringify(original);
  return { preferences, stored, changed };
}

function versionOf(stored: StoredObject): number {
  return typeof stored.version === 'number' ? stored.version : 0;
}

export interface PreferencesService {
  get(): Preferences;
  /** Changes what the person may change (`setPreferences`); answers the whole new object. */
  update(patch: PreferencesPatch): Preferences;
  /** Puts a workspace folder at the front of the recent ones. */
  rememberWorkspace(dir: string): Preferences;
  /** The desktop window's size and place, kept by the shell. */
  setWindow(state: WindowState | null): Preferences;
  /** Where the preferences are kept. */
  readonly location: string;
}

/**
 * The preferences over one backend. A stored object that had to be migrated or repaired is
 * written back at once (quietly kept as it was when that fails); a change that cannot be
 * written is refused with a message, and nothing changes.
 */
export function openPreferences(backend: PreferencesBackend, log: (message: string) => void = console.error): PreferencesService {
  let raw: unknown;
  try {
    raw = backend.read();
  } catch (e) {
    log(`Tandem could not read your preferences in ${backend.location} and starts from the defaults: ${messageOf(e)}`);
    raw = {};
  }
  const read = readPreferences(raw);
  let current = read.preferences;
  let stored = read.stored;
  if (read.changed) {
    try {
      backend.write(stored);
    } catch (e) {
      log(`Tandem could not write your preferences to ${backend.location}: ${messageOf(e)}`);
    }
  }

  const save = (next: Preferences): Preferences => {
    const checked = PreferencesSchema.parse(next);
    const nextStored: StoredObject = { ...stored, ...checked };
    try {
      backend.write(nextStored);
    } catch (e) {
      throw new TandemError('unavailable', say('core.session.cannotSavePreferences', { location: backend.location, detail: messageOf(e) }));
    }
    stored = nextStored;
    current = checked;
    return current;
  };

  return {
    location: backend.location,
    get: () => current,
    update(patch) {
      const checked = PreferencesPatchSchema.parse(patch);
      const changes = Object.fromEntries(Object.entries(checked).filter(([, value]) => value !== undefined));
      return save({ ...current, ...changes });
    },
    rememberWorkspace: (dir) => save({ ...current, recentWorkspaces: withRecent(current.recentWorkspaces, path.resolve(dir)) }),
    setWindow: (state) => save({ ...current, window: state }),
  };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A backend in memory, for tests and for a run that must not touch any file. */
export function memoryBackend(initial: unknown = {}): PreferencesBackend & { value: unknown; writes: number } {
  const backend = {
    value: initial,
    writes: 0,
    location: 'memory',
    read: () => backend.value,
    write(value: StoredObject) {
      backend.value = structuredClone(value);
      backend.writes += 1;
    },
  };
  return backend;
}
