#!/usr/bin/env node
// `npm run build`: the renderer (Vite → dist/renderer) and the Node side (esbuild):
//   dist/cli.mjs               the `tandem` command (ESM, Node 20, packages left to node_modules)
//   dist/electron/main.mjs     Electron main (ESM; electron and packages left to node_modules)
//   dist/electron/preload.cjs  the sandboxed preload (CommonJS, everything bundled but electron)
//   dist/export-worker.mjs, dist/electron/export-worker.mjs
//                              the export's worker thread, beside each bundle that starts it
//   dist/render-worker.mjs, dist/electron/render-worker.mjs
//                              the thread that renders half of a large export's article pages,
//                              beside each bundle that runs exports (render-worker.mjs)
// Quiet on success; warnings and errors are printed. `--node-only` skips the renderer;
// `--outdir DIR` writes the Node side somewhere other than dist/ (tests use it).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { buildRenderWorker } from './render-worker.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirArg = process.argv.indexOf('--outdir');
const dist = outdirArg > 0 && process.argv[outdirArg + 1] ? path.resolve(process.argv[outdirArg + 1]) : path.join(root, 'dist');
const rendererConfig = path.join(root, 'renderer', 'vite.config.ts');
const nodeOnly = process.argv.includes('--node-only');

async function buildRenderer() {
  if (nodeOnly) return;
  if (!existsSync(rendererConfig)) {
    console.warn('Warning: renderer/vite.config.ts does not exist yet, so the interface was not built (browser mode will say so).');
    return;
  }
  const { build } = await import('vite');
  await build({ configFile: rendererConfig, root: path.dirname(rendererConfig), logLevel: 'warn', mode: 'production' });
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

async function buildNode() {
  mkdirSync(path.join(dist, 'electron'), { recursive: true });
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: ['electron/cli/entry.ts'],
      outfile: path.join(dist, 'cli.mjs'),
      format: 'esm',
      packages: 'external',
      banner: { js: '#!/usr/bin/env node' },
    }),
    esbuild({
      ...common,
      entryPoints: ['electron/main/main.ts'],
      outfile: path.join(dist, 'electron', 'main.mjs'),
      format: 'esm',
      packages: 'external',
      external: ['electron'],
    }),
    ...['', 'electron'].flatMap((dir) => [
      esbuild({
        ...common,
        entryPoints: ['electron/core/export/worker.ts'],
        outfile: path.join(dist, dir, 'export-worker.mjs'),
        format: 'esm',
        packages: 'external',
      }),
      buildRenderWorker(path.join(dist, dir, 'render-worker.mjs'), { root, sourcemap: true }),
    ]),
    esbuild({
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: path.join(dist, 'electron', 'preload.cjs'),
      format: 'cjs',
      // A sandboxed preload runs in the page's Chromium and can require only `electron`:
      // everything else is bundled in.
      platform: 'browser',
      minify: true,
      target: 'chrome120',
      external: ['electron'],
    }),
  ]);
}

try {
  await Promise.all([buildRenderer(), buildNode()]);
} catch (e) {
  // esbuild and Vite have printed the details already.
  console.error(`Build failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exit(1);
}
