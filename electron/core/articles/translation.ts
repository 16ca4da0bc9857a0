import type { ParsedInput, Translation } from '../../../shared/contract';
import { recordAutoRevision } from '../revisions/record';
import { getTranslation } from '../store/repositories/translations';
import { getSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import { toTranslation } from './compose';
import { readPhotos } from './photos';
import { assertWritable, now, requireArticle, requireLanguage, requireLive, staleTranslation } from './rules';
import { writeTranslation } from './save';

/**
 * Saves some fields of one language of an article, against the revision the editor last
 * saw: a save made against an older revision is refused as a `conflict`. Revision 0
 * creates a translation the article does not have yet. An empty slug is filled from the
 * title. The translation's revision, and the article's time of change, move on; the
 * staleness counts follow the body; a save that changed the text may leave an automatic
 * revision (revisions/record.ts).
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
    if (input.expectedRevision !== (existing?.revision ?? 0)) throw staleTranslation(input.lang);
    const time = now();
    const saved = writeTranslation(db, article, input.lang, existing, input.patch, time);
    if (saved.textChanged) recordAutoRevision(db, saved.stored, time);
    return toTranslation(saved.stored, saved.read, article.originalLang, readPhotos(db, article.id).fieldsOf(input.lang));
  })();
}
