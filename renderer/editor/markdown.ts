import { LinkNode, $isLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, $isListNode, ListItemNode, ListNode, type ListType } from '@lexical/list';
import {
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  type ElementTransformer,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $isParagraphNode, type ElementNode, type LexicalNode } from 'lexical';
import { checkLinkUrl } from '../../shared/editor/links';
import { $copyBlockState } from './blockState';

/**
 * Markdown typed at the start of a paragraph turns it into another block, which keeps the
 * paragraph's id and translation link. Only paragraphs convert: `## ` typed in a quote
 * stays text.
 */
function $convert(parentNode: ElementNode, children: LexicalNode[], block: ElementNode, isImport: boolean): boolean {
  if (!$isParagraphNode(parentNode)) return false;
  block.append(...children);
  $copyBlockState(parentNode, block);
  parentNode.replace(block);
  if (!isImport) block.select(0, 0);
  return true;
}

/** `# ` and `## ` make a heading (h2: the page's title is the h1), `### ` a subheading. */
const HEADING: ElementTransformer = {
  dependencies: [HeadingNode],
  export: () => null,
  regExp: /^(#{1,3})\s/,
  replace: (parentNode, children, match, isImport) =>
    $convert(parentNode, children, $createHeadingNode((match[1]?.length ?? 1) === 3 ? 'h3' : 'h2'), isImport),
  type: 'element',
};

const QUOTE: ElementTransformer = {
  dependencies: [QuoteNode],
  export: () => null,
  regExp: /^>\s/,
  replace: (parentNode, children, _match, isImport) => $convert(parentNode, children, $createQuoteNode(), isImport),
  type: 'element',
};

/** A list line joins a list of its kind just above or below, or becomes a list of its own. */
function listTransformer(listType: ListType, regExp: RegExp): ElementTransformer {
  return {
    dependencies: [ListNode, ListItemNode],
    export: () => null,
    regExp,
    replace: (parentNode, children, match, isImport) => {
      if (!$isParagraphNode(parentNode)) return false;
      const item = $createListItemNode();
      item.append(...children);
      const previous = parentNode.getPreviousSibling();
      const next = parentNode.getNextSibling();
      if ($isListNode(previous) && previous.getListType() === listType) {
        previous.append(item);
        parentNode.remove();
      } else if ($isListNode(next) && next.getListType() === listType) {
        const first = next.getFirstChild();
        if (first) first.insertBefore(item);
        else next.append(item);
        parentNode.remove();
      } else {
        const list = $createListNode(listType, listType === 'number' ? Number(match[2] ?? 1) : undefined);
        list.append(item);
        $copyBlockState(parentNode, list);
        parentNode.replace(list);
      }
      if (!isImport) item.select(0, 0);
      return true;
    },
    type: 'element',
  };
}

const UNORDERED_LIST = listTransformer('bullet', /^(\s*)[-*]\s/);
const ORDERED_LIST = listTransformer('number', /^(\s*)(\d{1,9})\.\s/);

/** `[text](address)` becomes a link only to an address the body may hold, in its normalized form. */
const SAFE_LINK: TextMatchTransformer = {
  ...LINK,
  dependencies: [LinkNode],
  replace: (textNode, match) => {
    const address = (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1');
    const check = checkLinkUrl(address);
    if (!check.ok || !LINK.replace) return;
    const linkText = LINK.replace(textNode, match);
    const link = linkText?.getParent() ?? null;
    if ($isLinkNode(link)) {
      link.setURL(check.url);
      link.setTitle(null);
      link.setRel(null);
    }
    return linkText;
  },
};

/**
 * The Markdown shortcuts a body understands, limited to what it can hold: headings (two
 * levels), quotes, bulleted and numbered lists, bold, italic and links. No code, rules,
 * strikethrough or highlight.
 */
export const BODY_TRANSFORMERS: Transformer[] = [
  HEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  SAFE_LINK,
];
