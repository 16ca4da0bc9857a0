/**
 * `npx tsx bench/export.ts [--quick] [--reload]` (also run by `npm run bench`): what making
 * a publishable bundle costs, against Hugo building the same corpus.
 *
 * 1. Corpus and workspace (cached in bench/.data/export-<N>/, reused while its marker
 *    matches N, the yardstick generator's version and this benchmark's preparation;
 *    `--reload` makes them again): the Hugo yardstick corpus
 *    (/work/shared/yardsticks/hugo/gen_corpus.py) for N articles, imported once into a fresh
 *    workspace with `importPaths` (featured → Editor's choice, views → Popular). Then every
 *    article gets a Related list through core's dispatcher: up to 5 articles of its section
 *    sharing the most tags, ties to the nearest publish date (the yardstick's Related is
 *    tags + month). The base URL is set to https://news.example.org/.
 * 2. Full export against Hugo at N = 2,000 (`--quick`: 200): alternately, 5 rounds each
 *    (`--quick`: 2), Tandem's full export (`runExport`, `incremental: false`, into a fresh
 *    empty folder) and `hugo --quiet` into a fresh destination (the whole process timed).
 *    Article pages per second each, processor time each, and the ratio Hugo / Tandem of
 *    the medians. Every folder is deleted when the run ends, and measuring waits
 *    6 minutes after the last deletion of many files, this run's or an earlier one's (see settleDisk).
 * 3. Incremental re-export at N = 10,000 (`--quick`: 1,000): one full export into a folder,
 *    one re-export with nothing changed, then 10 rounds of one edit (a paragraph appended
 *    to one translation through `updateTranslation`) and a re-export into the same folder.
 *    The edits are saved back afterwards, so the cached workspace keeps the corpus's text.
 *
 * Prints a table and writes bench/results/export.json ({name, value, unit} rows).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Article, ExportPhase, ExportSettings, ListItem, ListView, PreflightReport, SavedTranslation } from '../shared/contract';
import { bodyFromParagraphs } from '../shared/editor/text';
import type { Body } from '../shared/editor/nodes';
import { openCore, type Core } from '../electron/core';
import { runExport, type ExportRequest } from '../electron/core/export/run';
import type { BuildResult } from '../electron/core/export/bundle';
import { renderWorkerScript } from '../electron/core/export/parallel/script';
import { statePath } from '../electron/core/export/state';
import { importPaths } from '../electron/core/import/service';
import { call, summarize, type Caller } from './measure';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const YARDSTICK = process.env.TANDEM_HUGO_YARDSTICK ?? '/work/shared/yardsticks/hugo';
const GENERATOR = path.join(YARDSTICK, 'gen_corpus.py');
const BASE_URL = 'https://news.example.org/';
/** Bumped when the preparation (import, Related lists, settings) changes: cached workspaces are made again. */
const PREPARATION_VERSION = 1;
const MARKER_FILE = 'export-corpus.json';
const RELATED_ITEMS = 5;
const TARGET = { ratio: 2, incrementalP95Ms: 500 } as const;

export interface ExportRow {
  name: string;
  value: number;
  unit: 'count' | 'ms' | 's' | 'MB' | 'pages/s' | '×' | 'files' | 'folders';
}

export interface ExportBenchOptions {
  quick: boolean;
  reload: boolean;
  log: (line: string) => void;
}

const row = (name: string, value: number, unit: ExportRow['unit']): ExportRow => ({ name, value: Math.round(value * 100) / 100, unit });

/** What gen_corpus.py writes to corpus.json. */
interface CorpusCounts {
  articles: number;
  ru: number;
  en: number;
  pages: number;
  featured_articles: number;
  generator_version: number;
  seed: number;
  by_section: Record<string, number>;
}

/** What a prepared folder holds, so a later run can reuse it. */
interface Marker {
  articles: number;
  generatorVersion: number;
  preparationVersion: number;
  corpus: CorpusCounts;
  import: { articles: number; translations: Array<{ lang: string; count: number }>; seconds: number; warnings: number };
  related: { lists: number; items: number; seconds: number };
}

interface Prepared {
  dir: string;
  site: string;
  workspace: string;
  marker: Marker;
  /** False when the marker's workspace was reused. */
  made: boolean;
}

/** The generator's version, read from its source (a changed generator invalidates the cache). */
function generatorVersion(): number {
  const m = /^GENERATOR_VERSION\s*=\s*(\d+)/m.exec(fs.readFileSync(GENERATOR, 'utf8'));
  if (!m?.[1]) throw new Error(`${GENERATOR} does not say its GENERATOR_VERSION`);
  return Number(m[1]);
}

function readMarker(dir: string, articles: number): Marker | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8')) as Marker;
    const complete = fs.existsSync(path.join(dir, 'ws', 'tandem.db')) && fs.existsSync(path.join(dir, 'site', 'corpus.json'));
    return complete && m.articles === articles && m.generatorVersion === generatorVersion() && m.preparationVersion === PREPARATION_VERSION ? m : null;
  } catch {
    return null;
  }
}

/** A version-4-shaped id made from `seed`: the same corpus gives the same list item ids. */
function stableId(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface ArticleRow {
  id: string;
  section: string;
  tags: string[];
  published: number;
}

/** The live articles as the store holds them (a read-only query: the bench writes through core only). */
function readArticles(core: Core): ArticleRow[] {
  const rows = core.workspace.db
    .prepare<[], { id: string; section: string; tags: string; published_at: string | null }>(
      'SELECT id, section, tags, published_at FROM articles WHERE deleted_at IS NULL ORDER BY published_at, id',
    )
    .all();
  return rows.map((r) => ({ id: r.id, section: r.section, tags: (JSON.parse(r.tags) as string[]).map((t) => t.toLowerCase()), published: r.published_at === null ? 0 : Date.parse(r.published_at) }));
}

/**
 * Per article, up to RELATED_ITEMS others of its section sharing the most tags (at least
 * one), ties to the nearest publish date, then by id. Tags are an article's original's,
 * so English-only articles relate among themselves.
 */
function relatedOf(articles: readonly ArticleRow[]): Map<string, string[]> {
  const byTag = new Map<string, number[]>();
  articles.forEach((a, i) => {
    for (const tag of new Set(a.tags)) {
      const key = `${a.section}\u0000${tag}`;
      const list = byTag.get(key) ?? [];
      list.push(i);
      byTag.set(key, list);
    }
  });
  const out = new Map<string, string[]>();
  const shared = new Map<number, number>();
  articles.forEach((a, i) => {
    shared.clear();
    for (const tag of new Set(a.tags)) {
      for (const j of byTag.get(`${a.section}\u0000${tag}`) ?? []) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const ranked = [...shared].sort(([x, sx], [y, sy]) => {
      if (sx !== sy) return sy - sx;
      const dx = Math.abs((articles[x] as ArticleRow).published - a.published);
      const dy = Math.abs((articles[y] as ArticleRow).published - a.published);
      if (dx !== dy) return dx - dy;
      const ix = (articles[x] as ArticleRow).id;
      const iy = (articles[y] as ArticleRow).id;
      return ix < iy ? -1 : ix > iy ? 1 : 0;
    });
    out.set(
      a.id,
      ranked.slice(0, RELATED_ITEMS).map(([j]) => (articles[j] as ArticleRow).id),
    );
  });
  return out;
}

/** Generates the corpus, imports it, gives every article its Related list, sets the base URL. */
async function prepare(articles: number, reload: boolean, log: (line: string) => void): Promise<Prepared> {
  const dir = path.join(BENCH_DIR, '.data', `export-${articles}`);
  const site = path.join(dir, 'site');
  const workspace = path.join(dir, 'ws');
  const found = reload ? null : readMarker(dir, articles);
  if (found) return { dir, site, workspace, marker: found, made: false };

  removeFolders([dir]);
  fs.mkdirSync(dir, { recursive: true });
  log(`  generating the yardstick corpus for N = ${articles.toLocaleString('en')}…`);
  const gen = spawnSync('python3', [GENERATOR, String(articles), site], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`the corpus generator failed (${gen.error?.message ?? `exit ${gen.status}`}): ${gen.stderr}`);
  const corpus = JSON.parse(fs.readFileSync(path.join(site, 'corpus.json'), 'utf8')) as CorpusCounts;

  const core = openCore(workspace, { media: { log: () => {} } });
  try {
    log(`  importing ${corpus.pages.toLocaleString('en')} Markdown files into a fresh workspace…`);
    const t0 = performance.now();
    const imported = await importPaths(core.workspace, [site]);
    const importSeconds = (performance.now() - t0) / 1000;
    log(`  imported ${imported.articles.toLocaleString('en')} articles in ${importSeconds.toFixed(1)} s`);

    const dispatch: Caller = (name, input) => core.dispatch(name, input);
    const t1 = performance.now();
    const related = relatedOf(readArticles(core));
    let items = 0;
    let lists = 0;
    for (const [articleId, ids] of related) {
      if (ids.length === 0) continue;
      const list = await call<ListView>(dispatch, 'getRelatedList', { articleId });
      const patch = {
        items: ids.map(
          (id, k): ListItem => ({ id: stableId(`${articleId}:${k}:${id}`), articleId: id, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual' }),
        ),
        dismissed: [],
      };
      await call<ListView>(dispatch, 'updateRelatedList', { articleId, expectedVersion: list.version, patch });
      items += ids.length;
      lists++;
    }
    const relatedSeconds = (performance.now() - t1) / 1000;
    log(`  Related lists saved for ${lists.toLocaleString('en')} of ${related.size.toLocaleString('en')} articles (${items.toLocaleString('en')} items) in ${relatedSeconds.toFixed(1)} s`);

    const settings = await call<ExportSettings>(dispatch, 'getExportSettings', {});
    await call<ExportSettings>(dispatch, 'setExportSettings', { ...settings, baseUrl: BASE_URL });

    const marker: Marker = {
      articles,
      generatorVersion: generatorVersion(),
      preparationVersion: PREPARATION_VERSION,
      corpus,
      import: { articles: imported.articles, translations: imported.translations, seconds: Math.round(importSeconds * 100) / 100, warnings: imported.warnings.length },
      related: { lists, items, seconds: Math.round(relatedSeconds * 100) / 100 },
    };
    fs.writeFileSync(path.join(dir, MARKER_FILE), JSON.stringify(marker, null, 1) + '\n');
    return { dir, site, workspace, marker, made: true };
  } finally {
    core.close();
  }
}

function importRows(p: Prepared): ExportRow[] {
  const n = p.marker.articles.toLocaleString('en');
  const translations = p.marker.import.translations.reduce((s, t) => s + t.count, 0);
  return [
    row(`import N=${n}: articles`, p.marker.import.articles, 'count'),
    row(`import N=${n}: translations`, translations, 'count'),
    row(`import N=${n}: time${p.made ? '' : ' (imported earlier)'}`, p.marker.import.seconds, 's'),
    row(`import N=${n}: Related lists saved`, p.marker.related.lists, 'count'),
  ];
}

interface FolderStats {
  files: number;
  folders: number;
  bytes: number;
  html: number;
}

function folderStats(dir: string): FolderStats {
  const s: FolderStats = { files: 0, folders: 0, bytes: 0, html: 0 };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) s.folders++;
    if (!entry.isFile()) continue;
    s.files++;
    s.bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) s.html++;
  }
  return s;
}

/**
 * Deleting many files slows creating new ones for minutes on some file systems. On ext4
 * without a journal (this machine's), a new inode skips every free one deleted in the last
 * minute, or the last six while its inode-table block is dirty (fs/ext4/ialloc.c,
 * `recently_deleted`: RECENTCY_MIN 60 s + RECENTCY_DIRTY 300 s), and writing new inodes
 * beside the deleted ones dirties those blocks again: right after a run deleted its
 * folders, the next run's first exports spent seconds in the kernel looking for free
 * inodes, Hugo's builds likewise. So every folder
 * a run makes is deleted only when the run ends, the time is kept in bench/.data/, and
 * before measuring, the disk is synced and given SETTLE_MS after the last deletion, this
 * run's or an earlier one's.
 */
const SETTLE_MS = 370_000;
const DELETED_AT = path.join(BENCH_DIR, '.data', 'export-deleted-at');

/** Folders this run made for its measurements, deleted when it ends (removeFolders). */
const madeFolders: string[] = [];

function lastDeletion(): number {
  try {
    const at = Number(fs.readFileSync(DELETED_AT, 'utf8'));
    return Number.isFinite(at) ? at : 0;
  } catch {
    return 0;
  }
}

function removeFolders(dirs: readonly string[]): void {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  if (dirs.length === 0) return;
  fs.mkdirSync(path.dirname(DELETED_AT), { recursive: true });
  fs.writeFileSync(DELETED_AT, String(Date.now()));
}

/** Syncs, then waits until SETTLE_MS after the last deletion of many files by any run. */
async function settleDisk(log: (line: string) => void): Promise<void> {
  spawnSync('sync');
  const wait = SETTLE_MS - (Date.now() - lastDeletion());
  if (wait <= 0) return;
  log(`  (waiting ${(wait / 1000).toFixed(0)} s after the last deletion of many files, so that creating files is not slowed by it; see settleDisk)`);
  await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Milliseconds spent in each export phase, from the progress reports. */
type PhaseTimes = Partial<Record<ExportPhase | 'total', number>>;

async function timedExport(request: ExportRequest): Promise<{ ms: number; result: BuildResult; phases: PhaseTimes }> {
  const phases: PhaseTimes = {};
  // The phase being timed and since when (kept in an object: the progress callback moves it on).
  const at: { phase: ExportPhase | null; since: number } = { phase: null, since: 0 };
  const close = (t: number) => {
    if (at.phase !== null) phases[at.phase] = (phases[at.phase] ?? 0) + (t - at.since);
  };
  const t0 = performance.now();
  const result = await runExport(request, {
    onProgress: (phase) => {
      if (phase === at.phase) return;
      const t = performance.now();
      close(t);
      at.phase = phase;
      at.since = t;
    },
    log: () => {},
  });
  const end = performance.now();
  close(end);
  phases.total = end - t0;
  return { ms: end - t0, result, phases };
}

function median(xs: readonly number[]): number {
  return summarize(xs).p50;
}

/** Clock ticks per second of /proc's times (Linux), or null where there is no /proc. */
const CLOCK_TICKS: number | null = (() => {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(r.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
})();

/** Processor time of this process's finished children (user, kernel) in milliseconds, from /proc; null where there is none. */
function childrenCpu(): { user: number; system: number } | null {
  if (CLOCK_TICKS === null) return null;
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5) (cutime, cstime); the rest starts at field 3.
  return { user: (Number(fields[13]) / CLOCK_TICKS) * 1000, system: (Number(fields[14]) / CLOCK_TICKS) * 1000 };
}

function hugoAvailable(): boolean {
  const r = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return r.status === 0;
}

interface FullComparison {
  rows: ExportRow[];
  tandemMs: number[];
  hugoMs: number[];
  phases: PhaseTimes;
  /** Tandem's processor time per round (this process, every thread): user and kernel, milliseconds. */
  tandemCpu: Array<{ user: number; system: number }>;
  /** Hugo's, per round (its process, every thread), where /proc tells it. */
  hugoCpu: Array<{ user: number; system: number }>;
}

async function fullExportVsHugo(p: Prepared, rounds: number, asOf: number, log: (line: string) => void): Promise<FullComparison> {
  const pages = p.marker.corpus.pages;
  const core = openCore(p.workspace, { media: { log: () => {} } });
  let report: PreflightReport;
  try {
    report = await call<PreflightReport>((name, input) => core.dispatch(name, input), 'exportPreflight', { scope: { kind: 'all' } });
  } finally {
    core.close();
  }
  if (report.pages !== pages) throw new Error(`the bundle would hold ${report.pages} article pages, the corpus has ${pages}`);
  const hugo = hugoAvailable();
  if (!hugo) log('  Hugo is not installed (apt-get install -y hugo): timing Tandem alone.');
  // From TypeScript source the render worker's code is bundled on first use: not in a round.
  if ((await renderWorkerScript()) === null) log('  The render worker could not be built: Tandem renders on one thread.');
  await settleDisk(log);

  const tandemMs: number[] = [];
  const hugoMs: number[] = [];
  const tandemPhases: PhaseTimes[] = [];
  const tandemCpu: FullComparison['tandemCpu'] = [];
  const hugoCpu: FullComparison['hugoCpu'] = [];
  const seen: { bundle: FolderStats | null; result: BuildResult | null; hugo: FolderStats | null } = { bundle: null, result: null, hugo: null };
  const dbPath = path.join(p.workspace, 'tandem.db');
  const runTandem = async (round: number) => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-export-'));
    madeFolders.push(outDir);
    const cpu = process.cpuUsage();
    const t = await timedExport({ workspaceDir: p.workspace, dbPath, scope: { kind: 'all' }, outDir, baseUrl: BASE_URL, zip: false, asOf, incremental: false });
    const used = process.cpuUsage(cpu);
    tandemMs.push(t.ms);
    tandemPhases.push(t.phases);
    tandemCpu.push({ user: used.user / 1000, system: used.system / 1000 });
    seen.result = t.result;
    seen.bundle ??= folderStats(outDir);
    log(`  round ${round + 1}: Tandem full export ${t.ms.toFixed(0)} ms (${t.result.files} files; processor: user ${(used.user / 1e6).toFixed(1)} s, kernel ${(used.system / 1e6).toFixed(1)} s)`);
  };
  const runHugo = (round: number) => {
    const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-hugo-'));
    madeFolders.push(dest);
    const cpu = childrenCpu();
    const t0 = performance.now();
    const r = spawnSync('hugo', ['--quiet', '--source', p.site, '--destination', dest], { encoding: 'utf8' });
    const ms = performance.now() - t0;
    const after = childrenCpu();
    if (r.status !== 0) throw new Error(`hugo failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr}`);
    hugoMs.push(ms);
    const used = cpu && after ? { user: after.user - cpu.user, system: after.system - cpu.system } : null;
    if (used) hugoCpu.push(used);
    seen.hugo ??= folderStats(dest);
    log(`  round ${round + 1}: Hugo ${ms.toFixed(0)} ms${used ? ` (processor: user ${(used.user / 1000).toFixed(1)} s, kernel ${(used.system / 1000).toFixed(1)} s)` : ''}`);
  };
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always runs on the other's warm caches.
    if (r % 2 === 0) {
      await runTandem(r);
      if (hugo) runHugo(r);
    } else {
      if (hugo) runHugo(r);
      await runTandem(r);
    }
  }

  const n = p.marker.articles.toLocaleString('en');
  const t = median(tandemMs);
  const rows: ExportRow[] = [
    row(`full export N=${n}: article pages`, pages, 'count'),
    row('Tandem full export median', t, 'ms'),
    row('Tandem full export min', Math.min(...tandemMs), 'ms'),
    row('Tandem article pages per second', (pages / t) * 1000, 'pages/s'),
    row('Tandem processor time, user (median)', median(tandemCpu.map((c) => c.user)), 'ms'),
    row('Tandem processor time, kernel (median)', median(tandemCpu.map((c) => c.system)), 'ms'),
  ];
  if (seen.result) rows.push(row('Tandem bundle size', seen.result.bytes / 1e6, 'MB'), row('Tandem bundle files', seen.result.files, 'files'));
  if (seen.bundle) rows.push(row('Tandem bundle folders', seen.bundle.folders, 'folders'), row('Tandem bundle HTML files', seen.bundle.html, 'files'));
  const phaseNames = ['reading', 'rendering', 'media', 'writing'] as const;
  const medianRound = tandemPhases[tandemMs.indexOf([...tandemMs].sort((a, b) => a - b)[Math.floor((tandemMs.length - 1) / 2)] as number)] ?? {};
  for (const phase of phaseNames) rows.push(row(`  Tandem phase: ${phase}${phase === 'rendering' ? ' (pages, fronts, feeds)' : ''}`, medianRound[phase] ?? 0, 'ms'));
  if (hugo) {
    const h = median(hugoMs);
    rows.push(
      row('Hugo build median', h, 'ms'),
      row('Hugo build min', Math.min(...hugoMs), 'ms'),
      row('Hugo article pages per second', (pages / h) * 1000, 'pages/s'),
      ...(hugoCpu.length > 0
        ? [row('Hugo processor time, user (median)', median(hugoCpu.map((c) => c.user)), 'ms'), row('Hugo processor time, kernel (median)', median(hugoCpu.map((c) => c.system)), 'ms')]
        : []),
      row('Hugo output size', (seen.hugo?.bytes ?? 0) / 1e6, 'MB'),
      row('Hugo output files', seen.hugo?.files ?? 0, 'files'),
      row('Hugo output folders', seen.hugo?.folders ?? 0, 'folders'),
      row('Hugo HTML files (with lists, tags, stubs)', seen.hugo?.html ?? 0, 'files'),
      row(`ratio Hugo / Tandem (median; target ≥ ${TARGET.ratio})`, h / t, '×'),
    );
    if (hugoCpu.length > 0) {
      const total = (c: { user: number; system: number }) => c.user + c.system;
      rows.push(row('ratio of processor time, Hugo / Tandem (median)', median(hugoCpu.map(total)) / median(tandemCpu.map(total)), '×'));
    }
  }
  return { rows, tandemMs, hugoMs, phases: medianRound, tandemCpu, hugoCpu };
}

interface Incremental {
  rows: ExportRow[];
  samples: number[];
  written: number[];
}

/** Articles to edit: spread over the corpus, none in Popular or Editor's choice (those would re-render every page). */
async function editTargets(core: Core, rounds: number): Promise<string[]> {
  const dispatch: Caller = (name, input) => core.dispatch(name, input);
  const { lists } = await call<{ lists: Array<{ id: string; kind: string }> }>(dispatch, 'listLists', {});
  const onDesk = new Set<string>();
  for (const l of lists.filter((x) => x.kind === 'popular' || x.kind === 'editors-choice')) {
    for (const item of (await call<ListView>(dispatch, 'getList', { listId: l.id })).items) onDesk.add(item.articleId);
  }
  const candidates = readArticles(core).filter((a) => !onDesk.has(a.id));
  const step = Math.max(1, Math.floor(candidates.length / rounds));
  return Array.from({ length: rounds }, (_, i) => (candidates[Math.min(candidates.length - 1, i * step + Math.floor(step / 2))] as ArticleRow).id);
}

function withParagraph(body: Body, text: string): Body {
  const [paragraph] = bodyFromParagraphs([text]).root.children;
  if (!paragraph) throw new Error('no paragraph was made');
  return { ...body, root: { ...body.root, children: [...body.root.children, paragraph] } };
}

async function incrementalReexport(p: Prepared, rounds: number, asOf: number, log: (line: string) => void): Promise<Incremental> {
  await settleDisk(log);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-incremental-'));
  madeFolders.push(outDir);
  const core = openCore(p.workspace, { media: { log: () => {} } });
  const dispatch: Caller = (name, input) => core.dispatch(name, input);
  const request: ExportRequest = { workspaceDir: p.workspace, dbPath: core.workspace.dbPath, scope: { kind: 'all' }, outDir, baseUrl: BASE_URL, zip: false, asOf };
  const restore: Array<{ articleId: string; lang: string; body: Body }> = [];
  try {
    const full = await timedExport(request);
    log(`  full export into the folder: ${full.ms.toFixed(0)} ms (${full.result.files} files)`);
    const same = await timedExport(request);
    if (!same.result.incremental) throw new Error('the re-export did not trust the previous export');
    log(`  re-export with nothing changed: ${same.ms.toFixed(0)} ms (${same.result.written} files written)`);

    const targets = await editTargets(core, rounds);
    const samples: number[] = [];
    const written: number[] = [];
    const rendered: number[] = [];
    for (const [r, articleId] of targets.entries()) {
      const article = await call<Article>(dispatch, 'getArticle', { articleId });
      const t = article.translations[r % article.translations.length];
      if (!t) throw new Error(`article ${articleId} has no translation`);
      restore.push({ articleId, lang: t.lang, body: t.body });
      const text = t.lang === 'ru' ? `Дополнение ${r + 1}: редакция уточнила подробности.` : `Update ${r + 1}: the desk has added details.`;
      await call<SavedTranslation>(dispatch, 'updateTranslation', { articleId, lang: t.lang, expectedRevision: t.revision, patch: { body: withParagraph(t.body, text) } });
      const e = await timedExport(request);
      if (!e.result.incremental) throw new Error(`round ${r + 1}: the re-export did not trust the previous export`);
      samples.push(e.ms);
      written.push(e.result.written);
      rendered.push(e.result.changedPaths.filter((x) => x.endsWith('/index.html')).length);
      log(`  round ${r + 1}: edited ${t.lang} of ${articleId.slice(0, 8)}…, re-export ${e.ms.toFixed(0)} ms, ${e.result.written} files written`);
    }
    const s = summarize(samples);
    const n = p.marker.articles.toLocaleString('en');
    const rows = [
      row(`incremental N=${n}: article pages`, p.marker.corpus.pages, 'count'),
      row('full export into the folder', full.ms, 'ms'),
      row('re-export, nothing changed', same.ms, 'ms'),
      row('re-export, nothing changed: files written', same.result.written, 'files'),
      row('  phase: reading (store, preflight, fingerprints)', same.phases.reading ?? 0, 'ms'),
      row('  phase: rendering (checks, fronts, feeds, sitemap)', same.phases.rendering ?? 0, 'ms'),
      row('  phase: media and writing (manifest, state)', (same.phases.media ?? 0) + (same.phases.writing ?? 0), 'ms'),
      row(`re-export after one edit p50`, s.p50, 'ms'),
      row(`re-export after one edit p95 (target < ${TARGET.incrementalP95Ms})`, s.p95, 'ms'),
      row('re-export after one edit max', s.max, 'ms'),
      row('files written per edit (median)', median(written), 'files'),
      row('files written per edit (max)', Math.max(...written), 'files'),
      row('HTML pages written per edit (median)', median(rendered), 'files'),
    ];
    return { rows, samples, written };
  } finally {
    // The edits are saved back: the cached workspace keeps the corpus's text.
    for (const { articleId, lang, body } of restore.reverse()) {
      const article = await call<Article>(dispatch, 'getArticle', { articleId });
      const t = article.translations.find((x) => x.lang === lang);
      if (t) await call<SavedTranslation>(dispatch, 'updateTranslation', { articleId, lang, expectedRevision: t.revision, patch: { body } });
    }
    core.close();
    fs.rmSync(statePath(p.workspace, outDir), { force: true });
  }
}

function table(rows: readonly ExportRow[]): string {
  const width = Math.max(48, ...rows.map((r) => r.name.length));
  const lines = [`${'export'.padEnd(width)} ${'value'.padStart(10)} unit`, '-'.repeat(width + 20)];
  const whole = new Set<ExportRow['unit']>(['count', 'files', 'folders']);
  for (const r of rows) lines.push(`${r.name.padEnd(width)} ${(whole.has(r.unit) ? r.value.toFixed(0) : r.value.toFixed(2)).padStart(10)} ${r.unit}`);
  return lines.join('\n');
}

export async function runExportBench(options: ExportBenchOptions): Promise<{ rows: ExportRow[]; file: string }> {
  const log = options.log;
  const fullN = options.quick ? 200 : 2_000;
  const incrementalN = options.quick ? 1_000 : 10_000;
  const rounds = options.quick ? 2 : 5;
  const editRounds = 10;
  const asOf = Date.now();
  log(`Export: full export against Hugo at N = ${fullN.toLocaleString('en')}, incremental re-export at N = ${incrementalN.toLocaleString('en')}`);
  log(`  machine: ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);

  const rows: ExportRow[] = [];
  const small = await prepare(fullN, options.reload, log);
  if (!small.made) log(`  reusing the workspace for N = ${fullN.toLocaleString('en')} (imported earlier in ${small.marker.import.seconds} s)`);
  const big = await prepare(incrementalN, options.reload, log);
  if (!big.made) log(`  reusing the workspace for N = ${incrementalN.toLocaleString('en')} (imported earlier in ${big.marker.import.seconds} s)`);
  rows.push(...importRows(small), ...importRows(big));

  let full: FullComparison;
  let inc: Incremental;
  try {
    log(`Full export vs Hugo, ${rounds} rounds each, alternating:`);
    full = await fullExportVsHugo(small, rounds, asOf, log);
    rows.push(...full.rows);
    log(`Incremental re-export, ${editRounds} edits:`);
    inc = await incrementalReexport(big, editRounds, asOf, log);
    rows.push(...inc.rows);
  } finally {
    removeFolders(madeFolders.splice(0));
  }

  log('');
  log(table(rows));
  log('Hugo also writes paginated lists, tag pages and redirect stubs; pages per second counts article pages only, on both sides.');
  const ratio = full.hugoMs.length > 0 ? median(full.hugoMs) / median(full.tandemMs) : null;
  const p95 = summarize(inc.samples).p95;
  log(
    `Targets: Tandem ≥ ${TARGET.ratio}× faster than Hugo: ${ratio === null ? 'not measured (no Hugo)' : `${ratio.toFixed(2)}× ${ratio >= TARGET.ratio ? 'ok' : 'MISSED'}`}; ` +
      `re-export after one edit p95 < ${TARGET.incrementalP95Ms} ms: ${p95.toFixed(0)} ms ${p95 < TARGET.incrementalP95Ms ? 'ok' : 'MISSED'}.`,
  );
  log(`  load average after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);

  const hugoVersion = hugoAvailable() ? spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout.trim() : null;
  const result = {
    ranAt: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, node: process.version, hugo: hugoVersion, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg() },
    options: { quick: options.quick, fullArticles: fullN, incrementalArticles: incrementalN, rounds, editRounds },
    targets: TARGET,
    corpus: { full: small.marker, incremental: big.marker },
    samples: { tandemFullMs: full.tandemMs, tandemCpuMs: full.tandemCpu, hugoMs: full.hugoMs, hugoCpuMs: full.hugoCpu, tandemPhasesMs: full.phases, incrementalMs: inc.samples, incrementalWritten: inc.written },
    results: rows,
  };
  const outDir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'export.json');
  fs.writeFileSync(file, JSON.stringify(result, null, 1) + '\n');
  log(`\nResults: ${path.relative(path.dirname(BENCH_DIR), file)}`);
  return { rows, file };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runExportBench({ quick: process.argv.includes('--quick'), reload: process.argv.includes('--reload'), log: (line) => console.log(line) }).catch((e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  });
}
