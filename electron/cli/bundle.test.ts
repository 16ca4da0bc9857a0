import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The bundled command (what `tandem` runs) as a separate process: exit codes, what it
 * prints, and a clean stop on a signal. Built into .tmp/ so the real dist/ is left alone.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
let out: string;
let cli: string;
let tmp: string;

beforeAll(() => {
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  out = mkdtempSync(path.join(root, '.tmp', 'cli-bundle-'));
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--node-only', '--outdir', out], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  cli = path.join(out, 'cli.mjs');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'tandem-bundle-'));
}, 60_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

function tandem(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1', ...env }, timeout: 30_000 });
}

describe('the bundled tandem command', () => {
  it('check: exit 0 on a sound workspace, 1 on a damaged one, no stack traces', () => {
    const dir = path.join(tmp, 'ws');
    // Nothing there yet: check says so (and creates nothing).
    const first = tandem(['check', '--data', dir]);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain('no Tandem workspace');

    const damaged = path.join(tmp, 'damaged');
    mkdirSync(damaged);
    writeFileSync(path.join(damaged, 'tandem.db'), 'SQLite format 3\0' + 'x'.repeat(5000));
    const bad = tandem(['check', '--data', damaged]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('serve: prints the URL on a line of its own, stops cleanly on SIGTERM; then check and backup work', async () => {
    const dir = path.join(tmp, 'served');
    const child = spawn(process.execPath, [cli, 'serve', '--data', dir, '--no-open'], {
      env: { ...process.env, CI: '1', TANDEM_PREFERENCES_DIR: path.join(tmp, 'preferences') },
    });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const until = Date.now() + 15_000;
    while (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/m.test(stdout)) {
      if (Date.now() > until) throw new Error(`no URL printed: ${stdout}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Tandem is running in browser mode.');
    const url = lines.find((l) => l.startsWith('http://')) ?? '';
    const { origin, searchParams } = new URL(url);
    const answer = await fetch(`${origin}/api/call/workspaceInfo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${searchParams.get('token')}` },
      body: '{}',
    });
    expect(answer.status).toBe(200);
    const wrong = await fetch(`${origin}/api/call/workspaceInfo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(wrong.status).toBe(401);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Tandem has stopped.');

    const check = tandem(['check', '--data', dir]);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/sound/);

    const backup = tandem(['backup', '--to', path.join(tmp, 'copy.sqlite'), '--data', dir]);
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain('Backup written to');
  });

  it('--help exits 0; a usage mistake exits non-zero with one clear message', () => {
    const help = tandem(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('tandem serve');
    const wrong = tandem(['serve', '--port', 'abc']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--port needs a whole number');
  });
});
