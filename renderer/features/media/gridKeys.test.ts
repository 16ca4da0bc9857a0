import { describe, expect, it } from 'vitest';
import { nextGridIndex } from './gridKeys';

describe('nextGridIndex', () => {
  // 10 photos in rows of 4: 0-3, 4-7, 8-9.
  it('moves along a row and across rows', () => {
    expect(nextGridIndex('ArrowRight', 3, 10, 4)).toBe(4);
    expect(nextGridIndex('ArrowLeft', 4, 10, 4)).toBe(3);
    expect(nextGridIndex('ArrowDown', 1, 10, 4)).toBe(5);
    expect(nextGridIndex('ArrowUp', 5, 10, 4)).toBe(1);
  });

  it('stays put at the edges', () => {
    expect(nextGridIndex('ArrowLeft', 0, 10, 4)).toBe(0);
    expect(nextGridIndex('ArrowUp', 2, 10, 4)).toBe(2);
    expect(nextGridIndex('ArrowDown', 7, 10, 4)).toBe(7);
    expect(nextGridIndex('ArrowRight', 9, 10, 4)).toBe(9);
  });

  it('jumps to the first and last photo', () => {
    expect(nextGridIndex('Home', 6, 10, 4)).toBe(0);
    expect(nextGridIndex('End', 1, 10, 4)).toBe(9);
  });

  it('ignores other keys and empty grids', () => {
    expect(nextGridIndex('Enter', 1, 10, 4)).toBeNull();
    expect(nextGridIndex('ArrowRight', 0, 0, 4)).toBeNull();
    expect(nextGridIndex('ArrowDown', 0, 3, 0)).toBe(1);
  });
});
