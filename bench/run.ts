/**
 * `npm run bench`: loads (or reuses) a workspace of generated bilingual articles, then
 * measures what an editor waits for — search, opening an article, saving a long body,
 * the first page of the article list — through core's dispatcher (what both transports
 * call) and through the browser-mode HTTP contract; then related suggestions and loading
 * a desk list through core (suggestions.ts). Prints a table and writes JSON to
 * bench/results/.
 *
 *   npm run bench                      100k articles (≈190k translations)
 *   npm run bench -- --quick           2k articles, few iterations: a smoke run
 *   npm run bench -- --articles 20000 --seed s2 --iterations 100 --data /tmp/ws --reload
 *
 * Then the revisions benchmark (revisions.ts), the photo import benchmark (media.ts:
 * `--media-only` runs just that, `--no-media` skips it), the export benchmark (export.ts:
 * a full export against Hugo and incremental re-exports; `--export-only` runs just that,
 * `--no-export` skips it) and the editor benchmark
 * (editor/editor.ts): the built interface in headless Chromium, typing into a 10,000-word
 * article (`--editor-only` runs just that, `--no-editor` skips it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Article, SavedTranslation, SearchOutput } from '../shared/contract';
import { bodyFromParagraphs } from '../shared/editor/text';
import { openCore, type Core } from '../electron/core';
import { buildMatchQuery } from '../electron/core/search/query';
import { RANK_CAP } from '../electron/core/search/service';
import { startHost } from '../electron/host/host';
import { DEFAULT_SEED, GENERATOR_VERSION, corpusStats, longBody, type CorpusLang, type CorpusOptions } from './corpus/generate';
import { RARE_WORDS } from './corpus/lexicon';
import { runEditorBench } from './editor/editor';
import { runExportBench } from './export';
import { runMediaBench } from './media';
import { runRevisionsBench } from './revisions';
import { runSuggestionsBench, SUGGESTIONS_TARGET_MS } from './suggestions';
import { loadCorpus, prepareFolder, readMarker, MARKER_FILE, type Marker } from './load';
import { QUERIES, QUERY_KINDS, call, httpCaller, summarize, time, type Caller, type Timing } from './measure';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH_DIR);

interface Options {
  articles: number;
  seed: string;
  data: string | null;
  iterations: number;
  quick: boolean;
  reload: boolean;
  http: boolean;
  batch: number;
  /** The editor benchmark: after the store benchmarks, alone, or not at all. */
  editor: 'after' | 'only' | 'skip';
  /** The revisions benchmark (revisions.ts), after the store benchmarks. */
  revisions: boolean;
  /** The photo import benchmark (media.ts): after the store benchmarks, alone, or not at all. */
  media: 'after' | 'only' | 'skip';
  /** The export benchmark (export.ts): after the photo benchmark, alone, or not at all. */
  export: 'after' | 'only' | 'skip';
}

const USAGE = `usage: npm run bench -- [--articles N] [--seed S] [--data DIR] [--iterations K] [--quick] [--reload] [--no-http] [--batch B]

  --articles N    corpus size (default 100000; --quick: 2000)
  --seed S        corpus seed (default ${DEFAULT_SEED}); same seed and N, same corpus
  --data DIR      workspace folder (default bench/.data/<N>); reused when it holds this corpus
  --iterations K  timed runs per measurement (default 200; --quick: 30)
  --quick         a smoke run: 2k articles, few iterations
  --reload        load the corpus again even when the folder holds it
  --no-http       skip the HTTP transport
  --batch B       articles per load transaction (default 1000)
  --editor-only   only the editor benchmark (needs \`npm run build\` and Chromium: CHROMIUM_PATH or /usr/bin/chromium)
  --no-editor     skip the editor benchmark
  --no-revisions  skip the revisions benchmark (a simulated day and month of editing)
  --media-only    only the photo import benchmark (100 photos of 12 MP; --quick: 10)
  --no-media      skip the photo import benchmark
  --export-only   only the export benchmark (full export vs Hugo at 2,000 articles, incremental re-export at 10,000; --quick: 200 and 1,000)
  --no-export     skip the export benchmark`;

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { articles: 100_000, seed: DEFAULT_SEED, data: null, iterations: 200, quick: false, reload: false, http: true, batch: 1000, editor: 'after', revisions: true, media: 'after', export: 'after' };
  let articlesSet = false;
  let iterationsSet = false;
  const positiveInt = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number, got ${JSON.stringify(v)}.\n\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string | undefined => argv[++i];
    switch (a) {
      case '--articles':
        o.articles = positiveInt(a, next());
        articlesSet = true;
        break;
      case '--seed': {
        const v = next();
        if (!v) throw new Error(`--seed needs a value.\n\n${USAGE}`);
        o.seed = v;
        break;
      }
      case '--data': {
        const v = next();
        if (!v) throw new Error(`--data needs a folder.\n\n${USAGE}`);
        o.data = path.resolve(v);
        break;
      }
      case '--iterations':
        o.iterations = positiveInt(a, next());
        iterationsSet = true;
        break;
      case '--batch':
        o.batch = positiveInt(a, next());
        break;
      case '--quick':
        o.quick = true;
        break;
      case '--reload':
        o.reload = true;
        break;
      case '--no-http':
        o.http = false;
        break;
      case '--editor-only':
        o.editor = 'only';
        break;
      case '--no-editor':
        o.editor = 'skip';
        break;
      case '--no-revisions':
        o.revisions = false;
        break;
      case '--media-only':
        o.media = 'only';
        break;
      case '--no-media':
        o.media = 'skip';
        break;
      case '--export-only':
        o.export = 'only';
        break;
      case '--no-export':
        o.export = 'skip';
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${JSON.stringify(a)}.\n\n${USAGE}`);
    }
  }
  if (o.quick) {
    if (!articlesSet) o.articles = 2_000;
    if (!iterationsSet) o.iterations = 30;
  }
  return o;
}

/** Targets at 100k articles × 2 languages on a 2-core machine (issue 3, DESIGN.md; suggestions: issue 6). */
const TARGET = { search: 25, open: 5, save: 12, suggestions: SUGGESTIONS_TARGET_MS } as const;

interface Row {
  metric: string;
  transport: 'core' | 'http';
  timing: Timing;
  target: number | null;
  verdict: 'ok' | 'MISSED' | '—';
  /** How many translations the query matches (the range over the kind's queries). */
  matches?: string;
  capped?: number;
  /** Search only: each query's own timing and match count. */
  perQuery?: { query: string; matches: number; p50: number; p95: number }[];
}

function verdict(t: Timing, target: number | null): Row['verdict'] {
  if (target === null) return '—';
  return t.p95 <= target ? 'ok' : 'MISSED';
}

function dbBytes(dir: string): number {
  let total = 0;
  for (const f of ['tandem.db', 'tandem.db-wal']) {
    const p = path.join(dir, f);
    if (fs.existsSync(p)) total += fs.statSync(p).size;
  }
  return total;
}

/** The machine is shared: the load average says how much else ran during a measurement. */
function loadAvg(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** How many translations a query matches, straight from the index (for context in the table). */
function matchCount(core: Core, query: string): number {
  const { expression } = buildMatchQuery(query);
  if (expression === null) return 0;
  return core.workspace.db.prepare<[string], number>('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck().get(expression) ?? 0;
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** Search answers that are known in advance: planted rare words, word forms, ё. */
async function correctnessChecks(caller: Caller, marker: Marker): Promise<Check[]> {
  const checks: Check[] = [];
  const search = (query: string, lang?: CorpusLang) => call<SearchOutput>(caller, 'search', { query, limit: 50, ...(lang ? { lang } : {}) });
  for (const w of RARE_WORDS) {
    for (const lang of ['ru', 'en'] as const) {
      const expected = marker.rare[w.key]?.[lang] ?? [];
      const forms = lang === 'ru' ? [w.ruQuery, w.ruForms[w.ruForms.length - 1] ?? w.ruQuery] : [w.enQuery];
      for (const q of forms) {
        const out = await search(q);
        const got = out.hits.filter((h) => h.lang === lang).map((h) => h.articleId);
        const ok = sameSet(got, expected);
        checks.push({ name: `rare word "${q}" finds its ${expected.length} carriers`, ok, detail: `found ${got.length}, expected ${expected.length}` });
      }
    }
  }
  const pairs: [string, string, string][] = [
    ['актёр', 'актер', 'ё and е find the same'],
    ['расчёт', 'расчет', 'ё and е find the same'],
    ['президента', 'президентом', 'word forms find the same'],
    ['министров', 'министры', 'word forms find the same'],
    ['talks', 'talk', 'English word forms find the same'],
  ];
  for (const [a, b, what] of pairs) {
    const [x, y] = await Promise.all([search(a, a.match(/[a-z]/) ? 'en' : 'ru'), search(b, b.match(/[a-z]/) ? 'en' : 'ru')]);
    const ok = x.hits.length > 0 && sameSet(x.hits.map((h) => h.articleId), y.hits.map((h) => h.articleId));
    checks.push({ name: `"${a}" / "${b}": ${what}`, ok, detail: `${x.hits.length} and ${y.hits.length} hits` });
  }
  return checks;
}

async function measure(
  transport: Row['transport'],
  caller: Caller,
  o: Options,
  marker: Marker,
  counts: Map<string, number>,
  log: (s: string) => void,
): Promise<Row[]> {
  const rows: Row[] = [];
  const K = o.iterations;
  const warm = o.quick ? 2 : 3;

  for (const kind of QUERY_KINDS) {
    for (const lang of ['ru', 'en'] as const) {
      const queries = QUERIES[kind][lang];
      let capped = 0;
      const byQuery = new Map<string, number[]>(queries.map((q) => [q, []]));
      const samples = await time(warm * queries.length, K, async (i) => {
        const query = queries[i % queries.length] as string;
        const t0 = performance.now();
        const out = await call<SearchOutput>(caller, 'search', { query, limit: 20 });
        byQuery.get(query)?.push(performance.now() - t0);
        if (out.capped) capped++;
      });
      const timing = summarize(samples);
      const metric = `search: ${kind} (${lang})`;
      const perQuery = queries.map((query) => {
        const t = summarize((byQuery.get(query) ?? []).slice(-Math.ceil(K / queries.length)));
        return { query, matches: counts.get(query) ?? 0, p50: t.p50, p95: t.p95 };
      });
      const c = perQuery.map((q) => q.matches);
      const matches = Math.min(...c) === Math.max(...c) ? `${c[0]}` : `${Math.min(...c)}–${Math.max(...c)}`;
      rows.push({ metric, transport, timing, target: TARGET.search, verdict: verdict(timing, TARGET.search), matches, capped, perQuery });
      log(`  ${transport} ${metric}: p50 ${timing.p50} ms, p95 ${timing.p95} ms`);
    }
  }

  const ids = marker.sampleIds;
  {
    const samples = await time(warm, K, (i) => call<Article>(caller, 'getArticle', { articleId: ids[i % ids.length] }));
    const timing = summarize(samples);
    rows.push({ metric: 'open article (getArticle)', transport, timing, target: TARGET.open, verdict: verdict(timing, TARGET.open) });
    log(`  ${transport} open article: p50 ${timing.p50} ms, p95 ${timing.p95} ms`);
  }

  // Saves go to a few sampled articles; every save carries a body no save sent before
  // (one sentence differs, as after typing), so each one re-analyzes and re-indexes it.
  const targets = ids.slice(0, Math.min(20, ids.length));
  const saveK = Math.max(10, Math.round(K / 2));
  for (const lang of ['ru', 'en'] as const) {
    const revisions = new Map<string, number>();
    for (const id of targets) {
      const a = await call<Article>(caller, 'getArticle', { articleId: id });
      revisions.set(id, a.translations.find((t) => t.lang === lang)?.revision ?? 0);
    }
    const nonce = Date.now();
    const bodies = Array.from({ length: warm + saveK }, (_, i) => bodyFromParagraphs(longBody(o.seed, lang, 30_000, nonce + i)));
    const samples = await time(warm, saveK, async (i) => {
      const id = targets[i % targets.length] as string;
      const t = await call<SavedTranslation>(caller, 'updateTranslation', {
        articleId: id,
        lang,
        expectedRevision: revisions.get(id) ?? 0,
        patch: { body: bodies[i] },
      });
      revisions.set(id, t.revision);
    });
    const timing = summarize(samples);
    const metric = `save 30 KB body (${lang})`;
    rows.push({ metric, transport, timing, target: TARGET.save, verdict: verdict(timing, TARGET.save) });
    log(`  ${transport} ${metric}: p50 ${timing.p50} ms, p95 ${timing.p95} ms`);
  }

  for (const [metric, input] of [
    ['list first page (default)', {}],
    ['list first page (by published)', { sort: 'published' }],
  ] as const) {
    const samples = await time(warm, K, () => call(caller, 'listArticles', input));
    const timing = summarize(samples);
    rows.push({ metric, transport, timing, target: null, verdict: '—' });
    log(`  ${transport} ${metric}: p50 ${timing.p50} ms, p95 ${timing.p95} ms`);
  }
  {
    // The cost of a call itself: an article that does not exist is one index probe.
    const samples = await time(warm, K, async () => {
      const env = await caller('getArticle', { articleId: '00000000-0000-4000-8000-000000000000' });
      if (env.ok || env.error.code !== 'not_found') throw new Error('expected not_found for a missing article');
    });
    const timing = summarize(samples);
    const metric = 'call overhead (article not found)';
    rows.push({ metric, transport, timing, target: null, verdict: '—' });
    log(`  ${transport} ${metric}: p50 ${timing.p50} ms, p95 ${timing.p95} ms`);
  }
  return rows;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
function padStart(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

function table(rows: readonly Row[]): string {
  const head = [pad('metric', 34), pad('via', 5), padStart('p50 ms', 8), padStart('p95 ms', 8), padStart('target', 7), pad('  verdict', 10), 'matches'].join(' ');
  const lines = [head, '-'.repeat(head.length + 8)];
  const order = [...new Set(rows.map((r) => r.metric))];
  for (const metric of order) {
    for (const r of rows.filter((x) => x.metric === metric)) {
      lines.push(
        [
          pad(r.metric, 34),
          pad(r.transport, 5),
          padStart(r.timing.p50.toFixed(2), 8),
          padStart(r.timing.p95.toFixed(2), 8),
          padStart(r.target === null ? '—' : `≤${r.target}`, 7),
          pad(`  ${r.verdict}`, 10),
          r.matches ?? '',
        ].join(' '),
      );
    }
  }
  return lines.join('\n');
}

/** Each search query on its own, through core: which ones make a kind slow. */
function queryTable(rows: readonly Row[]): string {
  const head = [pad('search query (core)', 34), padStart('matches', 8), padStart('p50 ms', 8), padStart('p95 ms', 8)].join(' ');
  const lines = [head, '-'.repeat(head.length)];
  for (const r of rows.filter((x) => x.transport === 'core' && x.perQuery)) {
    for (const q of r.perQuery ?? []) {
      lines.push([pad(`${r.metric.replace('search: ', '')}: ${q.query}`, 34), padStart(String(q.matches), 8), padStart(q.p50.toFixed(2), 8), padStart(q.p95.toFixed(2), 8)].join(' '));
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const log = (s: string) => console.log(s);
  if (o.editor === 'only') {
    await runEditorBench({ quick: o.quick, seed: o.seed, log });
    return;
  }
  if (o.media === 'only') {
    await runMediaBench({ quick: o.quick, log });
    return;
  }
  if (o.export === 'only') {
    await runExportBench({ quick: o.quick, reload: o.reload, log });
    return;
  }
  const corpus: CorpusOptions = { seed: o.seed, articles: o.articles };
  const defaultDir = path.join(BENCH_DIR, '.data', o.seed === DEFAULT_SEED ? String(o.articles) : `${o.articles}-${o.seed.replace(/[^A-Za-z0-9_-]/g, '_')}`);
  const dir = o.data ?? defaultDir;
  const owned = o.data === null || fs.existsSync(path.join(dir, MARKER_FILE));

  log(`Tandem benchmark: ${o.articles.toLocaleString('en')} articles, seed ${o.seed}, workspace ${dir}`);
  log(`  machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadAvg()}`);

  let marker = o.reload ? null : readMarker(dir, corpus);
  let loadedNow = false;
  if (marker) {
    log(`  reusing the corpus loaded earlier (${marker.translations.toLocaleString('en')} translations, loaded in ${marker.loadSeconds} s)`);
  } else {
    prepareFolder(dir, owned);
    log(`  generating and loading the corpus (batches of ${o.batch} articles per transaction)…`);
    const core = openCore(dir);
    try {
      marker = loadCorpus(core.workspace, dir, { ...corpus, batch: o.batch, log });
    } finally {
      core.close();
    }
    loadedNow = true;
    log(`  loaded in ${marker.loadSeconds} s (of which generating the text: ${marker.generateSeconds} s)`);
  }

  const t0 = performance.now();
  const core = openCore(dir);
  const openMs = performance.now() - t0;
  const db = core.workspace.db;
  const sqliteVersion = db.prepare<[], string>('SELECT sqlite_version()').pluck().get() ?? '?';
  const bytes = dbBytes(dir);
  log(`  workspace opened in ${openMs.toFixed(0)} ms (includes quick_check); store ${mb(bytes)}; SQLite ${sqliteVersion}`);

  const counts = new Map<string, number>();
  for (const kind of QUERY_KINDS) {
    for (const lang of ['ru', 'en'] as const) for (const q of QUERIES[kind][lang]) counts.set(q, matchCount(core, q));
  }

  const rows: Row[] = [];
  const checks: Check[] = [];
  const loadBefore = loadAvg();
  try {
    const direct: Caller = (name, input) => core.dispatch(name, input);
    checks.push(...(await correctnessChecks(direct, marker)));
    log(`  checks: ${checks.filter((c) => c.ok).length}/${checks.length} passed`);
    for (const c of checks.filter((x) => !x.ok)) log(`    FAILED: ${c.name} (${c.detail})`);

    log('  measuring through core…');
    rows.push(...(await measure('core', direct, o, marker, counts, log)));
    log('  related suggestions and list load, through core…');
    for (const r of await runSuggestionsBench(direct, marker.sampleIds, { iterations: o.iterations, quick: o.quick, log })) {
      rows.push({ metric: r.metric, transport: 'core', timing: r.timing, target: r.target, verdict: verdict(r.timing, r.target), matches: r.matches });
    }
    if (o.http) {
      const host = await startHost({ dispatch: core.dispatch, rendererDir: path.join(ROOT, 'dist', 'renderer'), port: 0, portExplicit: true, onInternalError: (e) => console.error(e) });
      try {
        log(`  measuring through the HTTP contract (port ${host.port})…`);
        rows.push(...(await measure('http', httpCaller(host.port, host.token), o, marker, counts, log)));
      } finally {
        await host.close();
      }
    }
  } finally {
    core.close();
  }

  const loadAfter = loadAvg();
  log(`  load average before measuring ${loadBefore}, after ${loadAfter} (other work on this machine skews p95)`);
  const stats = loadedNow || o.articles <= 20_000 ? corpusStats(corpus) : null;
  log('');
  log(
    `Corpus: ${marker.articles.toLocaleString('en')} articles, ${marker.translations.toLocaleString('en')} translations ` +
      `(ru ${marker.byLang.ru.toLocaleString('en')}, en ${marker.byLang.en.toLocaleString('en')}); store ${mb(bytes)}; ` +
      `loaded in ${marker.loadSeconds} s; opened in ${openMs.toFixed(0)} ms. Broad queries are ranked over the newest ${RANK_CAP} matches.`,
  );
  if (stats) {
    log(`Bodies: ${mb(stats.bodyBytes.total)} of text; per translation p50 ${stats.bodyBytes.p50} B, p95 ${stats.bodyBytes.p95} B, max ${stats.bodyBytes.max} B.`);
  }
  log('');
  log(table(rows));
  log('');
  log(queryTable(rows));
  const missed = rows.filter((r) => r.verdict === 'MISSED');
  const failed = checks.filter((c) => !c.ok);
  log('');
  log(missed.length === 0 ? 'Every target met.' : `Targets missed: ${missed.map((r) => `${r.metric} via ${r.transport} (p95 ${r.timing.p95} ms)`).join('; ')}.`);
  if (failed.length > 0) log(`Correctness checks failed: ${failed.map((c) => c.name).join('; ')}.`);

  const result = {
    generatorVersion: GENERATOR_VERSION,
    ranAt: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, node: process.version, sqlite: sqliteVersion, platform: `${os.platform()} ${os.release()}`, loadAverage: { before: loadBefore, after: loadAfter } },
    options: { articles: o.articles, seed: o.seed, iterations: o.iterations, quick: o.quick, data: dir },
    corpus: {
      articles: marker.articles,
      translations: marker.translations,
      byLang: marker.byLang,
      storeBytes: bytes,
      loadSeconds: marker.loadSeconds,
      generateSeconds: marker.generateSeconds,
      openMs: Math.round(openMs),
      bodies: stats?.bodyBytes ?? null,
      byDesk: stats?.byDesk ?? null,
    },
    targets: TARGET,
    rankCap: RANK_CAP,
    queries: QUERIES,
    results: rows,
    checks,
    verdict: missed.length === 0 && failed.length === 0 ? 'ok' : 'missed',
  };
  const outDir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(result, null, 1) + '\n';
  fs.writeFileSync(path.join(outDir, `articles-${o.articles}.json`), json);
  fs.writeFileSync(path.join(outDir, 'latest.json'), json);
  log(`\nResults: ${path.relative(ROOT, path.join(outDir, `articles-${o.articles}.json`))} (and latest.json)`);
  if (o.revisions) {
    log('');
    runRevisionsBench({ quick: o.quick, seed: o.seed, log });
  }
  if (o.media === 'after') {
    log('');
    await runMediaBench({ quick: o.quick, log });
  }
  if (o.export === 'after') {
    log('');
    await runExportBench({ quick: o.quick, reload: o.reload, log });
  }
  if (o.editor === 'after') {
    log('');
    await runEditorBench({ quick: o.quick, seed: o.seed, log });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
