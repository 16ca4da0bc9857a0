import { describe, expect, it } from 'vitest';
import { TandemError } from '../core/errors';
import { say } from '../core/said';
import { sayError, shellWords } from './shellWords';

describe("the desktop shell's words", () => {
  it('says the desktop and menu areas in the language asked for', () => {
    const en = shellWords('en');
    const ru = shellWords('ru');
    expect(en.desktop('contextMenu.selectAll')).toBe('Select All');
    expect(ru.desktop('contextMenu.selectAll')).toBe('Выделить всё');
    expect(en.menu('chooseExportFolder')).toBe('Choose the folder to export to');
    expect(ru.menu('backedUp', { file: '/home/ed/b.db' })).toBe('Резервная копия рабочей папки сохранена в /home/ed/b.db.');
  });

  it('is checked by the compiler: a key outside its area, or a text without its values, does not build', () => {
    const en = shellWords('en');
    // @ts-expect-error -- a key of another area
    en.desktop('file');
    // @ts-expect-error -- {{reason}} is missing
    en.desktop('crash.detail');
    // @ts-expect-error -- a value the text has no place for
    en.desktop('crash.message', { reason: 'x' });
    expect(en.desktop('crash.detail', { reason: 'Why.' })).toMatch(/^Why\. Everything Tandem showed/);
  });

  it('words the box for a workspace that cannot open as before, in English, and in Russian', () => {
    const values = { message: 'No workspace.', folder: '/home/ed/{{desk}}' };
    expect(shellWords('en').desktop('cannotOpen.message')).toBe('Tandem cannot open its workspace');
    expect(shellWords('en').desktop('cannotOpen.detail', values)).toBe('No workspace.\n\nWorkspace folder: /home/ed/{{desk}}');
    expect(shellWords('ru').desktop('cannotOpen.detail', values)).toBe('No workspace.\n\nРабочая папка: /home/ed/{{desk}}');
  });

  it("says core's sentences in the interface language, and core's English when it has no phrase for them", () => {
    const sentence = say('core.session.couldNotOpen', { dir: '/desk' });
    expect(shellWords('en').said(sentence)).toBe(sentence.message);
    expect(shellWords('ru').said(sentence)).toMatch(/^Tandem не смог открыть рабочую папку \/desk\./);
    expect(shellWords('ru').said({ message: 'Plain English.' })).toBe('Plain English.');
    expect(shellWords('ru').said({ message: 'Unknown.', phrase: { key: 'core.nothing.here' } })).toBe('Unknown.');
  });

  it('says an error that reached the shell: a TandemError in the interface language, anything else as it is', () => {
    const ru = shellWords('ru');
    expect(sayError(ru, new TandemError('unavailable', say('core.session.couldNotOpen', { dir: '/desk' })))).toMatch(/^Tandem не смог/);
    expect(sayError(ru, new TandemError('unavailable', 'Only English.'))).toBe('Only English.');
    expect(sayError(ru, new Error('disk full'))).toBe('disk full');
    expect(sayError(ru, 'odd')).toBe('odd');
  });
});
