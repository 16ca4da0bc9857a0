import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  COMMAND_PRIORITY_HIGH,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  IS_BOLD,
  IS_ITALIC,
  ParagraphNode,
  TabNode,
  TextNode,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { checkLinkUrl } from '../../shared/editor/links';

/** The only text formats a body keeps (shared/editor/html.ts renders them as strong, em). */
export const ALLOWED_TEXT_FORMAT = IS_BOLD | IS_ITALIC;

function $cleanText(node: TextNode): void {
  const format = node.getFormat();
  if ((format & ~ALLOWED_TEXT_FORMAT) !== 0) node.setFormat(format & ALLOWED_TEXT_FORMAT);
  if (node.getStyle() !== '') node.setStyle('');
}

/** What every block keeps of the formatting of the text typed into it next. */
function $cleanElement(node: ElementNode): void {
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getStyle() !== '') node.setStyle('');
  if (node.getTextStyle() !== '') node.setTextStyle('');
  const textFormat = node.getTextFormat();
  if ((textFormat & ~ALLOWED_TEXT_FORMAT) !== 0) node.setTextFormat(textFormat & ALLOWED_TEXT_FORMAT);
}

/** Paragraphs, headings and quotes sit flush: no alignment, no indentation. */
function $cleanBlock(node: ElementNode): void {
  $cleanElement(node);
  if (node.getIndent() !== 0) node.setIndent(0);
}

function $cleanHeading(node: HeadingNode): void {
  $cleanBlock(node);
  const tag = node.getTag();
  // The page's title is the h1; a body has two levels below it.
  if (tag === 'h1') node.setTag('h2');
  else if (tag === 'h4' || tag === 'h5' || tag === 'h6') node.setTag('h3');
}

function $cleanList(node: ListNode): void {
  $cleanElement(node);
  if (node.getListType() === 'check') node.setListType('bullet');
}

function $cleanListItem(node: ListItemNode): void {
  $cleanElement(node);
  if (node.getChecked() !== undefined) node.setChecked(undefined);
}

/**
 * A link keeps only an allowed address, in its normalized form; any other link becomes its
 * text. Where a link opens (target), its rel and title are the site's business, not the body's.
 */
function $cleanLink(node: LinkNode): void {
  const check = checkLinkUrl(node.getURL());
  if (!check.ok) {
    for (const child of node.getChildren()) node.insertBefore(child);
    node.remove();
    return;
  }
  $cleanElement(node);
  if (node.getURL() !== check.url) node.setURL(check.url);
  if (node.getTarget() !== null) node.setTarget(null);
  if (node.getRel() !== null) node.setRel(null);
  if (node.getTitle() !== null) node.setTitle(null);
}

/**
 * Keeps a body within what the store accepts (shared/editor/nodes.ts) whatever produced it:
 * typing, shortcuts, paste, drop. Headings are h2 or h3, text is at most bold and italic
 * with no inline style, blocks carry no alignment or indentation (list nesting aside), and
 * links go only to web or e-mail addresses. Other formats and alignment are refused at the
 * command, so they never flash on screen either.
 */
export function registerNormalize(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(TextNode, $cleanText),
    editor.registerNodeTransform(TabNode, $cleanText),
    editor.registerNodeTransform(ParagraphNode, $cleanBlock),
    editor.registerNodeTransform(QuoteNode, $cleanBlock),
    editor.registerNodeTransform(HeadingNode, $cleanHeading),
    editor.registerNodeTransform(ListNode, $cleanList),
    editor.registerNodeTransform(ListItemNode, $cleanListItem),
    editor.registerNodeTransform(LinkNode, $cleanLink),
    editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => format !== 'bold' && format !== 'italic', COMMAND_PRIORITY_HIGH),
    editor.registerCommand(FORMAT_ELEMENT_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
  );
}
