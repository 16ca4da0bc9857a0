import path from 'node:path';
import { BaseUrlSchema, type ExportSettings } from '../../../shared/contract';
import { assertWritable } from '../articles/rules';
import { TandemError } from '../errors';
import { say } from '../said';
import { getMetaText, putMetaText } from '../store/repositories/exports';
import type { Workspace } from '../workspace';
import { PLACEHOLDER_BASE_URL } from './preflight';

/** The workspace's export settings: the site's base URL and the folder bundles are written to. */

const BASE_URL_KEY = 'export.baseUrl';
const OUT_DIR_KEY = 'export.outDir';

/** A base URL as bundles use it: parsed and ending in `/`. */
export function normalizeBaseUrl(url: string): string {
  const href = new URL(url).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export function getExportSettings(ws: Workspace): ExportSettings {
  const stored = getMetaText(ws.db, BASE_URL_KEY);
  const baseUrl = stored !== undefined && BaseUrlSchema.safeParse(stored).success ? normalizeBaseUrl(stored) : PLACEHOLDER_BASE_URL;
  return { baseUrl, outDir: getMetaText(ws.db, OUT_DIR_KEY) ?? path.join(ws.dir, 'bundle') };
}

/** Refuses an output folder that is the workspace or inside it (but for its `bundle` folder). */
export function checkOutDir(workspaceDir: string, outDir: string): string {
  const resolved = path.resolve(outDir);
  const inside = path.relative(path.resolve(workspaceDir), resolved);
  const within = inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside));
  if (within && inside !== 'bundle' && !inside.startsWith(`bundle${path.sep}`)) {
    throw new TandemError('invalid_input', say('core.export.outDirInside', { folder: resolved }));
  }
  return resolved;
}

export function setExportSettings(ws: Workspace, settings: ExportSettings): ExportSettings {
  assertWritable(ws);
  const outDir = checkOutDir(ws.dir, settings.outDir);
  putMetaText(ws.db, BASE_URL_KEY, normalizeBaseUrl(settings.baseUrl));
  putMetaText(ws.db, OUT_DIR_KEY, outDir);
  return getExportSettings(ws);
}
