import { format } from 'date-fns';
import { ru as russianDates } from 'date-fns/locale/ru';
import { isEmptyWindow, scheduleState, type ShowWindow } from '../../../shared/domain/lists';
import { i18n, uiLanguage } from '../../i18n';

/**
 * An item's `Shown from` / `Shown until`: the contract carries UTC ISO times, the inputs
 * (datetime-local) the desk's own clock time.
 */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO time as a datetime-local input's value in this machine's time zone ('' for none). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local clock time) as a UTC ISO time; null when empty or not a time. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s || 0);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy, HH:mm', uiLanguage() === 'ru' ? { locale: russianDates } : {});
}

export interface ScheduleNote {
  state: 'scheduled' | 'expired' | 'never';
  /** `Scheduled: shown from 5 May 2025, 10:00`. */
  label: string;
}

/** Why the item is outside its window at `now`, or null while it is shown. */
export function scheduleNote(item: ShowWindow, now: number): ScheduleNote | null {
  if (isEmptyWindow(item)) return { state: 'never', label: i18n.t('listCards.never') };
  const state = scheduleState(item, now);
  if (state === 'scheduled' && item.showFrom) return { state, label: i18n.t('listCards.scheduled', { when: when(item.showFrom) }) };
  if (state === 'expired' && item.showUntil) return { state, label: i18n.t('listCards.expired', { when: when(item.showUntil) }) };
  return null;
}
