import type { EditorThemeClasses } from 'lexical';

/** CSS classes Lexical puts on the body's DOM; styled in renderer/styles.css. */
export const bodyTheme: EditorThemeClasses = {
  paragraph: 'body-paragraph',
  text: {
    bold: 'body-bold',
    italic: 'body-italic',
    underline: 'body-underline',
    strikethrough: 'body-strikethrough',
    underlineStrikethrough: 'body-underline-strikethrough',
  },
};
