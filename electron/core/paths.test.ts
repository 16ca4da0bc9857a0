import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from './paths';

describe('the default data folder', () => {
  it('follows each platform’s convention', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/ed' })).toBe('/home/ed/.config/Tandem');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/ed' })).toBe('/cfg/Tandem');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: 'relative' }, home: '/home/ed' })).toBe('/home/ed/.config/Tandem');
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/ed' })).toBe('/Users/ed/Library/Application Support/Tandem');
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ed\\AppData\\Roaming' }, home: 'C:\\Users\\ed' })).toBe(
      'C:\\Users\\ed\\AppData\\Roaming\\Tandem',
    );
    expect(defaultDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\ed' })).toBe('C:\\Users\\ed\\AppData\\Roaming\\Tandem');
  });

  it('prefers --data, then TANDEM_DATA, and answers with an absolute path', () => {
    const info = { platform: 'linux' as const, env: { TANDEM_DATA: 'from-env' }, home: '/home/ed' };
    expect(resolveDataDir('/explicit', info)).toBe(path.resolve('/explicit'));
    expect(resolveDataDir(undefined, info)).toBe(path.resolve('from-env'));
    expect(resolveDataDir('  ', info)).toBe(path.resolve('from-env'));
    expect(resolveDataDir(undefined, { ...info, env: { TANDEM_DATA: '' } })).toBe('/home/ed/.config/Tandem');
  });
});
