import type { EditorThemeClasses } from 'lexical';

/** CSS classes Lexical puts on the body's DOM; styled in renderer/styles.css. */
export const bodyTheme: EditorThemeClasses = {
  paragraph: 'body-paragraph',
  heading: {
    h2: 'body-heading body-h2',
    h3: 'body-heading body-h3',
  },
  quote: 'body-quote',
  list: {
    ul: 'body-list body-ul',
    ol: 'body-list body-ol',
    listitem: 'body-listitem',
    nested: {
      listitem: 'body-listitem-nested',
    },
  },
  link: 'body-link',
  text: {
    bold: 'body-bold',
    italic: 'body-italic',
    underline: 'body-underline',
    strikethrough: 'body-strikethrough',
    underlineStrikethrough: 'body-underline-strikethrough',
  },
};
