import { describe, expect, it } from 'vitest';
import { movedIndex, revisionName, revisionTime, timeInSentence, wordDeltaLabel } from './labels';

// Local times, so the tests hold in any time zone.
const now = new Date(2025, 10, 14, 12, 0);
const at = (month: number, day: number, hour: number, minute: number, year = 2025) => new Date(year, month, day, hour, minute).toISOString();

describe('revisionTime', () => {
  it('says Today, Yesterday, or the date', () => {
    expect(revisionTime(at(10, 14, 10, 42), now)).toBe('Today 10:42');
    expect(revisionTime(at(10, 14, 0, 5), now)).toBe('Today 00:05');
    expect(revisionTime(at(10, 13, 18, 5), now)).toBe('Yesterday 18:05');
    expect(revisionTime(at(10, 12, 10, 42), now)).toBe('12 Nov 10:42');
    expect(revisionTime(at(0, 2, 9, 0), now)).toBe('2 Jan 09:00');
  });

  it('adds the year for another year', () => {
    expect(revisionTime(at(10, 12, 10, 42, 2024), now)).toBe('12 Nov 2024 10:42');
  });

  it('reads Yesterday across a month boundary', () => {
    expect(revisionTime(at(9, 31, 23, 59), new Date(2025, 10, 1, 0, 1))).toBe('Yesterday 23:59');
  });

  it('lower-cases Today and Yesterday inside a sentence', () => {
    expect(timeInSentence('Today 10:42')).toBe('today 10:42');
    expect(timeInSentence('Yesterday 18:05')).toBe('yesterday 18:05');
    expect(timeInSentence('12 Nov 10:42')).toBe('12 Nov 10:42');
  });
});

describe('wordDeltaLabel', () => {
  it('signs the change in words', () => {
    expect(wordDeltaLabel(120)).toBe('+120 words');
    expect(wordDeltaLabel(-35)).toBe('−35 words');
    expect(wordDeltaLabel(0)).toBe('no change in words');
    expect(wordDeltaLabel(1)).toBe('+1 word');
    expect(wordDeltaLabel(-1200)).toBe('−1,200 words');
  });
});

describe('revisionName', () => {
  it('joins time, kind and word change', () => {
    expect(revisionName({ createdAt: at(10, 14, 10, 42), kind: 'save', wordDelta: 120 }, now)).toBe('Today 10:42 · Saved · +120 words');
    expect(revisionName({ createdAt: at(10, 13, 18, 5), kind: 'before-restore', wordDelta: 0 }, now)).toBe(
      'Yesterday 18:05 · Before restore · no change in words',
    );
    expect(revisionName({ createdAt: at(10, 14, 9, 1), kind: 'auto', wordDelta: -3 }, now)).toBe('Today 09:01 · Autosaved · −3 words');
    expect(revisionName({ createdAt: at(10, 14, 9, 2), kind: 'restore', wordDelta: 3 }, now)).toBe('Today 09:02 · Restored · +3 words');
  });
});

describe('movedIndex', () => {
  it('moves with the arrows and stops at the ends', () => {
    expect(movedIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(movedIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(movedIndex(1, 'ArrowUp', 3)).toBe(0);
    expect(movedIndex(0, 'ArrowUp', 3)).toBe(0);
    expect(movedIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(movedIndex(1, 'Home', 3)).toBe(0);
    expect(movedIndex(0, 'End', 3)).toBe(2);
  });

  it('ignores other keys and an empty list', () => {
    expect(movedIndex(0, 'Enter', 3)).toBeNull();
    expect(movedIndex(0, 'ArrowDown', 0)).toBeNull();
  });
});
