import { Menu, type ContextMenuParams, type MenuItemConstructorOptions } from 'electron';
import type { DesktopWords } from './shellWords';

/**
 * The right-click menu of the desktop window: spelling suggestions for a misspelled word,
 * "Add to dictionary", then the editing commands a text field allows, or Copy for selected
 * text elsewhere, in the interface's language (the catalogs' `desktop.contextMenu`). The
 * menu is described by a pure function of what was clicked and the words to use; the
 * Electron part only shows it, in the language of the moment it is shown.
 */

/** At most this many spelling suggestions, best first. */
export const MAX_SUGGESTIONS = 5;

/** One item of the menu, in the shape Electron's Menu.buildFromTemplate takes. */
export interface MenuEntry {
  label?: string;
  role?: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll';
  type?: 'separator';
  enabled?: boolean;
  click?: () => void;
}

/** What the menu reads of a right-click (Electron's ContextMenuParams has these). */
export type ContextMenuParamsLike = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>;

/** What the spelling items do. */
export interface SpellingActions {
  replaceMisspelling(replacement: string): void;
  addToDictionary(word: string): void;
}

const SEPARATOR: MenuEntry = { type: 'separator' };

export function contextMenuTemplate(params: ContextMenuParamsLike, actions: SpellingActions, t: DesktopWords): MenuEntry[] {
  const groups: MenuEntry[][] = [];
  const word = params.misspelledWord;
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    groups.push(
      suggestions.length > 0
        ? suggestions.map((s) => ({ label: s, click: () => actions.replaceMisspelling(s) }))
        : [{ label: t('contextMenu.noSuggestions'), enabled: false }],
    );
    groups.push([{ label: t('contextMenu.addToDictionary'), click: () => actions.addToDictionary(word) }]);
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    groups.push([
      { label: t('contextMenu.undo'), role: 'undo', enabled: flags.canUndo },
      { label: t('contextMenu.redo'), role: 'redo', enabled: flags.canRedo },
    ]);
    groups.push([
      { label: t('contextMenu.cut'), role: 'cut', enabled: flags.canCut },
      { label: t('contextMenu.copy'), role: 'copy', enabled: flags.canCopy },
      { label: t('contextMenu.paste'), role: 'paste', enabled: flags.canPaste },
    ]);
    groups.push([{ label: t('contextMenu.selectAll'), role: 'selectAll', enabled: flags.canSelectAll }]);
  } else if (params.selectionText.trim() !== '') {
    groups.push([{ label: t('contextMenu.copy'), role: 'copy', enabled: flags.canCopy }]);
  }
  return groups.flatMap((group, i) => (i === 0 ? group : [SEPARATOR, ...group]));
}

/** As much of Electron's WebContents as the menu needs. */
export interface ContextMenuContents {
  on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParamsLike) => void): unknown;
  replaceMisspelling(replacement: string): void;
  readonly session: { addWordToSpellCheckerDictionary(word: string): boolean };
}

function popUp(template: MenuEntry[]): void {
  const items: MenuItemConstructorOptions[] = template;
  Menu.buildFromTemplate(items).popup();
}

/** Shows the menu on every right-click in these contents, in the words `words` gives at that moment. */
export function attachContextMenu(contents: ContextMenuContents, words: () => DesktopWords, show: (template: MenuEntry[]) => void = popUp): void {
  contents.on('context-menu', (_event, params) => {
    const actions: SpellingActions = {
      replaceMisspelling: (replacement) => contents.replaceMisspelling(replacement),
      addToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
    };
    const template = contextMenuTemplate(params, actions, words());
    if (template.length > 0) show(template);
  });
}
