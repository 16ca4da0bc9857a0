import { $insertGeneratedNodes } from '@lexical/clipboard';
import {
  $addUpdateTag,
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getEditor,
  $getSelection,
  COMMAND_PRIORITY_NORMAL,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
  type ParagraphNode,
} from 'lexical';

/**
 * Plain text as paragraphs of lines: a blank line (or several, or one holding only spaces)
 * separates paragraphs; a single line break stays a line break inside its paragraph.
 * Leading and trailing blank lines are dropped.
 */
export function plainTextParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => paragraph.split('\n'));
}

function $paragraphOf(lines: readonly string[]): ParagraphNode {
  const paragraph = $createParagraphNode();
  lines.forEach((line, i) => {
    if (i > 0) paragraph.append($createLineBreakNode());
    if (line !== '') paragraph.append($createTextNode(line));
  });
  return paragraph;
}

/** Inserts plain text at the selection, paragraphs split as {@link plainTextParagraphs} says. */
export function $insertPlainText(text: string): boolean {
  const selection = $getSelection();
  const paragraphs = plainTextParagraphs(text);
  if (selection === null || paragraphs.length === 0) return false;
  $insertGeneratedNodes($getEditor(), paragraphs.map($paragraphOf), selection);
  return true;
}

/** The text of a clipboard that holds plain text only (nothing richer to import). */
export function plainTextOnly(data: Pick<DataTransfer, 'types' | 'getData'> | null): string | null {
  if (!data) return null;
  const types = Array.from(data.types);
  if (!types.includes('text/plain') || types.includes('text/html') || types.includes('application/x-lexical-editor')) return null;
  return data.getData('text/plain');
}

/** The plain text this module pastes itself: plain-text-only clipboards with line breaks. */
export function plainTextToSplit(event: ClipboardEvent | InputEvent | KeyboardEvent): string | null {
  const text = plainTextOnly('clipboardData' in event ? event.clipboardData : null);
  return text !== null && /[\r\n]/.test(text) ? text : null;
}

/**
 * A paste of plain text with line breaks in it is split into paragraphs on blank lines
 * (Lexical's own paste makes a paragraph of every line). Text on one line, and anything
 * with HTML or Lexical's own data, goes through Lexical's paste, which the node transforms
 * of normalize.ts clean up.
 */
export function registerPlainTextPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const text = plainTextToSplit(event);
      if (text === null) return false;
      event.preventDefault();
      $addUpdateTag(PASTE_TAG);
      return $insertPlainText(text);
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
