import type { TranslationPatch } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import { LIMITS } from '../../../shared/domain/limits';
import { slugFromTitle } from '../../../shared/domain/slug';
import { countWords } from '../../../shared/domain/words';
import type { Body } from '../../../shared/editor/nodes';
import { bodyToPlainText, emptyBody } from '../../../shared/editor/text';
import { TandemError } from '../errors';
import { say } from '../said';
import type { Db } from '../store/db';
import { markFirstPublished, touchArticle, type StoredArticle } from '../store/repositories/articles';
import {
  insertTranslation,
  saveTranslation,
  saveTranslationFields,
  type StoredTranslation,
} from '../store/repositories/translations';
import { blocksOfNewBody } from './blockCache';
import { readBody, type ReadBody } from './body';
import { applyLeadTexts, recordBodyImages, recordNewTranslation, refreshSearchText, searchedLeadCaption, searchTextOf } from './photos';
import { NO_COUNTS, countsAgainst, refreshBlockCounts, storedOriginalBlocks } from './staleness';

interface PreparedBody {
  bodyJson: string;
  bodyText: string;
  wordCount: number;
}

/** A body ready for the store: its JSON, its plain text for search and its word count. */
function prepareBody(body: Body): PreparedBody {
  const bodyJson = JSON.stringify(body);
  if (bodyJson.length > LIMITS.bodyJsonChars) {
    throw new TandemError('payload_too_large', say('core.articles.tooLong'));
  }
  const bodyText = bodyToPlainText(body);
  return { bodyJson, bodyText, wordCount: countWords(bodyText) };
}

/** A translation as a write left it. */
export interface SavedTranslation {
  stored: StoredTranslation;
  read: ReadBody;
  /** The title, summary, source or body changed (or the translation is new): what revisions keep. */
  textChanged: boolean;
  /** The body (and its searched text) was written. */
  bodyWritten: boolean;
}

type Fields = Omit<StoredTranslation, 'bodyJson' | 'wordCount' | 'staleBlocks' | 'missingBlocks'>;

/** Stores the fields with a new body and brings the staleness counts in line with it. */
function storeWithBody(
  db: Db,
  article: StoredArticle,
  fields: Fields,
  body: Body,
  prepared: PreparedBody,
  isNew: boolean,
  leadCaption: string,
): StoredTranslation {
  const isOriginal = fields.lang === article.originalLang;
  const blocks = blocksOfNewBody(body, prepared.bodyJson);
  const counts = isOriginal ? NO_COUNTS : countsAgainst(storedOriginalBlocks(db, article.id, article.originalLang), blocks);
  const write = { ...fields, ...prepared, bodyText: searchTextOf(prepared.bodyText, leadCaption), ...counts };
  if (isNew) insertTranslation(db, write);
  else saveTranslation(db, write);
  if (isNew) recordNewTranslation(db, article.id);
  recordBodyImages(db, article.id, fields.lang, body);
  if (isOriginal) refreshBlockCounts(db, article.id, fields.lang, blocks);
  return { ...fields, bodyJson: prepared.bodyJson, wordCount: prepared.wordCount, ...counts };
}

/**
 * Writes a patch to one language of an article (checks already done by the caller): the
 * fields it names, a slug from the title when there is none, the revision moved on, the
 * article's time of change. When the body changes, the staleness counts follow: a
 * translation's against the stored original, or, when the original changed, every other
 * translation's against it. A body the save does not change is never rewritten.
 */
export function writeTranslation(
  db: Db,
  article: StoredArticle,
  lang: Lang,
  existing: StoredTranslation | undefined,
  patch: TranslationPatch,
  time: string,
): SavedTranslation {
  let slug = patch.slug ?? existing?.slug ?? '';
  if (slug === '' && patch.title !== undefined) slug = slugFromTitle(patch.title);
  const fields: Fields = {
    articleId: article.id,
    lang,
    title: patch.title ?? existing?.title ?? '',
    summary: patch.summary ?? existing?.summary ?? '',
    source: patch.source ?? existing?.source ?? '',
    slug,
    status: patch.status ?? existing?.status ?? 'draft',
    revision: (existing?.revision ?? 0) + 1,
    createdAt: existing?.createdAt ?? time,
    updatedAt: time,
  };

  let saved: SavedTranslation;
  const leadCaption = searchedLeadCaption(db, article.id, lang, patch);
  const prepared = patch.body === undefined ? null : prepareBody(patch.body);
  if (existing === undefined) {
    const body = patch.body ?? emptyBody();
    const stored = storeWithBody(db, article, fields, body, prepared ?? prepareBody(body), true, leadCaption);
    saved = { stored, read: { body, problem: null }, textChanged: true, bodyWritten: true };
  } else if (patch.body !== undefined && prepared !== null && prepared.bodyJson !== existing.bodyJson) {
    const stored = storeWithBody(db, article, fields, patch.body, prepared, false, leadCaption);
    saved = { stored, read: { body: patch.body, problem: null }, textChanged: true, bodyWritten: true };
  } else {
    saveTranslationFields(db, fields);
    const stored = { ...existing, ...fields };
    const textChanged = stored.title !== existing.title || stored.summary !== existing.summary || stored.source !== existing.source;
    saved = { stored, read: patch.body !== undefined ? { body: patch.body, problem: null } : readBody(existing.bodyJson), textChanged, bodyWritten: false };
  }
  applyLeadTexts(db, article.id, lang, patch);
  // The lead caption is searched with the body: a caption typed alone updates what is searched.
  if (patch.leadCaption !== undefined && !saved.bodyWritten) refreshSearchText(db, article.id, lang);
  touchArticle(db, article.id, time);
  // The first language published gives the article its publish date (pages, feeds, sitemap).
  if (patch.status === 'published' && existing?.status !== 'published') markFirstPublished(db, article.id, time);
  return saved;
}
