import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, restoredWindow, windowStateOf } from './windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const right = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('the window’s size and place', () => {
  it('open where the window was last closed, maximized or not', () => {
    const saved = { x: 2000, y: 40, width: 1600, height: 1000, maximized: true };
    expect(restoredWindow(saved, [laptop, right])).toEqual({ bounds: { x: 2000, y: 40, width: 1600, height: 1000 }, maximized: true });
  });

  it('fall back to the default size, centred, when that place is on no screen now', () => {
    const saved = { x: 2000, y: 40, width: 1600, height: 1000, maximized: false };
    expect(restoredWindow(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    // A sliver on screen is not enough to reach the title bar.
    expect(restoredWindow({ ...saved, x: 1900 }, [laptop]).bounds).toEqual(DEFAULT_SIZE);
    expect(restoredWindow(null, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('fit the screen it opens on, and keep the smallest useful size', () => {
    expect(restoredWindow({ x: 10, y: 10, width: 5000, height: 3000, maximized: false }, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 1920, height: 1050 });
    expect(restoredWindow({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 800, height: 500 });
  });

  it('keep the size a maximized window returns to', () => {
    const window = { getNormalBounds: () => ({ x: 100.4, y: 50, width: 1200, height: 800.6 }), isMaximized: () => true };
    expect(windowStateOf(window)).toEqual({ x: 100, y: 50, width: 1200, height: 801, maximized: true });
  });
});
