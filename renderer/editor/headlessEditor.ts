import { createEmptyHistoryState, type HistoryState } from '@lexical/history';
import { registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { createEditor, type LexicalEditor } from 'lexical';
import type { BlockInfo } from '../../shared/editor/blocks';
import type { Body } from '../../shared/editor/nodes';
import { registerBodyBehaviour } from './behaviour';
import { registerCappedHistory } from './history';
import { BODY_NODES } from './nodes';

export interface HeadlessBody {
  editor: LexicalEditor;
  history: HistoryState;
  dispose(): void;
}

/**
 * A body editor without a page: the same nodes and behaviour as BodyEditor, for tests and
 * benchmarks. Updates made with `{ discrete: true }` commit at once.
 */
export function createHeadlessBody(
  options: { body?: Body; originalBlocks?: () => readonly BlockInfo[] | null; maxSteps?: number; now?: () => number } = {},
): HeadlessBody {
  const editor = createEditor({
    namespace: 'tandem-body-headless',
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  const history = createEmptyHistoryState();
  const dispose = mergeRegister(
    registerRichText(editor),
    registerList(editor),
    registerBodyBehaviour(editor, { originalBlocks: options.originalBlocks ?? (() => null) }),
    registerCappedHistory(editor, { state: history, maxSteps: options.maxSteps, now: options.now }),
  );
  if (options.body && options.body.root.children.length > 0) {
    editor.setEditorState(editor.parseEditorState(JSON.stringify(options.body)));
  }
  return { editor, history, dispose };
}
