import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CallInput, CallName, CallOutput, Envelope } from '../shared/contract';

/**
 * A browser-mode host (`node dist/cli.mjs serve`) started for one test on a workspace
 * folder of its own, with a preferences folder of its own (never the person's), removed
 * when the host stops. It serves what `node scripts/build.mjs` built; the tests build nothing.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.mjs');
const URL_LINE = /^(http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+))$/;
const START_TIMEOUT_MS = 20_000;

export interface Host {
  /** The address the host printed, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  /** Where this host keeps preferences (TANDEM_PREFERENCES_DIR). */
  readonly preferencesDir: string;
  readonly pid: number;
  /** Calls the contract over HTTP, as the renderer does. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Envelope<CallOutput<N>>>;
  /** Sends a signal and waits until the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Asks the host to stop (SIGTERM), and makes sure it does. */
  stop(): Promise<void>;
  /** Everything it printed, for failure messages. */
  output(): string;
}

/** A free loopback port, found by letting the system choose one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startHost(dataDir: string): Promise<Host> {
  if (!existsSync(CLI)) throw new Error(`${CLI} does not exist: build first with \`node scripts/build.mjs\`.`);
  if (!existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer is missing: build first with `node scripts/build.mjs`.');
  }
  const port = await freePort();
  const preferencesDir = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-preferences-'));
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', String(port), '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, BROWSER: 'none', TANDEM_PREFERENCES_DIR: preferencesDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (log += chunk));

  const url = await new Promise<string>((resolve, reject) => {
    let pending = '';
    const timer = setTimeout(() => fail(new Error(`The host printed no address within ${START_TIMEOUT_MS} ms.`)), START_TIMEOUT_MS);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      rmSync(preferencesDir, { recursive: true, force: true });
      reject(new Error(`${e.message}\n--- host output ---\n${log}`));
    };
    child.once('exit', (code, signal) => fail(new Error(`The host exited before serving (code ${code}, signal ${signal}).`)));
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      log += chunk;
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = URL_LINE.exec(line.trim());
        if (match?.[1]) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve(match[1]);
        }
      }
    });
  });

  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const origin = parsed.origin;
  const host: Host = {
    url,
    origin,
    token,
    dataDir,
    preferencesDir,
    pid: child.pid ?? -1,
    async call(name, input) {
      const response = await fetch(`${origin}/api/call/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Envelope<CallOutput<typeof name>>;
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited(child);
      rmSync(preferencesDir, { recursive: true, force: true });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timeout = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 5_000));
        if ((await Promise.race([exited(child).then(() => 'done' as const), timeout])) === 'late') {
          child.kill('SIGKILL');
          await exited(child);
        }
      }
      rmSync(preferencesDir, { recursive: true, force: true });
    },
    output: () => log,
  };
  return host;
}

/** The value of a successful call, or a readable failure. */
export function valueOf<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`The call failed: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}
