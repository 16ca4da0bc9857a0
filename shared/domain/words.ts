/** Words are runs of letters, digits and combining marks, joined by an apostrophe or hyphen. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

/** Word count as editors expect it: `ё-моё` is one word, `1,5` is two, emoji none. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
