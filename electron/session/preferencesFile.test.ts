import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREFERENCES_VERSION } from './migrations';
import { DEFAULT_PREFERENCES, openPreferences } from './preferences';
import { chosenPreferencesDir, confBackend } from './preferencesFile';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-prefs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = () => path.join(dir, 'preferences.json');
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>;

describe('the preferences file (conf)', () => {
  it('keeps preferences in preferences.json in the folder given, across openings', () => {
    const first = openPreferences(confBackend(dir));
    expect(first.location).toBe(file());
    first.update({ uiLanguage: 'ru' });
    first.rememberWorkspace('/news/desk');
    expect(onDisk()).toMatchObject({ version: PREFERENCES_VERSION, uiLanguage: 'ru', recentWorkspaces: ['/news/desk'] });
    expect(openPreferences(confBackend(dir)).get()).toMatchObject({ uiLanguage: 'ru', recentWorkspaces: ['/news/desk'] });
  });

  it('reads a file that is not JSON as the defaults, without throwing, and keeps its text beside it', () => {
    writeFileSync(file(), '{"uiLanguage": "ru", oops');
    const prefs = openPreferences(confBackend(dir), () => undefined);
    expect(prefs.get()).toEqual(DEFAULT_PREFERENCES);
    expect(readFileSync(`${file()}.damaged`, 'utf8')).toBe('{"uiLanguage": "ru", oops');
    expect(onDisk()).toMatchObject({ version: PREFERENCES_VERSION });
  });

  it('repairs a damaged field in the file and keeps the good ones', () => {
    writeFileSync(file(), JSON.stringify({ version: 1, uiLanguage: 42, recentWorkspaces: ['/kept'], exportBaseUrl: 'https://a.example/' }));
    const prefs = openPreferences(confBackend(dir));
    expect(prefs.get()).toEqual({ ...DEFAULT_PREFERENCES, recentWorkspaces: ['/kept'], exportBaseUrl: 'https://a.example/' });
    expect(existsSync(`${file()}.damaged`)).toBe(false);
    expect(onDisk()).toMatchObject({ uiLanguage: null, recentWorkspaces: ['/kept'] });
  });

  it('migrates a version 0 file on disk', () => {
    writeFileSync(file(), JSON.stringify({ uiLanguage: 'en-US', recentWorkspaces: [{ path: '/old', openedAt: 1 }, { path: '/new', openedAt: 2 }] }));
    expect(openPreferences(confBackend(dir)).get()).toMatchObject({ uiLanguage: 'en', recentWorkspaces: ['/new', '/old'] });
    expect(onDisk()).toMatchObject({ version: 1, uiLanguage: 'en', recentWorkspaces: ['/new', '/old'] });
  });
});

describe('where browser mode keeps preferences', () => {
  it('is the option, else TANDEM_PREFERENCES_DIR, else conf’s own folder (undefined)', () => {
    expect(chosenPreferencesDir('/opt/prefs', { TANDEM_PREFERENCES_DIR: '/env/prefs' })).toBe('/opt/prefs');
    expect(chosenPreferencesDir(undefined, { TANDEM_PREFERENCES_DIR: '/env/prefs' })).toBe('/env/prefs');
    expect(chosenPreferencesDir(undefined, { TANDEM_PREFERENCES_DIR: '  ' })).toBeUndefined();
    expect(chosenPreferencesDir(undefined, {})).toBeUndefined();
  });
});
