import type { z } from 'zod';
import { say } from '../../said';
import { fileProblem } from '../problems';

/**
 * A bundle's JSON files read strictly: text that is not JSON is refused with its line, a
 * document that does not fit its schema with the JSON path of the first thing wrong
 * (`translations[0].body.root.children[3].type`).
 */

/** `a.b[0].c` for a path of keys and indexes; `(the whole file)` for none. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    }
  }
  return out === '' ? '(the whole file)' : out;
}

/**
 * Where JSON text first goes wrong: the offset of the first character that cannot be
 * there (the parser's own message does not always say). Only run on text that failed.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const c of word) {
      if (text[i] !== c) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
  return i;
}

/** The line of a JSON syntax error. */
function errorLine(text: string): number {
  return text.slice(0, syntaxErrorOffset(text)).split('\n').length;
}

/** The parser's message without the text it quotes or the position it counts. */
function parserSays(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/,? ".*$/, '').replace(/ in JSON at position \d+.*$/, '');
}

/** Parses `text` as JSON; a syntax error names the file and line. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw fileProblem(file, errorLine(text), say('core.imports.bundle.notJson', { detail: parserSays(message) }));
  }
}

/** Checks a parsed document against its schema; the first problem names the file and its JSON path. */
export function checkSchema<S extends z.ZodType>(file: string, value: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const said =
    issue === undefined
      ? say('core.imports.bundle.schemaUnknown')
      : issue.path.length === 0
        ? say('core.imports.bundle.schemaWhole', { detail: issue.message })
        : say('core.imports.bundle.schema', { where: jsonPath(issue.path), detail: issue.message });
  throw fileProblem(file, null, said);
}
