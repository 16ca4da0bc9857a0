/**
 * `npx tsx bench/revisions.ts [--quick]`: what revision history and per-block staleness cost.
 *
 * In a temporary workspace, with simulated time (core's clock, articles/rules.ts):
 *
 * 1. A day of editing one 10,000-word bilingual article: 2,000 saves of small edits to the
 *    translation, a second apart, in four sessions with two-hour breaks, and a saved revision
 *    (Ctrl/Cmd+S) every ~10 minutes of typing. Reports revisions kept, their bytes, bytes per
 *    revision and the compression ratio, and the time of each save.
 * 2. Saves of a ~30 KB body (the store benchmark's size), the translation's and the
 *    original's in turn, a second apart: p50/p95 of updateTranslation with staleness and
 *    automatic-revision bookkeeping, and the staleness work alone.
 * 3. A month of editing: an hour a day, a save a minute. Reports how many automatic
 *    revisions were made and how many thinning kept.
 *
 * Prints a table and writes bench/results/revisions.json ({name, value, unit} rows).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { blocksOf, linkTo } from '../shared/editor/blocks';
import type { Body } from '../shared/editor/nodes';
import { bodyFromParagraphs } from '../shared/editor/text';
import { countWords } from '../shared/domain/words';
import { blocksOfNewBody } from '../electron/core/articles/blockCache';
import { setClock } from '../electron/core/articles/rules';
import { createArticle, updateTranslation } from '../electron/core/articles/service';
import { countsAgainst, storedOriginalBlocks } from '../electron/core/articles/staleness';
import { compressText, encodeText } from '../electron/core/revisions/content';
import { getRevision, saveRevision } from '../electron/core/revisions/service';
import { newestRevision, revisionSizes } from '../electron/core/store/repositories/revisions';
import { openWorkspace, type Workspace } from '../electron/core/workspace';
import { DEFAULT_SEED, longBody } from './corpus/generate';
import { summarize } from './measure';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface RevisionsRow {
  name: string;
  value: number;
  unit: 'count' | 'KB' | 'B' | 'ms' | '×';
}

export interface RevisionsBenchOptions {
  quick: boolean;
  seed: string;
  log: (line: string) => void;
}

interface Plan {
  daySaves: number;
  sessionSaves: number;
  breakMs: number;
  /** A saved revision after every this many saves (a second apart: ten minutes of typing). */
  saveEvery: number;
  saves30k: number;
  monthDays: number;
  monthSavesPerDay: number;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function planFor(quick: boolean): Plan {
  return quick
    ? { daySaves: 400, sessionSaves: 200, breakMs: 2 * HOUR, saveEvery: 150, saves30k: 60, monthDays: 8, monthSavesPerDay: 30 }
    : { daySaves: 2_000, sessionSaves: 500, breakMs: 2 * HOUR, saveEvery: 600, saves30k: 400, monthDays: 31, monthSavesPerDay: 60 };
}

const row = (name: string, value: number, unit: RevisionsRow['unit']): RevisionsRow => ({ name, value: Math.round(value * 100) / 100, unit });

/** Paragraphs of the corpus's long text in both languages, the same count, about `words` Russian words. */
function paragraphPair(seed: string, words: number, bytes: number): { ru: string[]; en: string[] } {
  const ru = longBody(seed, 'ru', bytes, 0);
  const en = longBody(seed, 'en', bytes, 0);
  let n = 0;
  let total = 0;
  while (n < ru.length && total < words) total += countWords(ru[n++] ?? '');
  const count = Math.min(n, en.length);
  return { ru: ru.slice(0, count), en: en.slice(0, count) };
}

/** An article with a Russian original and an English translation linked to it paragraph for paragraph. */
function linkedArticle(ws: Workspace, pair: { ru: string[]; en: string[] }): { id: string; en: Body; ru: Body; revisions: { ru: number; en: number } } {
  const a = createArticle(ws, { section: 'news', originalLang: 'ru', title: 'Переговоры', tags: [] });
  const ru = bodyFromParagraphs(pair.ru);
  const links = blocksOf(ru).map(linkTo);
  const en = bodyFromParagraphs(pair.en, links);
  const r = updateTranslation(ws, { articleId: a.id, lang: 'ru', expectedRevision: 1, patch: { body: ru } });
  const e = updateTranslation(ws, { articleId: a.id, lang: 'en', expectedRevision: 0, patch: { title: 'Talks', body: en } });
  return { id: a.id, en, ru, revisions: { ru: r.revision, en: e.revision } };
}

/** A small edit, as typing makes one: paragraph `i mod n` gains a word, block ids kept. */
function edited(body: Body, i: number): Body {
  const copy = structuredClone(body);
  const block = copy.root.children[(i * 7) % copy.root.children.length];
  if (block !== undefined && block.type !== 'list' && block.type !== 'image') {
    const text = block.children[0];
    if (text?.type === 'text') text.text = `${text.text} w${i}`;
  }
  return copy;
}

/** Bytes kept for a translation's revisions, and the bytes their JSON would take uncompressed. */
function storage(ws: Workspace, articleId: string, lang: string): { count: number; bytes: number; raw: number; auto: number; saved: number } {
  const sizes = revisionSizes(ws.db, articleId, lang);
  let raw = 0;
  for (const s of sizes) {
    const r = getRevision(ws, s.id);
    raw += Buffer.byteLength(encodeText({ title: r.title, summary: r.summary, source: r.source, bodyJson: JSON.stringify(r.body) }).json);
  }
  return {
    count: sizes.length,
    bytes: sizes.reduce((n, s) => n + s.bytes, 0),
    raw,
    auto: sizes.filter((s) => s.kind === 'auto').length,
    saved: sizes.filter((s) => s.kind === 'save').length,
  };
}

function dayOfEditing(ws: Workspace, plan: Plan, seed: string, clock: { now: number }, log: (l: string) => void): RevisionsRow[] {
  const pair = paragraphPair(seed, 10_000, 400_000);
  const article = linkedArticle(ws, pair);
  let body = article.en;
  let revision = article.revisions.en;
  const samples: number[] = [];
  log(`  a day of editing: ${plan.daySaves} saves of a ${countWords(pair.ru.join('\n'))}-word article…`);
  for (let i = 0; i < plan.daySaves; i++) {
    clock.now += i > 0 && i % plan.sessionSaves === 0 ? plan.breakMs : SECOND;
    body = edited(body, i);
    const t0 = performance.now();
    revision = updateTranslation(ws, { articleId: article.id, lang: 'en', expectedRevision: revision, patch: { body } }).revision;
    samples.push(performance.now() - t0);
    if (i % plan.saveEvery === plan.saveEvery / 2) saveRevision(ws, { articleId: article.id, lang: 'en' });
  }
  const s = storage(ws, article.id, 'en');
  const t = summarize(samples);
  const bodyKb = Buffer.byteLength(JSON.stringify(body)) / 1024;
  return [
    row(`day: body JSON of the 10,000-word translation`, bodyKb, 'KB'),
    row(`day: saves (${Math.ceil(plan.daySaves / plan.sessionSaves)} sessions, a second apart)`, plan.daySaves, 'count'),
    row('day: revisions kept', s.count, 'count'),
    row('day: of which automatic', s.auto, 'count'),
    row('day: of which saved (Ctrl/Cmd+S)', s.saved, 'count'),
    row('day: revision bytes in all', s.bytes / 1024, 'KB'),
    row('day: bytes per revision', s.count ? s.bytes / s.count : 0, 'B'),
    row('day: compression ratio (JSON / stored)', s.bytes ? s.raw / s.bytes : 0, '×'),
    row('day: updateTranslation p50', t.p50, 'ms'),
    row('day: updateTranslation p95', t.p95, 'ms'),
  ];
}

function saves30k(ws: Workspace, plan: Plan, seed: string, clock: { now: number }, log: (l: string) => void): RevisionsRow[] {
  const pair = paragraphPair(seed, Number.MAX_SAFE_INTEGER, 30_000);
  const article = linkedArticle(ws, pair);
  const bodies = { ru: article.ru, en: article.en };
  const revisions = { ...article.revisions };
  const samples = { ru: [] as number[], en: [] as number[], auto: [] as number[], staleness: [] as number[], compress: [] as number[] };
  log(`  ${plan.saves30k} saves of a ~30 KB body, each language in turn…`);
  for (let i = 0; i < plan.saves30k; i++) {
    clock.now += SECOND * 20;
    const lang = i % 2 === 0 ? 'en' : 'ru';
    bodies[lang] = edited(bodies[lang], i);
    const before = newestRevision(ws.db, article.id, lang)?.id;
    const t0 = performance.now();
    const saved = updateTranslation(ws, { articleId: article.id, lang, expectedRevision: revisions[lang], patch: { body: bodies[lang] } });
    const ms = performance.now() - t0;
    revisions[lang] = saved.revision;
    samples[lang].push(ms);
    if (newestRevision(ws.db, article.id, lang)?.id !== before) samples.auto.push(ms);

    // The staleness work of a translation's save on its own: the new body's blocks, the
    // original's (remembered), the alignment. A fresh body each time, as a save has.
    const probe = edited(bodies.en, i + 1_000_000);
    const json = JSON.stringify(probe);
    const s0 = performance.now();
    countsAgainst(storedOriginalBlocks(ws.db, article.id, 'ru'), blocksOfNewBody(probe, json));
    samples.staleness.push(performance.now() - s0);
    const c0 = performance.now();
    compressText(encodeText({ title: 'Talks', summary: '', source: '', bodyJson: json }).json);
    samples.compress.push(performance.now() - c0);
  }
  const en = summarize(samples.en);
  const ru = summarize(samples.ru);
  const staleness = summarize(samples.staleness);
  const compress = summarize(samples.compress);
  return [
    row('30 KB: body JSON', Buffer.byteLength(JSON.stringify(bodies.en)) / 1024, 'KB'),
    row('30 KB: save translation p50', en.p50, 'ms'),
    row('30 KB: save translation p95', en.p95, 'ms'),
    row('30 KB: save original (its translation recounted) p50', ru.p50, 'ms'),
    row('30 KB: save original (its translation recounted) p95', ru.p95, 'ms'),
    row('30 KB: saves that made an automatic revision', samples.auto.length, 'count'),
    row('30 KB: those saves, p50', summarize(samples.auto).p50, 'ms'),
    row('30 KB: staleness work of a save p50', staleness.p50, 'ms'),
    row('30 KB: staleness work of a save p95', staleness.p95, 'ms'),
    row('30 KB: encode + compress a revision p50', compress.p50, 'ms'),
  ];
}

function monthOfEditing(ws: Workspace, plan: Plan, seed: string, clock: { now: number }, log: (l: string) => void): RevisionsRow[] {
  const article = linkedArticle(ws, paragraphPair(seed, Number.MAX_SAFE_INTEGER, 30_000));
  let body = article.en;
  let revision = article.revisions.en;
  let made = 1;
  log(`  a month of editing: ${plan.monthDays} days, ${plan.monthSavesPerDay} saves a day a minute apart…`);
  for (let day = 0; day < plan.monthDays; day++) {
    clock.now += DAY - plan.monthSavesPerDay * MINUTE;
    for (let i = 0; i < plan.monthSavesPerDay; i++) {
      clock.now += MINUTE;
      body = edited(body, day * 1_000 + i);
      const before = newestRevision(ws.db, article.id, 'en')?.id;
      revision = updateTranslation(ws, { articleId: article.id, lang: 'en', expectedRevision: revision, patch: { body } }).revision;
      if (newestRevision(ws.db, article.id, 'en')?.id !== before) made++;
    }
  }
  const s = storage(ws, article.id, 'en');
  return [
    row(`month: automatic revisions made (${plan.monthDays} days)`, made, 'count'),
    row('month: kept after thinning', s.count, 'count'),
    row('month: revision bytes kept', s.bytes / 1024, 'KB'),
  ];
}

function table(rows: readonly RevisionsRow[]): string {
  const width = Math.max(44, ...rows.map((r) => r.name.length));
  const lines = [`${'revisions'.padEnd(width)} ${'value'.padStart(10)} unit`, '-'.repeat(width + 17)];
  for (const r of rows) lines.push(`${r.name.padEnd(width)} ${(r.unit === 'count' ? r.value.toFixed(0) : r.value.toFixed(2)).padStart(10)} ${r.unit}`);
  return lines.join('\n');
}

/** Runs every scenario in a temporary workspace, prints the table, writes the JSON and returns the rows. */
export function runRevisionsBench(options: RevisionsBenchOptions): { rows: RevisionsRow[]; file: string } {
  const plan = planFor(options.quick);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-revisions-'));
  const clock = { now: Date.UTC(2025, 5, 2, 9, 0, 0) };
  setClock(() => clock.now);
  const ws = openWorkspace(dir);
  const rows: RevisionsRow[] = [];
  try {
    rows.push(...dayOfEditing(ws, plan, options.seed, clock, options.log));
    rows.push(...saves30k(ws, plan, options.seed, clock, options.log));
    rows.push(...monthOfEditing(ws, plan, options.seed, clock, options.log));
  } finally {
    ws.close();
    setClock(null);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  options.log('');
  options.log(table(rows));
  const result = {
    ranAt: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg() },
    options: { quick: options.quick, seed: options.seed, ...plan },
    results: rows,
  };
  const outDir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'revisions.json');
  fs.writeFileSync(file, JSON.stringify(result, null, 1) + '\n');
  options.log(`\nResults: ${path.relative(path.dirname(BENCH_DIR), file)}`);
  return { rows, file };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runRevisionsBench({ quick: process.argv.includes('--quick'), seed: DEFAULT_SEED, log: (line) => console.log(line) });
}
