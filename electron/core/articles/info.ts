import type { WorkspaceInfo } from '../../../shared/contract';
import { countArticles } from '../store/repositories/articles';
import type { Guidance } from '../../../shared/domain/guidance';
import { DEFAULT_SETTINGS, getSettings, putGuidance, type WorkspaceSettings } from '../store/repositories/workspaceMeta';
import { assertWritable } from './rules';
import { schemaVersion } from '../store/migrate';
import type { Workspace } from '../workspace';

/**
 * What the app shows about the open workspace. A damaged store may fail some of these
 * reads; the answer then falls back to defaults, so the app can still say what is wrong.
 */
export function workspaceInfo(ws: Workspace): WorkspaceInfo {
  const degrade = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (e) {
      if (!ws.readOnly) throw e;
      return fallback;
    }
  };
  const settings: WorkspaceSettings = degrade(() => getSettings(ws.db), DEFAULT_SETTINGS);
  const counts = degrade(() => countArticles(ws.db), { live: 0, trash: 0 });
  return {
    path: ws.dir,
    languages: [...settings.languages],
    sections: settings.sections.map((s) => ({ id: s.id, names: { ...s.names } })),
    readOnly: ws.readOnly,
    problem: ws.problem,
    problemPhrase: ws.problemPhrase ?? null,
    articleCount: counts.live,
    trashCount: counts.trash,
    schemaVersion: degrade(() => schemaVersion(ws.db), 0),
    guidance: { ...settings.guidance },
  };
}

/** Sets the desk's length guidance for titles and summaries; answers with the workspace as it now is. */
export function setGuidance(ws: Workspace, guidance: Guidance): WorkspaceInfo {
  ws.db.transaction(() => {
    assertWritable(ws);
    putGuidance(ws.db, guidance);
  })();
  return workspaceInfo(ws);
}
