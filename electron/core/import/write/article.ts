import type { Lang } from '../../../../shared/domain/languages';
import type { Status } from '../../../../shared/domain/status';
import { countWords } from '../../../../shared/domain/words';
import { blocksOf } from '../../../../shared/editor/blocks';
import type { Body } from '../../../../shared/editor/nodes';
import { bodyToPlainText } from '../../../../shared/editor/text';
import { recordBodyImages, searchTextOf } from '../../articles/photos';
import { NO_COUNTS, countsAgainst } from '../../articles/staleness';
import { recordRevision } from '../../revisions/record';
import type { Db } from '../../store/db';
import { insertArticle } from '../../store/repositories/articles';
import type { ArticleFields } from '../../store/repositories/exports';
import { refreshLeadUses, setLeadMediaId, setLeadTexts } from '../../store/repositories/photos';
import { insertTranslation, type StoredTranslation } from '../../store/repositories/translations';

/**
 * Writes one imported article with its translations, keeping every derived record in step
 * as the article services do on a save: each body's plain text and word count, the text
 * search indexes (with the lead photo's caption while there is a lead photo), the
 * staleness counts against the original, the image placements (`media_uses`), the lead
 * photo's texts, and a first revision of each translation (what History shows as the
 * imported text). Ids and times are the caller's, so a bundle comes back as it was.
 * Call inside the import's transaction.
 */

export interface TranslationToWrite {
  lang: Lang;
  title: string;
  summary: string;
  source: string;
  slug: string;
  status: Status;
  createdAt: string;
  updatedAt: string;
  body: Body;
  /** The body as stored: its JSON text (a bundle's keeps its bytes). */
  bodyJson: string;
  leadCaption: string;
  leadAlt: string;
}

export interface ArticleToWrite extends ArticleFields {
  translations: TranslationToWrite[];
}

/** Writes the article; `time` is when the import happened (its revisions' time). */
export function writeArticle(db: Db, article: ArticleToWrite, time: string): void {
  const { leadMediaId: _lead, translations: _translations, ...fields } = article;
  insertArticle(db, { ...fields, deletedAt: null, revision: 1 });
  if (article.leadMediaId !== null) setLeadMediaId(db, article.id, article.leadMediaId);
  for (const t of article.translations) {
    if (t.leadCaption !== '' || t.leadAlt !== '') setLeadTexts(db, article.id, t.lang, { caption: t.leadCaption, altText: t.leadAlt });
  }

  const original = article.translations.find((t) => t.lang === article.originalLang);
  const originalBlocks = original === undefined ? [] : blocksOf(original.body);
  for (const t of article.translations) {
    const plain = bodyToPlainText(t.body);
    const counts = t.lang === article.originalLang ? NO_COUNTS : countsAgainst(originalBlocks, blocksOf(t.body));
    const stored: StoredTranslation = {
      articleId: article.id,
      lang: t.lang,
      title: t.title,
      summary: t.summary,
      bodyJson: t.bodyJson,
      source: t.source,
      slug: t.slug,
      status: t.status,
      wordCount: countWords(plain),
      ...counts,
      revision: 1,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
    };
    const leadCaption = article.leadMediaId === null ? '' : t.leadCaption;
    insertTranslation(db, { ...stored, bodyText: searchTextOf(plain, leadCaption) });
    recordBodyImages(db, article.id, t.lang, t.body);
    recordRevision(db, stored, 'save', time, undefined);
  }
  refreshLeadUses(db, article.id);
}
