import type { ImportSummary, Section } from '../../../shared/contract';
import { i18n } from '../../i18n';
import { sectionName } from './format';

/**
 * What an import brought in, in a few sentences: the articles with their languages
 * ("Imported 2 articles (ru 2, en 1)."), then images, sections and lists. Warnings are
 * listed apart.
 */
export function importSummaryLines(summary: ImportSummary, sections: readonly Section[]): string[] {
  const languages = summary.translations.map((t) => i18n.t('importing.languageCount', { lang: t.lang, n: t.count })).join(', ');
  const lines: string[] = [
    languages
      ? i18n.t('importing.importedIn', { count: summary.articles, languages })
      : i18n.t('importing.imported', { count: summary.articles }),
  ];
  if (summary.images > 0) lines.push(i18n.t('importing.images', { count: summary.images }));
  const names = summary.sections.map((id) => sectionName(sections, id)).join(', ');
  if (summary.kind === 'bundle') {
    if (names) lines.push(i18n.t('importing.sections', { names }));
    if (summary.lists.length > 0) {
      const lists = summary.lists.map((l) => i18n.t('importing.listItems', { name: l.name, count: l.items })).join(', ');
      lines.push(i18n.t('importing.listsRestored', { lists }));
    }
  } else {
    if (names) lines.push(i18n.t('importing.sectionsAdded', { names }));
    const changed = summary.lists.filter((l) => l.items > 0);
    if (changed.length > 0) {
      lines.push(`${changed.map((l) => i18n.t('importing.nowHolds', { name: l.name, count: l.items })).join('; ')}.`);
    }
  }
  return lines;
}
