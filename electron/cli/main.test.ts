import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../core/index';
import type { CliContext } from './context';
import { main, parsePort } from './main';
import { recordingContext, runCli, type CliRun } from './testing';


/** A context that records what a command printed; this file's tests look for the renderer in their own folder. */
function context(overrides: Partial<CliContext> = {}) {
  return recordingContext({ rendererDir: path.join(tmp, 'no-renderer'), ...overrides });
}

function run(argv: string[], overrides: Partial<CliContext> = {}): Promise<CliRun> {
  return runCli(argv, { rendererDir: path.join(tmp, 'no-renderer'), ...overrides });
}

let tmp: string;
let counter = 0;
const freshDir = () => path.join(tmp, `ws-${++counter}`);

/** A workspace with a store, made the way Tandem makes one. */
function makeWorkspace(): string {
  const dir = freshDir();
  openCore(dir).close();
  return dir;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'tandem-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const noStack = (lines: string[]) => expect(lines.join('\n')).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('tandem --help and usage mistakes', () => {
  it('prints help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    for (const words of ['tandem serve', 'tandem backup --to FILE', 'tandem check', '--data DIR', 'TANDEM_DATA', '/home/editor/.config/Tandem']) {
      expect(text).toContain(words);
    }
  });

  it('refuses an unknown command, an unknown option and a bad port with exit 2 and a hint', async () => {
    for (const argv of [['publish'], ['check', '--frobnicate'], ['serve', '--port', 'eighty'], ['serve', '--port', '70000'], ['check', 'extra'], ['backup'], ['serve', '--port']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.join('\n')).toContain('tandem --help');
      noStack(r.err);
    }
  });

  it('parses ports', () => {
    expect(parsePort(undefined)).toBeUndefined();
    expect(parsePort('4871')).toBe(4871);
    expect(parsePort('0')).toBe(0);
    expect(() => parsePort('65536')).toThrow('--port needs a whole number');
    expect(() => parsePort('1e3')).toThrow();
    expect(() => parsePort('-1')).toThrow();
  });
});

describe('tandem check', () => {
  it('exits 0 with a verdict on a sound workspace', async () => {
    const dir = makeWorkspace();
    const r = await run(['check', '--data', dir]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/sound/);
  });

  it('takes the workspace from TANDEM_DATA', async () => {
    const dir = makeWorkspace();
    const r = await run(['check'], { env: { HOME: '/nonexistent', TANDEM_DATA: dir } });
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain(dir);
  });

  it('exits 1 on a missing, foreign or damaged workspace, with a clear verdict and no stack', async () => {
    const missing = freshDir();
    const foreign = freshDir();
    mkdirSync(foreign);
    const other = new Database(path.join(foreign, 'tandem.db'));
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (1);');
    other.close();
    const garbage = freshDir();
    mkdirSync(garbage);
    writeFileSync(path.join(garbage, 'tandem.db'), 'this is not a database at all, just some text');

    for (const dir of [missing, foreign, garbage]) {
      const r = await run(['check', '--data', dir]);
      expect(r.code, dir).toBe(1);
      expect(r.err.join('\n').length).toBeGreaterThan(20);
      noStack(r.err);
    }
    expect(existsSync(missing)).toBe(false);
  });

  it('exits 1 on a store whose pages were damaged', async () => {
    const dir = makeWorkspace();
    const file = path.join(dir, 'tandem.db');
    const db = new Database(file);
    db.exec("CREATE TABLE filler (x TEXT); INSERT INTO filler SELECT hex(randomblob(500)) FROM (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM c WHERE n < 400) SELECT n FROM c); CREATE INDEX filler_x ON filler(x);");
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    // Scribble over pages in the middle of the file, leaving the header intact.
    writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const r = await run(['check', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/damaged/);
  });
});

describe('tandem backup', () => {
  it('writes a copy that is itself a sound workspace, and never overwrites', async () => {
    const dir = makeWorkspace();
    const to = path.join(tmp, `backup-${counter}.sqlite`);
    const r = await run(['backup', '--to', to, '--data', dir]);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.out.join('\n')).toContain(`Backup written to ${to}`);
    expect(statSync(to).size).toBeGreaterThan(0);

    // The copy opens as a workspace and passes the check.
    const restored = freshDir();
    mkdirSync(restored);
    copyFileSync(to, path.join(restored, 'tandem.db'));
    expect((await run(['check', '--data', restored])).code).toBe(0);

    const before = statSync(to).mtimeMs;
    const again = await run(['backup', '--to', to, '--data', dir]);
    expect(again.code).toBe(1);
    expect(again.err.join('\n')).toContain('already exists');
    expect(statSync(to).mtimeMs).toBe(before);
  });

  it('explains a folder target, a missing folder and a missing workspace', async () => {
    const dir = makeWorkspace();
    const cases: Array<[string[], RegExp]> = [
      [['backup', '--to', tmp, '--data', dir], /is a folder/],
      [['backup', '--to', path.join(tmp, 'nope', 'b.sqlite'), '--data', dir], /does not exist/],
      [['backup', '--to', path.join(tmp, 'x.sqlite'), '--data', freshDir()], /no Tandem workspace/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err.join('\n')).toMatch(message);
      noStack(r.err);
    }
  });
});

describe('tandem serve (in-process)', () => {
  it('prints the address on a line of its own, answers the contract, and stops cleanly', async () => {
    const dir = freshDir();
    const { ctx, out, opened, stop } = context({ env: { HOME: '/home/editor', DISPLAY: ':0' } });
    const finished = main(['serve', '--data', dir], ctx);
    await waitFor(() => out.some((line) => line.startsWith('http://')));
    expect(out[0]).toBe('Tandem is running in browser mode.');
    const url = out[1] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(opened).toEqual([url]);

    const { origin, searchParams } = new URL(url);
    const answer = await fetch(`${origin}/api/call/workspaceInfo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${searchParams.get('token')}` },
      body: '{}',
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ ok: true, value: { path: dir, readOnly: false } });

    stop();
    expect(await finished).toBe(0);
    expect(out.at(-1)).toBe('Tandem has stopped.');
    await expect(fetch(`${origin}/`)).rejects.toThrow();
    // The workspace was closed: it opens again.
    openCore(dir).close();
  });

  it('does not open a browser with --no-open, in CI, or without a display', async () => {
    for (const [argv, env] of [
      [['--no-open'], { DISPLAY: ':0' }],
      [[], { DISPLAY: ':0', CI: 'true' }],
      [[], {}],
    ] as Array<[string[], Record<string, string>]>) {
      const { ctx, out, opened, stop } = context({ env: { HOME: '/home/editor', ...env } });
      const finished = main(['serve', '--data', freshDir(), ...argv], ctx);
      await waitFor(() => out.some((line) => line.startsWith('http://')));
      stop();
      expect(await finished).toBe(0);
      expect(opened, JSON.stringify(env)).toEqual([]);
    }
  });

  it('fails clearly when an asked-for port is busy, and leaves the workspace closed', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const dir = freshDir();
      const r = await run(['serve', '--data', dir, '--port', String(port), '--no-open']);
      expect(r.code).toBe(1);
      expect(r.err.join('\n')).toContain(`Port ${port} is already in use`);
      expect(r.err.join('\n')).toContain('--port N');
      noStack(r.err);
      openCore(dir).close();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('fails clearly when the workspace folder cannot be used', async () => {
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const r = await run(['serve', '--data', path.join(file, 'ws'), '--no-open']);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/cannot use the folder/);
    noStack(r.err);
  });
});

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
