/**
 * Memory of processes, read from Linux's /proc. Summed over a process tree, the three
 * measures bound what the tree holds:
 *
 * - RSS (resident set, what `top` shows) counts shared pages (libraries, shared memory) in
 *   every process that maps them: an upper bound;
 * - PSS (proportional set) divides each shared page among the processes sharing it; those
 *   may include programs outside the tree (another Chromium running on the machine);
 * - USS (unique set: private pages only) leaves out what the tree's processes share among
 *   themselves: a lower bound, and the one other programs do not move.
 *
 * Elsewhere than Linux these read as null.
 */
import fs from 'node:fs';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** The command line's arguments. */
  args: string[];
}

/** The parent pid from /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parentOf(stat: string): number | null {
  const close = stat.lastIndexOf(')');
  if (close < 0) return null;
  const fields = stat.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** A `Name:   1234 kB` field of /proc/<pid>/status or smaps_rollup, in bytes. */
export function kbField(text: string, name: string): number | null {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(text);
  return match?.[1] === undefined ? null : Number(match[1]) * 1024;
}

/** `root` and every process below it. */
export function subtree(processes: readonly ProcessInfo[], root: number): ProcessInfo[] {
  const children = new Map<number, ProcessInfo[]>();
  for (const p of processes) {
    const list = children.get(p.ppid) ?? [];
    list.push(p);
    children.set(p.ppid, list);
  }
  const out: ProcessInfo[] = [];
  const self = processes.find((p) => p.pid === root);
  if (self) out.push(self);
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    for (const child of children.get(pid) ?? []) {
      out.push(child);
      queue.push(child.pid);
    }
  }
  return out;
}

/**
 * Chromium's role for a process: `browser`, or its `--type=` (renderer, gpu-process,
 * utility, zygote). Chromium rewrites its children's command lines into one string, so
 * the flag is looked for anywhere in it.
 */
export function chromiumRole(args: readonly string[]): string {
  return /(?:^|\s)--type=([\w-]+)/.exec(args.join(' '))?.[1] ?? 'browser';
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Every process this user can see, or [] where there is no /proc. */
export function listProcesses(): ProcessInfo[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  const out: ProcessInfo[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readText(`/proc/${entry}/stat`);
    const ppid = stat === null ? null : parentOf(stat);
    if (ppid === null) continue;
    const args = (readText(`/proc/${entry}/cmdline`) ?? '').split('\0').filter((a) => a !== '');
    out.push({ pid: Number(entry), ppid, args });
  }
  return out;
}

export interface Memory {
  rss: number;
  pss: number | null;
  uss: number | null;
}

/** One process's memory; null once it is gone or where there is no /proc. */
export function memoryOf(pid: number): Memory | null {
  const status = readText(`/proc/${pid}/status`);
  const rss = status === null ? null : kbField(status, 'VmRSS');
  if (rss === null) return null;
  const rollup = readText(`/proc/${pid}/smaps_rollup`);
  return rollup === null ? { rss, pss: null, uss: null } : { rss, ...setsOf(rollup) };
}

/** PSS and USS from /proc/<pid>/smaps_rollup. */
export function setsOf(rollup: string): { pss: number | null; uss: number | null } {
  const clean = kbField(rollup, 'Private_Clean');
  const dirty = kbField(rollup, 'Private_Dirty');
  return { pss: kbField(rollup, 'Pss'), uss: clean === null || dirty === null ? null : clean + dirty };
}

export interface TreeMemory {
  processes: Array<{ pid: number; role: string } & Memory>;
  rss: number;
  /** Null when any process's PSS could not be read; so for USS. */
  pss: number | null;
  uss: number | null;
}

/** The memory of a list of processes, each and summed. */
export function memoryOfAll(processes: readonly ProcessInfo[]): TreeMemory {
  const rows: TreeMemory['processes'] = [];
  for (const p of processes) {
    const m = memoryOf(p.pid);
    if (m) rows.push({ pid: p.pid, role: chromiumRole(p.args), ...m });
  }
  const sum = (pick: (r: Memory) => number | null): number | null => {
    let total = 0;
    for (const r of rows) {
      const v = pick(r);
      if (v === null) return null;
      total += v;
    }
    return total;
  };
  return { processes: rows, rss: rows.reduce((n, r) => n + r.rss, 0), pss: sum((r) => r.pss), uss: sum((r) => r.uss) };
}

/**
 * The Chromium this benchmark launched: the topmost process below `ancestor` started with
 * `--remote-debugging-pipe` (how Playwright drives it), with everything below it.
 */
export function browserTree(processes: readonly ProcessInfo[], ancestor: number): ProcessInfo[] {
  // subtree() lists parents before their children, so the first match is the topmost.
  const root = subtree(processes, ancestor).find((p) => p.args.includes('--remote-debugging-pipe'));
  return root ? subtree(processes, root.pid) : [];
}
