import type { Article } from '../../../shared/contract';
import { listTranslations } from '../store/repositories/translations';
import { getSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import { toArticle } from './compose';
import { readPhotos } from './photos';
import { requireArticle } from './rules';

/** An article with every translation it has, in the trash or not. */
export function getArticle(ws: Pick<Workspace, 'db'>, articleId: string): Article {
  const { db } = ws;
  return db.transaction(() => {
    const article = requireArticle(db, articleId);
    return toArticle(article, listTranslations(db, article.id), getSettings(db), readPhotos(db, article.id));
  })();
}
