#!/usr/bin/env node
// The `tandem` command: runs the bundled command line (dist/cli.mjs), building it first
// when it is missing (a fresh checkout).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.mjs');

if (!existsSync(cli)) {
  console.error('Building Tandem first (this happens once)…');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(cli)) {
    console.error('Tandem could not be built; run `npm run build` in the Tandem folder to see why.');
    process.exit(1);
  }
}

await import(pathToFileURL(cli).href);
