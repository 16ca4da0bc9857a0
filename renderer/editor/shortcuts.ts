import { IS_APPLE } from 'lexical';
import { i18n } from '../i18n';

/** A key combination as this platform writes it: `Ctrl+B`, or `⌘B` on a Mac. */
export function shortcut(key: string, options: { shift?: boolean } = {}): string {
  if (IS_APPLE) return `${options.shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${options.shift ? 'Shift+' : ''}${key}`;
}

/** Tooltips of the toolbar's buttons: what each does and how to do it from the keyboard. */
export function toolbarTitles(): Record<
  'bold' | 'italic' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'link' | 'undo' | 'redo',
  string
> {
  return {
    bold: i18n.t('bodyEditor.boldTitle', { keys: shortcut('B') }),
    italic: i18n.t('bodyEditor.italicTitle', { keys: shortcut('I') }),
    h2: i18n.t('bodyEditor.headingTitle'),
    h3: i18n.t('bodyEditor.subheadingTitle'),
    quote: i18n.t('bodyEditor.quoteTitle'),
    bullet: i18n.t('bodyEditor.bulletedTitle'),
    number: i18n.t('bodyEditor.numberedTitle'),
    link: i18n.t('bodyEditor.linkTitle', { keys: shortcut('K') }),
    undo: i18n.t('bodyEditor.undoTitle', { keys: shortcut('Z') }),
    redo: i18n.t(IS_APPLE ? 'bodyEditor.redoTitle' : 'bodyEditor.redoTitleWindows', { keys: shortcut('Z', { shift: true }) }),
  };
}
