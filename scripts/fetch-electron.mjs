#!/usr/bin/env node
// postinstall: fetch Electron's binary where the network allows it. Electron's own install
// script is not run by npm (allowScripts: electron false), so a machine that reaches only
// the npm registry still installs cleanly; here we try the download once, with a time
// limit, and on any failure say in one line that browser mode will be used. Always exits 0.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary, electronPackageDir } from './electron-binary.mjs';

const TIMEOUT_MS = Number(process.env.TANDEM_ELECTRON_TIMEOUT_MS) || 5 * 60_000;

function main() {
  if (electronBinary()) return;
  const dir = electronPackageDir();
  if (!dir) return; // a production install without dev dependencies: browser mode only
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log('Tandem: skipping the Electron download (ELECTRON_SKIP_BINARY_DOWNLOAD); `npm start` will use browser mode.');
    return;
  }
  const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: TIMEOUT_MS,
    encoding: 'utf8',
  });
  if (result.status === 0 && electronBinary()) return;
  const why = result.error?.code === 'ETIMEDOUT' ? 'the download took too long' : 'it could not be downloaded (no network?)';
  console.log(`Tandem: the Electron desktop shell is not installed because ${why}; \`npm start\` will use browser mode.`);
}

try {
  main();
} catch (e) {
  console.log(`Tandem: the Electron desktop shell is not installed (${e instanceof Error ? e.message : String(e)}); \`npm start\` will use browser mode.`);
}
process.exit(0);
