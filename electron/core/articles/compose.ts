import type { Article, ArticleSummary, Translation, TranslationSummary } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import type { TranslationState } from '../../../shared/domain/status';
import type { StoredArticle } from '../store/repositories/articles';
import type { BlockCounts, StoredTranslation, StoredTranslationSummary } from '../store/repositories/translations';
import type { WorkspaceSettings } from '../store/repositories/workspaceMeta';
import { readBody, type ReadBody } from './body';
import type { ArticlePhotos, PhotoFields } from './photos';

/**
 * A translation's state against the original: `original` for the original itself, `stale`
 * when any of its blocks is stale or any original block has no translation, else `current`.
 */
export function translationState(lang: Lang, originalLang: Lang, counts: BlockCounts): TranslationState {
  if (lang === originalLang) return 'original';
  return counts.staleBlocks + counts.missingBlocks > 0 ? 'stale' : 'current';
}

/** The counts the contract shows: the original's are always 0. */
export function shownCounts(lang: Lang, originalLang: Lang, counts: BlockCounts): BlockCounts {
  return lang === originalLang ? { staleBlocks: 0, missingBlocks: 0 } : { staleBlocks: counts.staleBlocks, missingBlocks: counts.missingBlocks };
}

/** A stored translation as the contract carries it, with its body as read (or as just saved). */
export function toTranslation(t: StoredTranslation, read: ReadBody, originalLang: Lang, photos: PhotoFields): Translation {
  return {
    lang: t.lang,
    title: t.title,
    summary: t.summary,
    body: read.body,
    source: t.source,
    slug: t.slug,
    status: t.status,
    state: translationState(t.lang, originalLang, t),
    ...shownCounts(t.lang, originalLang, t),
    wordCount: t.wordCount,
    ...photos,
    revision: t.revision,
    updatedAt: t.updatedAt,
    bodyProblem: read.problem,
  };
}

/** The original language first, then the workspace's languages in order, then any others. */
export function orderByLanguage<T extends { lang: Lang }>(items: readonly T[], originalLang: Lang, languages: readonly Lang[]): T[] {
  const rank = (lang: Lang): number => {
    if (lang === originalLang) return -1;
    const i = languages.indexOf(lang);
    return i === -1 ? languages.length : i;
  };
  return [...items].sort((a, b) => rank(a.lang) - rank(b.lang) || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
}

/** The workspace's languages that have no translation yet. */
export function missingLanguages(present: readonly { lang: Lang }[], languages: readonly Lang[]): Lang[] {
  const have = new Set(present.map((t) => t.lang));
  return languages.filter((lang) => !have.has(lang));
}

export function toArticle(
  a: StoredArticle,
  translations: readonly StoredTranslation[],
  settings: WorkspaceSettings,
  photos: ArticlePhotos,
): Article {
  const ordered = orderByLanguage(translations, a.originalLang, settings.languages);
  return {
    id: a.id,
    section: a.section,
    tags: a.tags,
    authors: a.authors,
    originalLang: a.originalLang,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    publishedAt: a.publishedAt,
    deletedAt: a.deletedAt,
    revision: a.revision,
    leadPhoto: photos.leadPhoto,
    translations: ordered.map((t) => toTranslation(t, readBody(t.bodyJson), a.originalLang, photos.fieldsOf(t.lang))),
    missing: missingLanguages(ordered, settings.languages),
  };
}

export function toArticleSummary(
  a: StoredArticle,
  translations: readonly StoredTranslationSummary[],
  settings: WorkspaceSettings,
  photoTextMissing: ReadonlyMap<Lang, number> = new Map(),
): ArticleSummary {
  const ordered = orderByLanguage(translations, a.originalLang, settings.languages);
  return {
    id: a.id,
    section: a.section,
    originalLang: a.originalLang,
    updatedAt: a.updatedAt,
    publishedAt: a.publishedAt,
    deletedAt: a.deletedAt,
    translations: ordered.map(
      (t): TranslationSummary => ({
        lang: t.lang,
        title: t.title,
        status: t.status,
        state: translationState(t.lang, a.originalLang, t),
        ...shownCounts(t.lang, a.originalLang, t),
        wordCount: t.wordCount,
        photoTextMissing: photoTextMissing.get(t.lang) ?? 0,
        updatedAt: t.updatedAt,
      }),
    ),
    missing: missingLanguages(ordered, settings.languages),
  };
}
