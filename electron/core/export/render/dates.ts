import type { Lang } from '../../../../shared/domain/languages';

const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A time as a reader sees it under an article: `19 ноября 2023, 14:05 UTC`,
 * `19 November 2023, 14:05 UTC` (English months for every language but Russian). Times
 * are stored in UTC and the site has no time zone of its own, so the zone is named. The
 * same time always gives the same text (no locale data of the machine is used); a value
 * that is not a time is shown as it is.
 */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const months = lang === 'ru' ? MONTHS_RU : MONTHS_EN;
  const day = `${date.getUTCDate()} ${months[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
  return `${day}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}
