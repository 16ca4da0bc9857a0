import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditFlags } from 'electron';
import type { ContextMenuParamsLike as Params, MenuEntry as Entry } from './contextMenu';
import { shellWords, type DesktopWords } from './shellWords';

/** Electron's binary is not needed: its Menu is replaced by one that records what it shows. */
const shown = vi.hoisted(() => ({ templates: [] as unknown[][], popups: 0 }));

vi.mock('electron', () => {
  const Menu = {
    buildFromTemplate(template: unknown[]) {
      shown.templates.push(template);
      return { popup: () => void shown.popups++ };
    },
  };
  return { Menu, default: { Menu } };
});

const { attachContextMenu, contextMenuTemplate } = await import('./contextMenu');

const english = shellWords('en').desktop;
const russian = shellWords('ru').desktop;

const NO_FLAGS: EditFlags = {
  canUndo: false,
  canRedo: false,
  canCut: false,
  canCopy: false,
  canPaste: false,
  canDelete: false,
  canSelectAll: false,
  canEditRichly: false,
};

function params(over: Partial<Params> = {}): Params {
  return { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '', editFlags: NO_FLAGS, ...over };
}

function recorder() {
  const done: string[] = [];
  return {
    done,
    actions: {
      replaceMisspelling: (s: string) => void done.push(`replace ${s}`),
      addToDictionary: (w: string) => void done.push(`add ${w}`),
    },
  };
}

/** The menu as a person reads it: labels, `—` for separators, `(off)` for disabled items. */
function read(template: readonly Entry[]): string[] {
  return template.map((e) => (e.type === 'separator' ? '—' : `${e.label ?? ''}${e.enabled === false ? ' (off)' : ''}`));
}

function click(template: readonly Entry[], label: string): void {
  const entry = template.find((e) => e.label === label);
  if (!entry?.click) throw new Error(`no clickable ${label}`);
  entry.click();
}

beforeEach(() => {
  shown.templates.length = 0;
  shown.popups = 0;
});

describe('the context menu template', () => {
  it('offers up to five suggestions for a misspelled word, then Add to dictionary, then editing', () => {
    const { done, actions } = recorder();
    const template = contextMenuTemplate(
      params({
        misspelledWord: 'превидент',
        dictionarySuggestions: ['президент', 'прецедент', 'президента', 'резидент', 'провидец', 'пре видент'],
        isEditable: true,
        editFlags: { ...NO_FLAGS, canUndo: true, canPaste: true, canSelectAll: true },
      }),
      actions,
      english,
    );
    expect(read(template)).toEqual([
      'президент',
      'прецедент',
      'президента',
      'резидент',
      'провидец',
      '—',
      'Add to dictionary',
      '—',
      'Undo',
      'Redo (off)',
      '—',
      'Cut (off)',
      'Copy (off)',
      'Paste',
      '—',
      'Select All',
    ]);
    click(template, 'прецедент');
    click(template, 'Add to dictionary');
    expect(done).toEqual(['replace прецедент', 'add превидент']);
  });

  it('says No suggestions, disabled, when the dictionary has none', () => {
    const { actions } = recorder();
    const template = contextMenuTemplate(params({ misspelledWord: 'Ходорковскаго', isEditable: true }), actions, english);
    expect(read(template).slice(0, 3)).toEqual(['No suggestions (off)', '—', 'Add to dictionary']);
    expect(template[0]?.click).toBeUndefined();
  });

  it('gives editing items Electron roles and follows the edit flags', () => {
    const template = contextMenuTemplate(
      params({ isEditable: true, selectionText: 'Лавров', editFlags: { ...NO_FLAGS, canCut: true, canCopy: true, canPaste: true, canSelectAll: true } }),
      recorder().actions,
      english,
    );
    expect(template.filter((e) => e.role).map((e) => [e.role, e.enabled])).toEqual([
      ['undo', false],
      ['redo', false],
      ['cut', true],
      ['copy', true],
      ['paste', true],
      ['selectAll', true],
    ]);
    expect(read(template)[0]).toBe('Undo (off)');
  });

  it('offers only Copy for selected text outside a field', () => {
    const template = contextMenuTemplate(params({ selectionText: 'Весь набор шагов', editFlags: { ...NO_FLAGS, canCopy: true } }), recorder().actions, english);
    expect(template).toEqual([{ label: 'Copy', role: 'copy', enabled: true }]);
  });

  it('is empty when there is nothing to offer', () => {
    expect(contextMenuTemplate(params(), recorder().actions, english)).toEqual([]);
    expect(contextMenuTemplate(params({ selectionText: '  \n' }), recorder().actions, english)).toEqual([]);
  });

  it('speaks the words it is given: Russian for a Russian interface', () => {
    const { done, actions } = recorder();
    const misspelled = contextMenuTemplate(
      params({ misspelledWord: 'Ходорковскаго', isEditable: true, editFlags: { ...NO_FLAGS, canUndo: true, canCopy: true, canPaste: true, canSelectAll: true } }),
      actions,
      russian,
    );
    expect(read(misspelled)).toEqual([
      'Нет вариантов (off)',
      '—',
      'Добавить в словарь',
      '—',
      'Отменить',
      'Повторить (off)',
      '—',
      'Вырезать (off)',
      'Копировать',
      'Вставить',
      '—',
      'Выделить всё',
    ]);
    click(misspelled, 'Добавить в словарь');
    expect(done).toEqual(['add Ходорковскаго']);
    const selected = contextMenuTemplate(params({ selectionText: 'Лавров', editFlags: { ...NO_FLAGS, canCopy: true } }), actions, russian);
    expect(selected).toEqual([{ label: 'Копировать', role: 'copy', enabled: true }]);
  });
});

describe('the context menu in a window', () => {
  function fakeContents() {
    const listeners: Array<(event: unknown, p: Params) => void> = [];
    const replaced: string[] = [];
    const added: string[] = [];
    const contents = {
      on(event: 'context-menu', listener: (event: unknown, p: Params) => void) {
        expect(event).toBe('context-menu');
        listeners.push(listener);
        return contents;
      },
      replaceMisspelling: (s: string) => void replaced.push(s),
      session: { addWordToSpellCheckerDictionary: (w: string) => added.push(w) > 0 },
      rightClick: (p: Params) => listeners.forEach((l) => l({}, p)),
    };
    return { contents, replaced, added, listeners };
  }

  it('pops up the menu on right-click, and its items reach the page and the dictionary', () => {
    const { contents, replaced, added, listeners } = fakeContents();
    attachContextMenu(contents, () => english);
    expect(listeners).toHaveLength(1);
    contents.rightClick(params({ misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten'], isEditable: true }));
    expect(shown.popups).toBe(1);
    const template = shown.templates[0] as Entry[];
    click(template, 'the');
    click(template, 'Add to dictionary');
    expect(replaced).toEqual(['the']);
    expect(added).toEqual(['teh']);
  });

  it('shows nothing where there is nothing to offer', () => {
    const { contents } = fakeContents();
    attachContextMenu(contents, () => english);
    contents.rightClick(params());
    expect(shown.popups).toBe(0);
  });

  it('takes its words as it pops up, so it follows a change of the interface language', () => {
    const { contents } = fakeContents();
    let now: DesktopWords = english;
    attachContextMenu(contents, () => now);
    const rightClick = params({ selectionText: 'Лавров', editFlags: { ...NO_FLAGS, canCopy: true } });
    contents.rightClick(rightClick);
    now = russian;
    contents.rightClick(rightClick);
    expect(shown.templates.map((t) => read(t as Entry[]))).toEqual([['Copy'], ['Копировать']]);
  });
});
