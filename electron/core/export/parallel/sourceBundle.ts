import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The render thread's code when Tandem runs from TypeScript source: built by the app's own
 * build of it (scripts/render-worker.mjs, with esbuild, a devDependency) once per process
 * into node_modules/.cache/tandem/, where the packages it leaves out resolve. The file is
 * removed when the process exits, or by a later process when this one was killed. Null
 * when the build cannot be run.
 */

interface RenderWorkerBuild {
  buildRenderWorker(outfile: string, options: { root: string; logLevel: 'silent' }): Promise<unknown>;
}

const ROOT = new URL('../../../../', import.meta.url);

let built: Promise<string | null> | null = null;

export function sourceBundle(): Promise<string | null> {
  built ??= build();
  return built;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the bundles of processes that are gone. */
function sweep(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const pid = /^render-worker-(\d+)-[0-9a-f]+\.mjs$/.exec(name)?.[1];
    if (pid !== undefined && !alive(Number(pid))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

async function build(): Promise<string | null> {
  try {
    const root = fileURLToPath(ROOT);
    const dir = path.join(root, 'node_modules', '.cache', 'tandem');
    fs.mkdirSync(dir, { recursive: true });
    sweep(dir);
    const file = path.join(dir, `render-worker-${process.pid}-${randomUUID().slice(0, 8)}.mjs`);
    process.once('exit', () => fs.rmSync(file, { force: true }));
    const script: RenderWorkerBuild = await import(new URL('scripts/render-worker.mjs', ROOT).href);
    await script.buildRenderWorker(file, { root, logLevel: 'silent' });
    return file;
  } catch {
    return null;
  }
}
