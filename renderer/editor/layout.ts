import type { LexicalEditor } from 'lexical';

/**
 * Calls `onLayout` after updates that changed the body's DOM (not after selection moves),
 * at most once per animation frame, so a view that lines blocks up can measure again.
 */
export function registerLayoutNotifier(editor: LexicalEditor, onLayout: () => void): () => void {
  let frame: number | null = null;
  const schedule = () => {
    if (frame !== null) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      onLayout();
    });
  };
  const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0 || prevEditorState.isEmpty()) schedule();
  });
  return () => {
    unregister();
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
  };
}
