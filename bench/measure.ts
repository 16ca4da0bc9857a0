/**
 * Timing helpers and the queries the benchmark runs.
 */
import { performance } from 'node:perf_hooks';
import type { Envelope } from '../shared/contract';
import { RARE_WORDS } from './corpus/lexicon';

export type QueryKind = 'rare' | 'common' | 'two words' | 'prefix (4 letters)' | 'stopword';

/** Query strings by kind and language, taken from the corpus's vocabulary. */
export const QUERIES: Readonly<Record<QueryKind, Readonly<Record<'ru' | 'en', readonly string[]>>>> = {
  rare: {
    ru: RARE_WORDS.map((w) => w.ruQuery),
    en: RARE_WORDS.map((w) => w.enQuery),
  },
  common: {
    ru: ['президент', 'правительство', 'министра', 'переговоры', 'инфляция'],
    en: ['president', 'government', 'minister', 'talks', 'inflation'],
  },
  'two words': {
    ru: ['министр финансов', 'мирный договор', 'ключевая ставка', 'решающий матч', 'персональная выставка'],
    en: ['finance minister', 'peace treaty', 'key rate', 'decisive match', 'solo exhibition'],
  },
  'prefix (4 letters)': {
    ru: ['през', 'мини', 'пере', 'инфл', 'выст'],
    en: ['pres', 'mini', 'talk', 'infl', 'exhi'],
  },
  stopword: {
    ru: ['и', 'в', 'что', 'на'],
    en: ['the', 'and', 'of', 'in'],
  },
};

export const QUERY_KINDS = Object.keys(QUERIES) as QueryKind[];

export interface Timing {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of samples in milliseconds. */
export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted[sorted.length - 1] ?? 0),
    mean: round(sorted.length ? sum / sorted.length : 0),
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** A way to make a contract call: core's dispatcher directly, or the HTTP contract. */
export type Caller = (name: string, input: unknown) => Promise<Envelope<unknown>>;

export class CallFailed extends Error {}

/** Runs a call and returns its value, or throws with the envelope's error. */
export async function call<T>(caller: Caller, name: string, input: unknown): Promise<T> {
  const env = await caller(name, input);
  if (!env.ok) throw new CallFailed(`${name} failed: ${env.error.code}: ${env.error.message}`);
  return env.value as T;
}

/** Times `iterations` runs of `run(i)` after `warmup` untimed runs. */
export async function time(warmup: number, iterations: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await run(warmup + i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** An HTTP caller for the browser-mode host: POST /api/call/<name> with the run's token. */
export function httpCaller(port: number, token: string): Caller {
  const base = `http://127.0.0.1:${port}/api/call/`;
  return async (name, input) => {
    const res = await fetch(base + name, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as Envelope<unknown>;
  };
}
