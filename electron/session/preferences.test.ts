import { describe, expect, it } from 'vitest';
import { PreferencesSchema, RECENT_WORKSPACES } from '../../shared/contract/preferences';
import { migrateStored, PREFERENCES_VERSION } from './migrations';
import { DEFAULT_PREFERENCES, memoryBackend, openPreferences, readPreferences, withRecent } from './preferences';

const WINDOW = { x: 10, y: 20, width: 1200, height: 800, maximized: false };

describe('reading preferences', () => {
  it('starts from the defaults when nothing is stored, and writes them with the version', () => {
    const backend = memoryBackend({});
    const prefs = openPreferences(backend);
    expect(prefs.get()).toEqual(DEFAULT_PREFERENCES);
    expect(backend.value).toEqual({ ...DEFAULT_PREFERENCES, version: PREFERENCES_VERSION });
  });

  it('keeps a valid stored object as it is', () => {
    const stored = {
      version: 1,
      uiLanguage: 'ru',
      spellcheckLanguages: ['ru', 'en'],
      recentWorkspaces: ['/a', '/b'],
      window: WINDOW,
      exportBaseUrl: 'https://news.example.org/',
    };
    const backend = memoryBackend(structuredClone(stored));
    const { version: _version, ...prefs } = stored;
    expect(openPreferences(backend).get()).toEqual(PreferencesSchema.parse(prefs));
    expect(backend.writes).toBe(0);
  });

  it('falls back to the default for each damaged field and keeps the good ones', () => {
    const { preferences } = readPreferences({
      version: 1,
      uiLanguage: 'klingon',
      spellcheckLanguages: ['ru', 42, 'ru', 'EN!!', 'en'],
      recentWorkspaces: ['/good', '', null, '/good', '/also-good'],
      window: { x: 'left', y: 0, width: 10, height: 10, maximized: true },
      exportBaseUrl: 'https://news.example.org/',
    });
    expect(preferences).toEqual({
      uiLanguage: null,
      spellcheckLanguages: ['ru', 'en'],
      recentWorkspaces: ['/good', '/also-good'],
      window: null,
      exportBaseUrl: 'https://news.example.org/',
    });
  });

  it('reads anything that is not an object as the defaults, without throwing', () => {
    for (const raw of [null, 42, 'text', [1, 2], undefined]) {
      expect(readPreferences(raw).preferences).toEqual(DEFAULT_PREFERENCES);
    }
  });

  it('keeps fields it does not know when it writes', () => {
    const backend = memoryBackend({ version: 1, somethingElse: { kept: true } });
    openPreferences(backend).update({ uiLanguage: 'en' });
    expect(backend.value).toMatchObject({ somethingElse: { kept: true }, uiLanguage: 'en', version: 1 });
  });

  it('reads a file from a newer Tandem without migrating it or lowering its version', () => {
    const backend = memoryBackend({ version: PREFERENCES_VERSION + 1, uiLanguage: 'ru', recentWorkspaces: [{ path: '/x' }] });
    const prefs = openPreferences(backend);
    expect(prefs.get().uiLanguage).toBe('ru');
    expect(prefs.get().recentWorkspaces).toEqual([]);
    expect(backend.value).toMatchObject({ version: PREFERENCES_VERSION + 1 });
  });

  it('starts from the defaults when the backend cannot be read', () => {
    const logged: string[] = [];
    const prefs = openPreferences(
      { location: '/nowhere/preferences.json', read: () => { throw new Error('EACCES'); }, write: () => undefined },
      (m) => logged.push(m),
    );
    expect(prefs.get()).toEqual(DEFAULT_PREFERENCES);
    expect(logged.join('\n')).toContain('/nowhere/preferences.json');
  });
});

describe('migrating from version 0', () => {
  const version0 = {
    uiLanguage: 'ru-RU',
    spellcheckLanguages: ['ru'],
    recentWorkspaces: [
      { path: '/older', openedAt: '2024-01-01T10:00:00Z' },
      { path: '/newest', openedAt: '2024-03-01T10:00:00Z' },
      { path: '/middle', openedAt: '2024-02-01T10:00:00Z' },
    ],
    exportBaseUrl: null,
  };

  it('turns a locale into an interface language and workspace objects into paths, newest first', () => {
    expect(migrateStored(version0)).toEqual({ ...version0, uiLanguage: 'ru', recentWorkspaces: ['/newest', '/middle', '/older'], version: 1 });
  });

  it('reads a version 0 file as current preferences and writes it back at the current version', () => {
    const backend = memoryBackend(structuredClone(version0));
    const prefs = openPreferences(backend);
    expect(prefs.get()).toEqual({ ...DEFAULT_PREFERENCES, uiLanguage: 'ru', spellcheckLanguages: ['ru'], recentWorkspaces: ['/newest', '/middle', '/older'] });
    expect(backend.value).toMatchObject({ version: PREFERENCES_VERSION, uiLanguage: 'ru', recentWorkspaces: ['/newest', '/middle', '/older'] });
  });

  it('makes a locale it has no interface for, or "system", the system language (null)', () => {
    expect(migrateStored({ uiLanguage: 'de-DE' }).uiLanguage).toBeNull();
    expect(migrateStored({ uiLanguage: 'system' }).uiLanguage).toBeNull();
    expect(migrateStored({ uiLanguage: 'en_GB' }).uiLanguage).toBe('en');
  });

  it('keeps the order of undated workspace objects and leaves damaged entries to the repair', () => {
    const { preferences } = readPreferences({ recentWorkspaces: [{ path: '/a' }, 7, { nope: true }, '/b'] });
    expect(preferences.recentWorkspaces).toEqual(['/a', '/b']);
  });
});

describe('the recent workspaces', () => {
  it('puts a folder first, once, and keeps at most RECENT_WORKSPACES', () => {
    expect(withRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(withRecent([], '/a')).toEqual(['/a']);
    const many = Array.from({ length: RECENT_WORKSPACES }, (_, i) => `/w${i}`);
    const after = withRecent(many, '/new');
    expect(after).toHaveLength(RECENT_WORKSPACES);
    expect(after[0]).toBe('/new');
    expect(after).not.toContain(`/w${RECENT_WORKSPACES - 1}`);
  });

  it('remembers a workspace by its absolute path and stores it', () => {
    const backend = memoryBackend({});
    const prefs = openPreferences(backend);
    prefs.rememberWorkspace('/x/a');
    prefs.rememberWorkspace('/x/b');
    prefs.rememberWorkspace('/x/b/../a');
    expect(prefs.get().recentWorkspaces).toEqual(['/x/a', '/x/b']);
    expect(openPreferences(memoryBackend(backend.value)).get().recentWorkspaces).toEqual(['/x/a', '/x/b']);
  });
});

describe('changing preferences', () => {
  it('changes only the fields given, and may set one back to null', () => {
    const prefs = openPreferences(memoryBackend({ version: 1, uiLanguage: 'ru', exportBaseUrl: 'https://a.example/' }));
    expect(prefs.update({ spellcheckLanguages: ['en'] })).toMatchObject({ uiLanguage: 'ru', spellcheckLanguages: ['en'], exportBaseUrl: 'https://a.example/' });
    expect(prefs.update({ uiLanguage: null }).uiLanguage).toBeNull();
  });

  it('keeps the window state the shell gives it', () => {
    const backend = memoryBackend({});
    openPreferences(backend).setWindow(WINDOW);
    expect(openPreferences(memoryBackend(backend.value)).get().window).toEqual(WINDOW);
  });

  it('refuses a change it cannot write, says where, and changes nothing', () => {
    const backend = memoryBackend({});
    const prefs = openPreferences(backend);
    backend.write = () => {
      throw new Error('EROFS: read-only file system');
    };
    expect(() => prefs.update({ uiLanguage: 'ru' })).toThrow(/could not save your preferences in memory.*Nothing was changed/);
    expect(() => prefs.update({ uiLanguage: 'ru' })).toThrow(
      expect.objectContaining({
        phrase: { key: 'core.session.cannotSavePreferences', params: { location: 'memory', detail: 'EROFS: read-only file system' } },
      }),
    );
    expect(prefs.get().uiLanguage).toBeNull();
  });
});
