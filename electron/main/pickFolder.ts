import type { Envelope, ParsedInput, PickExportFolderOutput } from '../../shared/contract';
import { createDispatcher, type Dispatch } from '../core/api/dispatch';
import { TandemError } from '../core/errors';
import { say } from '../core/said';

/**
 * `pickExportFolder` in the desktop shell: the system's folder dialog, opened where the
 * export goes now. The folder is only chosen here; the export page saves it as it saves a
 * typed one, with the same checks. Written against the part of Electron's dialog it uses.
 */

export interface FolderDialogOptions {
  title: string;
  defaultPath?: string;
  properties: Array<'openDirectory' | 'createDirectory' | 'promptToCreate'>;
}

/** Electron's `dialog.showOpenDialog` over the window the person works in. */
export type ShowFolderDialog = (options: FolderDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;

export interface PickFolderDeps {
  showOpenDialog: ShowFolderDialog;
  /** The dialog's title in the interface's language now. */
  title(): string;
  onInternalError?: (e: unknown) => void;
}

/** Shows the folder dialog where the export goes now; the chosen folder, or null. */
async function chooseFolder(deps: PickFolderDeps, input: ParsedInput<'pickExportFolder'>): Promise<PickExportFolderOutput> {
  const startIn = input.startIn?.trim();
  const options: FolderDialogOptions = { title: deps.title(), properties: ['openDirectory', 'createDirectory', 'promptToCreate'] };
  if (startIn) options.defaultPath = startIn;
  try {
    const { canceled, filePaths } = await deps.showOpenDialog(options);
    const [folder] = filePaths;
    return { path: canceled || folder === undefined ? null : folder };
  } catch (e) {
    (deps.onInternalError ?? console.error)(e);
    throw new TandemError('internal', say('core.shell.folderDialogFailed'));
  }
}

/** Answers one `pickExportFolder` call, its input and answer checked as core checks its own. */
export function pickExportFolder(deps: PickFolderDeps, input: unknown): Promise<Envelope<PickExportFolderOutput>> {
  const answer = createDispatcher({ pickExportFolder: (checked) => chooseFolder(deps, checked) }, deps.onInternalError)('pickExportFolder', input);
  // The dispatcher has checked the value against the call's output schema.
  return answer as Promise<Envelope<PickExportFolderOutput>>;
}

/** The dispatch with `pickExportFolder` answered by the shell. */
export function withPickExportFolder(dispatch: Dispatch, deps: PickFolderDeps): Dispatch {
  return (name, input) => (name === 'pickExportFolder' ? pickExportFolder(deps, input) : dispatch(name, input));
}

