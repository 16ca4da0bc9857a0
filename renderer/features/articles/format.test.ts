import { describe, expect, it } from 'vitest';
import { photoTextLabel, translationStateLabel } from './format';

describe('photoTextLabel', () => {
  it('says nothing when every photo has its texts, and counts otherwise', () => {
    expect(photoTextLabel(0)).toBe('');
    expect(photoTextLabel(1)).toBe('1 photo lacks caption or alt text');
    expect(photoTextLabel(3)).toBe('3 photos lack caption or alt text');
  });
});

describe('translationStateLabel', () => {
  it('names the changed and new blocks of a stale translation', () => {
    expect(translationStateLabel({ state: 'stale', staleBlocks: 2, missingBlocks: 1 })).toBe('Stale: 2 blocks changed, 1 block new');
    expect(translationStateLabel({ state: 'current', staleBlocks: 0, missingBlocks: 0 })).toBe('Up to date');
  });
});
