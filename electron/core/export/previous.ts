import fs from 'node:fs';
import path from 'node:path';
import type { Manifest, ManifestFile } from '../../../shared/domain/bundle';
import { FingerprintMemo } from './inputs';
import { KeyedMemo, keepNewest } from './memo';
import { MANIFEST, readPreviousBundle } from './output';
import { preflightMemory, type PreflightMemory } from './preflight';
import { readState, type ExportState } from './state';

/**
 * The last export to a folder: its manifest (and that file's hash) and its state (the
 * inputs of each file). Read from the folder and the workspace, or, when this process made
 * that export and the folder's manifest is still the file it wrote, taken from memory, with
 * the fingerprints it hashed.
 */

/** What this process keeps of its exports to one folder between them. */
export interface ExportMemory {
  fingerprints: FingerprintMemo;
  /** Each article's `<url>` elements (UTF-8), by its kept row. */
  sitemap: KeyedMemo<Buffer>;
  preflight: PreflightMemory;
}

export interface PreviousExport {
  /** The folder's manifest, its hash and its files by path. */
  bundle: { manifest: Manifest; sha256: string; files: ReadonlyMap<string, ManifestFile> } | null;
  state: ExportState | null;
  memory: ExportMemory;
}

interface Remembered extends PreviousExport {
  /** The manifest file as written (identity, size, time), to tell it was not replaced since. */
  stamp: string;
}

/** By state file (one per workspace and folder); only the most recent few. */
const remembered = new Map<string, Remembered>();
const REMEMBER_FOLDERS = 4;

function stampOf(outDir: string): string | null {
  try {
    const s = fs.statSync(path.join(outDir, MANIFEST), { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}

/** The last export to `outDir`; `statePath` null: no state (every file is made again). */
export function previousExport(outDir: string, statePath: string | null): PreviousExport {
  const found = statePath === null ? undefined : remembered.get(statePath);
  if (found && found.stamp === stampOf(outDir)) return found;
  if (statePath !== null) remembered.delete(statePath);
  const bundle = readPreviousBundle(outDir);
  return {
    bundle: bundle && { ...bundle, files: new Map(bundle.manifest.files.map((f) => [f.path, f])) },
    state: statePath === null ? null : readState(statePath),
    memory: { fingerprints: new FingerprintMemo(), sitemap: new KeyedMemo<Buffer>(), preflight: preflightMemory() },
  };
}

/** Remembers the export just written to `outDir` (after its manifest is in place). */
export function rememberExport(outDir: string, statePath: string, done: PreviousExport): void {
  const stamp = stampOf(outDir);
  remembered.delete(statePath);
  if (stamp === null) return;
  done.memory.fingerprints.turn();
  done.memory.sitemap.turn();
  remembered.set(statePath, { ...done, stamp });
  keepNewest(remembered, REMEMBER_FOLDERS);
}

/** Forgets every remembered export (tests). */
export function forgetExports(): void {
  remembered.clear();
}
