import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TANDEM_VERSION } from '../../../shared/domain/bundle';

describe('the generator version bundles carry', () => {
  it('is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(TANDEM_VERSION).toBe(pkg.version);
  });
});
