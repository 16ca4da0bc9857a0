import type { ExportJob, ExportScope, ExportSettings, PreflightReport } from '../../../shared/contract';
import { getSettings } from '../store/repositories/workspaceMeta';
import type { Workspace } from '../workspace';
import type { ExportJobs } from './jobs';
import { preflight } from './preflight';
import { readSelection } from './selection';
import { getExportSettings, setExportSettings } from './settings';

/** The export calls of the contract, over one workspace and its job manager. */

export function exportPreflight(ws: Workspace, scope: ExportScope, asOf: number = Date.now()): PreflightReport {
  const settings = getExportSettings(ws);
  const sel = readSelection(ws.db, getSettings(ws.db), settings.baseUrl, scope);
  return preflight(ws.db, sel, scope, asOf);
}

export function startExport(ws: Workspace, jobs: ExportJobs, scope: ExportScope, zip: boolean): ExportJob {
  const { baseUrl, outDir } = getExportSettings(ws);
  return jobs.start({ scope, zip, outDir, baseUrl });
}

export { getExportSettings, setExportSettings };
export type { ExportSettings };
