import { describe, expect, it } from 'vitest';
import { ok } from '../../shared/contract';
import type { Dispatch } from '../core/api/dispatch';
import { pickExportFolder, withPickExportFolder, type FolderDialogOptions, type ShowFolderDialog } from './pickFolder';

function fakeDialog(answer: { canceled: boolean; filePaths: string[] } | Error) {
  const asked: FolderDialogOptions[] = [];
  const showOpenDialog: ShowFolderDialog = async (options) => {
    asked.push(options);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { asked, showOpenDialog };
}

const title = () => 'Choose the export folder';

describe('pickExportFolder in the desktop shell', () => {
  it('opens the folder dialog where the export goes now, and answers with the chosen folder', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/home/desk/site'] });
    const answer = await pickExportFolder({ showOpenDialog: dialog.showOpenDialog, title }, { startIn: '/home/desk/old' });
    expect(dialog.asked).toEqual([{ title: 'Choose the export folder', defaultPath: '/home/desk/old', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] }]);
    expect(answer).toEqual({ ok: true, value: { path: '/home/desk/site' } });
  });

  it('answers null when the dialog is cancelled, and opens without a start when none is given', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] });
    expect(await pickExportFolder({ showOpenDialog: dialog.showOpenDialog, title }, {})).toEqual({ ok: true, value: { path: null } });
    expect(dialog.asked[0]?.defaultPath).toBeUndefined();
  });

  it('refuses a request it does not know, and says so when the dialog fails, without opening anything twice', async () => {
    const dialog = fakeDialog(new Error('no display'));
    const errors: unknown[] = [];
    const refused = await pickExportFolder({ showOpenDialog: dialog.showOpenDialog, title }, { startIn: 7 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', phrase: { key: 'core.common.refused' } } });
    expect(dialog.asked).toHaveLength(0);
    const failed = await pickExportFolder({ showOpenDialog: dialog.showOpenDialog, title, onInternalError: (e) => errors.push(e) }, {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('Type the folder instead') } });
    expect(errors).toHaveLength(1);
  });

  it('answers only pickExportFolder itself; every other call goes on to the dispatch', async () => {
    const passed: string[] = [];
    const dispatch: Dispatch = async (name) => {
      passed.push(String(name));
      return ok({});
    };
    const dialog = fakeDialog({ canceled: false, filePaths: ['/x'] });
    const wrapped = withPickExportFolder(dispatch, { showOpenDialog: dialog.showOpenDialog, title });
    expect(await wrapped('pickExportFolder', {})).toEqual({ ok: true, value: { path: '/x' } });
    await wrapped('getExportSettings', {});
    expect(passed).toEqual(['getExportSettings']);
  });
});
