import type { Lang } from '../../../../shared/domain/languages';
import type { Body } from '../../../../shared/editor/nodes';
import type { Db } from '../../store/db';
import { ensureDeskLists } from '../../store/repositories/lists';
import { getSettings, putSettings } from '../../store/repositories/workspaceMeta';
import { writeArticle, type TranslationToWrite } from '../write/article';
import { addToEditorsChoice, replacePopular, type ListChange } from '../write/lists';
import type { MarkdownPlan, PlannedArticle } from './plan';

/**
 * Writes a planned Markdown import (plan.ts). Runs inside the import's one transaction:
 * new sections join the settings (with their fronts), every article is written with the
 * bodies made while planning (each translation linked to its original block by block when
 * the bodies line up), then the desk's lists.
 */

export interface MarkdownWritten {
  translations: Map<Lang, number>;
  lists: ListChange[];
}

function translationsOf(article: PlannedArticle): TranslationToWrite[] {
  return article.files.map((f) => ({
    lang: f.lang,
    title: f.title,
    summary: f.summary,
    source: f.sourceLine,
    slug: f.slug,
    status: f.draft ? 'draft' : 'published',
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
    // Checked against the body schema when the file was read, and linked since.
    body: JSON.parse(f.bodyJson) as Body,
    bodyJson: f.bodyJson,
    leadCaption: f.leadCaption,
    leadAlt: '',
  }));
}

export function writeMarkdown(db: Db, plan: MarkdownPlan, time: string, onArticle: (done: number, total: number) => void): MarkdownWritten {
  if (plan.newSections.length > 0) {
    const settings = getSettings(db);
    const sections = [...settings.sections, ...plan.newSections];
    putSettings(db, { ...settings, sections });
    ensureDeskLists(db, sections, time);
  }
  const translations = new Map<Lang, number>();
  plan.articles.forEach((article, i) => {
    const { key: _key, featured: _featured, views: _views, files: _files, ...fields } = article;
    writeArticle(
      db,
      { ...fields, leadMediaId: null, translations: translationsOf(article) },
      time,
    );
    for (const f of article.files) translations.set(f.lang, (translations.get(f.lang) ?? 0) + 1);
    onArticle(i + 1, plan.articles.length);
  });
  const lists = [addToEditorsChoice(db, plan.featured, time), replacePopular(db, plan.popular, time)].filter((c): c is ListChange => c !== null);
  return { translations, lists };
}
