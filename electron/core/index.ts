import { fail } from '../../shared/contract';
import { createDispatcher, type Dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { createExportJobs, type ExportJobs } from './export/jobs';
import { openMediaLibrary, type MediaLibrary, type MediaLibraryOptions } from './media/library';
import { openWorkspace, type Workspace } from './workspace';

/** Core, open on one workspace: what every transport, the command line and tests hold. */
export interface Core {
  workspace: Workspace;
  /** The workspace's photo library (the transports serve its variants). */
  media: MediaLibrary;
  /** Export jobs (the transports poll them through the contract; the command line waits on them). */
  exports: ExportJobs;
  /** The contract's one entry point: validates, runs, answers with an envelope. */
  dispatch: Dispatch;
  close(): void;
}

/** Opens the workspace in `dir` and serves the contract over it. Throws TandemError('unavailable') when it cannot. */
export function openCore(dir: string, options: { onInternalError?: (e: unknown) => void; media?: MediaLibraryOptions } = {}): Core {
  const workspace = openWorkspace(dir);
  const media = openMediaLibrary(workspace, options.media);
  const exports = createExportJobs(workspace);
  const dispatchOpen = createDispatcher(createHandlers(workspace, media, exports), options.onInternalError);
  let closed = false;
  const dispatch: Dispatch = (name, input) =>
    closed
      ? Promise.resolve(fail('unavailable', 'The workspace has been closed, so nothing was done. Open it again to continue.'))
      : dispatchOpen(name, input);
  return {
    workspace,
    media,
    exports,
    dispatch,
    close: () => {
      closed = true;
      exports.close();
      media.close();
      workspace.close();
    },
  };
}
