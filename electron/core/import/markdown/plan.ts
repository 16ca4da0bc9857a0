import { randomUUID } from 'node:crypto';
import type { Section } from '../../../../shared/contract';
import type { Lang } from '../../../../shared/domain/languages';
import type { Body, SerializedBlock } from '../../../../shared/editor/nodes';
import { say } from '../../said';
import type { WorkspaceSettings } from '../../store/repositories/workspaceMeta';
import { fileProblem, importProblem, type Warnings } from '../problems';
import type { MarkdownRef } from '../sources';
import { linkByPosition } from './align';
import { readMeta } from './fields';
import { FrontMatterProblem, splitFrontMatter } from './frontMatter';
import { parseMarkdown, sectionId, type MarkdownSource, type ParseContext, type ParsedMarkdown } from './parse';
import { isSectionPage, nameParts, sectionFolder } from './paths';

/**
 * A Markdown import worked out before anything is written: every file read and checked,
 * files grouped into articles by translation key, each article's original language and
 * fields chosen, new sections named, and what goes into the desk's lists.
 *
 * - **Original language**: of an article's files, the one whose language comes first in
 *   the workspace's languages (`ru` before `en` in a Russian-first desk). The article's
 *   section, tags, authors and publish date are the original's.
 * - **Times**: a file's `date` is when it was created and published (`publishDate`, when
 *   given, is the publish date; `lastmod` when it was last changed). The article was
 *   created at its earliest file's time and changed at its latest; it has a publish date
 *   only when one of its languages is not a draft. Without dates, the import's time.
 * - **Sections**: a section the workspace does not have is added to its settings (with a
 *   front list, as every section has), named after the `title` of its `_index.<lang>.md`
 *   in each language, else after its folder.
 * - **Editor's choice**: featured articles, newest first. **Popular**: the most viewed
 *   articles (by `views`), as many as the list holds.
 */

/** One file of a planned article: what the write needs, with its body as JSON text (linked to the original's). */
export interface PlannedFile {
  file: string;
  lang: Lang;
  title: string;
  summary: string;
  sourceLine: string;
  slug: string;
  draft: boolean;
  leadCaption: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** The kinds of its blocks, in order: bodies of one shape are linked block by block. */
  shape: string;
  /** The body as it will be stored (text is compact: the plan holds every file's). */
  bodyJson: string;
}

export interface PlannedArticle {
  id: string;
  key: string;
  originalLang: Lang;
  section: string;
  tags: string[];
  authors: string[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  featured: boolean;
  views: number | null;
  /** The original first, then the other languages in the workspace's order. */
  files: PlannedFile[];
}

export interface MarkdownPlan {
  articles: PlannedArticle[];
  /** Sections to add to the workspace, in the order first met. */
  newSections: Section[];
  /** Featured articles, newest first. */
  featured: string[];
  /** Articles with a view count, most viewed first. */
  popular: string[];
}

function shapeOf(body: Body): string {
  return body.root.children.map((b: SerializedBlock) => (b.type === 'list' ? `list:${b.listType}` : b.type)).join(' ');
}

function warnAbout(parsed: ParsedMarkdown, warnings: Warnings): void {
  for (const [kind, n] of Object.entries(parsed.losses) as Array<[keyof ParsedMarkdown['losses'], number]>) warnings.add(kind, parsed.file, n);
  if (parsed.slugChanged) warnings.add('slug', parsed.file);
  if (parsed.titleFrom !== 'field') warnings.add('title', parsed.file);
  for (const name of parsed.meta.ignored) warnings.add('field', parsed.file, 1, name);
}

function fileTimes(parsed: ParsedMarkdown, importTime: string): Pick<PlannedFile, 'createdAt' | 'updatedAt' | 'publishedAt'> {
  const { date, publishDate, lastmod } = parsed.meta;
  const createdAt = date ?? publishDate ?? lastmod ?? importTime;
  const changed = lastmod ?? createdAt;
  return { createdAt, updatedAt: changed > createdAt ? changed : createdAt, publishedAt: publishDate ?? date };
}

function planFile(parsed: ParsedMarkdown, importTime: string): PlannedFile {
  return {
    file: parsed.file,
    lang: parsed.lang,
    title: parsed.title,
    summary: parsed.meta.summary,
    sourceLine: parsed.meta.source,
    slug: parsed.slug,
    draft: parsed.meta.draft,
    leadCaption: parsed.meta.leadCaption,
    ...fileTimes(parsed, importTime),
    shape: shapeOf(parsed.body),
    bodyJson: JSON.stringify(parsed.body),
  };
}

/** A translation's body linked block by block to the original's, when the two line up. */
function linkedToOriginal(original: PlannedFile, translation: PlannedFile): string {
  if (original.shape === '' || translation.shape !== original.shape) return translation.bodyJson;
  const linked = linkByPosition(JSON.parse(original.bodyJson) as Body, JSON.parse(translation.bodyJson) as Body);
  return linked === null ? translation.bodyJson : JSON.stringify(linked);
}

/** Section names from `_index` files: section id → language → title. */
function sectionNames(pages: readonly MarkdownSource[], ctx: ParseContext): Map<string, Map<Lang, string>> {
  const out = new Map<string, Map<Lang, string>>();
  for (const page of pages) {
    let meta: ReturnType<typeof readMeta>;
    try {
      meta = readMeta(splitFrontMatter(page.text).fields);
    } catch (e) {
      if (e instanceof FrontMatterProblem) throw fileProblem(page.file, e.line, e.problem);
      throw e;
    }
    const folder = sectionFolder(page.absPath);
    const id = folder === null ? null : sectionId(folder);
    if (id === null || meta.title === null || meta.title === '') continue;
    const suffix = nameParts(page.absPath).langSuffix;
    const lang = meta.lang ?? (suffix !== null && ctx.languages.includes(suffix) ? suffix : ctx.languages[0]);
    if (lang === undefined || !ctx.languages.includes(lang)) continue;
    let names = out.get(id);
    if (names === undefined) out.set(id, (names = new Map()));
    if (!names.has(lang)) names.set(lang, meta.title);
  }
  return out;
}

function capitalized(name: string): string {
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

function newest(a: PlannedArticle, b: PlannedArticle): number {
  const at = a.publishedAt ?? a.createdAt;
  const bt = b.publishedAt ?? b.createdAt;
  return at < bt ? 1 : at > bt ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Reads and checks every file (one at a time: only its body, as JSON text, is kept) and
 * works the import out; throws naming the first file that cannot be imported.
 */
export async function planMarkdown(
  refs: readonly MarkdownRef[],
  read: (ref: MarkdownRef) => Promise<MarkdownSource>,
  settings: WorkspaceSettings,
  warnings: Warnings,
  importTime: string,
  onFile: (done: number, total: number) => void,
): Promise<MarkdownPlan> {
  const context: ParseContext = { languages: settings.languages, defaultSection: settings.sections[0]?.id ?? null };
  const groups = new Map<string, Array<{ parsed: Omit<ParsedMarkdown, 'body'>; file: PlannedFile }>>();
  const folderOf = new Map<string, string>();
  const sectionPages: MarkdownSource[] = [];
  for (const [i, ref] of refs.entries()) {
    const source = await read(ref);
    if (isSectionPage(ref.absPath)) {
      sectionPages.push(source);
      onFile(i + 1, refs.length);
      continue;
    }
    const parsed = parseMarkdown(source, context);
    warnAbout(parsed, warnings);
    let group = groups.get(parsed.key);
    if (group === undefined) groups.set(parsed.key, (group = []));
    const twin = group.find((g) => g.parsed.lang === parsed.lang);
    if (twin !== undefined) {
      throw fileProblem(source.file, null, say('core.imports.markdown.twin', { other: twin.parsed.file, key: parsed.key, lang: parsed.lang }));
    }
    const { body: _body, ...rest } = parsed;
    group.push({ parsed: rest, file: planFile(parsed, importTime) });
    if (parsed.sectionFolder !== null && !folderOf.has(parsed.section)) folderOf.set(parsed.section, parsed.sectionFolder);
    onFile(i + 1, refs.length);
  }
  if (groups.size === 0) throw importProblem(say('core.imports.onlySectionPages'));

  const rank = (lang: Lang) => {
    const i = settings.languages.indexOf(lang);
    return i === -1 ? settings.languages.length : i;
  };
  const articles: PlannedArticle[] = [];
  for (const [key, group] of groups) {
    group.sort((a, b) => rank(a.parsed.lang) - rank(b.parsed.lang));
    const original = group[0];
    if (original === undefined) continue;
    for (const g of group.slice(1)) {
      if (original.file.shape !== '' && g.file.shape !== original.file.shape) warnings.add('unaligned', g.parsed.file);
      g.file.bodyJson = linkedToOriginal(original.file, g.file);
    }
    const files = group.map((g) => g.file);
    const anyPublished = files.some((f) => !f.draft);
    const published = files.find((f) => !f.draft && f.publishedAt !== null);
    const authors = group.map((g) => g.parsed.meta.authors).find((a) => a.length > 0) ?? [];
    const views = group.map((g) => g.parsed.meta.views).filter((v): v is number => v !== null);
    articles.push({
      id: randomUUID(),
      key,
      originalLang: original.parsed.lang,
      section: original.parsed.section,
      tags: original.parsed.meta.tags,
      authors,
      createdAt: files.map((f) => f.createdAt).reduce((a, b) => (b < a ? b : a)),
      updatedAt: files.map((f) => f.updatedAt).reduce((a, b) => (b > a ? b : a)),
      publishedAt: anyPublished ? (original.file.publishedAt ?? published?.publishedAt ?? null) : null,
      featured: group.some((g) => g.parsed.meta.featured),
      views: views.length > 0 ? Math.max(...views) : null,
      files,
    });
  }

  const known = new Set(settings.sections.map((s) => s.id));
  const names = sectionNames(sectionPages, context);
  const newSections: Section[] = [];
  for (const article of articles) {
    if (known.has(article.section)) continue;
    known.add(article.section);
    const given = names.get(article.section);
    const fallback = capitalized(folderOf.get(article.section) ?? article.section);
    newSections.push({ id: article.section, names: Object.fromEntries(settings.languages.map((lang) => [lang, given?.get(lang) ?? fallback])) });
  }

  const featured = articles.filter((a) => a.featured).sort(newest).map((a) => a.id);
  const popular = articles
    .filter((a) => a.views !== null)
    .sort((a, b) => (b.views as number) - (a.views as number) || newest(a, b))
    .map((a) => a.id);
  return { articles, newSections, featured, popular };
}
