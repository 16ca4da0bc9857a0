import type { Dirent, Stats } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { say } from '../said';
import { fileProblem, importProblem } from './problems';
import { isMarkdownFile } from './markdown/paths';
import type { MarkdownSource } from './markdown/parse';

/**
 * What the paths given to an import hold: a Markdown file, a folder (walked for Markdown
 * files, or a Tandem bundle when it holds `manifest.json` at its top), or a `.zip` bundle.
 * A walk leaves out hidden files and folders (`.git`) and does not follow links to folders.
 */

export interface MarkdownRef {
  /** How messages name it. */
  file: string;
  absPath: string;
  /** The folder given, when the file was found in one. */
  root: string | null;
}

export type BundleRef = { kind: 'folder'; label: string; dir: string } | { kind: 'zip'; label: string; file: string };

export interface Sources {
  markdown: MarkdownRef[];
  bundles: BundleRef[];
}

/** The largest Markdown file an import reads. */
export const MAX_MARKDOWN_BYTES = 10 * 1024 * 1024;

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

async function statOf(given: string, label: string): Promise<Stats> {
  try {
    return await fsp.stat(given);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw importProblem(say('core.imports.notThere', { path: label }));
    if (code === 'EACCES' || code === 'EPERM') throw importProblem(say('core.imports.noPermission', { path: label }));
    throw e;
  }
}

async function walk(root: string, dir: string, out: MarkdownRef[], given: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw importProblem(say('core.imports.folderUnreadable', { path: path.join(given, path.relative(root, dir)), code: errnoCode(e) ?? String(e) }));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, abs, out, given);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isMarkdownFile(entry.name)) {
      if (entry.isSymbolicLink() && !(await fsp.stat(abs).catch(() => null))?.isFile()) continue;
      out.push({ file: path.join(given, path.relative(root, abs)), absPath: abs, root });
    }
  }
}

async function hasManifest(dir: string): Promise<boolean> {
  return (await fsp.stat(path.join(dir, 'manifest.json')).catch(() => null))?.isFile() === true;
}

/**
 * Sorts out what each path holds; refuses a path that holds nothing to import. Messages
 * name each path by `label` (as given, unless told otherwise).
 */
export async function findSources(paths: readonly string[], label: (given: string) => string = (given) => given): Promise<Sources> {
  if (paths.length === 0) throw importProblem(say('core.imports.nothingGiven'));
  const markdown: MarkdownRef[] = [];
  const bundles: BundleRef[] = [];
  const seen = new Set<string>();
  for (const target of paths) {
    const given = label(target);
    const abs = path.resolve(target);
    const stat = await statOf(target, given);
    if (stat.isDirectory()) {
      if (await hasManifest(abs)) {
        bundles.push({ kind: 'folder', label: given, dir: abs });
        continue;
      }
      const found: MarkdownRef[] = [];
      await walk(abs, abs, found, given);
      if (found.length === 0) throw importProblem(say('core.imports.noMarkdown', { path: given }));
      for (const ref of found) {
        if (seen.has(ref.absPath)) continue;
        seen.add(ref.absPath);
        markdown.push(ref);
      }
    } else if (target.toLowerCase().endsWith('.zip')) {
      bundles.push({ kind: 'zip', label: given, file: abs });
    } else if (isMarkdownFile(target)) {
      if (!seen.has(abs)) {
        seen.add(abs);
        markdown.push({ file: given, absPath: abs, root: null });
      }
    } else {
      throw importProblem(say('core.imports.notImportablePath', { path: given }));
    }
  }
  if (bundles.length > 1) throw importProblem(say('core.imports.oneBundle'));
  if (bundles.length === 1 && markdown.length > 0) throw importProblem(say('core.imports.bundleFirst'));
  return { markdown, bundles };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a Markdown file as text; refuses one too large or not UTF-8. */
export async function readMarkdown(ref: MarkdownRef): Promise<MarkdownSource> {
  const stat = await fsp.stat(ref.absPath);
  if (stat.size > MAX_MARKDOWN_BYTES) {
    throw fileProblem(ref.file, null, say('core.imports.markdown.tooLarge', { size: Math.ceil(stat.size / 1024 / 1024), max: MAX_MARKDOWN_BYTES / 1024 / 1024 }));
  }
  const bytes = await fsp.readFile(ref.absPath);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw fileProblem(ref.file, null, say('core.imports.markdown.notUtf8'));
  }
  return { file: ref.file, absPath: ref.absPath, root: ref.root, text };
}
