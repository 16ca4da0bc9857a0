import { SlugSchema } from '../../../../shared/contract';
import type { Lang } from '../../../../shared/domain/languages';
import { LIMITS } from '../../../../shared/domain/limits';
import { slugFromTitle } from '../../../../shared/domain/slug';
import { BodySchema, type Body } from '../../../../shared/editor/nodes';
import { say } from '../../said';
import { fileProblem } from '../problems';
import { BodyProblem, markdownToBody, type BodyLosses } from './body';
import { readMeta, type MarkdownMeta } from './fields';
import { FrontMatterProblem, splitFrontMatter } from './frontMatter';
import { defaultTranslationKey, nameParts, sectionFolder } from './paths';

/**
 * One Markdown file read whole: its front matter checked, its language, translation key
 * and section worked out, its body converted and checked against the body schema. Any
 * problem stops the import, naming the file and line.
 */

/** A Markdown file as the import found it. */
export interface MarkdownSource {
  /** How messages name it (the path as given, or the folder given joined with the path inside it). */
  file: string;
  /** Where it is on disk. */
  absPath: string;
  /** The folder the import was given, when the file was found in one. */
  root: string | null;
  text: string;
}

export interface ParsedMarkdown {
  file: string;
  meta: MarkdownMeta;
  lang: Lang;
  /** Which files are languages of one article. */
  key: string;
  /** The section id, and the folder it came from (null when from the front matter or the workspace's default). */
  section: string;
  sectionFolder: string | null;
  title: string;
  /** Where the title came from when the front matter had none. */
  titleFrom: 'field' | 'heading' | 'file';
  slug: string;
  /** The front matter's slug did not fit Tandem's slugs and was changed. */
  slugChanged: boolean;
  body: Body;
  losses: BodyLosses;
}

export interface ParseContext {
  languages: readonly Lang[];
  /** The section of files that name none and sit right in `content/`. */
  defaultSection: string | null;
}

const SECTION_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A section id from a folder name or a field (`Politics` → `politics`), or null when none can be made. */
export function sectionId(name: string): string | null {
  const id = slugFromTitle(name, 64);
  return SECTION_ID.test(id) ? id : null;
}

function languageOf(source: MarkdownSource, meta: MarkdownMeta, ctx: ParseContext): { lang: Lang; stem: string } {
  const { stem, langSuffix } = nameParts(source.absPath);
  const known = (lang: string) => ctx.languages.includes(lang);
  const suffixIsLanguage = langSuffix !== null && (known(langSuffix) || langSuffix.length === 2);
  const fullStem = langSuffix !== null && !suffixIsLanguage ? `${stem}.${langSuffix}` : stem;
  if (meta.lang !== null) {
    if (!known(meta.lang)) {
      throw fileProblem(source.file, meta.langLine, say('core.imports.markdown.langNotUsed', { lang: meta.lang, languages: ctx.languages.join(', ') }));
    }
    return { lang: meta.lang, stem: fullStem };
  }
  if (langSuffix !== null && suffixIsLanguage) {
    if (!known(langSuffix)) {
      throw fileProblem(
        source.file,
        null,
        say('core.imports.markdown.fileLangNotUsed', { lang: langSuffix, languages: ctx.languages.join(', '), example: ctx.languages[0] ?? 'en' }),
      );
    }
    return { lang: langSuffix, stem: fullStem };
  }
  const first = ctx.languages[0];
  if (first === undefined) throw fileProblem(source.file, null, say('core.imports.markdown.noLanguages'));
  return { lang: first, stem: fullStem };
}

function sectionOf(source: MarkdownSource, meta: MarkdownMeta, ctx: ParseContext): { id: string; folder: string | null } {
  if (meta.section !== null) {
    const id = sectionId(meta.section);
    if (id === null) {
      throw fileProblem(source.file, meta.sectionLine, say('core.imports.markdown.badSection', { section: meta.section }));
    }
    return { id, folder: null };
  }
  const folder = sectionFolder(source.absPath);
  if (folder === null) {
    if (ctx.defaultSection === null) throw fileProblem(source.file, null, say('core.imports.markdown.noSections'));
    return { id: ctx.defaultSection, folder: null };
  }
  const id = sectionId(folder);
  if (id === null) {
    throw fileProblem(source.file, null, say('core.imports.markdown.badFolder', { folder }));
  }
  return { id, folder };
}

/** The first line of the body when it is a `# Title` heading: its text, and the body without it. */
function leadingHeading(body: string): { title: string; rest: string } | null {
  const m = /^\s*#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\n|$)/.exec(body);
  if (!m) return null;
  return { title: (m[1] as string).trim(), rest: body.slice(m[0].length) };
}

function slugOf(meta: MarkdownMeta, title: string): { slug: string; changed: boolean } {
  if (meta.slug === null || meta.slug === '') return { slug: slugFromTitle(title), changed: false };
  if (SlugSchema.safeParse(meta.slug).success) return { slug: meta.slug, changed: false };
  return { slug: slugFromTitle(meta.slug), changed: true };
}

function convertBody(source: MarkdownSource, markdown: string, firstLine: number): { body: Body; losses: BodyLosses } {
  let converted: ReturnType<typeof markdownToBody>;
  try {
    converted = markdownToBody(markdown);
  } catch (e) {
    if (e instanceof BodyProblem) throw fileProblem(source.file, e.line === null ? null : firstLine + e.line - 1, e.problem);
    throw e;
  }
  const json = JSON.stringify(converted.body);
  if (json.length > LIMITS.bodyJsonChars) {
    throw fileProblem(source.file, null, say('core.imports.markdown.bodyTooLong'));
  }
  const checked = BodySchema.safeParse(converted.body);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const said = issue === undefined ? say('core.imports.markdown.bodyInvalidUnknown') : say('core.imports.markdown.bodyInvalid', { detail: issue.message });
    throw fileProblem(source.file, firstLine, said);
  }
  return converted;
}

/** Reads one Markdown file; throws a TandemError naming the file and line when it cannot be imported. */
export function parseMarkdown(source: MarkdownSource, ctx: ParseContext): ParsedMarkdown {
  let split: ReturnType<typeof splitFrontMatter>;
  let meta: MarkdownMeta;
  try {
    split = splitFrontMatter(source.text);
    meta = readMeta(split.fields);
  } catch (e) {
    if (e instanceof FrontMatterProblem) throw fileProblem(source.file, e.line, e.problem);
    throw e;
  }
  const { lang, stem } = languageOf(source, meta, ctx);
  const section = sectionOf(source, meta, ctx);
  let markdown = split.body;
  let firstLine = split.bodyLine;
  let title = meta.title;
  let titleFrom: ParsedMarkdown['titleFrom'] = 'field';
  if (title === null || title === '') {
    const heading = leadingHeading(markdown);
    if (heading !== null) {
      title = heading.title;
      titleFrom = 'heading';
      firstLine += markdown.slice(0, markdown.length - heading.rest.length).split('\n').length - 1;
      markdown = heading.rest;
    } else {
      title = stem;
      titleFrom = 'file';
    }
    if (title.length > LIMITS.title) title = title.slice(0, LIMITS.title);
  }
  const { slug, changed } = slugOf(meta, title);
  const { body, losses } = convertBody(source, markdown, firstLine);
  return {
    file: source.file,
    meta,
    lang,
    key: meta.translationKey ?? defaultTranslationKey(source.absPath, source.root, stem),
    section: section.id,
    sectionFolder: section.folder,
    title,
    titleFrom,
    slug,
    slugChanged: changed,
    body,
    losses,
  };
}
