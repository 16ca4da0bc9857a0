import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, type Manifest } from '../../../shared/domain/bundle';
import { bundleJson } from './data';
import { manifestText } from './output';

describe('manifestText', () => {
  it('writes exactly what bundleJson writes, for no files, one, and many, however their paths are spelled', () => {
    const sha = (c: string) => c.repeat(64);
    const manifests: Manifest[] = [
      { format: BUNDLE_FORMAT, generator: 'Tandem 0.1.0', files: [] },
      { format: BUNDLE_FORMAT, generator: 'Tandem "quoted" \u2028', files: [{ path: 'index.html', size: 0, sha256: sha('a') }] },
      {
        format: BUNDLE_FORMAT,
        generator: 'Tandem 0.1.0',
        files: [
          { path: 'ru/новости/ёлка/index.html', size: 12345, sha256: sha('b') },
          { path: 'en/news/a\\b "c"/index.html', size: 1, sha256: sha('c') },
          { path: 'media/x-320.webp', size: 987654321, sha256: sha('d') },
        ],
      },
    ];
    for (const m of manifests) {
      expect(manifestText(m)).toBe(bundleJson(m));
      // Entries kept from an earlier call give the same text.
      expect(manifestText(m)).toBe(bundleJson(m));
    }
  });
});
