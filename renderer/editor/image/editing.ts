import {
  $getNodeByKey,
  HISTORY_MERGE_TAG,
  stopLexicalPropagation,
  type EditorState,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { UNDO_GROUP_MS } from '../history';
import { $isImageNode } from './ImageNode';

/**
 * Marks an update that changed a photo's caption or alt text: an edit to save even when it
 * joins the undo step of the typing before it (BodyEditor's change listener saves it).
 */
export const IMAGE_TEXT_TAG = 'tandem-image-text';

export type ImageTextField = 'caption' | 'altText';

interface LastEdit {
  key: NodeKey;
  field: ImageTextField;
  at: number;
  state: EditorState;
}

const lastEdits = new WeakMap<LexicalEditor, LastEdit>();

/**
 * Writes a photo's caption or alt text into its node (so the body saves). Typing in one
 * field joins one undo step, as typing in text does: an edit to the same field of the same
 * photo within UNDO_GROUP_MS of the last, with nothing else changed in between, merges into it.
 */
export function setImageText(
  editor: LexicalEditor,
  key: NodeKey,
  field: ImageTextField,
  value: string,
  options: { now?: () => number; discrete?: true } = {},
): void {
  const now = (options.now ?? Date.now)();
  const last = lastEdits.get(editor);
  const merge =
    last !== undefined && last.key === key && last.field === field && now - last.at < UNDO_GROUP_MS && editor.getEditorState() === last.state;
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      if (!$isImageNode(node)) return;
      if (field === 'caption') node.setCaption(value);
      else node.setAltText(value);
    },
    {
      tag: merge ? [HISTORY_MERGE_TAG, IMAGE_TEXT_TAG] : [IMAGE_TEXT_TAG],
      discrete: options.discrete,
      onUpdate: () => lastEdits.set(editor, { key, field, at: now, state: editor.getEditorState() }),
    },
  );
}

/** The events a control inside a photo handles itself; Lexical must not act on them as edits of the body. */
export const CONTROL_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionend',
  'paste',
  'cut',
  'copy',
  'drop',
  'dragover',
  'dragstart',
  'pointerdown',
  'mousedown',
  'click',
] as const;

const CONTROL_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);

/** Is this event target one of the photo's own controls (a textbox, a button)? */
export function isControl(target: EventTarget | null): boolean {
  const tagName = (target as { tagName?: unknown } | null)?.tagName;
  return typeof tagName === 'string' && CONTROL_TAGS.has(tagName.toUpperCase());
}

/**
 * Keeps Lexical out of what happens in a photo's own textboxes and buttons. Lexical listens
 * on the editable root, above the photo: it would take Backspace in a caption for "delete
 * the selected photo", a paste for a paste into the body, Ctrl+B for bold. Events from the
 * controls are marked as handled for Lexical (`stopLexicalPropagation`), yet still bubble
 * on, so React's handlers (onChange, …) work as anywhere else.
 */
export function isolateControlEvents(element: EventTarget): () => void {
  const mark = (event: Event) => {
    if (!isControl(event.target)) return;
    // Files dragged onto a photo's textbox are photos to add to the body, as anywhere on it.
    if (event.type.startsWith('drag') || event.type === 'drop') {
      const types = (event as DragEvent).dataTransfer?.types;
      if (types && Array.from(types).includes('Files')) return;
    }
    stopLexicalPropagation(event);
  };
  for (const type of CONTROL_EVENTS) element.addEventListener(type, mark);
  return () => {
    for (const type of CONTROL_EVENTS) element.removeEventListener(type, mark);
  };
}

/** Undo and redo keys as the body's own (shortcuts.ts): Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y. */
export function historyKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

const focusRequests = new WeakMap<LexicalEditor, NodeKey>();

/** Asks the photo `key` to put the caret in its caption once it is on screen (a photo just added to translate). */
export function requestCaptionFocus(editor: LexicalEditor, key: NodeKey): void {
  focusRequests.set(editor, key);
}

/** True once for the photo whose caption was asked to take the focus. */
export function takeCaptionFocus(editor: LexicalEditor, key: NodeKey): boolean {
  if (focusRequests.get(editor) !== key) return false;
  focusRequests.delete(editor);
  return true;
}
