import { createEmptyHistoryState, registerHistory, type HistoryState } from '@lexical/history';
import type { LexicalEditor } from 'lexical';

/**
 * Undo steps each body keeps. Every step holds a whole editor state (~19 KB at 10k words),
 * so an uncapped history grows without bound over a long session.
 */
export const MAX_UNDO_STEPS = 300;

/** Typing within this many milliseconds of the last keystroke joins the same undo step. */
export const UNDO_GROUP_MS = 500;

/**
 * Undo and redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y) with a capped history: Lexical's own
 * history drops the oldest steps once there are more than `maxSteps`.
 */
export function registerCappedHistory(
  editor: LexicalEditor,
  options: { state?: HistoryState; maxSteps?: number; groupMs?: number; now?: () => number } = {},
): () => void {
  const state = options.state ?? createEmptyHistoryState();
  return registerHistory(editor, state, options.groupMs ?? UNDO_GROUP_MS, options.now ?? Date.now, undefined, options.maxSteps ?? MAX_UNDO_STEPS);
}
