import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TandemError } from '../../errors';
import { say } from '../../said';
import { ExportCancelled } from '../bundle';
import { renderThreads } from '../pages';
import { runExport } from '../run';
import { BASE_URL, exportFixture, readTree, type ExportFixture } from '../testing';
import { renderWorkerScript } from './script';
import { failureReply } from './serve';
import { filesMadeOnWorkers, runningRenderWorkers } from './twoThreads';

let fx: ExportFixture;
const out = (name: string) => path.join(fx.dir, 'out', name);
const defaults = { ...renderThreads };
let started = 0;

/** Every render on two threads, one article per batch, counting the workers started. */
function twoThreads(): void {
  Object.assign(renderThreads, {
    minArticles: 1,
    batch: 1,
    ahead: 2,
    workerFirst: true,
    script: async () => {
      started++;
      return renderWorkerScript();
    },
  });
}

function oneThread(): void {
  Object.assign(renderThreads, defaults, { minArticles: Infinity });
}

function expectSameTree(a: string, b: string): void {
  const one = readTree(a);
  const two = readTree(b);
  expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
  for (const [p, bytes] of one) expect(two.get(p)?.equals(bytes), p).toBe(true);
}

/** Staging folders left beside the output folders. */
const leftovers = () => fs.readdirSync(path.dirname(out('x'))).filter((n) => n.includes('tandem-staging'));

beforeAll(async () => {
  fx = await exportFixture();
  // Cards without a summary show an excerpt of the body, read before the worker starts.
  const popular = fx.articles[2];
  for (const t of popular?.translations ?? []) {
    await fx.call('updateTranslation', { articleId: popular?.id, lang: t.lang, expectedRevision: t.revision, patch: { summary: '' } });
  }
}, 60_000);

afterAll(() => fx.dispose());

afterEach(() => {
  Object.assign(renderThreads, defaults);
  expect(runningRenderWorkers()).toBe(0);
});

describe('article files on two threads', () => {
  it('finds the render thread: bundled from source, or beside the built bundle', async () => {
    const fromSource = await renderWorkerScript();
    expect(fromSource?.file).toMatch(/render-worker-.*\.mjs$/);
    expect(fs.existsSync(fromSource?.file ?? '')).toBe(true);
    const dist = path.join(fx.dir, 'dist');
    fs.mkdirSync(dist, { recursive: true });
    expect(await renderWorkerScript(pathToFileURL(path.join(dist, 'cli.mjs')).href)).toBeNull();
    fs.writeFileSync(path.join(dist, 'render-worker.mjs'), '');
    expect(await renderWorkerScript(pathToFileURL(path.join(dist, 'cli.mjs')).href)).toEqual({ file: path.join(dist, 'render-worker.mjs') });
  });

  it('are not used for a small export', async () => {
    renderThreads.script = async () => {
      started++;
      return renderWorkerScript();
    };
    await fx.export(out('small'), { incremental: false });
    expect(started).toBe(0);
  });

  it('make the same bundle as one thread, fresh and over a previous export', async () => {
    oneThread();
    await fx.export(out('one'), { incremental: false });
    twoThreads();
    const before = filesMadeOnWorkers();
    await fx.export(out('two'), { incremental: false });
    expect(started).toBe(1);
    expect(filesMadeOnWorkers()).toBeGreaterThan(before);
    expectSameTree(out('one'), out('two'));

    // A changed article: its new files are staged by either thread and moved into place.
    const a = fx.articles[1];
    const en = a?.translations.find((t) => t.lang === 'en');
    const now = await fx.call('getArticle', { articleId: a?.id });
    const rev = now.translations.find((t) => t.lang === 'en')?.revision;
    await fx.call('updateTranslation', { articleId: a?.id, lang: 'en', expectedRevision: rev, patch: { title: `${en?.title} (updated)` } });
    oneThread();
    const once = await fx.export(out('one'), { incremental: false });
    twoThreads();
    const again = filesMadeOnWorkers();
    const twice = await fx.export(out('two'), { incremental: false });
    expect(started).toBe(2);
    expect(filesMadeOnWorkers()).toBeGreaterThan(again);
    expect(twice.written).toBe(once.written);
    expect(twice.written).toBeGreaterThan(1);
    expectSameTree(out('one'), out('two'));
    expect(leftovers()).toEqual([]);
  });

  it('fail the export with the render thread’s message, stopping it and writing nothing', async () => {
    const real = await renderWorkerScript();
    if (real === null) throw new Error('no render worker');
    // The render thread as it is, on a disk that is full.
    const full = path.join(fx.dir, 'full-disk-worker.mjs');
    fs.writeFileSync(
      full,
      `import fs from 'node:fs';\nfs.writeFileSync = () => { throw new Error('No space left on device (test)'); };\nawait import(${JSON.stringify(pathToFileURL(real.file).href)});\n`,
    );
    twoThreads();
    renderThreads.script = () => Promise.resolve({ ...real, file: full });
    await expect(fx.export(out('failed'), { incremental: false })).rejects.toThrow('No space left on device (test)');
    expect(runningRenderWorkers()).toBe(0);
    expect(fs.existsSync(out('failed'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('fail the export with the render thread’s TandemError as it was said: code, message and phrase', async () => {
    const unreadable = say('core.export.cannotRead', { folder: '/srv/site', reason: 'EIO (test)' });
    expect(failureReply(new TandemError('unavailable', unreadable))).toEqual({ type: 'failed', code: 'unavailable', ...unreadable });
    expect(failureReply(new Error('plain'))).toEqual({ type: 'failed', code: null, message: 'plain' });

    // A render thread that answers every batch with that failure.
    const refusing = path.join(fx.dir, 'refusing-worker.mjs');
    const reply = failureReply(new TandemError('unavailable', unreadable));
    fs.writeFileSync(
      refusing,
      [
        `import { parentPort, workerData } from 'node:worker_threads';`,
        `const serve = () => { parentPort.on('message', () => parentPort.postMessage(${JSON.stringify(reply)})); parentPort.postMessage({ type: 'ready' }); };`,
        `if (workerData === null) parentPort.once('message', serve); else serve();`,
        '',
      ].join('\n'),
    );
    twoThreads();
    renderThreads.script = () => Promise.resolve({ file: refusing, execArgv: [] });
    const failure: unknown = await fx.export(out('refused'), { incremental: false }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TandemError);
    expect(failure).toMatchObject({ code: 'unavailable', message: unreadable.message, phrase: unreadable.phrase });
    expect(runningRenderWorkers()).toBe(0);
    expect(fs.existsSync(out('refused'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('stop when the export is cancelled, with the render thread stopped and nothing written', async () => {
    twoThreads();
    let cancelled = false;
    let rendered = 0;
    let total = 0;
    const run = runExport(
      { workspaceDir: fx.dir, dbPath: fx.core.workspace.dbPath, scope: { kind: 'all' }, outDir: out('cancelled'), baseUrl: BASE_URL, zip: false, asOf: Date.now(), incremental: false },
      {
        onProgress(phase, done, all) {
          if (phase !== 'rendering') return;
          rendered = done;
          total = all;
          if (done > 0) cancelled = true;
        },
        isCancelled: () => cancelled,
      },
    );
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(runningRenderWorkers()).toBe(0);
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(total);
    expect(fs.existsSync(out('cancelled'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('a worker started early is stopped when preflight stops the export', async () => {
    twoThreads();
    const before = started;
    const chosen = [fx.articles[0]?.id as string, '99999999-9999-4999-8999-999999999999'];
    await expect(fx.export(out('blocked'), { scope: { kind: 'selection', articleIds: chosen } })).rejects.toThrow(/stopped before writing/);
    expect(started).toBe(before + 1);
    expect(runningRenderWorkers()).toBe(0);
    expect(fs.existsSync(out('blocked'))).toBe(false);
  });
});
