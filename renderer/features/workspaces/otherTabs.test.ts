import { afterEach, describe, expect, it, vi } from 'vitest';
import { followOtherTabs, type OtherTabs } from './otherTabs';

const opened: OtherTabs[] = [];
function tab(landEdits: () => Promise<boolean>, reload = vi.fn()) {
  const tabs = followOtherTabs({ landEdits, reload, hearMs: 30, landMs: 300 });
  opened.push(tabs);
  return { tabs, reload };
}

afterEach(() => {
  for (const tabs of opened.splice(0)) tabs.close();
});

describe('other tabs and a workspace switch', () => {
  it('every other tab lands its edits before the switch, and loads again after it', async () => {
    const switching = tab(() => Promise.resolve(true));
    const landed: string[] = [];
    const a = tab(async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      landed.push('a');
      return true;
    });
    const b = tab(() => {
      landed.push('b');
      return Promise.resolve(true);
    });
    expect(await switching.tabs.landTheirEdits()).toBe(true);
    expect(landed.sort()).toEqual(['a', 'b']);

    switching.tabs.switched();
    await vi.waitFor(() => {
      expect(a.reload).toHaveBeenCalledTimes(1);
      expect(b.reload).toHaveBeenCalledTimes(1);
    });
    expect(switching.reload).not.toHaveBeenCalled();
  });

  it('says so when another tab could not land its edits, or did not finish in time', async () => {
    const switching = tab(() => Promise.resolve(true));
    tab(() => Promise.resolve(false));
    expect(await switching.tabs.landTheirEdits()).toBe(false);
    opened.pop()?.close();

    tab(() => new Promise(() => {}));
    expect(await switching.tabs.landTheirEdits()).toBe(false);
  });

  it('with no other tab, the switch goes on at once', async () => {
    const switching = tab(() => Promise.resolve(true));
    expect(await switching.tabs.landTheirEdits()).toBe(true);
  });
});
