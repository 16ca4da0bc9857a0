import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgv, givenDataDir } from './args';

describe('the desktop app’s workspace folder', () => {
  it('takes --data among Electron’s own arguments', () => {
    expect(dataDirFromArgv(['.', '--no-sandbox', '--data', '/tmp/ws'], {})).toBe(path.resolve('/tmp/ws'));
    expect(dataDirFromArgv(['--data=/tmp/ws2'], {})).toBe(path.resolve('/tmp/ws2'));
  });
  it('falls back to TANDEM_DATA, then the platform folder', () => {
    expect(dataDirFromArgv(['.'], { TANDEM_DATA: '/tmp/env-ws' })).toBe(path.resolve('/tmp/env-ws'));
    expect(dataDirFromArgv(['.'], { HOME: '/home/editor' })).toMatch(/Tandem$/);
  });
  it('tells a second launch’s own --data, against the folder it was started in, or none', () => {
    expect(givenDataDir(['/opt/Tandem/tandem', '--data', 'desk'], '/home/editor')).toBe(path.resolve('/home/editor/desk'));
    expect(givenDataDir(['/opt/Tandem/tandem', '--data=/srv/ws'], '/home/editor')).toBe(path.resolve('/srv/ws'));
    expect(givenDataDir(['/opt/Tandem/tandem', '--no-sandbox'], '/home/editor')).toBeNull();
    expect(givenDataDir(['--data', '  '], '/home/editor')).toBeNull();
  });
});
