import type { ExportPhase, PreflightProblem, PreflightReport } from '../../../shared/contract';
import { i18n } from '../../i18n';
import { langName } from '../articles/format';

/** The words the Export view uses for phases, sizes, durations and counts. */

const PHASE_KEYS = {
  preflight: 'export.phasePreflight',
  reading: 'export.phaseReading',
  rendering: 'export.phaseRendering',
  media: 'export.phaseMedia',
  writing: 'export.phaseWriting',
  zipping: 'export.phaseZipping',
  done: 'export.phaseDone',
} as const satisfies Record<ExportPhase, string>;

export function phaseLabel(phase: ExportPhase): string {
  return i18n.t(PHASE_KEYS[phase]);
}

export const articleCount = (n: number): string => i18n.t('articles.count', { count: n });
export const fileCount = (n: number): string => i18n.t('export.fileCount', { count: n });
export const pageCount = (n: number): string => i18n.t('export.pageCount', { count: n });

/** `Rendering pages: 12 of 40`, or the phase alone while its size is not known yet. */
export function progressText(phase: ExportPhase, done: number, total: number): string {
  const label = phaseLabel(phase);
  return total > 0 ? i18n.t('export.phaseProgress', { phase: label, done, total }) : label;
}

const SIZE_KEYS = ['units.kilobytes', 'units.megabytes', 'units.gigabytes', 'units.terabytes'] as const;

/** `812 bytes`, `14.2 KB`, `3.4 MB`, `1.1 GB` (1 KB = 1,024 bytes). */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return i18n.t('units.bytes', { count: bytes });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_KEYS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  return i18n.t(SIZE_KEYS[unit] ?? 'units.terabytes', { size: value, formatParams: { size: fractionDigits(digits) } });
}

/** Number format options that print exactly `digits` decimals. */
function fractionDigits(digits: number): Intl.NumberFormatOptions {
  return { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/** `350 ms`, `4.2 s`, `2 min 5 s`. */
export function durationLabel(ms: number): string {
  if (ms < 1000) return i18n.t('units.milliseconds', { ms: Math.round(ms) });
  if (ms < 60_000) return i18n.t('units.seconds', { seconds: ms / 1000, formatParams: { seconds: fractionDigits(1) } });
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? i18n.t('units.minutes', { minutes }) : i18n.t('units.minutesSeconds', { minutes, seconds: rest });
}

/** `5 files written, 1 removed, 60 unchanged`. */
export function changeSummary(written: number, removed: number, unchanged: number): string {
  return i18n.t('export.changeSummary', { count: written, removed, unchanged });
}

/** `Russian: 4 pages, English: 3 pages`, in the workspace's language order. */
export function pagesByLangLabel(pagesByLang: PreflightReport['pagesByLang'], languages: readonly string[]): string {
  const known = languages.filter((lang) => lang in pagesByLang);
  const others = Object.keys(pagesByLang).filter((lang) => !languages.includes(lang)).sort();
  return [...known, ...others].map((lang) => i18n.t('export.pagesIn', { language: langName(lang), pages: pageCount(pagesByLang[lang] ?? 0) })).join(', ');
}

/** `2 blocking problems and 3 warnings`, `1 warning`, or '' when there are none. */
export function problemCountLabel(blocking: number, warnings: number): string {
  const counts = {
    blocking: blocking > 0 ? i18n.t('export.blockingCount', { count: blocking }) : '',
    warnings: warnings > 0 ? i18n.t('export.warningCount', { count: warnings }) : '',
  };
  if (counts.blocking && counts.warnings) return i18n.t('export.problemsAnd', counts);
  return counts.blocking || counts.warnings;
}

/** What the Export view says when preflight stopped a job: how many blocking problems it found. */
export function stoppedByPreflight(blocking: number): string {
  return blocking > 0 ? i18n.t('export.stopped', { count: blocking }) : i18n.t('export.stoppedUnknown');
}

/** Where a problem is fixed: the article's editor (in the language it concerns), a list, or both. */
export interface FixLink {
  kind: 'article' | 'list';
  id: string;
  label: string;
}

export function fixLinks(problem: Pick<PreflightProblem, 'articleId' | 'lang' | 'listId'>): FixLink[] {
  const links: FixLink[] = [];
  if (problem.articleId) {
    links.push({
      kind: 'article',
      id: problem.articleId,
      label: problem.lang ? i18n.t('lists.openTranslation', { language: langName(problem.lang) }) : i18n.t('export.openArticle'),
    });
  }
  if (problem.listId) links.push({ kind: 'list', id: problem.listId, label: i18n.t('export.openList') });
  return links;
}

/** Blocking problems first, keeping the order preflight gave within each severity. */
export function blockingFirst<T extends Pick<PreflightProblem, 'severity'>>(problems: readonly T[]): T[] {
  return [...problems.filter((p) => p.severity === 'blocking'), ...problems.filter((p) => p.severity !== 'blocking')];
}
