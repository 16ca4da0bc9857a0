import { describe, expect, it } from 'vitest';
import { browserTree, chromiumRole, kbField, memoryOf, memoryOfAll, parentOf, setsOf, subtree, type ProcessInfo } from './processes';

const p = (pid: number, ppid: number, ...args: string[]): ProcessInfo => ({ pid, ppid, args });

/** The bench (100) with its host (101), Chromium's tree (102…) and a tool of its own (110). */
const TABLE: ProcessInfo[] = [
  p(1, 0, '/sbin/init'),
  p(100, 1, 'node', 'bench/run.ts'),
  p(101, 100, 'node', 'dist/cli.mjs', 'serve'),
  p(102, 100, '/usr/lib/chromium/chromium', '--headless', '--remote-debugging-pipe'),
  p(103, 102, '/usr/lib/chromium/chromium', '--type=zygote'),
  // Chromium rewrites its children's command lines into one string.
  p(104, 103, '/usr/lib/chromium/chromium --type=renderer --enable-crash-reporter=,built on Debian --remote-debugging-pipe'),
  p(105, 102, '/usr/lib/chromium/chromium', '--type=gpu-process'),
  p(110, 100, 'esbuild', '--service'),
  p(200, 1, '/usr/lib/chromium/chromium', '--remote-debugging-pipe'),
];

describe('process tables', () => {
  it('reads the parent from /proc/<pid>/stat, even when the name has spaces and parentheses', () => {
    expect(parentOf('4242 (chromium) S 4200 4242 4242 0 -1')).toBe(4200);
    expect(parentOf('77 (Web Content (x) y) R 12 77 77 0 -1')).toBe(12);
    expect(parentOf('garbage')).toBeNull();
  });

  it('reads kB fields as bytes', () => {
    const status = 'Name:\tchromium\nVmPeak:\t  900000 kB\nVmRSS:\t  123456 kB\nRssAnon:\t 1 kB\n';
    expect(kbField(status, 'VmRSS')).toBe(123456 * 1024);
    expect(kbField('Rss:  10 kB\nPss:   2048 kB\n', 'Pss')).toBe(2048 * 1024);
    expect(kbField(status, 'Pss')).toBeNull();
  });

  it('takes PSS and USS (private clean + private dirty) from smaps_rollup', () => {
    const rollup = 'Rss:  300 kB\nPss:  200 kB\nShared_Clean:  150 kB\nPrivate_Clean:  30 kB\nPrivate_Dirty:  120 kB\n';
    expect(setsOf(rollup)).toEqual({ pss: 200 * 1024, uss: 150 * 1024 });
    expect(setsOf('Pss:  1 kB\n')).toEqual({ pss: 1024, uss: null });
  });

  it('walks a subtree, parents first', () => {
    expect(subtree(TABLE, 102).map((x) => x.pid)).toEqual([102, 103, 105, 104]);
    expect(subtree(TABLE, 999)).toEqual([]);
  });

  it('finds the Chromium this run launched, not the host, its tools or another Chromium', () => {
    expect(browserTree(TABLE, 100).map((x) => x.pid).sort()).toEqual([102, 103, 104, 105]);
    expect(browserTree(TABLE, 101)).toEqual([]);
  });

  it('names Chromium processes by role', () => {
    expect(chromiumRole(TABLE[3]?.args ?? [])).toBe('browser');
    expect(chromiumRole(TABLE[5]?.args ?? [])).toBe('renderer');
    expect(chromiumRole(TABLE[6]?.args ?? [])).toBe('gpu-process');
    expect(chromiumRole(['/usr/lib/chromium/chromium', '--lang=en', '--type=utility'])).toBe('utility');
    expect(chromiumRole(['/opt/x--type=renderer/chromium'])).toBe('browser');
  });
});

describe('memory', () => {
  it('reads this process’s memory on Linux', () => {
    const m = memoryOf(process.pid);
    if (process.platform !== 'linux') {
      expect(m).toBeNull();
      return;
    }
    expect(m?.rss).toBeGreaterThan(10 * 1024 * 1024);
    // What Node says of itself, give or take what moved between the two readings.
    expect(Math.abs((m?.rss ?? 0) - process.memoryUsage().rss)).toBeLessThan(0.2 * process.memoryUsage().rss);
    expect(m?.pss).toBeGreaterThan(0);
    expect(m?.uss).toBeGreaterThan(0);
    expect(m?.uss).toBeLessThanOrEqual(m?.rss ?? 0);
  });

  it('adds up what it can read and skips processes that are gone', () => {
    const all = memoryOfAll([p(process.pid, 1, 'node'), p(2 ** 22 + 7, 1, 'gone')]);
    if (process.platform !== 'linux') return;
    expect(all.processes.map((x) => x.pid)).toEqual([process.pid]);
    expect(all.rss).toBe(all.processes[0]?.rss);
    expect(all.uss).toBe(all.processes[0]?.uss);
  });
});
