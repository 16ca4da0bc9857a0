import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { IMPORT_LIMITS, importFileKind, type ImportSummary, type StageImportFileInput, type StagedImport } from '../../../shared/contract';
import { assertWritable } from '../articles/rules';
import { TandemError } from '../errors';
import { nodeMediaFs, writeDurably, type MediaFs } from '../media/files';
import { say } from '../said';
import type { Workspace } from '../workspace';
import { importProblem } from './problems';
import { importPaths, type ImportOptions, type ImportResult } from './service';
import { MAX_MARKDOWN_BYTES } from './sources';

/**
 * Files chosen in the interface, kept in the workspace until they are imported together.
 *
 * ```
 * <workspace>/imports/<batchId>/content/<name>   a chosen file, under its own name
 * <workspace>/imports/<batchId>/*.part           a file being written
 * ```
 *
 * The files sit in a `content/` folder so that Hugo's rules read them as files right in
 * `content/`: a file without `section` goes to the workspace's first section, and
 * `story.ru.md` and `story.en.md` are one article. A name is the file's own name, never a
 * path. A batch is imported whole (importPaths, all or nothing), then removed whatever
 * happened; one left untouched for a day is removed when the workspace opens or a file is
 * next staged.
 */

export const STAGING_FOLDER = 'imports';
/** A batch untouched for this long was abandoned (a window closed mid-way). */
export const STAGING_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface ImportStagingOptions {
  /** The clock, in milliseconds (tests move it on). */
  now?: () => number;
  /** Lower limits (tests). */
  limits?: { bytes?: number; files?: number };
  /** The file operations (tests make them fail). */
  files?: MediaFs;
  /** Hears what could not be cleared away (nothing depends on it). */
  log?: (message: string) => void;
}

export interface ImportStaging {
  /** Keeps one file for the batch; the same name again replaces it. */
  stage(input: StageImportFileInput): Promise<StagedImport>;
  /** Imports the batch's files, all or nothing, then removes them whatever happened. */
  importStaged(batchId: string, options?: Omit<ImportOptions, 'label'>): Promise<ImportSummary>;
  /** Removes the batch's files; false when there were none. */
  discard(batchId: string): Promise<{ discarded: boolean }>;
  /** Removes batches untouched for a day, but not one being imported; answers how many went. */
  sweep(): number;
}

const BATCH_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names Windows keeps for devices, whatever the extension. */
const DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** Megabytes to one decimal, rounded up, so a file just over the limit never reads as exactly the limit. */
function megabytes(bytes: number): number {
  return Math.ceil(bytes / 100_000) / 10;
}

/** A name as a refusal quotes it: long ones cut short. */
function shortened(name: string): string {
  return name.length > 80 ? `${name.slice(0, 80)}…` : name;
}

/**
 * The name a chosen file is kept under: its own name, checked. A path (separators, `..`)
 * or a NUL is refused, as is any kind of file Tandem does not import; characters some
 * systems do not allow in names become `_`.
 */
export function stagedFileName(given: string): string {
  const name = given.trim();
  if (name === '' || name.includes('/') || name.includes('\\') || name.includes('\0') || name.includes('..') || path.basename(name) !== name) {
    throw importProblem(say('core.imports.notFileName', { name: shortened(given) }));
  }
  if (importFileKind(name) === null) {
    throw importProblem(say('core.imports.notImportable', { name: shortened(name) }));
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const safe = name.replace(/[<>:"|?*\u0000-\u001f]/g, '_');
  return DEVICE_NAMES.test(safe) ? `_${safe}` : safe;
}

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

function toSummary(result: ImportResult): ImportSummary {
  return {
    kind: result.kind,
    articles: result.articles,
    translations: result.translations,
    lists: result.lists,
    sections: result.sections,
    images: result.media,
    warnings: result.warnings.map(({ message, phrase }) => ({ message, phrase })),
  };
}

export function openImportStaging(ws: Workspace, options: ImportStagingOptions = {}): ImportStaging {
  const root = path.join(ws.dir, STAGING_FOLDER);
  const now = options.now ?? (() => Date.now());
  const files = options.files ?? nodeMediaFs;
  const log = options.log ?? ((message: string) => console.error(message));
  const maxBytes = options.limits?.bytes ?? IMPORT_LIMITS.bytes;
  const maxFiles = options.limits?.files ?? IMPORT_LIMITS.files;
  /** What each batch this run has seen holds: name → size. */
  const batches = new Map<string, Map<string, number>>();
  /** Batches being imported now. */
  const importing = new Set<string>();

  const batchDir = (batchId: string): string => {
    if (!BATCH_ID.test(batchId)) throw new TandemError('invalid_input', say('core.imports.unknownBatch'));
    return path.join(root, batchId.toLowerCase());
  };
  const contentDir = (batchId: string): string => path.join(batchDir(batchId), 'content');

  const refuseWhileImporting = (batchId: string, doing: 'adding' | 'importing' | 'discarding'): void => {
    if (!importing.has(batchId.toLowerCase())) return;
    const said =
      doing === 'adding' ? say('core.imports.busyAdding') : doing === 'importing' ? say('core.imports.busyImporting') : say('core.imports.busyDiscarding');
    throw new TandemError('conflict', said);
  };

  /** The files in the batch's folder, with their sizes. */
  const readBatch = async (batchId: string): Promise<Map<string, number>> => {
    const found = new Map<string, number>();
    const dir = contentDir(batchId);
    const entries = await fsp.readdir(dir, { withFileTypes: true }).catch((e: unknown) => {
      if (errnoCode(e) === 'ENOENT') return [];
      throw e;
    });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const stat = await fsp.stat(path.join(dir, entry.name)).catch(() => null);
      if (stat) found.set(entry.name, stat.size);
    }
    return found;
  };

  /** The batch's files and sizes: remembered, or read from its folder (a batch staged before a restart). */
  const filesOf = async (batchId: string): Promise<Map<string, number>> => {
    const key = batchId.toLowerCase();
    const known = batches.get(key);
    if (known) return known;
    const found = await readBatch(batchId);
    batches.set(key, found);
    return found;
  };

  const remove = async (batchId: string): Promise<boolean> => {
    const dir = batchDir(batchId);
    batches.delete(batchId.toLowerCase());
    const existed = fs.existsSync(dir);
    try {
      await files.remove(dir);
    } catch (e) {
      log(`Tandem could not remove the import files in ${dir}: ${e instanceof Error ? e.message : String(e)}. They are removed within a day.`);
    }
    return existed;
  };

  const sweep = (): number => {
    let names: string[];
    try {
      names = fs.readdirSync(root);
    } catch {
      return 0;
    }
    let removed = 0;
    const time = now();
    for (const name of names) {
      if (importing.has(name.toLowerCase())) continue;
      const entry = path.join(root, name);
      try {
        if (time - fs.lstatSync(entry).mtimeMs <= STAGING_MAX_AGE_MS) continue;
        fs.rmSync(entry, { recursive: true, force: true });
        batches.delete(name.toLowerCase());
        removed++;
      } catch (e) {
        log(`Tandem could not remove the old import files in ${entry}: ${e instanceof Error ? e.message : String(e)}.`);
      }
    }
    return removed;
  };

  /** Refuses what would make the batch something Tandem cannot import, before the bytes are written. */
  const checkFits = (staged: ReadonlyMap<string, number>, name: string, size: number): void => {
    if (size === 0) throw importProblem(say('core.imports.emptyFile', { name }));
    const limitMb = Math.round(maxBytes / 1_000_000);
    if (size > maxBytes) {
      throw importProblem(say('core.imports.fileTooLarge', { name, size: megabytes(size), max: limitMb }), 'payload_too_large');
    }
    const kind = importFileKind(name);
    if (kind === 'markdown' && size > MAX_MARKDOWN_BYTES) {
      throw importProblem(say('core.imports.markdownTooLarge', { name, size: megabytes(size), max: MAX_MARKDOWN_BYTES / 1024 / 1024 }));
    }
    const others = [...staged.entries()].filter(([other]) => other !== name);
    const bundle = others.find(([other]) => importFileKind(other) === 'bundle')?.[0];
    if (kind === 'bundle' && bundle !== undefined) {
      throw importProblem(say('core.imports.bundleChosen', { name: bundle }));
    }
    if ((kind === 'bundle' && others.length > 0) || (kind === 'markdown' && bundle !== undefined)) {
      throw importProblem(say('core.imports.bundleAlone'));
    }
    if (others.length + 1 > maxFiles) throw importProblem(say('core.imports.tooManyFiles', { max: maxFiles }));
    const total = others.reduce((sum, [, bytes]) => sum + bytes, size);
    if (total > maxBytes) {
      throw importProblem(say('core.imports.filesTooLarge', { size: megabytes(total), max: limitMb }), 'payload_too_large');
    }
  };

  if (!ws.readOnly) sweep();

  return {
    async stage(input) {
      assertWritable(ws);
      const name = stagedFileName(input.name);
      refuseWhileImporting(input.batchId, 'adding');
      sweep();
      const staged = await filesOf(input.batchId);
      checkFits(staged, name, input.bytes.byteLength);
      // Counted before it is written, so files staged at the same time are counted together.
      const before = staged.get(name);
      staged.set(name, input.bytes.byteLength);
      const dir = batchDir(input.batchId);
      try {
        await writeDurably(files, dir, path.join(contentDir(input.batchId), name), input.bytes);
        const time = new Date(now());
        await fsp.utimes(dir, time, time);
      } catch (e) {
        if (before === undefined) staged.delete(name);
        else staged.set(name, before);
        if (errnoCode(e) === 'ENOSPC') throw importProblem(say('core.imports.diskFull', { name }));
        throw e;
      }
      return { batchId: input.batchId, files: staged.size };
    },

    async importStaged(batchId, importOptions = {}) {
      assertWritable(ws);
      refuseWhileImporting(batchId, 'importing');
      const key = batchId.toLowerCase();
      importing.add(key);
      try {
        const dir = contentDir(batchId);
        // What is in the folder is what is imported: every file staged there whole.
        const staged = [...(await readBatch(batchId)).keys()].sort();
        if (staged.length === 0) {
          throw new TandemError('not_found', say('core.imports.noFiles'));
        }
        const result = await importPaths(
          ws,
          staged.map((name) => path.join(dir, name)),
          { ...importOptions, label: (given) => path.basename(given) },
        );
        return toSummary(result);
      } finally {
        importing.delete(key);
        await remove(batchId);
      }
    },

    async discard(batchId) {
      refuseWhileImporting(batchId, 'discarding');
      return { discarded: await remove(batchId) };
    },

    sweep,
  };
}
