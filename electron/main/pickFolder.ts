import { contract, ok, type Envelope, type PickExportFolderOutput } from '../../shared/contract';
import type { Dispatch } from '../core/api/dispatch';
import { failSaying, say } from '../core/said';

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

export async function pickExportFolder(deps: PickFolderDeps, input: unknown): Promise<Envelope<PickExportFolderOutput>> {
  const parsed = contract.pickExportFolder.input.safeParse(input);
  if (!parsed.success) return failSaying('invalid_input', say('core.shell.folderDialogUnknown'));
  const startIn = parsed.data.startIn?.trim();
  const options: FolderDialogOptions = { title: deps.title(), properties: ['openDirectory', 'createDirectory', 'promptToCreate'] };
  if (startIn) options.defaultPath = startIn;
  try {
    const { canceled, filePaths } = await deps.showOpenDialog(options);
    const [folder] = filePaths;
    return ok({ path: canceled || folder === undefined ? null : folder });
  } catch (e) {
    (deps.onInternalError ?? console.error)(e);
    return failSaying('internal', say('core.shell.folderDialogFailed'));
  }
}

/** The dispatch with `pickExportFolder` answered by the shell. */
export function withPickExportFolder(dispatch: Dispatch, deps: PickFolderDeps): Dispatch {
  return (name, input) => (name === 'pickExportFolder' ? pickExportFolder(deps, input) : dispatch(name, input));
}

