import type { Lang } from '../../../shared/domain/languages';
import { TandemError } from '../errors';
import { getArticle, type StoredArticle } from '../store/repositories/articles';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import type { Db } from '../store/db';

/** Language names as an English message names them; other codes are shown as they are. */
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

/** Every write starts here: a read-only workspace refuses it, saying why. */
export function assertWritable(ws: Pick<Workspace, 'readOnly' | 'problem'>): void {
  if (!ws.readOnly) return;
  throw new TandemError(
    'read_only',
    `Nothing was saved: this workspace is open read-only. ${ws.problem ?? 'Reopen it in a writable folder to make changes.'}`,
  );
}

export function requireLanguage(settings: WorkspaceSettings, lang: Lang): void {
  if (settings.languages.includes(lang)) return;
  throw new TandemError(
    'invalid_input',
    `This workspace does not use the language "${lang}"; its languages are ${settings.languages.join(', ')}. Choose one of those.`,
  );
}

export function requireSection(settings: WorkspaceSettings, section: string): void {
  if (settings.sections.some((s) => s.id === section)) return;
  throw new TandemError(
    'invalid_input',
    `There is no section "${section}" in this workspace; its sections are ${settings.sections.map((s) => s.id).join(', ')}. Choose one of those.`,
  );
}

export function requireArticle(db: Db, id: string): StoredArticle {
  const article = getArticle(db, id);
  if (article) return article;
  throw new TandemError('not_found', 'That article does not exist (it may have been removed elsewhere). Reload the article list.');
}

/** An article in the trash is not written to until it is restored. */
export function requireLive(article: StoredArticle): void {
  if (article.deletedAt === null) return;
  throw new TandemError(
    'conflict',
    'This article is in the trash, so the change was not saved. Restore it from the trash first; your unsaved text stays in the editor.',
  );
}

/** A save made against an older revision than the store holds: someone else saved first. */
export function staleWrite(what: string): TandemError {
  return new TandemError(
    'conflict',
    `${what} was changed elsewhere (perhaps in another window) after you opened it, so this save was not applied. ` +
      'Reload to see the latest version; your unsaved text stays in the editor.',
  );
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
