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

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export const articleCount = (n: number) => plural(n, 'article', 'articles');
export const fileCount = (n: number) => plural(n, 'file', 'files');
export const pageCount = (n: number) => plural(n, 'page', 'pages');

/** `Rendering pages: 12 of 40`, or the phase alone while its size is not known yet. */
export function progressText(phase: ExportPhase, done: number, total: number): string {
  const label = phaseLabel(phase);
  return total > 0 ? i18n.t('export.phaseProgress', { phase: label, done, total }) : label;
}

/** `812 bytes`, `14.2 KB`, `3.4 MB`, `1.1 GB` (1 KB = 1,024 bytes). */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte', 'bytes');
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

/** `350 ms`, `4.2 s`, `2 min 5 s`. */
export function durationLabel(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** `5 files written, 1 removed, 60 unchanged`. */
export function changeSummary(written: number, removed: number, unchanged: number): string {
  return `${fileCount(written)} written, ${removed.toLocaleString('en')} removed, ${unchanged.toLocaleString('en')} unchanged`;
}

/** `Russian: 4 pages, English: 3 pages`, in the workspace's language order. */
export function pagesByLangLabel(pagesByLang: PreflightReport['pagesByLang'], languages: readonly string[]): string {
  const known = languages.filter((lang) => lang in pagesByLang);
  const others = Object.keys(pagesByLang).filter((lang) => !languages.includes(lang)).sort();
  return [...known, ...others].map((lang) => `${langName(lang)}: ${pageCount(pagesByLang[lang] ?? 0)}`).join(', ');
}

/** `2 blocking problems and 3 warnings`, `1 warning`, or '' when there are none. */
export function problemCountLabel(blocking: number, warnings: number): string {
  const parts: string[] = [];
  if (blocking > 0) parts.push(plural(blocking, 'blocking problem', 'blocking problems'));
  if (warnings > 0) parts.push(plural(warnings, 'warning', 'warnings'));
  return parts.join(' and ');
}

export const NO_PROBLEMS = 'Ready to export: no problems found.';

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
      label: problem.lang ? `Open the ${langName(problem.lang)} translation` : 'Open the article',
    });
  }
  if (problem.listId) links.push({ kind: 'list', id: problem.listId, label: 'Open the list' });
  return links;
}

/** Blocking problems first, keeping the order preflight gave within each severity. */
export function blockingFirst<T extends Pick<PreflightProblem, 'severity'>>(problems: readonly T[]): T[] {
  return [...problems.filter((p) => p.severity === 'blocking'), ...problems.filter((p) => p.severity !== 'blocking')];
}
