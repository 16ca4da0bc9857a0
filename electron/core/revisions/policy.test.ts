import { describe, expect, it } from 'vitest';
import { AUTO_REVISION_INTERVAL_MS, KEEP_ALL_MS, KEEP_HOURLY_MS, autoRevisionsToThin } from './policy';

const NOW = Date.UTC(2025, 5, 30, 12, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const at = (ms: number) => ({ createdAt: new Date(ms).toISOString() });

describe('autoRevisionsToThin', () => {
  it('keeps one per hour, the newest, up to 30 days', () => {
    const base = NOW - 2 * DAY - (NOW % HOUR); // the start of an hour, two days ago
    const rows = [0, 5, 10, 55, 60, 65, 130].map((m) => at(base + m * MIN));
    const drop = autoRevisionsToThin(rows, NOW);
    expect(drop).toEqual([rows[0], rows[1], rows[2], rows[4]]);
  });

  it('keeps one per day, the newest, beyond 30 days', () => {
    const dayStart = NOW - 40 * DAY - (NOW % DAY);
    const rows = [1, 5, 23].map((h) => at(dayStart + h * HOUR)).concat([at(dayStart + DAY + HOUR)]);
    expect(autoRevisionsToThin(rows, NOW)).toEqual([rows[0], rows[1]]);
  });

  it('keeps a lone revision in each hour or day, and nothing from an empty list', () => {
    const rows = [at(NOW - 45 * DAY), at(NOW - 44 * DAY), at(NOW - 3 * DAY), at(NOW - 3 * DAY + HOUR)];
    expect(autoRevisionsToThin(rows, NOW)).toEqual([]);
    expect(autoRevisionsToThin([], NOW)).toEqual([]);
  });

  it('has the intervals the product promises', () => {
    expect(AUTO_REVISION_INTERVAL_MS).toBe(5 * MIN);
    expect(KEEP_ALL_MS).toBe(DAY);
    expect(KEEP_HOURLY_MS).toBe(30 * DAY);
  });
});
