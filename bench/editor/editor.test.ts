import { describe, expect, it } from 'vitest';
import { editorTable, row } from './editor';

describe('editor benchmark rows', () => {
  it('meet a target at or under it, miss it above, and have no verdict without one', () => {
    expect(row('open', 250, 'ms', 250)).toMatchObject({ verdict: 'ok', target: 250 });
    expect(row('open', 250.04, 'ms', 250)).toMatchObject({ verdict: 'MISSED' });
    expect(row('heap', 12.345, 'MB')).toEqual({ name: 'heap', value: 12.3, unit: 'MB', target: null, verdict: '—' });
    // Not measured (no /proc): no verdict either way.
    expect(row('memory', null, 'MB', 300)).toMatchObject({ value: null, verdict: '—' });
  });

  it('print as a table, one line each, n/a where nothing was measured', () => {
    const lines = editorTable([row('keystroke p95', 17.56, 'ms', 14), row('DOM nodes', 1743, 'count'), row('memory', null, 'MB', 300)]).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^editor\s+value\s+unit\s+target\s+verdict$/);
    expect(lines[2]).toMatch(/^keystroke p95\s+17\.6 {2}ms\s+≤14 {3}MISSED$/);
    expect(lines[3]).toMatch(/^DOM nodes\s+1743 {2}count\s+— {3}—$/);
    expect(lines[4]).toMatch(/^memory\s+n\/a {2}MB\s+≤300 {3}—$/);
  });
});
