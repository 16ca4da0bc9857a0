import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $addUpdateTag, $getSelection, COMMAND_PRIORITY_NORMAL, PASTE_COMMAND, PASTE_TAG, type LexicalEditor } from 'lexical';

const LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i;
/** A numbered item's marker as Word writes it: `1.`, `a)`, `iv.`, `(2)`. */
const ORDERED_MARKER = /^\s*\(?[\divxlcIVXLCa-zA-Z]{1,5}[.)]/;

function levelOf(p: Element): number | null {
  const match = LIST_STYLE.exec(p.getAttribute('style') ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * Word writes a list as paragraphs styled `mso-list:l0 level1 lfo1`, each starting with its
 * bullet or number in a `mso-list:Ignore` span. This turns each run of such paragraphs
 * into `ul`/`ol` and `li` elements (nested by level), without the typed markers, so the
 * editor's import sees a real list.
 */
export function convertWordLists(doc: Document): void {
  const paragraphs = Array.from(doc.querySelectorAll('p')).filter((p) => levelOf(p) !== null);
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    const run: Element[] = [first];
    let next = first.nextElementSibling;
    while (next && next.tagName === 'P' && levelOf(next) !== null) {
      run.push(next);
      next = next.nextElementSibling;
    }
    const stack: Array<{ level: number; list: Element }> = [];
    let top: Element | null = null;
    for (const p of run) {
      done.add(p);
      const level = levelOf(p) ?? 1;
      const markerSpan = Array.from(p.querySelectorAll('span')).find((s) => /mso-list:\s*Ignore/i.test(s.getAttribute('style') ?? ''));
      const ordered = ORDERED_MARKER.test(markerSpan?.textContent ?? '');
      markerSpan?.remove();
      while (stack.length > 0 && (stack[stack.length - 1] as { level: number }).level > level) stack.pop();
      let current = stack[stack.length - 1];
      if (!current || current.level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        const parentItem = current?.list.lastElementChild;
        if (parentItem) parentItem.append(list);
        else top = list;
        current = { level, list };
        stack.push(current);
      }
      const item = doc.createElement('li');
      item.append(...Array.from(p.childNodes));
      current.list.append(item);
    }
    if (top) first.before(top);
    for (const p of run) p.remove();
  }
}

/** Pastes HTML from Word that holds lists: its lists converted, then imported as Lexical's own paste would. */
export function registerWordListPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      const html = data?.getData('text/html') ?? '';
      if (!/mso-list/i.test(html) || data?.types.includes('application/x-lexical-editor')) return false;
      const doc = new DOMParser().parseFromString(html, 'text/html');
      convertWordLists(doc);
      event.preventDefault();
      $addUpdateTag(PASTE_TAG);
      const selection = $getSelection();
      if (selection === null) return false;
      $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, doc), selection);
      return true;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
