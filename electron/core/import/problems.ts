import { TandemError } from '../errors';
import { say, within, type Sentence, type Value } from '../said';

/**
 * What an import says when it cannot go on (an error naming the file and, where there is
 * one, the line) and what it tells after it went through (warnings: what was left out or
 * changed, counted over every file, with a few of the files named). Every refusal ends by
 * saying that nothing was imported (`core.imports.nothingImported`).
 */

/**
 * A problem with one file (at one line, when known): the whole import stops. `problem`
 * follows "file, line N:" (one of `core.imports.markdown`, `frontMatter`, `fields`, `bundle`).
 */
export function fileProblem(file: string, line: number | null, problem: Sentence): TandemError {
  const said = line === null ? say('core.imports.inFile', { file, problem: within(problem) }) : say('core.imports.atLine', { file, line, problem: within(problem) });
  return new TandemError('invalid_input', said);
}

/** A problem with the import as a whole (not one file's): `problem` is a sentence of its own. */
export function importProblem(problem: Sentence, code: 'invalid_input' | 'conflict' | 'payload_too_large' = 'invalid_input'): TandemError {
  return new TandemError(code, say('core.imports.nothingImported', { problem: within(problem) }));
}

/** The kinds of warnings, each said in one sentence that counts them. */
export type WarningKind = 'image' | 'html' | 'code' | 'rule' | 'link' | 'other' | 'slug' | 'field' | 'unaligned' | 'title';

/** The order warnings are told in. */
const KINDS: readonly WarningKind[] = ['image', 'html', 'code', 'rule', 'link', 'other', 'slug', 'field', 'unaligned', 'title'];

const NAMED_FILES = 3;

/** The files a warning names: the first few, and how many more. */
function filesValue(files: readonly string[]): Value {
  const named = files.slice(0, NAMED_FILES).join(', ');
  if (files.length <= NAMED_FILES) return named;
  return within(say('core.imports.warnings.filesMore', { named, more: files.length - NAMED_FILES }));
}

/** One kind's warning: `count` of it, in `files`, with `details` (the fields not kept). */
function warning(kind: WarningKind, count: number, files: Value, details: readonly string[]): Sentence {
  switch (kind) {
    case 'other':
      return say('core.imports.warnings.otherMarkdown', { count, files });
    case 'field':
      return say('core.imports.warnings.field', { count, files, fields: details.join(', ') });
    default:
      return say(`core.imports.warnings.${kind}`, { count, files });
  }
}

/** Warnings gathered over a whole import. */
export class Warnings {
  private readonly counts = new Map<WarningKind, { n: number; files: string[]; details: Set<string> }>();
  private readonly notes: Sentence[] = [];

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
  note(said: Sentence): void {
    this.notes.push(said);
  }

  /** Every warning as a sentence, in a fixed order. */
  messages(): Sentence[] {
    const out: Sentence[] = [];
    for (const kind of KINDS) {
      const entry = this.counts.get(kind);
      if (entry === undefined) continue;
      out.push(warning(kind, entry.n, filesValue(entry.files), [...entry.details].sort()));
    }
    return [...out, ...this.notes];
  }
}
