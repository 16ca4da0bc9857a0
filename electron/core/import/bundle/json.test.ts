import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkSchema, jsonPath, parseJsonText, syntaxErrorOffset } from './json';
import { thrownBy } from '../../testing';

describe('bundle JSON', () => {
  it('finds where JSON text first goes wrong', () => {
    for (const [text, offset] of [
      ['{"a": 1,}', 8],
      ['{\n "a": \n}', 9],
      ['[1, 2', 5],
      ['{"a": tru}', 9],
      ['{"a": "b\\q"}', 9],
      ['{"a": 01}', 7],
      ['{} x', 3],
      ['"\u0001"', 1],
    ] as const) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(syntaxErrorOffset(text), text).toBe(offset);
    }
  });

  it('names the file and line of a syntax error, and the JSON path of a schema failure', () => {
    expect(() => parseJsonText('data/site.json', '{\n "a": 1,\n "b": \n}\n')).toThrow(/^data\/site\.json, line 4: it is not valid JSON \(Unexpected token '}'\)/);
    const schema = z.strictObject({ items: z.array(z.strictObject({ id: z.uuid() })) });
    expect(() => checkSchema('data/lists.json', { items: [{ id: 'x' }] }, schema)).toThrow(/^data\/lists\.json: at items\[0\]\.id: /);
    expect(thrownBy(() => checkSchema('data/lists.json', { items: [{ id: 'x' }] }, schema)).phrase).toMatchObject({
      key: 'core.imports.inFile',
      params: { file: 'data/lists.json', problem: { key: 'core.imports.bundle.schema', params: { where: 'items[0].id' } } },
    });
    expect(jsonPath([])).toBe('(the whole file)');
    expect(jsonPath(['a', 0, 'b c', 'd'])).toBe('a[0]["b c"].d');
  });
});
