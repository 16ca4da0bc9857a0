import os from 'node:os';
import path from 'node:path';
import type { CliContext } from './context';
import { main } from './main';

/** Where commands run by tests keep preferences. */
export const TEST_PREFERENCES_DIR = path.join(os.tmpdir(), 'tandem-test-preferences');

/** For the command's tests: a context that records what a command printed, with a stop button and a fake browser. */
export function recordingContext(overrides: Partial<CliContext> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: string[] = [];
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const ctx: CliContext = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { HOME: '/home/editor' },
    platform: 'linux',
    rendererDir: path.join(os.tmpdir(), 'tandem-no-renderer'),
    untilStopped: () => stopped,
    openBrowser: async (url) => {
      opened.push(url);
      return true;
    },
    ...overrides,
  };
  // Commands run by tests keep preferences in a folder of the tests' own, never the person's.
  ctx.env = { TANDEM_PREFERENCES_DIR: TEST_PREFERENCES_DIR, ...ctx.env };
  return { ctx, out, err, opened, stop };
}

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs one command line in-process and returns its exit code and what it printed. */
export async function runCli(argv: readonly string[], overrides: Partial<CliContext> = {}): Promise<CliRun> {
  const { ctx, out, err } = recordingContext(overrides);
  const code = await main(argv, ctx);
  return { code, out, err };
}
