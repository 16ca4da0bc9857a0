import type { Lang } from '../../../shared/domain/languages';
import { TandemError } from '../errors';
import { langValue, say } from '../said';
import type { Workspace } from '../workspace';
import { getArticle, type StoredArticle } from '../store/repositories/articles';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';
import type { Db } from '../store/db';

/**
 * Language names as English text names them (the command line's reports); other codes are
 * shown as they are. Core's sentences name languages with `langValue` instead.
 */
const LANGUAGE_IN_ENGLISH: Readonly<Record<string, string>> = { ru: 'Russian', en: 'English', az: 'Azerbaijani' };

export function languageName(lang: Lang): string {
  return LANGUAGE_IN_ENGLISH[lang] ?? `"${lang}"`;
}

/** Where core reads the time; the system clock unless a benchmark or test set another. */
let clock: () => number = Date.now;

/**
 * Replaces the clock core reads (`null`: the system clock again). Only benchmarks and tests
 * call this, to simulate hours of editing in seconds; it applies to the whole process.
 */
export function setClock(next: (() => number) | null): void {
  clock = next ?? Date.now;
}

/** The time now, in milliseconds since the epoch. */
export function nowMs(): number {
  return clock();
}

/** The time a write happened, as the contract carries it. */
export function now(): string {
  return new Date(clock()).toISOString();
}

/** Every write starts here: a read-only workspace refuses it, saying why (in the interface's language where the workspace gave its phrase). */
export function assertWritable(ws: Pick<Workspace, 'readOnly' | 'problem' | 'problemPhrase'>): void {
  if (!ws.readOnly) return;
  throw new TandemError(
    'read_only',
    ws.problem === null ? say('core.articles.readOnly') : say('core.articles.readOnlyBecause', { problem: ws.problemPhrase ?? ws.problem }),
  );
}

export function requireLanguage(settings: WorkspaceSettings, lang: Lang): void {
  if (settings.languages.includes(lang)) return;
  throw new TandemError('invalid_input', say('core.articles.unknownLanguage', { lang, languages: settings.languages.join(', ') }));
}

export function requireSection(settings: WorkspaceSettings, section: string): void {
  if (settings.sections.some((s) => s.id === section)) return;
  throw new TandemError(
    'invalid_input',
    say('core.articles.unknownSection', { section, sections: settings.sections.map((s) => s.id).join(', ') }),
  );
}

export function requireArticle(db: Db, id: string): StoredArticle {
  const article = getArticle(db, id);
  if (article) return article;
  throw new TandemError('not_found', say('core.articles.notFound'));
}

/** An article in the trash is not written to until it is restored. */
export function requireLive(article: StoredArticle): void {
  if (article.deletedAt === null) return;
  throw new TandemError('conflict', say('core.articles.inTrash'));
}

/** A save of the article's own fields made against an older revision than the store holds: someone else saved first. */
export function staleArticle(): TandemError {
  return new TandemError('conflict', say('core.articles.staleArticle'));
}

/** A save of one language of an article made against an older revision than the store holds. */
export function staleTranslation(lang: Lang): TandemError {
  return new TandemError('conflict', say('core.articles.staleTranslation', { lang: langValue(lang) }));
}

/** Tags and authors as a list keeps them: trimmed, no empty entries, each once, in order. */
export function cleanList(items: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const item of items) {
    const trimmed = item.trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

/** A publish time as the store sorts it: ISO 8601 UTC with milliseconds. */
export function normalizeTime(value: string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
