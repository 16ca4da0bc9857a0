// Where Electron's binary is, without triggering a download: node_modules/electron's own
// entry point downloads a missing binary as a side effect, so it is not required here.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The folder of the installed `electron` package, or null when it is not installed. */
export function electronPackageDir(from = process.cwd()) {
  try {
    const require = createRequire(path.join(from, 'package.json'));
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** The path of Electron's executable when it is present on disk, else null. */
export function electronBinary(from = process.cwd()) {
  const dir = electronPackageDir(from);
  if (!dir) return null;
  let relative;
  try {
    relative = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!relative) return null;
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  const binary = path.join(base, relative);
  return existsSync(binary) ? binary : null;
}
