// The render worker's bundle: electron/core/export/parallel/entry.ts and what it imports,
// built to dist/render-worker.mjs and dist/electron/render-worker.mjs by build.mjs, and
// into node_modules/.cache/tandem/ by parallel/sourceBundle.ts when Tandem runs from
// TypeScript source (tests and benchmarks run this same build).
//
// Every module is marked free of side effects, so that the modules the render thread
// imports but never calls (the database driver, photo processing and search stemming,
// reached through modules it shares with the rest of the app) are left out and the thread
// starts sooner. A module that is needed only for what it does when loaded must therefore
// be imported for a value it exports, or it is left out of this bundle.
import { build } from 'esbuild';

const withoutSideEffects = {
  name: 'without-side-effects',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind === 'entry-point' || args.pluginData?.resolving) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      return resolved.errors.length > 0 ? undefined : { ...resolved, sideEffects: false };
    });
  },
};

/** Builds the render worker to `outfile`; `root` is the repository. */
export function buildRenderWorker(outfile, { root, sourcemap = false, logLevel = 'warning' }) {
  return build({
    absWorkingDir: root,
    entryPoints: ['electron/core/export/parallel/entry.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap,
    legalComments: 'none',
    logLevel,
    plugins: [withoutSideEffects],
  });
}
