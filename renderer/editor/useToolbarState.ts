import { $isLinkNode } from '@lexical/link';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { $blockTypeAt, type BlockType } from './blockType';

/** What the toolbar shows as pressed or available. */
export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  block: BlockType | null;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const INITIAL: ToolbarState = { bold: false, italic: false, block: null, link: false, canUndo: false, canRedo: false };

function same(a: ToolbarState, b: ToolbarState): boolean {
  return (
    a.bold === b.bold && a.italic === b.italic && a.block === b.block && a.link === b.link && a.canUndo === b.canUndo && a.canRedo === b.canRedo
  );
}

function $selectionState(): Pick<ToolbarState, 'bold' | 'italic' | 'block' | 'link'> {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { bold: false, italic: false, block: null, link: false };
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    block: $blockTypeAt(selection),
    link: $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null,
  };
}

/**
 * The toolbar's state, following the selection and the history. React re-renders only
 * when something the toolbar shows has changed, not on every keystroke.
 */
export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [state, setState] = useState<ToolbarState>(INITIAL);
  const shown = useRef(state);
  useEffect(() => {
    const merge = (patch: Partial<ToolbarState>) => {
      const next = { ...shown.current, ...patch };
      if (same(shown.current, next)) return;
      shown.current = next;
      setState(next);
    };
    merge(editor.getEditorState().read($selectionState));
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => merge(editorState.read($selectionState))),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => {
          merge({ canUndo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => {
          merge({ canRedo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);
  return state;
}
