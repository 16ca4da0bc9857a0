import { format, isSameDay, isSameYear, subDays } from 'date-fns';
import type { RevisionKind, RevisionSummary } from '../../../../shared/contract';
import { ru as russianDates } from 'date-fns/locale/ru';
import { i18n, liveTexts, uiLanguage } from '../../../i18n';

export const KIND_LABELS: Readonly<Record<RevisionKind, string>> = liveTexts({
  save: 'history.kindSave',
  auto: 'history.kindAuto',
  restore: 'history.kindRestore',
  'before-restore': 'history.kindBeforeRestore',
});

/** "Today 10:42", "Yesterday 18:05", "12 Nov 10:42" (with the year when it is not this year's). */
export function revisionTime(iso: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (isSameDay(date, now)) return `${i18n.t('history.today')} ${format(date, 'HH:mm')}`;
  if (isSameDay(date, subDays(now, 1))) return `${i18n.t('history.yesterday')} ${format(date, 'HH:mm')}`;
  return format(date, isSameYear(date, now) ? 'd MMM HH:mm' : 'd MMM yyyy HH:mm', uiLanguage() === 'ru' ? { locale: russianDates } : {});
}

/** A time from `revisionTime` inside a sentence: "from today 10:42". */
export function timeInSentence(time: string): string {
  for (const word of [i18n.t('history.today'), i18n.t('history.yesterday')]) {
    if (time.startsWith(`${word} `)) return `${word.toLowerCase()}${time.slice(word.length)}`;
  }
  return time;
}

/** "+120 words", "−35 words", "no change in words". */
export function wordDeltaLabel(delta: number): string {
  if (delta === 0) return i18n.t('history.noWordChange');
  return i18n.t('history.wordDelta', { sign: delta > 0 ? '+' : '−', count: Math.abs(delta) });
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
