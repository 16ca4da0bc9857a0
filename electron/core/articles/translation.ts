import type { ParsedInput, Translation } from '../../../shared/contract';
import { LIMITS } from '../../../shared/domain/limits';
import { slugFromTitle } from '../../../shared/domain/slug';
import { countWords } from '../../../shared/domain/words';
import type { Body } from '../../../shared/editor/nodes';
import { bodyToPlainText, emptyBody } from '../../../shared/editor/text';
import { TandemError } from '../errors';
import { touchArticle } from '../store/repositories/articles';
import {
  getTranslation,
  insertTranslation,
  saveTranslation,
  saveTranslationFields,
  type StoredTranslation,
} from '../store/repositories/translations';
import { getSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import { toTranslation } from './compose';
import { assertWritable, languageName, now, requireArticle, requireLanguage, requireLive, staleWrite } from './rules';

/** A body ready for the store: its JSON, its plain text for search and its word count. */
function prepareBody(body: Body): { bodyJson: string; bodyText: string; wordCount: number } {
  const bodyJson = JSON.stringify(body);
  if (bodyJson.length > LIMITS.bodyJsonChars) {
    throw new TandemError(
      'payload_too_large',
      'The text is too long to save as one article. Nothing was saved; split it into two articles. Your text stays in the editor.',
    );
  }
  const bodyText = bodyToPlainText(body);
  return { bodyJson, bodyText, wordCount: countWords(bodyText) };
}

/**
 * Saves some fields of one language of an article, against the revision the editor last
 * saw: a save made against an older revision is refused as a `conflict`. Revision 0
 * creates a translation the article does not have yet. An empty slug is filled from the
 * title. The translation's revision, and the article's time of change, move on.
 */
export function updateTranslation(ws: Pick<Workspace, 'db' | 'readOnly' | 'problem'>, input: ParsedInput<'updateTranslation'>): Translation {
  const { db } = ws;
  return db.transaction(() => {
    assertWritable(ws);
    const settings = getSettings(db);
    const article = requireArticle(db, input.articleId);
    requireLive(article);
    requireLanguage(settings, input.lang);
    const existing = getTranslation(db, article.id, input.lang);
    if (input.expectedRevision !== (existing?.revision ?? 0)) {
      throw staleWrite(`The ${languageName(input.lang)} version of this article`);
    }

    const { patch } = input;
    const time = now();
    const title = patch.title ?? existing?.title ?? '';
    let slug = patch.slug ?? existing?.slug ?? '';
    if (slug === '' && patch.title !== undefined) slug = slugFromTitle(patch.title);
    const fields = {
      articleId: article.id,
      lang: input.lang,
      title,
      summary: patch.summary ?? existing?.summary ?? '',
      source: patch.source ?? existing?.source ?? '',
      slug,
      status: patch.status ?? existing?.status ?? 'draft',
      revision: (existing?.revision ?? 0) + 1,
      createdAt: existing?.createdAt ?? time,
      updatedAt: time,
    };

    let saved: StoredTranslation;
    if (existing === undefined) {
      const body = patch.body ?? emptyBody();
      const prepared = prepareBody(body);
      insertTranslation(db, { ...fields, ...prepared });
      saved = { ...fields, body, wordCount: prepared.wordCount };
    } else if (patch.body !== undefined) {
      const prepared = prepareBody(patch.body);
      saveTranslation(db, { ...fields, ...prepared });
      saved = { ...fields, body: patch.body, wordCount: prepared.wordCount };
    } else {
      saveTranslationFields(db, fields);
      saved = { ...fields, body: existing.body, wordCount: existing.wordCount };
    }
    touchArticle(db, article.id, time);
    return toTranslation(saved, article.originalLang);
  })();
}
