import fs from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { TandemError } from '../core/errors';
import { say } from '../core/said';
import { STORE_FILE } from '../core/store/db';
import { folderReason } from '../core/workspace';

/**
 * What a folder must be before a workspace is opened or created in it, said plainly when
 * it is not. Opening never makes a workspace by accident: a folder without Tandem's store
 * is refused. Creating wants a folder that is empty or not there yet.
 */

/** Files a system leaves in any folder a person has looked at; they do not make a folder "not empty". */
const SYSTEM_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** The folder a person typed, as an absolute path (`~` is their home folder); refused when it is relative. */
export function workspaceFolder(typed: string, home: string = homedir()): string {
  const trimmed = typed.trim();
  const expanded = trimmed === '~' ? home : /^~[\\/]/.test(trimmed) ? path.join(home, trimmed.slice(2)) : trimmed;
  if (!path.isAbsolute(expanded)) {
    throw new TandemError('invalid_input', say('core.session.notFullPath', { typed: trimmed, example: path.join(home, 'Tandem', 'Newsroom') }));
  }
  return path.resolve(expanded);
}

function statOf(target: string): fs.Stats | null {
  try {
    return fs.statSync(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new TandemError('unavailable', say('core.session.cannotLook', { target, detail: e instanceof Error ? e.message : String(e) }));
  }
}

/** Refuses, with what to do, a folder that holds no Tandem workspace. */
export function checkCanOpen(dir: string): void {
  const folder = statOf(dir);
  if (!folder) {
    throw new TandemError('not_found', say('core.session.noFolder', { dir }));
  }
  if (!folder.isDirectory()) {
    throw new TandemError('not_found', say('core.session.isFile', { dir, store: STORE_FILE }));
  }
  const store = statOf(path.join(dir, STORE_FILE));
  if (!store?.isFile()) {
    throw new TandemError('not_found', say('core.session.noWorkspace', { dir, store: STORE_FILE }));
  }
}

/**
 * Refuses a folder a new workspace cannot go into; otherwise makes it (when missing) and
 * answers the first folder it made, so a failure after this can take it away again.
 */
export function prepareNewWorkspace(dir: string): { created: string | null } {
  const folder = statOf(dir);
  if (folder && !folder.isDirectory()) {
    throw new TandemError('conflict', say('core.session.createInFile', { dir }));
  }
  if (folder) {
    if (statOf(path.join(dir, STORE_FILE))) {
      throw new TandemError('conflict', say('core.session.alreadyWorkspace', { dir }));
    }
    const entries = fs.readdirSync(dir).filter((name) => !SYSTEM_LITTER.has(name));
    if (entries.length > 0) {
      throw new TandemError('conflict', say('core.session.notEmpty', { dir, count: entries.length }));
    }
  }
  let created: string | null = null;
  try {
    created = fs.mkdirSync(dir, { recursive: true }) ?? null;
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    removeCreated(created);
    // A name in the way is said in the system's words here, as it always was.
    throw new TandemError('unavailable', say('core.session.cannotCreate', { dir, reason: folderReason(e, ['EEXIST']) }));
  }
  return { created };
}

/** Takes away a folder made for a workspace that could not be created. */
export function removeCreated(created: string | null): void {
  if (created === null) return;
  try {
    fs.rmSync(created, { recursive: true, force: true });
  } catch {
    // Left behind, empty or nearly so: harmless.
  }
}
