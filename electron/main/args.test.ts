import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgv } from './args';

describe('the desktop app’s workspace folder', () => {
  it('takes --data among Electron’s own arguments', () => {
    expect(dataDirFromArgv(['.', '--no-sandbox', '--data', '/tmp/ws'], {})).toBe(path.resolve('/tmp/ws'));
    expect(dataDirFromArgv(['--data=/tmp/ws2'], {})).toBe(path.resolve('/tmp/ws2'));
  });
  it('falls back to TANDEM_DATA, then the platform folder', () => {
    expect(dataDirFromArgv(['.'], { TANDEM_DATA: '/tmp/env-ws' })).toBe(path.resolve('/tmp/env-ws'));
    expect(dataDirFromArgv(['.'], { HOME: '/home/editor' })).toMatch(/Tandem$/);
  });
});
