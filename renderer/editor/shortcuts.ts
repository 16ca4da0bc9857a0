import { IS_APPLE } from 'lexical';

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
    bold: `Bold (${shortcut('B')})`,
    italic: `Italic (${shortcut('I')})`,
    h2: 'Heading (type ## and a space at the start of a paragraph)',
    h3: 'Subheading (type ### and a space at the start of a paragraph)',
    quote: 'Quote (type > and a space at the start of a paragraph)',
    bullet: 'Bulleted list (type - and a space at the start of a paragraph)',
    number: 'Numbered list (type 1. and a space at the start of a paragraph)',
    link: `Link (${shortcut('K')})`,
    undo: `Undo (${shortcut('Z')})`,
    redo: IS_APPLE ? `Redo (${shortcut('Z', { shift: true })})` : `Redo (${shortcut('Z', { shift: true })} or Ctrl+Y)`,
  };
}
