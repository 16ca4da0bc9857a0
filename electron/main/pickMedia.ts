import path from 'node:path';
import type { Envelope, ImportedMedia, ParsedInput, PickMediaOutput } from '../../shared/contract';
import { createDispatcher, type Dispatch } from '../core/api/dispatch';
import { TandemError } from '../core/errors';
import { say } from '../core/said';
import type { DesktopWords } from './shellWords';

/**
 * `pickMedia` in the desktop shell: the system's file dialog, then each chosen file added
 * to the library by core. The dialog belongs to the shell, not core, so this call is
 * answered here and every other call goes on to core's dispatch. Written against the
 * small part of Electron's dialog it uses, so tests drive it with fakes.
 */

/** As much of Electron's OpenDialogOptions as Tandem sets. */
export interface OpenDialogOptionsLike {
  properties: Array<'openFile' | 'multiSelections'>;
  filters: Array<{ name: string; extensions: string[] }>;
}

/** Electron's `dialog.showOpenDialog`, already bound to the window it belongs to. */
export type ShowOpenDialog = (options: OpenDialogOptionsLike) => Promise<{ canceled: boolean; filePaths: string[] }>;

/** Core's library: adds one file by its path; throws TandemError with a message for the person when it refuses it. */
export interface MediaImporter {
  importFile(filePath: string): Promise<ImportedMedia>;
}

export interface PickMediaDeps {
  showOpenDialog: ShowOpenDialog;
  media: MediaImporter;
  /** The interface's words at the moment the dialog opens (its filter's name). */
  words: () => DesktopWords;
  /** Told about failures that are bugs; console.error by default. */
  onInternalError?: (e: unknown) => void;
}

/** The image files the dialog offers (shared/domain/media.ts MEDIA_TYPES, with .jpeg). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'];

export function openDialogOptions(multiple: boolean, t: DesktopWords): OpenDialogOptionsLike {
  return {
    properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: [{ name: t('images'), extensions: IMAGE_EXTENSIONS }],
  };
}

/** Shows the dialog and adds each chosen file; a file core refuses is listed with its reason. */
async function pickAndAdd(deps: PickMediaDeps, input: ParsedInput<'pickMedia'>): Promise<PickMediaOutput> {
  let chosen: { canceled: boolean; filePaths: string[] };
  try {
    chosen = await deps.showOpenDialog(openDialogOptions(input.multiple, deps.words()));
  } catch (e) {
    (deps.onInternalError ?? console.error)(e);
    throw new TandemError('internal', say('core.session.dialogFailed'));
  }

  const outcome: PickMediaOutput = { imported: [], refused: [] };
  if (chosen.canceled) return outcome;
  // One file at a time: each is decoded and written before the next is read.
  for (const filePath of chosen.filePaths) {
    try {
      outcome.imported.push(await deps.media.importFile(filePath));
    } catch (e) {
      const name = path.basename(filePath);
      if (e instanceof TandemError) {
        outcome.refused.push({ name, ...e.said() });
      } else {
        (deps.onInternalError ?? console.error)(e);
        const said = say('core.session.notAdded', { name });
        outcome.refused.push({ name, message: said.message, phrase: said.phrase });
      }
    }
  }
  return outcome;
}

/** Answers one `pickMedia` call, its input and answer checked as core checks its own. */
export function pickMedia(deps: PickMediaDeps, input: unknown): Promise<Envelope<PickMediaOutput>> {
  const answer = createDispatcher({ pickMedia: (checked) => pickAndAdd(deps, checked) }, deps.onInternalError)('pickMedia', input);
  // The dispatcher has checked the value against the call's output schema.
  return answer as Promise<Envelope<PickMediaOutput>>;
}

/** Core's dispatch with `pickMedia` answered by the shell; the dispatch the IPC transport uses. */
export function withPickMedia(dispatch: Dispatch, deps: PickMediaDeps): Dispatch {
  return (name, input) => (name === 'pickMedia' ? pickMedia(deps, input) : dispatch(name, input));
}
