import { openInBrowser } from './browser';
import type { CliContext } from './context';
import { rendererDir } from './locate';
import { main } from './main';

/**
 * The `tandem` program (bundled to dist/cli.mjs). The first Ctrl+C (or SIGTERM) stops a
 * running server cleanly; a second one stops at once.
 */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    let asked = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (asked) process.exit(signal === 'SIGINT' ? 130 : 143);
      asked = true;
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

// A reader that went away (`tandem serve | head`) is not a reason to crash while stopping.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

const ctx: CliContext = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  status: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[K${text}`) : undefined,
  env: process.env,
  platform: process.platform,
  rendererDir: rendererDir(),
  untilStopped,
  openBrowser: openInBrowser,
};

const code = await main(process.argv.slice(2), ctx);
process.exitCode = code;
// Everything is closed by now; should anything still hold the process open, do not hang.
setTimeout(() => process.exit(code), 3000).unref();
