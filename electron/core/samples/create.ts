import { blocksOf, linkTo } from '../../../shared/editor/blocks';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { createArticle, updateArticle, updateTranslation } from '../articles/service';
import { assertWritable } from '../articles/rules';
import { TandemError } from '../errors';
import { say } from '../said';
import { countArticles } from '../store/repositories/articles';
import { getSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import { SAMPLE_ARTICLES } from './articles';

/**
 * Fills an empty workspace with a few bilingual sample articles, all in one transaction.
 * Languages the workspace does not use are left out; a section it lacks becomes its first.
 * Translations are linked to the original paragraph by paragraph, so they show as current.
 */
export function createSampleArticles(ws: Pick<Workspace, 'db' | 'readOnly' | 'problem'>): { created: number } {
  return ws.db.transaction(() => {
    assertWritable(ws);
    const counts = countArticles(ws.db);
    if (counts.live + counts.trash > 0) {
      throw new TandemError('conflict', say('core.articles.samples.notEmpty'));
    }
    const settings = getSettings(ws.db);
    const now = Date.now();
    let created = 0;
    for (const sample of SAMPLE_ARTICLES) {
      const translations = sample.translations.filter((t) => settings.languages.includes(t.lang));
      const original = translations[0];
      if (original === undefined) continue;
      const section = settings.sections.some((s) => s.id === sample.section) ? sample.section : settings.sections[0]?.id;
      if (section === undefined) continue;
      const article = createArticle(ws, { section, originalLang: original.lang, title: original.title, tags: [...sample.tags] });
      const originalBody = bodyFromParagraphs(original.paragraphs);
      // Each translated paragraph is written against the original paragraph at its place.
      const links = blocksOf(originalBody).map(linkTo);
      for (const t of translations) {
        const existing = article.translations.find((x) => x.lang === t.lang);
        const body = t === original ? originalBody : bodyFromParagraphs(t.paragraphs, links);
        updateTranslation(ws, {
          articleId: article.id,
          lang: t.lang,
          expectedRevision: existing?.revision ?? 0,
          patch: { title: t.title, summary: t.summary, body, source: t.source, status: t.status },
        });
      }
      const publishedAt = sample.publishedHoursAgo === null ? null : new Date(now - sample.publishedHoursAgo * 3_600_000).toISOString();
      updateArticle(ws, { articleId: article.id, expectedRevision: article.revision, patch: { authors: [...sample.authors], publishedAt } });
      created++;
    }
    return { created };
  })();
}
