import { describe, expect, it } from 'vitest';
import { folderName, otherRecentWorkspaces } from './recent';

describe('the recent workspaces offered', () => {
  it('leaves out the one open now and keeps the order', () => {
    expect(otherRecentWorkspaces(['/a', '/b', '/c'], '/b')).toEqual(['/a', '/c']);
    expect(otherRecentWorkspaces(['/a'], '/a')).toEqual([]);
  });

  it('names a workspace by its folder', () => {
    expect(folderName('/home/ed/Newsroom/')).toBe('Newsroom');
    expect(folderName('C:\\Users\\ed\\Desk')).toBe('Desk');
  });
});
