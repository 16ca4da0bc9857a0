import { $createLinkNode, $isLinkNode, $toggleLink, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  CONTROL_OR_META,
  isExactShortcutMatch,
  KEY_DOWN_COMMAND,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { checkLinkUrl } from '../../shared/editor/links';

/** What the link dialog edits: the selection it was opened on, and the link there if any. */
export interface LinkTarget {
  url: string;
  onLink: boolean;
  selection: BaseSelection | null;
}

export function $linkTarget(): LinkTarget {
  const selection = $getSelection();
  const link = $isRangeSelection(selection) ? $findMatchingParent(selection.anchor.getNode(), $isLinkNode) : null;
  return { url: $isLinkNode(link) ? link.getURL() : '', onLink: $isLinkNode(link), selection: selection?.clone() ?? null };
}

/** How a bare address reads as link text: `name@example.com`, not `mailto:name@example.com`. */
function linkText(url: string): string {
  return url.startsWith('mailto:') ? url.slice('mailto:'.length) : url;
}

/**
 * Links the selected text to `url` (already checked), or changes the address of the link
 * the caret is in; with nothing selected outside a link, inserts the address as linked text.
 */
export function applyLink(editor: LexicalEditor, target: LinkTarget, url: string): void {
  editor.update(() => {
    if (target.selection) $setSelection(target.selection.clone());
    const selection = $getSelection();
    if ($isRangeSelection(selection) && selection.isCollapsed() && !target.onLink) {
      selection.insertNodes([$createLinkNode(url).append($createTextNode(linkText(url)))]);
      return;
    }
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
  });
}

/** Takes the link off the selected text (the whole link when the caret is in it). */
export function removeLink(editor: LexicalEditor, target: LinkTarget): void {
  editor.update(() => {
    if (target.selection) $setSelection(target.selection.clone());
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
  });
}

/** Puts the selection back where the dialog found it. */
export function restoreSelection(editor: LexicalEditor, target: LinkTarget): void {
  editor.update(() => {
    if (target.selection) $setSelection(target.selection.clone());
  });
}

/**
 * TOGGLE_LINK_COMMAND for a body: only addresses checkLinkUrl allows, in their normalized
 * form, with no target, rel or title. A refused address changes nothing.
 */
export function registerLinkCommand(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    TOGGLE_LINK_COMMAND,
    (payload) => {
      if (payload === null) {
        $toggleLink(null);
        return true;
      }
      const check = checkLinkUrl(typeof payload === 'string' ? payload : payload.url);
      if (check.ok) $toggleLink(check.url, { rel: null, target: null, title: null });
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}

/** Ctrl/Cmd+K (on any keyboard layout) asks for a link. */
export function registerLinkShortcut(editor: LexicalEditor, openDialog: () => void): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      if (!editor.isEditable() || !isExactShortcutMatch(event, 'k', CONTROL_OR_META)) return false;
      event.preventDefault();
      openDialog();
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}

/** Links in the body are text being edited: a click places the caret and opens nothing. */
export function registerInertLinks(editor: LexicalEditor): () => void {
  const stop = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
  };
  let current: HTMLElement | null = null;
  const detach = () => {
    current?.removeEventListener('click', stop);
    current?.removeEventListener('auxclick', stop);
    current = null;
  };
  const unregister = editor.registerRootListener((root) => {
    detach();
    current = root;
    root?.addEventListener('click', stop);
    root?.addEventListener('auxclick', stop);
  });
  return mergeRegister(unregister, detach);
}
