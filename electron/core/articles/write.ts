import { randomUUID } from 'node:crypto';
import type { Article, ParsedInput } from '../../../shared/contract';
import { slugFromTitle } from '../../../shared/domain/slug';
import { emptyBody } from '../../../shared/editor/text';
import { TandemError } from '../errors';
import { langValue, say } from '../said';
import { insertArticle, saveArticle, type StoredArticle } from '../store/repositories/articles';
import { getTranslation, insertTranslation, listTranslations } from '../store/repositories/translations';
import { getSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import { toArticle } from './compose';
import { readPhotos, setLeadPhoto } from './photos';
import { NO_COUNTS, refreshBlockCounts, storedOriginalBlocks } from './staleness';
import {
  assertWritable,
  cleanList,
  normalizeTime,
  now,
  requireArticle,
  requireLanguage,
  requireLive,
  requireSection,
  staleArticle,
} from './rules';

type Ws = Pick<Workspace, 'db' | 'readOnly' | 'problem'>;

function composed(ws: Ws, article: StoredArticle): Article {
  return toArticle(article, listTranslations(ws.db, article.id), getSettings(ws.db), readPhotos(ws.db, article.id));
}

/** A new article with its original-language translation: revision 1, an empty body, a draft. */
export function createArticle(ws: Ws, input: ParsedInput<'createArticle'>): Article {
  return ws.db.transaction(() => {
    assertWritable(ws);
    const settings = getSettings(ws.db);
    requireSection(settings, input.section);
    requireLanguage(settings, input.originalLang);
    const time = now();
    const article: StoredArticle = {
      id: randomUUID(),
      section: input.section,
      tags: cleanList(input.tags),
      authors: [],
      originalLang: input.originalLang,
      createdAt: time,
      updatedAt: time,
      publishedAt: null,
      deletedAt: null,
      revision: 1,
    };
    insertArticle(ws.db, article);
    insertTranslation(ws.db, {
      articleId: article.id,
      lang: input.originalLang,
      title: input.title,
      summary: '',
      bodyJson: JSON.stringify(emptyBody()),
      bodyText: '',
      source: '',
      slug: slugFromTitle(input.title),
      status: 'draft',
      wordCount: 0,
      ...NO_COUNTS,
      revision: 1,
      createdAt: time,
      updatedAt: time,
    });
    return composed(ws, article);
  })();
}

/**
 * Changes the article's own fields (not a translation's), against its revision. A new
 * original language gives every translation new staleness counts, against it.
 */
export function updateArticle(ws: Ws, input: ParsedInput<'updateArticle'>): Article {
  return ws.db.transaction(() => {
    assertWritable(ws);
    const settings = getSettings(ws.db);
    const article = requireArticle(ws.db, input.articleId);
    requireLive(article);
    if (input.expectedRevision !== article.revision) throw staleArticle();
    const { patch } = input;
    if (patch.section !== undefined) requireSection(settings, patch.section);
    if (patch.originalLang !== undefined && patch.originalLang !== article.originalLang) {
      requireLanguage(settings, patch.originalLang);
      if (!getTranslation(ws.db, article.id, patch.originalLang)) {
        throw new TandemError('invalid_input', say('core.articles.noOriginalVersion', { lang: langValue(patch.originalLang) }));
      }
    }
    const next: StoredArticle = {
      ...article,
      section: patch.section ?? article.section,
      tags: patch.tags !== undefined ? cleanList(patch.tags) : article.tags,
      authors: patch.authors !== undefined ? cleanList(patch.authors) : article.authors,
      originalLang: patch.originalLang ?? article.originalLang,
      publishedAt: patch.publishedAt !== undefined ? normalizeTime(patch.publishedAt) : article.publishedAt,
      updatedAt: now(),
      revision: article.revision + 1,
    };
    saveArticle(ws.db, next);
    if (patch.leadMediaId !== undefined) setLeadPhoto(ws.db, next.id, patch.leadMediaId);
    if (next.originalLang !== article.originalLang) {
      refreshBlockCounts(ws.db, next.id, next.originalLang, storedOriginalBlocks(ws.db, next.id, next.originalLang));
    }
    return composed(ws, next);
  })();
}

/** Moves the article to the trash. Deleting an article already there changes nothing. */
export function deleteArticle(ws: Ws, articleId: string): { deletedAt: string } {
  return ws.db.transaction(() => {
    assertWritable(ws);
    const article = requireArticle(ws.db, articleId);
    if (article.deletedAt !== null) return { deletedAt: article.deletedAt };
    const deletedAt = now();
    saveArticle(ws.db, { ...article, deletedAt, revision: article.revision + 1 });
    return { deletedAt };
  })();
}

/** Brings an article back from the trash. Restoring a live article changes nothing. */
export function restoreArticle(ws: Ws, articleId: string): Article {
  return ws.db.transaction(() => {
    assertWritable(ws);
    const article = requireArticle(ws.db, articleId);
    if (article.deletedAt === null) return composed(ws, article);
    const restored: StoredArticle = { ...article, deletedAt: null, revision: article.revision + 1 };
    saveArticle(ws.db, restored);
    return composed(ws, restored);
  })();
}
