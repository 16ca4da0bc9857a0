import { BaseUrlSchema, type ExportScope } from '../../../shared/contract';
import { i18n } from '../../i18n';

/** An article chosen for export, with the title it was chosen by. */
export interface ChosenArticle {
  articleId: string;
  title: string;
}

/** What the desk picked under `What to export`; each kind's details are kept while another is picked. */
export interface ScopeChoice {
  kind: ExportScope['kind'];
  section: string;
  chosen: readonly ChosenArticle[];
}

export const INITIAL_CHOICE: ScopeChoice = { kind: 'all', section: '', chosen: [] };

/** The scope to ask core about, or null when the choice is not complete (no section, nothing chosen). */
export function scopeOf(choice: ScopeChoice): ExportScope | null {
  switch (choice.kind) {
    case 'all':
      return { kind: 'all' };
    case 'section':
      return choice.section ? { kind: 'section', section: choice.section } : null;
    case 'selection':
      return choice.chosen.length > 0 ? { kind: 'selection', articleIds: choice.chosen.map((c) => c.articleId) } : null;
  }
}

/** A stable key of a scope, to tell whether a report is about the scope shown now. */
export function scopeKey(scope: ExportScope | null): string {
  if (!scope) return '';
  if (scope.kind === 'selection') return `selection:${[...scope.articleIds].sort().join(',')}`;
  if (scope.kind === 'section') return `section:${scope.section}`;
  return 'all';
}

/** Adds or removes one article from the chosen ones. */
export function toggleChosen(chosen: readonly ChosenArticle[], article: ChosenArticle, on: boolean): ChosenArticle[] {
  const without = chosen.filter((c) => c.articleId !== article.articleId);
  return on ? [...without, article] : without;
}

/** `3 articles chosen`, `No articles chosen yet`. */
export function chosenLabel(n: number): string {
  if (n === 0) return i18n.t('export.noneChosen');
  return i18n.t('export.chosen', { count: n });
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The base URL as it will be saved: trimmed, and ending in `/` so addresses are made under
 * it rather than beside it; or what is wrong with it.
 */
export function checkBaseUrl(typed: string): Checked<string> {
  const trimmed = typed.trim();
  if (!trimmed) return { ok: false, message: i18n.t('exportChecks.baseUrlMissing') };
  let value = trimmed;
  try {
    const url = new URL(trimmed);
    if (url.search === '' && url.hash === '' && !trimmed.includes('?') && !trimmed.includes('#') && !trimmed.endsWith('/')) value = `${trimmed}/`;
  } catch {
    return { ok: false, message: i18n.t('exportChecks.notAddress', { value: trimmed }) };
  }
  if (!BaseUrlSchema.safeParse(value).success) {
    return {
      ok: false,
      message: i18n.t('exportChecks.baseUrlInvalid'),
    };
  }
  return { ok: true, value };
}

/** The output folder as it will be saved, or what is wrong with it. */
export function checkOutDir(typed: string): Checked<string> {
  const trimmed = typed.trim();
  if (!trimmed) return { ok: false, message: i18n.t('exportChecks.outDirMissing') };
  return { ok: true, value: trimmed };
}
