import path from 'node:path';

/**
 * What Hugo reads from where a Markdown file is: its language (`name.ru.md`), the key that
 * links its languages when the front matter names none (the path under `content/` without
 * the language: `news/some-story`), its section (the folder under `content/`, else the
 * folder it is in) and whether it is a section page (`_index.md`, `_index.ru.md`).
 */

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;

export function isMarkdownFile(name: string): boolean {
  const lower = name.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A file's name without its Markdown extension, and the language code that ends it, if any (`story.ru.md`). */
export function nameParts(file: string): { stem: string; langSuffix: string | null } {
  const base = path.basename(file);
  const ext = MARKDOWN_EXTENSIONS.find((e) => base.toLowerCase().endsWith(e)) ?? '';
  const name = base.slice(0, base.length - ext.length);
  const m = /^(.+)\.([A-Za-z]{2,3})$/.exec(name);
  if (!m) return { stem: name, langSuffix: null };
  return { stem: m[1] as string, langSuffix: (m[2] as string).toLowerCase() };
}

/** Section pages describe a section (its name), not an article. */
export function isSectionPage(file: string): boolean {
  return nameParts(file).stem === '_index';
}

/** The folders of a path from the root down (without the file name). */
function folders(file: string): string[] {
  return path.dirname(path.resolve(file)).split(path.sep).filter((s) => s !== '');
}

/** Where the file sits below the nearest `content` folder above it: the folders in between; null when there is none. */
function underContent(file: string): string[] | null {
  const parts = folders(file);
  const at = parts.lastIndexOf('content');
  return at === -1 ? null : parts.slice(at + 1);
}

/**
 * Hugo's translation key when the front matter has none: the file's path under `content/`
 * (else under `root`, the folder the import was given; else its own folder) without the
 * language and extension (`stem` is the name without them), with `/` between folders.
 */
export function defaultTranslationKey(file: string, root: string | null, stem: string): string {
  const below = underContent(file);
  let dirs: string[];
  if (below !== null) dirs = below;
  else if (root !== null) dirs = path.relative(path.resolve(root), path.dirname(path.resolve(file))).split(path.sep).filter((s) => s !== '' && s !== '.');
  else dirs = [];
  return [...dirs, stem].join('/');
}

/**
 * The folder naming the file's section: the first folder under `content/`; when the file
 * is right in `content/`, none (null); with no `content/` above, the folder it is in.
 */
export function sectionFolder(file: string): string | null {
  const below = underContent(file);
  if (below !== null) return below[0] ?? null;
  const parts = folders(file);
  return parts[parts.length - 1] ?? null;
}
