import fs from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { TandemError } from '../core/errors';
import { STORE_FILE } from '../core/store/db';

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
    throw new TandemError(
      'invalid_input',
      `"${trimmed}" is not a full path. Give the whole path of the folder, such as ${path.join(home, 'Tandem', 'Newsroom')}.`,
    );
  }
  return path.resolve(expanded);
}

function statOf(target: string): fs.Stats | null {
  try {
    return fs.statSync(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new TandemError('unavailable', `Tandem cannot look into ${target} (${e instanceof Error ? e.message : String(e)}). Check that you may read it, or choose another folder.`);
  }
}

/** Refuses, with what to do, a folder that holds no Tandem workspace. */
export function checkCanOpen(dir: string): void {
  const folder = statOf(dir);
  if (!folder) {
    throw new TandemError('not_found', `There is no folder ${dir}. Check the path, or use Create new workspace to make a new workspace there.`);
  }
  if (!folder.isDirectory()) {
    throw new TandemError('not_found', `${dir} is a file, not a folder. Give the folder that holds the workspace (the one with ${STORE_FILE} in it).`);
  }
  const store = statOf(path.join(dir, STORE_FILE));
  if (!store?.isFile()) {
    throw new TandemError(
      'not_found',
      `There is no Tandem workspace in ${dir}: it holds no ${STORE_FILE}. Check the path; to start a new workspace, use Create new workspace with an empty folder.`,
    );
  }
}

/** Why a folder cannot be written to, in words. */
function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'you do not have permission to write there',
    EPERM: 'you do not have permission to write there',
    EROFS: 'it is on a read-only disk',
    ENOSPC: 'the disk is full',
    ENOTDIR: 'part of that path is a file, not a folder',
    ENAMETOOLONG: 'the path is too long',
  };
  return (code && reasons[code]) ?? `the system said: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * Refuses a folder a new workspace cannot go into; otherwise makes it (when missing) and
 * answers the first folder it made, so a failure after this can take it away again.
 */
export function prepareNewWorkspace(dir: string): { created: string | null } {
  const folder = statOf(dir);
  if (folder && !folder.isDirectory()) {
    throw new TandemError('conflict', `${dir} is a file. Give a folder that is empty or does not exist yet.`);
  }
  if (folder) {
    if (statOf(path.join(dir, STORE_FILE))) {
      throw new TandemError('conflict', `There is already a Tandem workspace in ${dir}. Use Open to open it, or give an empty folder to create a new one.`);
    }
    const entries = fs.readdirSync(dir).filter((name) => !SYSTEM_LITTER.has(name));
    if (entries.length > 0) {
      throw new TandemError(
        'conflict',
        `The folder ${dir} is not empty (it holds ${entries.length === 1 ? '1 item' : `${entries.length} items`}), so no workspace was created there. ` +
          'Give an empty folder, or a new folder name: Tandem makes the folder for you.',
      );
    }
  }
  let created: string | null = null;
  try {
    created = fs.mkdirSync(dir, { recursive: true }) ?? null;
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (e) {
    removeCreated(created);
    throw new TandemError('unavailable', `Tandem cannot create a workspace in ${dir}: ${writeProblem(e)}. Choose a folder you may write to, such as one in your home folder.`);
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
