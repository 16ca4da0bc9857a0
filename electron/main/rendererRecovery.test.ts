import { describe, expect, it } from 'vitest';
import {
  CRASH_BUTTONS,
  UNRESPONSIVE_BUTTONS,
  crashBox,
  unresponsiveBox,
  watchRenderer,
  type RecoverableContents,
  type RecoverableWindow,
  type RecoveryMessageBox,
} from './rendererRecovery';
import { shellWords, type DesktopWords } from './shellWords';

const english = shellWords('en').desktop;
const russian = shellWords('ru').desktop;

type Listener = (...args: unknown[]) => void;

/** A window and its page that record what recovery does to them. */
class FakeContents implements RecoverableContents {
  readonly listeners = new Map<string, Listener[]>();
  readonly done: string[] = [];
  destroyed = false;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  reload(): void {
    this.done.push('reload');
  }
  forcefullyCrashRenderer(): void {
    this.done.push('stop page');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

class FakeWindow implements RecoverableWindow {
  readonly webContents = new FakeContents();
  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.webContents.done.push('close');
  }
}

/** A message box the test answers; an aborted box answers with its cancel button, as Electron's does. */
function fakeBoxes() {
  const boxes: Array<{ options: RecoveryMessageBox; answer(response: number): void; closed: boolean }> = [];
  const showBox = (options: RecoveryMessageBox) =>
    new Promise<{ response: number }>((resolve) => {
      const box = {
        options,
        closed: false,
        answer(response: number) {
          box.closed = true;
          resolve({ response });
        },
      };
      options.signal?.addEventListener('abort', () => box.answer(options.cancelId));
      boxes.push(box);
    });
  return { boxes, showBox };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(words: () => DesktopWords = () => english) {
  const window = new FakeWindow();
  const { boxes, showBox } = fakeBoxes();
  const errors: unknown[] = [];
  watchRenderer(window, showBox, words, { onInternalError: (e) => errors.push(e) });
  return { window, contents: window.webContents, boxes, errors };
}

describe('a page that dies', () => {
  it('is reported with a box offering Reload, and Reload loads the page anew', async () => {
    const { contents, boxes } = setUp();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(boxes).toHaveLength(1);
    const box = boxes[0]!;
    expect(box.options).toMatchObject({ type: 'error', message: 'This Tandem window stopped working.', buttons: ['Reload', 'Close window'], defaultId: 0 });
    expect(box.options.detail).toContain('Saved');
    expect(contents.done).toEqual([]);
    box.answer(CRASH_BUTTONS.reload);
    await settle();
    expect(contents.done).toEqual(['reload']);
  });

  it('closes the window when the person chooses Close window', async () => {
    const { contents, boxes } = setUp();
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    expect(boxes[0]?.options.detail).toContain('ran out of memory');
    boxes[0]?.answer(CRASH_BUTTONS.close);
    await settle();
    expect(contents.done).toEqual(['close']);
  });

  it('says nothing about a clean exit (the window closing or Tandem quitting) or a closed window', async () => {
    const { window, contents, boxes } = setUp();
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    window.destroyed = true;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(boxes).toHaveLength(0);
  });

  it('shows one box at a time, and treats unreadable details as a crash', async () => {
    const { contents, boxes } = setUp();
    contents.emit('render-process-gone', {}, 'nonsense');
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.options.detail).toContain('stopped unexpectedly');
  });

  it('does nothing when the window was closed while the box was open', async () => {
    const { window, contents, boxes } = setUp();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    window.destroyed = true;
    boxes[0]?.answer(CRASH_BUTTONS.reload);
    await settle();
    expect(contents.done).toEqual([]);
  });
});

describe('a page that stops answering', () => {
  it('offers Wait (the default) and Reload; Wait leaves the page alone', async () => {
    const { contents, boxes } = setUp();
    contents.emit('unresponsive');
    const box = boxes[0]!;
    expect(box.options).toMatchObject({ type: 'warning', message: 'This Tandem window is not responding.', buttons: ['Wait', 'Reload'], defaultId: 0, cancelId: 0 });
    box.answer(UNRESPONSIVE_BUTTONS.wait);
    await settle();
    expect(contents.done).toEqual([]);
    // It may freeze again later, and is asked about again.
    contents.emit('unresponsive');
    expect(boxes).toHaveLength(2);
  });

  it('on Reload stops the frozen page and loads it anew, without reporting that stop as a crash', async () => {
    const { contents, boxes } = setUp();
    contents.emit('unresponsive');
    contents.emit('unresponsive');
    expect(boxes).toHaveLength(1);
    boxes[0]?.answer(UNRESPONSIVE_BUTTONS.reload);
    await settle();
    expect(contents.done).toEqual(['stop page', 'reload']);
    contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    expect(boxes).toHaveLength(1);
    // A later real crash is reported again.
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(boxes).toHaveLength(2);
  });

  it('closes the box by itself when the page answers again', async () => {
    const { contents, boxes } = setUp();
    contents.emit('unresponsive');
    contents.emit('responsive');
    expect(boxes[0]?.closed).toBe(true);
    await settle();
    expect(contents.done).toEqual([]);
  });

  it('gives way to the "stopped working" box when the frozen page dies', async () => {
    const { contents, boxes } = setUp();
    contents.emit('unresponsive');
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(boxes[0]?.closed).toBe(true);
    expect(boxes[1]?.options.message).toBe('This Tandem window stopped working.');
    boxes[1]?.answer(CRASH_BUTTONS.reload);
    await settle();
    expect(contents.done).toEqual(['reload']);
  });

  it('reports a box that cannot be shown, and keeps watching', async () => {
    const window = new FakeWindow();
    const errors: unknown[] = [];
    let fail = true;
    const shown: RecoveryMessageBox[] = [];
    watchRenderer(
      window,
      async (options) => {
        shown.push(options);
        if (fail) throw new Error('no display');
        return { response: UNRESPONSIVE_BUTTONS.reload };
      },
      () => english,
      { onInternalError: (e) => errors.push(e) },
    );
    window.webContents.emit('unresponsive');
    await settle();
    expect(errors).toHaveLength(1);
    expect(window.webContents.done).toEqual([]);
    fail = false;
    window.webContents.emit('unresponsive');
    await settle();
    expect(shown).toHaveLength(2);
    expect(window.webContents.done).toEqual(['stop page', 'reload']);
  });
});

describe('the boxes in the interface language', () => {
  it('say in English exactly what they said before', () => {
    expect(crashBox('crashed', english)).toEqual({
      type: 'error',
      title: 'Tandem',
      message: 'This Tandem window stopped working.',
      detail:
        'It stopped unexpectedly. Everything Tandem showed as Saved is kept in the workspace. Reload to carry on from the last save; anything typed in the last second or so may need typing again.',
      buttons: ['Reload', 'Close window'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    expect(crashBox('launch-failed', english).detail).toMatch(/^It could not be started\. /);
    expect(crashBox('killed', english).detail).toMatch(/^It was stopped by the system\. /);
    const signal = new AbortController().signal;
    expect(unresponsiveBox(signal, english)).toEqual({
      type: 'warning',
      title: 'Tandem',
      message: 'This Tandem window is not responding.',
      detail:
        'You can wait for it to answer, or reload it. Everything Tandem showed as Saved is kept in the workspace. Reloading brings the window back as last saved; anything typed in the last second or so may need typing again.',
      buttons: ['Wait', 'Reload'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
      signal,
    });
  });

  it('say it in Russian for a Russian interface, keeping the title Tandem', () => {
    const crash = crashBox('oom', russian);
    expect(crash).toMatchObject({ title: 'Tandem', message: 'Окно Tandem перестало работать.', buttons: ['Перезагрузить', 'Закрыть окно'] });
    expect(crash.detail).toMatch(/^Окну не хватило памяти\. Всё, что Tandem показывал как «Сохранено», осталось в рабочей папке\./);
    expect(unresponsiveBox(new AbortController().signal, russian)).toMatchObject({
      title: 'Tandem',
      message: 'Окно Tandem не отвечает.',
      buttons: ['Подождать', 'Перезагрузить'],
    });
  });

  it('take their words as each box is shown, so they follow a change of the interface language', async () => {
    let now: DesktopWords = english;
    const { contents, boxes } = setUp(() => now);
    contents.emit('unresponsive');
    expect(boxes[0]?.options.message).toBe('This Tandem window is not responding.');
    now = russian;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(boxes[1]?.options).toMatchObject({ message: 'Окно Tandem перестало работать.', buttons: ['Перезагрузить', 'Закрыть окно'] });
    expect(boxes[1]?.options.detail).toMatch(/^Окно неожиданно остановилось\. /);
    await settle();
  });
});
