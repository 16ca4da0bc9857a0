import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { say, type Sentence } from '../../said';

/**
 * The front matter of a Markdown file: YAML between `---` lines at its very top, as Hugo
 * writes it. Each field keeps the line it is on, so a bad value can be named by line.
 * TOML front matter (`+++`) is refused with a message saying what to do: Tandem reads YAML.
 */

/** One field of the front matter: its value (as YAML gives it) and the line of its name in the file. */
export interface Field {
  value: unknown;
  line: number;
}

export interface SplitFile {
  /** The fields by name, in the order written. */
  fields: Map<string, Field>;
  /** The Markdown after the front matter. */
  body: string;
  /** The file's line number of the body's first line (to name lines of the body). */
  bodyLine: number;
}

/** A problem with the front matter, at a line of the file: `problem` follows "file, line N:". */
export class FrontMatterProblem extends Error {
  constructor(
    readonly line: number,
    readonly problem: Sentence,
  ) {
    super(problem.message);
    this.name = 'FrontMatterProblem';
  }
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** The text as the reader sees it: no byte-order mark, `\n` line ends. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The first line of a YAML parser message, without the position it repeats. */
function yamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}

function parseYaml(yaml: string, firstLine: number): Map<string, Field> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    const line = firstLine + Math.max(0, at.line - 1);
    throw new FrontMatterProblem(line, say('core.imports.frontMatter.notYaml', { detail: yamlMessage(error.message) }));
  }
  const fields = new Map<string, Field>();
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return fields;
  if (!isMap(contents)) {
    throw new FrontMatterProblem(firstLine, say('core.imports.frontMatter.notFields'));
  }
  for (const pair of contents.items) {
    const key = pair.key;
    const keyNode = isScalar(key) ? key : null;
    const line = firstLine + Math.max(0, lineCounter.linePos((keyNode?.range ?? (pair.value as Node | null)?.range ?? [0])[0]).line - 1);
    if (keyNode === null || typeof keyNode.value !== 'string') {
      throw new FrontMatterProblem(line, say('core.imports.frontMatter.plainName'));
    }
    const valueNode = pair.value as Node | null;
    let value: unknown;
    try {
      value = valueNode === null ? null : valueNode.toJS(doc, { maxAliasCount: 100 });
    } catch (e) {
      throw new FrontMatterProblem(line, say('core.imports.frontMatter.unreadableValue', { name: keyNode.value, detail: e instanceof Error ? e.message : String(e) }));
    }
    fields.set(keyNode.value, { value, line });
  }
  return fields;
}

/** Splits a Markdown file into its front matter's fields and its body. */
export function splitFrontMatter(text: string): SplitFile {
  const normalized = normalizeText(text);
  const lines = normalized.split('\n');
  const first = lines[0] ?? '';
  if (/^\+\+\+[ \t]*$/.test(first)) {
    throw new FrontMatterProblem(1, say('core.imports.frontMatter.toml'));
  }
  if (!OPEN.test(first)) return { fields: new Map(), body: normalized, bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (end === -1) {
    throw new FrontMatterProblem(1, say('core.imports.frontMatter.notClosed'));
  }
  const fields = parseYaml(lines.slice(1, end).join('\n'), 2);
  return { fields, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}
