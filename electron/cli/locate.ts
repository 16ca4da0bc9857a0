import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder Tandem is installed in: the nearest folder above this module that holds a
 * package.json. From the bundle (dist/cli.mjs) and from the sources (electron/cli/) alike.
 */
export function packageRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

/** The built renderer browser mode serves: TANDEM_RENDERER_DIR, or dist/renderer. */
export function rendererDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const chosen = env.TANDEM_RENDERER_DIR;
  if (chosen) return path.resolve(chosen);
  return path.join(packageRoot(), 'dist', 'renderer');
}
