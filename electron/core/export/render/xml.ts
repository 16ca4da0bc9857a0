import { escapeHtml } from '../../../../shared/editor/html';

/**
 * Characters XML 1.0 cannot carry at all, not even as a character reference: C0 controls
 * other than tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF. A body's
 * text may hold one (a vertical tab pasted from a word processor); it is dropped.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe in XML character data and in a double- or single-quoted attribute: the pages'
 * own HTML escaping (the five characters), after dropping what XML cannot hold.
 */
export function xmlText(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''));
}

/** The XML declaration every XML file of the bundle starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
