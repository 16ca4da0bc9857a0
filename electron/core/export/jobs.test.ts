import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportJobSchema } from '../../../shared/contract';
import { TandemError } from '../errors';
import { thrownBy } from '../testing';
import { createExportJobs, outcomeOf, type ExportJobs } from './jobs';
import { BASE_URL, exportFixture, readTree, type ExportFixture } from './testing';

/**
 * Export jobs on the built worker thread (as the app runs them): the worker stays with the
 * workspace between exports, and a re-export after an edit is incremental and equals a
 * fresh export. Built into .tmp/ so the real dist/ is left alone.
 */
const root = path.resolve(import.meta.dirname, '..', '..', '..');
let built: string;
let fx: ExportFixture;
let jobs: ExportJobs;

beforeAll(async () => {
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  built = mkdtempSync(path.join(root, '.tmp', 'jobs-bundle-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--node-only', '--outdir', built], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  fx = await exportFixture();
  jobs = createExportJobs(fx.core.workspace, { workerScript: path.join(built, 'export-worker.mjs'), now: () => Date.parse('2026-11-26T00:00:00Z') });
}, 120_000);
afterAll(() => {
  jobs.close();
  fx.dispose();
  rmSync(built, { recursive: true, force: true });
});

async function exportJob(outDir: string) {
  const started = jobs.start({ scope: { kind: 'all' }, zip: false, outDir, baseUrl: BASE_URL });
  return jobs.settled(started.jobId);
}

describe('export jobs in the worker thread', () => {
  it('export, edit, export again: the second writes only what changed and equals a fresh export', async () => {
    const outDir = path.join(fx.dir, 'out', 'site');
    const first = await exportJob(outDir);
    expect(first.state, first.error?.message ?? '').toBe('done');
    expect(first.result?.written).toBe(first.result?.files);

    const article = fx.articles[1];
    const en = (await fx.call('getArticle', { articleId: article?.id })).translations.find((t) => t.lang === 'en');
    await fx.call('updateTranslation', { articleId: article?.id, lang: 'en', expectedRevision: en?.revision, patch: { title: 'Edited while the worker waited' } });
    const second = await exportJob(outDir);
    expect(second.state, second.error?.message ?? '').toBe('done');
    expect(second.result?.incremental).toBe(true);
    expect(second.result?.written).toBeGreaterThan(0);
    expect(second.result?.written).toBeLessThan((second.result?.files ?? 0) / 2);

    await fx.export(path.join(fx.dir, 'out', 'fresh'), { incremental: false });
    const kept = readTree(outDir);
    const fresh = readTree(path.join(fx.dir, 'out', 'fresh'));
    expect([...kept.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [p, bytes] of fresh) expect(kept.get(p)?.equals(bytes), p).toBe(true);
    expect(kept.get('sitemap.xml')?.toString('utf8')).toContain('news.example.org');
  }, 60_000);

  it('refuses a second export while one runs', async () => {
    const a = jobs.start({ scope: { kind: 'all' }, zip: false, outDir: path.join(fx.dir, 'out', 'busy'), baseUrl: BASE_URL });
    expect(() => jobs.start({ scope: { kind: 'all' }, zip: false, outDir: path.join(fx.dir, 'out', 'busy2'), baseUrl: BASE_URL })).toThrow(/already running/);
    const busy = thrownBy(() => jobs.start({ scope: { kind: 'all' }, zip: false, outDir: path.join(fx.dir, 'out', 'busy3'), baseUrl: BASE_URL }));
    expect(busy).toMatchObject({ code: 'conflict', phrase: { key: 'core.export.busy' } });
    expect((await jobs.settled(a.jobId)).state).toBe('done');
  }, 60_000);

  it('a failed job says why, in English and as a phrase, across the worker thread', async () => {
    const outDir = path.join(fx.dir, 'out', 'not-a-bundle');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'notes.txt'), 'not a bundle');
    const failed = ExportJobSchema.parse(await exportJob(outDir));
    expect(failed.state).toBe('failed');
    expect(failed.error?.message).toContain(`The folder ${outDir} holds other files and no Tandem bundle`);
    expect(failed.error?.phrase).toEqual({ key: 'core.export.notBundle', params: { folder: outDir } });

    const started = jobs.start({
      scope: { kind: 'selection', articleIds: ['99999999-9999-4999-8999-999999999999'] },
      zip: false,
      outDir: path.join(fx.dir, 'out', 'blocked'),
      baseUrl: BASE_URL,
    });
    const blocked = ExportJobSchema.parse(await jobs.settled(started.jobId));
    expect(blocked).toMatchObject({ state: 'failed', error: { message: 'Preflight found problems to fix first; nothing was written.', phrase: { key: 'core.export.preflightBlocked' } } });
    expect(blocked.report?.problems[0]?.phrase?.key).toBe('core.export.preflight.gone');
  }, 60_000);

  it('an unknown job, and a failure that is not one of core\'s sentences, are said too', () => {
    expect(thrownBy(() => jobs.status('99999999-9999-4999-8999-999999999999')).phrase?.key).toBe('core.export.unknownJob');
    expect(outcomeOf(new Error('disk on fire'))).toEqual({
      type: 'failed',
      error: {
        message: 'The export failed: disk on fire. Try again; if it fails again, choose another output folder.',
        phrase: { key: 'core.export.failed', params: { reason: 'disk on fire' } },
      },
    });
    // A TandemError said without the catalogs keeps its message alone.
    expect(outcomeOf(new TandemError('unavailable', 'Plain.'))).toEqual({ type: 'failed', error: { message: 'Plain.' } });
  });
});
