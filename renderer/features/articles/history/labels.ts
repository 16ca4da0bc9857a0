import { format, isSameDay, isSameYear, subDays } from 'date-fns';
import type { RevisionKind, RevisionSummary } from '../../../../shared/contract';

export const KIND_LABELS: Readonly<Record<RevisionKind, string>> = {
  save: 'Saved',
  auto: 'Autosaved',
  restore: 'Restored',
  'before-restore': 'Before restore',
};

/** "Today 10:42", "Yesterday 18:05", "12 Nov 10:42" (with the year when it is not this year's). */
export function revisionTime(iso: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (isSameDay(date, now)) return `Today ${format(date, 'HH:mm')}`;
  if (isSameDay(date, subDays(now, 1))) return `Yesterday ${format(date, 'HH:mm')}`;
  return format(date, isSameYear(date, now) ? 'd MMM HH:mm' : 'd MMM yyyy HH:mm');
}

/** A time from `revisionTime` inside a sentence: "from today 10:42". */
export function timeInSentence(time: string): string {
  return time.replace(/^(Today|Yesterday)\b/, (word) => word.toLowerCase());
}

/** "+120 words", "−35 words", "no change in words". */
export function wordDeltaLabel(delta: number): string {
  if (delta === 0) return 'no change in words';
  const n = Math.abs(delta);
  return `${delta > 0 ? '+' : '−'}${n.toLocaleString('en')} ${n === 1 ? 'word' : 'words'}`;
}

/** A revision's name in the list: "Today 10:42 · Saved · +120 words". */
export function revisionName(revision: Pick<RevisionSummary, 'createdAt' | 'kind' | 'wordDelta'>, now: Date): string {
  return [revisionTime(revision.createdAt, now), KIND_LABELS[revision.kind], wordDeltaLabel(revision.wordDelta)].join(' · ');
}

/** The list position a key moves to from `index` among `length` entries, or null for other keys. */
export function movedIndex(index: number, key: string, length: number): number | null {
  if (length === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return index < 0 ? 0 : Math.min(index + 1, length - 1);
    case 'ArrowUp':
      return index < 0 ? 0 : Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return null;
  }
}
