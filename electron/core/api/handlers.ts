import { getArticle, createArticle, deleteArticle, listArticles, restoreArticle, setGuidance, updateArticle, updateTranslation, workspaceInfo } from '../articles/service';
import { TandemError } from '../errors';
import { say } from '../said';
import { createExportJobs, type ExportJobs } from '../export/jobs';
import { exportPreflight, getExportSettings, setExportSettings, startExport } from '../export/service';
import { openImportStaging, type ImportStaging } from '../import/staging';
import { createList, deleteList, getList, getRelatedList, listLists, updateList, updateRelatedList } from '../lists/service';
import { relatedSuggestions } from '../lists/suggestions';
import { openMediaLibrary, type MediaLibrary } from '../media/library';
import { getRevision, listRevisions, restoreRevision, saveRevision } from '../revisions/service';
import { createSampleArticles } from '../samples/create';
import { searchArticles } from '../search/service';
import { storeErrorToTandemError } from '../store/db';
import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';

/** Runs a handler, turning a failure of the store itself into an error a person can act on. */
function guarded<A, R>(handler: (input: A) => R): (input: A) => R {
  return (input) => {
    try {
      return handler(input);
    } catch (e) {
      throw storeErrorToTandemError(e);
    }
  };
}

/** The same for a handler that answers later. */
function guardedAsync<A, R>(handler: (input: A) => Promise<R>): (input: A) => Promise<R> {
  return async (input) => {
    try {
      return await handler(input);
    } catch (e) {
      throw storeErrorToTandemError(e);
    }
  };
}

/**
 * Core's answer to every call of the contract, over one open workspace, its photo library,
 * its export jobs and the files staged for import (made here when not given; whoever
 * passes the library and the jobs closes them).
 */
export function createHandlers(
  ws: Workspace,
  media: MediaLibrary = openMediaLibrary(ws),
  jobs: ExportJobs = createExportJobs(ws),
  imports: ImportStaging = openImportStaging(ws),
): Handlers {
  return {
    workspaceInfo: guarded(() => workspaceInfo(ws)),
    createSampleArticles: guarded(() => createSampleArticles(ws)),
    setGuidance: guarded((input) => setGuidance(ws, input)),
    listArticles: guarded((input) => listArticles(ws, input)),
    getArticle: guarded((input) => getArticle(ws, input.articleId)),
    createArticle: guarded((input) => createArticle(ws, input)),
    updateTranslation: guarded((input) => {
      // The caller holds the body it sent: the answer leaves it out.
      const { body: _body, bodyProblem: _problem, ...saved } = updateTranslation(ws, input);
      return saved;
    }),
    updateArticle: guarded((input) => updateArticle(ws, input)),
    deleteArticle: guarded((input) => deleteArticle(ws, input.articleId)),
    restoreArticle: guarded((input) => restoreArticle(ws, input.articleId)),
    saveRevision: guarded((input) => saveRevision(ws, input)),
    listRevisions: guarded((input) => listRevisions(ws, input)),
    getRevision: guarded((input) => getRevision(ws, input.revisionId)),
    restoreRevision: guarded((input) => restoreRevision(ws, input)),
    search: guarded((input) => searchArticles(ws.db, input)),
    listMedia: guarded((input) => media.list(input)),
    getMedia: guarded((input) => media.get(input.mediaId)),
    importMedia: guardedAsync((input) => media.importBytes(input.name, input.bytes)),
    pickMedia: () => {
      throw new TandemError('unavailable', say('core.common.outsideCore.pickMedia'));
    },
    pickExportFolder: () => {
      throw new TandemError('unavailable', say('core.shell.folderDialogDesktopOnly'));
    },
    // The person's preferences and which workspace is open belong to the session above
    // core (electron/session/), which answers these before they reach here.
    getPreferences: () => {
      throw new TandemError('unavailable', say('core.common.outsideCore.getPreferences'));
    },
    setPreferences: () => {
      throw new TandemError('unavailable', say('core.common.outsideCore.setPreferences'));
    },
    openWorkspace: () => {
      throw new TandemError('unavailable', say('core.common.outsideCore.openWorkspace'));
    },
    updateMedia: guarded((input) => media.updateCredit(input.mediaId, input.credit)),
    deleteMedia: guardedAsync(async (input) => {
      await media.remove(input.mediaId);
      return { deleted: input.mediaId };
    }),
    listLists: guarded(() => listLists(ws)),
    getList: guarded((input) => getList(ws, input.listId)),
    getRelatedList: guarded((input) => getRelatedList(ws, input.articleId)),
    createList: guarded((input) => createList(ws, input)),
    updateList: guarded((input) => updateList(ws, input)),
    updateRelatedList: guarded((input) => updateRelatedList(ws, input)),
    deleteList: guarded((input) => deleteList(ws, input.listId)),
    relatedSuggestions: guarded((input) => relatedSuggestions(ws, input)),
    getExportSettings: guarded(() => getExportSettings(ws)),
    setExportSettings: guarded((input) => setExportSettings(ws, input)),
    exportPreflight: guarded((input) => exportPreflight(ws, input.scope)),
    startExport: guarded((input) => startExport(ws, jobs, input.scope, input.zip)),
    exportStatus: guarded((input) => jobs.status(input.jobId)),
    cancelExport: guarded((input) => jobs.cancel(input.jobId)),
    stageImportFile: guardedAsync((input) => imports.stage(input)),
    importStaged: guardedAsync((input) => imports.importStaged(input.batchId)),
    discardImport: guardedAsync((input) => imports.discard(input.batchId)),
  };
}
