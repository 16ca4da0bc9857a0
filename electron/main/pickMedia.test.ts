import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok, type ImportedMedia } from '../../shared/contract';
import type { Dispatch } from '../core/api/dispatch';
import { TandemError } from '../core/errors';
import { openDialogOptions, pickMedia, withPickMedia, type MediaImporter, type OpenDialogOptionsLike, type ShowOpenDialog } from './pickMedia';
import { shellWords } from './shellWords';

const english = shellWords('en').desktop;
const words = () => english;

const NOW = '2025-01-01T10:00:00.000Z';

function imported(n: number, existed = false): ImportedMedia {
  return {
    media: { id: String(n).repeat(64).slice(0, 64), mime: 'image/jpeg', width: 800, height: 600, bytes: 1000, name: `photo-${n}.jpg`, credit: '', createdAt: NOW, updatedAt: NOW },
    existed,
  };
}

/** A dialog that answers with the given choice and records what it was asked. */
function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const asked: OpenDialogOptionsLike[] = [];
  const showOpenDialog: ShowOpenDialog = async (options) => {
    asked.push(options);
    return answer;
  };
  return { asked, showOpenDialog };
}

/** A library that adds files by name: `bad-*` is refused, `bug-*` throws something that is not a TandemError. */
function fakeLibrary() {
  const added: string[] = [];
  let n = 0;
  const media: MediaImporter = {
    async importFile(filePath) {
      added.push(filePath);
      const base = path.basename(filePath);
      if (base.startsWith('bad-')) throw new TandemError('invalid_input', `${base} is not an image Tandem can read. Add a JPEG, PNG, WebP, AVIF or GIF file.`);
      if (base.startsWith('bug-')) throw new Error('sharp exploded');
      if (base.startsWith('said-')) throw new TandemError('invalid_input', { message: `${base} is said.`, phrase: { key: 'core.media.example', params: { name: base } } });
      n += 1;
      return imported(n, base.startsWith('again-'));
    },
  };
  return { added, media };
}

describe('pickMedia in the desktop shell', () => {
  it('opens the dialog for one image file, and adds the chosen file', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/home/ed/Pictures/lavrov.jpg'] });
    const library = fakeLibrary();
    const answer = await pickMedia({ showOpenDialog: dialog.showOpenDialog, media: library.media, words }, {});
    expect(dialog.asked).toEqual([{ properties: ['openFile'], filters: [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] }] }]);
    expect(library.added).toEqual(['/home/ed/Pictures/lavrov.jpg']);
    expect(answer).toEqual({ ok: true, value: { imported: [imported(1)], refused: [] } });
  });

  it('names the file type in the interface language', () => {
    expect(openDialogOptions(false, english).filters).toEqual([{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] }]);
    expect(openDialogOptions(true, shellWords('ru').desktop)).toEqual({
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Изображения', extensions: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] }],
    });
  });

  it('lets several files be chosen when asked, adding each and collecting the refused ones with their reasons', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/p/a.jpg', '/p/bad-notes.png', '/p/again-b.webp', '/p/bug-c.gif', '/p/said-d.png'] });
    const library = fakeLibrary();
    const errors: unknown[] = [];
    const answer = await pickMedia({ showOpenDialog: dialog.showOpenDialog, media: library.media, words, onInternalError: (e) => errors.push(e) }, { multiple: true });
    expect(dialog.asked[0]?.properties).toEqual(['openFile', 'multiSelections']);
    expect(library.added).toEqual(['/p/a.jpg', '/p/bad-notes.png', '/p/again-b.webp', '/p/bug-c.gif', '/p/said-d.png']);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.imported).toEqual([imported(1), imported(2, true)]);
    expect(answer.value.refused).toEqual([
      { name: 'bad-notes.png', message: 'bad-notes.png is not an image Tandem can read. Add a JPEG, PNG, WebP, AVIF or GIF file.' },
      {
        name: 'bug-c.gif',
        message: expect.stringContaining('bug-c.gif could not be added'),
        phrase: { key: 'core.session.notAdded', params: { name: 'bug-c.gif' } },
      },
      // A refusal core says keeps its phrase, for the interface to say in its language.
      { name: 'said-d.png', message: 'said-d.png is said.', phrase: { key: 'core.media.example', params: { name: 'said-d.png' } } },
    ]);
    // A failure that is not a refusal is a bug: reported, and its detail kept from the person.
    expect(errors).toHaveLength(1);
    expect(answer.value.refused[1]?.message).not.toContain('sharp');
  });

  it('answers with nothing when the dialog is cancelled', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] });
    const library = fakeLibrary();
    expect(await pickMedia({ showOpenDialog: dialog.showOpenDialog, media: library.media, words }, { multiple: false })).toEqual({
      ok: true,
      value: { imported: [], refused: [] },
    });
    expect(library.added).toEqual([]);
  });

  it('refuses input outside the contract before opening the dialog', async () => {
    const dialog = fakeDialog({ canceled: true, filePaths: [] });
    for (const input of [null, 'yes', { multiple: 'yes' }, { multiple: true, path: '/etc/passwd' }]) {
      const answer = await pickMedia({ showOpenDialog: dialog.showOpenDialog, media: fakeLibrary().media, words }, input);
      expect(answer, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const refused = await pickMedia({ showOpenDialog: dialog.showOpenDialog, media: fakeLibrary().media, words }, { multiple: 'yes' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The request was refused: multiple: /), phrase: { key: 'core.common.refused' } } });
    expect(dialog.asked).toEqual([]);
  });

  it('answers internal when the dialog fails or the library answers outside the contract', async () => {
    const errors: unknown[] = [];
    const broken: ShowOpenDialog = () => Promise.reject(new Error('no display'));
    expect(await pickMedia({ showOpenDialog: broken, media: fakeLibrary().media, words, onInternalError: (e) => errors.push(e) }, {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('file dialog'), phrase: { key: 'core.session.dialogFailed' } },
    });
    const odd: MediaImporter = { importFile: async () => ({ media: { id: 'x' }, existed: false }) as unknown as ImportedMedia };
    const dialog = fakeDialog({ canceled: false, filePaths: ['/p/a.jpg'] });
    expect(await pickMedia({ showOpenDialog: dialog.showOpenDialog, media: odd, words, onInternalError: (e) => errors.push(e) }, {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(errors).toHaveLength(2);
  });

  it('is answered by the shell; every other call goes to core', async () => {
    const calls: Array<{ name: unknown; input: unknown }> = [];
    const core: Dispatch = async (name, input) => {
      calls.push({ name, input });
      return ok('from core');
    };
    const dialog = fakeDialog({ canceled: true, filePaths: [] });
    const dispatch = withPickMedia(core, { showOpenDialog: dialog.showOpenDialog, media: fakeLibrary().media, words });
    expect(await dispatch('pickMedia', { multiple: true })).toEqual({ ok: true, value: { imported: [], refused: [] } });
    expect(dialog.asked).toHaveLength(1);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await dispatch('importMedia', { name: 'a.jpg', bytes })).toEqual({ ok: true, value: 'from core' });
    expect(await dispatch('workspaceInfo', {})).toEqual({ ok: true, value: 'from core' });
    expect(calls).toEqual([
      { name: 'importMedia', input: { name: 'a.jpg', bytes } },
      { name: 'workspaceInfo', input: {} },
    ]);
  });
});
