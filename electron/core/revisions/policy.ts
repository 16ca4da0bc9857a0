/**
 * How often automatic revisions are made while a person types, and how many are kept.
 *
 * Five minutes: a lost paragraph is never more than five minutes of work away, and an hour
 * of typing leaves twelve snapshots, not the ~3,600 saves autosave makes (one a second or
 * so). Making one costs ~1 ms (compressing ~40 KB of JSON), so it stays out of nearly
 * every save.
 */
export const AUTO_REVISION_INTERVAL_MS = 5 * 60_000;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Every automatic revision younger than this is kept. */
export const KEEP_ALL_MS = DAY_MS;
/** Up to this age, one automatic revision per hour is kept; beyond it, one per day. */
export const KEEP_HOURLY_MS = 30 * DAY_MS;

/** The hour or day an automatic revision of this age shares with the others kept in its place. */
function bucketOf(createdMs: number, nowMs: number): string {
  return nowMs - createdMs <= KEEP_HOURLY_MS ? `h${Math.floor(createdMs / HOUR_MS)}` : `d${Math.floor(createdMs / DAY_MS)}`;
}

/**
 * The automatic revisions to let go, from those older than KEEP_ALL_MS (oldest first): in
 * each hour (up to KEEP_HOURLY_MS) or day (beyond), all but the newest. Saved and restore
 * revisions are never given to this.
 */
export function autoRevisionsToThin<T extends { createdAt: string }>(oldestFirst: readonly T[], nowMs: number): T[] {
  const drop: T[] = [];
  for (let i = 0; i < oldestFirst.length - 1; i++) {
    const r = oldestFirst[i] as T;
    const next = oldestFirst[i + 1] as T;
    if (bucketOf(Date.parse(r.createdAt), nowMs) === bucketOf(Date.parse(next.createdAt), nowMs)) drop.push(r);
  }
  return drop;
}
