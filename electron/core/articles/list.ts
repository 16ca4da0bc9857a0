import type { CallOutput, ParsedInput } from '../../../shared/contract';
import {
  countArticlesMatching,
  listArticlePage,
  type ArticleFilter,
} from '../store/repositories/articles';
import { countMissingPhotoTextsOf } from '../store/repositories/photos';
import { listTranslationSummaries, type StoredTranslationSummary } from '../store/repositories/translations';
import { getSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import { toArticleSummary } from './compose';
import { decodeCursor, encodeCursor } from './cursor';

/**
 * One page of the article list, newest first (by last change or by publish date,
 * unpublished last), with the total that match. Pages follow one another by cursor, so
 * each article appears once however long the list.
 */
export function listArticles(ws: Pick<Workspace, 'db'>, input: ParsedInput<'listArticles'>): CallOutput<'listArticles'> {
  const { db } = ws;
  const after = input.cursor === null ? null : decodeCursor(input.cursor, input.sort, input.trash);
  const filter: ArticleFilter = {
    trash: input.trash,
    section: input.section,
    status: input.status,
    lang: input.lang,
    missingLang: input.missingLang,
    state: input.state,
  };
  return db.transaction(() => {
    const rows = listArticlePage(db, filter, input.sort, after, input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > input.limit && last !== undefined ? encodeCursor(input.sort, input.trash, { key: last.sortKey, id: last.id }) : null;

    const byArticle = new Map<string, StoredTranslationSummary[]>();
    for (const t of listTranslationSummaries(db, page.map((a) => a.id))) {
      const list = byArticle.get(t.articleId);
      if (list) list.push(t);
      else byArticle.set(t.articleId, [t]);
    }
    const settings = getSettings(db);
    const missing = countMissingPhotoTextsOf(db, page.map((a) => a.id));
    return {
      items: page.map((a) => toArticleSummary(a, byArticle.get(a.id) ?? [], settings, missing.get(a.id))),
      nextCursor,
      total: countArticlesMatching(db, filter),
    };
  })();
}
