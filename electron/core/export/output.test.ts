import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, type Manifest } from '../../../shared/domain/bundle';
import { bundleJson } from './data';
import { sortedEntries } from './bundle';
import { manifestBytes } from './output';

describe('manifestBytes', () => {
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
      expect(manifestBytes(m).toString('utf8')).toBe(bundleJson(m));
      // Entries kept from an earlier call give the same bytes.
      expect(manifestBytes(m).equals(Buffer.from(bundleJson(m), 'utf8'))).toBe(true);
    }
  });
});

describe('sortedEntries', () => {
  it('sorts by path as `<` does, from the previous order and the new paths, dropping what is gone', () => {
    const e = (p: string) => ({ path: p, size: p.length, sha256: 'a'.repeat(64) });
    const previous = ['a/index.html', 'b/index.html', 'ru/ё/index.html', 'z.json'].map(e);
    const now = new Map(['z.json', 'a/index.html', 'B/index.html', 'ru/ё/index.html', 'c.css', 'ru/а/index.html'].map((p) => [p, e(p)]));
    const sorted = sortedEntries(now, previous).map((x) => x.path);
    expect(sorted).toEqual([...now.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(sortedEntries(now, []).map((x) => x.path)).toEqual(sorted);
  });
});
