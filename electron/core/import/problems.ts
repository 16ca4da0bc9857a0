import { TandemError } from '../errors';

/**
 * What an import says when it cannot go on (an error naming the file and, where there is
 * one, the line) and what it tells after it went through (warnings: what was left out or
 * changed, counted over every file, with a few of the files named).
 */

/** The sentence every failed import ends with. */
export const NOTHING_IMPORTED = 'Nothing was imported; the workspace is as it was.';

/** A problem with one file (at one line, when known): the whole import stops. */
export function fileProblem(file: string, line: number | null, message: string): TandemError {
  const where = line === null ? file : `${file}, line ${line}`;
  return new TandemError('invalid_input', `${where}: ${message} ${NOTHING_IMPORTED}`);
}

/** A problem with the import as a whole (not one file's). */
export function importProblem(message: string, code: 'invalid_input' | 'conflict' = 'invalid_input'): TandemError {
  return new TandemError(code, `${message} ${NOTHING_IMPORTED}`);
}

/** The kinds of warnings, each with what it says of one and of many, and why. */
const KINDS = {
  image: ['image was left out', 'images were left out', 'photos come from the library: add them there, then place them'],
  html: ['piece of HTML was left out', 'pieces of HTML were left out', 'only their text, if any, was kept'],
  code: ['code block was kept as plain text', 'code blocks were kept as plain text', 'bodies have no code blocks'],
  rule: ['horizontal rule was left out', 'horizontal rules were left out', 'bodies have no rules between paragraphs'],
  link: ['link was kept as text only', 'links were kept as text only', 'only web (http, https) and e-mail links are allowed'],
  other: ['other piece of Markdown was left out', 'other pieces of Markdown were left out', 'bodies have no such element'],
  slug: ['slug was changed to fit', 'slugs were changed to fit', 'slugs are lower-case Latin letters, digits and single hyphens'],
  field: ['front-matter field was not kept', 'front-matter fields were not kept', 'Tandem has no place for them'],
  unaligned: [
    'translation was not linked to its original paragraph by paragraph',
    'translations were not linked to their originals paragraph by paragraph',
    'their blocks do not line up with the original’s; check them side by side',
  ],
  title: ['file had no title', 'files had no title', 'the first heading or the file name was used'],
} as const;

export type WarningKind = keyof typeof KINDS;

const NAMED_FILES = 3;

/** Warnings gathered over a whole import. */
export class Warnings {
  private readonly counts = new Map<WarningKind, { n: number; files: string[]; details: Set<string> }>();
  private readonly notes: string[] = [];

  /** Counts `n` of `kind` in `file`; `detail` (a field's name, say) is listed once. */
  add(kind: WarningKind, file: string, n = 1, detail?: string): void {
    if (n <= 0) return;
    let entry = this.counts.get(kind);
    if (entry === undefined) this.counts.set(kind, (entry = { n: 0, files: [], details: new Set() }));
    entry.n += n;
    if (!entry.files.includes(file)) entry.files.push(file);
    if (detail !== undefined) entry.details.add(detail);
  }

  /** A warning said in full (about the import as a whole). */
  note(message: string): void {
    this.notes.push(message);
  }

  /** Every warning as a sentence, in a fixed order. */
  messages(): string[] {
    const out: string[] = [];
    for (const kind of Object.keys(KINDS) as WarningKind[]) {
      const entry = this.counts.get(kind);
      if (entry === undefined) continue;
      const [one, many, why] = KINDS[kind];
      const details = entry.details.size > 0 ? ` (${[...entry.details].sort().join(', ')})` : '';
      const named = entry.files.slice(0, NAMED_FILES).join(', ');
      const more = entry.files.length > NAMED_FILES ? ` and ${entry.files.length - NAMED_FILES} more` : '';
      out.push(`${entry.n} ${entry.n === 1 ? one : many}${details}: ${why}. In ${named}${more}.`);
    }
    return [...out, ...this.notes];
  }
}
