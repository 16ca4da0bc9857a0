import type { WindowState } from '../../shared/contract';

/**
 * Where the window opens: where it was last closed (size, place, maximized), as long as
 * enough of that place is still on one of the screens — a screen unplugged since must not
 * leave the window out of reach — else the default size, centred by the system.
 */

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1400, height: 900 } as const;
export const MIN_SIZE = { width: 800, height: 500 } as const;

/** How much of the window must be on a screen to open it there again (enough to grab its title bar). */
const VISIBLE = { width: 200, height: 100 } as const;

function overlap(a: Area, b: Area): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The window's bounds and state to open with, from what was kept and the screens' work areas now. */
export function restoredWindow(saved: WindowState | null, screens: readonly Area[]): { bounds: Partial<Area> & { width: number; height: number }; maximized: boolean } {
  if (saved !== null) {
    const onScreen = screens.find((s) => {
      const o = overlap(saved, s);
      return o.width >= VISIBLE.width && o.height >= VISIBLE.height;
    });
    if (onScreen) {
      const width = Math.min(Math.max(saved.width, MIN_SIZE.width), onScreen.width);
      const height = Math.min(Math.max(saved.height, MIN_SIZE.height), onScreen.height);
      return { bounds: { x: saved.x, y: saved.y, width, height }, maximized: saved.maximized };
    }
  }
  return { bounds: { ...DEFAULT_SIZE }, maximized: saved?.maximized ?? false };
}

/** What to keep of a window as it closes: its size and place when not maximized, and whether it was. */
export function windowStateOf(window: { getNormalBounds(): Area; isMaximized(): boolean }): WindowState {
  const b = window.getNormalBounds();
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: window.isMaximized() };
}
