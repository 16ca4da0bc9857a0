import type { Media, TranslationPatch } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import type { Body } from '../../../shared/editor/nodes';
import { bodyToPlainText } from '../../../shared/editor/text';
import { TandemError } from '../errors';
import { say } from '../said';
import type { Db } from '../store/db';
import { toMedia } from '../media/library';
import { getMedia } from '../store/repositories/media';
import { getTranslation, listTranslations, setBodyText } from '../store/repositories/translations';
import { readBody } from './body';
import {
  countMissingPhotoTexts,
  getLeadMediaId,
  getLeadTexts,
  refreshLeadUses,
  replaceInlineUses,
  setLeadMediaId,
  setLeadTexts,
  type LeadTexts,
  type StoredUse,
} from '../store/repositories/photos';

/**
 * An article's photos as the articles side sees them: the lead photo with its texts per
 * language, the images placed in each body, and the placements lacking a caption or alt
 * text (what the editor flags and the export's preflight warns about).
 */

/** What a translation shows of the article's photos. */
export interface PhotoFields {
  leadCaption: string;
  leadAlt: string;
  photoTextMissing: number;
}

export interface ArticlePhotos {
  leadPhoto: Media | null;
  fieldsOf(lang: Lang): PhotoFields;
}

const NO_TEXTS: LeadTexts = { caption: '', altText: '' };

export function readPhotos(db: Db, articleId: string): ArticlePhotos {
  const leadId = getLeadMediaId(db, articleId);
  const stored = leadId === null ? undefined : getMedia(db, leadId);
  const texts = getLeadTexts(db, articleId);
  const missing = countMissingPhotoTexts(db, articleId);
  return {
    leadPhoto: stored ? toMedia(stored) : null,
    fieldsOf(lang) {
      const t = texts.get(lang) ?? NO_TEXTS;
      return { leadCaption: t.caption, leadAlt: t.altText, photoTextMissing: missing.get(lang) ?? 0 };
    },
  };
}

/** The image blocks of a body, by position. */
export function imagesOf(body: Body): Array<Omit<StoredUse, 'articleId' | 'lang'>> {
  const out: Array<Omit<StoredUse, 'articleId' | 'lang'>> = [];
  body.root.children.forEach((block, position) => {
    if (block.type === 'image') out.push({ position, mediaId: block.mediaId, caption: block.caption.trim(), altText: block.altText.trim() });
  });
  return out;
}

/**
 * Records where one language's body places images. An image the library no longer holds
 * (a body restored from a revision older than a deletion) is not a use: the editor shows
 * it as missing and asks for it to be removed or added again.
 */
export function recordBodyImages(db: Db, articleId: string, lang: Lang, body: Body): void {
  const known = imagesOf(body).filter((use) => getMedia(db, use.mediaId) !== undefined);
  replaceInlineUses(db, articleId, lang, known);
}

/** A new translation gets its own placement of the lead photo (with no texts yet). */
export function recordNewTranslation(db: Db, articleId: string): void {
  refreshLeadUses(db, articleId);
}

/** Applies the lead photo's caption or alt text from a translation's patch, if it names them. */
export function applyLeadTexts(db: Db, articleId: string, lang: Lang, patch: TranslationPatch): void {
  if (patch.leadCaption === undefined && patch.leadAlt === undefined) return;
  const current = getLeadTexts(db, articleId).get(lang) ?? NO_TEXTS;
  setLeadTexts(db, articleId, lang, {
    caption: patch.leadCaption ?? current.caption,
    altText: patch.leadAlt ?? current.altText,
  });
}

/** Sets or clears the article's lead photo; an image not in the library is refused. */
export function setLeadPhoto(db: Db, articleId: string, mediaId: string | null): void {
  if (mediaId !== null && getMedia(db, mediaId) === undefined) {
    throw new TandemError('not_found', say('core.articles.photoGone'));
  }
  const before = getLeadMediaId(db, articleId);
  if (before === mediaId) return;
  setLeadMediaId(db, articleId, mediaId);
  // With or without a lead photo, its captions are searched or not.
  if ((before === null) !== (mediaId === null)) {
    for (const t of listTranslations(db, articleId)) refreshSearchText(db, articleId, t.lang);
  }
}

/**
 * The text search indexes for a translation's body: its blocks (image captions included),
 * then the lead photo's caption in that language while the article has a lead photo.
 */
export function searchTextOf(bodyText: string, leadCaption: string): string {
  const caption = leadCaption.trim();
  return caption === '' ? bodyText : bodyText === '' ? caption : `${bodyText}\n${caption}`;
}

/** The lead photo's caption in `lang` once `patch` is applied; '' while the article has no lead photo. */
export function searchedLeadCaption(db: Db, articleId: string, lang: Lang, patch: TranslationPatch): string {
  if (getLeadMediaId(db, articleId) === null) return '';
  return patch.leadCaption ?? getLeadTexts(db, articleId).get(lang)?.caption ?? '';
}

/** Brings a translation's searched text in line with its stored body and lead caption. */
export function refreshSearchText(db: Db, articleId: string, lang: Lang): void {
  const stored = getTranslation(db, articleId, lang);
  if (!stored) return;
  const caption = getLeadMediaId(db, articleId) === null ? '' : (getLeadTexts(db, articleId).get(lang)?.caption ?? '');
  setBodyText(db, articleId, lang, searchTextOf(bodyToPlainText(readBody(stored.bodyJson).body), caption));
}
