/** What a JSON text must not carry inside an HTML `<script>` element, and its JSON escape. */
const UNSAFE: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * A value as JSON that can stand as the text of a `<script type="application/ld+json">`:
 * `<`, `>` and `&` are written as JSON escapes, so no string can close the element, open a
 * comment or start a character reference, and U+2028/U+2029 are escaped for readers that
 * treat the text as JavaScript. The result parses back to the same value with `JSON.parse`.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => UNSAFE[ch] ?? ch);
}
