import type { ImportSummary, Section } from '../../../shared/contract';
import { sectionName } from './format';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * What an import brought in, in a few sentences: the articles with their languages
 * ("Imported 2 articles (ru 2, en 1)."), then images, sections and lists. Warnings are
 * listed apart.
 */
export function importSummaryLines(summary: ImportSummary, sections: readonly Section[]): string[] {
  const languages = summary.translations.map((t) => `${t.lang} ${t.count.toLocaleString('en')}`).join(', ');
  const lines = [`Imported ${plural(summary.articles, 'article', 'articles')}${languages ? ` (${languages})` : ''}.`];
  if (summary.images > 0) lines.push(`${plural(summary.images, 'image was', 'images were')} added to the library.`);
  const names = summary.sections.map((id) => sectionName(sections, id));
  if (summary.kind === 'bundle') {
    if (names.length > 0) lines.push(`Sections: ${names.join(', ')}.`);
    if (summary.lists.length > 0) lines.push(`Lists restored: ${summary.lists.map((l) => `${l.name} (${plural(l.items, 'item', 'items')})`).join(', ')}.`);
  } else {
    if (names.length > 0) lines.push(`Sections added: ${names.join(', ')}.`);
    const changed = summary.lists.filter((l) => l.items > 0);
    if (changed.length > 0) {
      lines.push(`${changed.map((l) => `${l.name} now holds ${plural(l.items, 'imported article', 'imported articles')}`).join('; ')}.`);
    }
  }
  return lines;
}
