/**
 * Related suggestions and list loading, on the loaded corpus (run.ts calls this after the
 * store benchmarks, through core's dispatcher). Alone, on a corpus loaded earlier:
 *
 *   npx tsx bench/suggestions.ts [--articles N] [--iterations K] [--data DIR]
 *
 * - `related suggestions`: `relatedSuggestions` (limit 10) for the sampled bilingual
 *   articles in turn, leaving out the first 20: the save benchmark gives those one shared
 *   long body, which makes them near copies of each other.
 * - `list load (getList, 20 items)`: a custom desk list of 20 sampled articles, its cards in
 *   both languages. The bench store is reused across runs, so the list is found by its name
 *   (made on the first run) and its items are saved again through the contract each run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { ListItem, ListView, ListSummary, RelatedSuggestion } from '../shared/contract';
import { openCore } from '../electron/core';
import { DEFAULT_SEED } from './corpus/generate';
import { readMarker } from './load';
import { call, summarize, time, type Caller, type Timing } from './measure';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Issue 6: suggestions p95 at 100k articles. */
export const SUGGESTIONS_TARGET_MS = 100;
export const LIST_NAME = 'Benchmark: list load';
const LIST_ITEMS = 20;
/** The sampled articles the save benchmark rewrites with one shared long body. */
const SAVED_BY_BENCH = 20;

export interface SuggestionsRow {
  metric: string;
  timing: Timing;
  target: number | null;
  /** Context for the table: suggestions per call, items in the list. */
  matches: string;
}

export interface SuggestionsBenchOptions {
  iterations: number;
  quick: boolean;
  log: (line: string) => void;
}

/** The benchmark's custom list, made on the first run against this store. */
async function benchList(caller: Caller): Promise<ListView> {
  const { lists } = await call<{ lists: ListSummary[] }>(caller, 'listLists', {});
  const found = lists.find((l) => l.kind === 'custom' && l.name === LIST_NAME);
  if (found) return call<ListView>(caller, 'getList', { listId: found.id });
  return call<ListView>(caller, 'createList', { name: LIST_NAME, maxItems: LIST_ITEMS, langs: [] });
}

export async function runSuggestionsBench(caller: Caller, sampleIds: readonly string[], o: SuggestionsBenchOptions): Promise<SuggestionsRow[]> {
  const rows: SuggestionsRow[] = [];
  const warm = o.quick ? 2 : 3;
  const ids = sampleIds.length > SAVED_BY_BENCH + LIST_ITEMS ? sampleIds.slice(SAVED_BY_BENCH) : sampleIds;

  {
    const counts: number[] = [];
    const samples = await time(warm, o.iterations, async (i) => {
      const out = await call<{ items: RelatedSuggestion[] }>(caller, 'relatedSuggestions', { articleId: ids[i % ids.length], limit: 10 });
      counts.push(out.items.length);
    });
    const timing = summarize(samples);
    const low = Math.min(...counts);
    const high = Math.max(...counts);
    const matches = `${low === high ? low : `${low}–${high}`} of 10`;
    rows.push({ metric: 'related suggestions', timing, target: SUGGESTIONS_TARGET_MS, matches });
    o.log(`  core related suggestions: p50 ${timing.p50} ms, p95 ${timing.p95} ms (${matches} per call)`);
  }

  {
    const list = await benchList(caller);
    const items: ListItem[] = ids.slice(0, LIST_ITEMS).map((articleId) => ({
      id: randomUUID(),
      articleId,
      pinned: false,
      teasers: {},
      showFrom: null,
      showUntil: null,
      origin: 'manual',
    }));
    const saved = await call<ListView>(caller, 'updateList', {
      listId: list.id,
      expectedVersion: list.version,
      patch: { maxItems: LIST_ITEMS, items },
    });
    const samples = await time(warm, o.iterations, () => call<ListView>(caller, 'getList', { listId: saved.id }));
    const timing = summarize(samples);
    const cards = saved.items.reduce((n, it) => n + it.cards.length, 0);
    const matches = `${saved.items.length} items, ${cards} cards`;
    rows.push({ metric: `list load (getList, ${LIST_ITEMS} items)`, timing, target: null, matches });
    o.log(`  core list load: p50 ${timing.p50} ms, p95 ${timing.p95} ms (${matches})`);
  }
  return rows;
}

function parseArgs(argv: readonly string[]): { articles: number; iterations: number; data: string | null } {
  const o = { articles: 100_000, iterations: 100, data: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if ((a === '--articles' || a === '--iterations') && Number.isInteger(Number(v)) && Number(v) > 0) {
      o[a === '--articles' ? 'articles' : 'iterations'] = Number(v);
      i++;
    } else if (a === '--data' && v) {
      o.data = path.resolve(v);
      i++;
    } else {
      throw new Error(`usage: npx tsx bench/suggestions.ts [--articles N] [--iterations K] [--data DIR] (got ${JSON.stringify(a)})`);
    }
  }
  return o;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const dir = o.data ?? path.join(BENCH_DIR, '.data', String(o.articles));
  const marker = readMarker(dir, { seed: DEFAULT_SEED, articles: o.articles });
  if (!marker) throw new Error(`${dir} holds no loaded corpus of ${o.articles} articles: run \`npm run bench -- --articles ${o.articles}\` first.`);
  const log = (line: string): void => console.log(line);
  log(`Related suggestions and list load: ${o.articles.toLocaleString('en')} articles in ${dir}, ${o.iterations} iterations`);
  const core = openCore(dir);
  try {
    const rows = await runSuggestionsBench((name, input) => core.dispatch(name, input), marker.sampleIds, { iterations: o.iterations, quick: false, log });
    const outDir = path.join(BENCH_DIR, 'results');
    fs.mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `suggestions-${o.articles}.json`);
    fs.writeFileSync(file, JSON.stringify({ ranAt: new Date().toISOString(), articles: o.articles, iterations: o.iterations, results: rows }, null, 1) + '\n');
    log(`Results: ${path.relative(path.dirname(BENCH_DIR), file)}`);
  } finally {
    core.close();
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
