/**
 * The editor benchmark: the real interface in headless Chromium, served by the browser-mode
 * host (`node dist/cli.mjs serve`) on a fresh workspace holding one long bilingual article
 * (a 10,000-word Russian original and its 10,000-word English translation, linked block by
 * block). It measures what an editor feels:
 *
 * - opening the article until both bodies are editable and hold their whole text;
 * - keystroke to next frame while typing in the middle of the Russian body, the English one
 *   open beside it, with autosave running (it saves at most ~1 s after an edit);
 * - the memory of the whole app (browser processes and host) after 5,000 keystrokes.
 *
 * Run by `npm run bench` after the store benchmarks, or alone: `npm run bench -- --editor-only`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { bodyToPlainText } from '../../shared/editor/text';
import { startHost, valueOf, type Host } from '../../e2e/host';
import { DEFAULT_SEED } from '../corpus/generate';
import { Rng } from '../corpus/random';
import { summarize, type Timing } from '../measure';
import { bareLexicalPage } from './bareLexical';
import { PROBE_SCRIPT, frameInterval, leaveArticle, startRecording, stopRecording, timeOpen, type EditorExpectation, type KeystrokeSamples } from './page';
import { browserTree, listProcesses, memoryOf, memoryOfAll, type Memory, type TreeMemory } from './processes';
import { benchArticle, keyFor, typingText, type BenchArticle } from './text';

const EDITOR_DIR = path.dirname(fileURLToPath(import.meta.url));
const BENCH_DIR = path.dirname(EDITOR_DIR);
const ROOT = path.dirname(BENCH_DIR);

/** The issue's targets. */
export const EDITOR_TARGET = { keystrokeP95Ms: 14, openMs: 250, memoryMb: 300 } as const;

export interface EditorBenchOptions {
  /** Fewer repetitions and 1,000 keystrokes instead of 5,000 (the memory target then does not apply). */
  quick: boolean;
  seed?: string;
  log?: (line: string) => void;
}

interface Plan {
  words: number;
  paragraphs: number;
  opens: number;
  titleKeys: number;
  bodyKeys: number;
  memoryKeys: number;
  /** Milliseconds from one keystroke to the next: a fast typist, slower than a frame. */
  typingIntervalMs: number;
  memoryIntervalMs: number;
}

function planFor(quick: boolean): Plan {
  return quick
    ? { words: 10_000, paragraphs: 200, opens: 4, titleKeys: 40, bodyKeys: 120, memoryKeys: 1_000, typingIntervalMs: 50, memoryIntervalMs: 25 }
    : { words: 10_000, paragraphs: 200, opens: 12, titleKeys: 100, bodyKeys: 300, memoryKeys: 5_000, typingIntervalMs: 50, memoryIntervalMs: 25 };
}

export interface EditorRow {
  name: string;
  value: number | null;
  unit: 'ms' | 'MB' | 'count';
  /** At most this much; null when the row is context. */
  target: number | null;
  verdict: 'ok' | 'MISSED' | '—';
}

export function row(name: string, value: number | null, unit: EditorRow['unit'], target: number | null = null): EditorRow {
  const verdict = target === null || value === null ? '—' : value <= target ? 'ok' : 'MISSED';
  return { name, value: value === null ? null : Math.round(value * 10) / 10, unit, target, verdict };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
function padStart(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

/** The rows as the store benchmark prints its own: one line each, verdict last. */
export function editorTable(rows: readonly EditorRow[]): string {
  const width = Math.max(44, ...rows.map((r) => r.name.length));
  const head = [pad('editor', width), padStart('value', 9), pad(' unit', 6), padStart('target', 7), '  verdict'].join(' ');
  const lines = [head, '-'.repeat(head.length)];
  for (const r of rows) {
    lines.push(
      [
        pad(r.name, width),
        padStart(r.value === null ? 'n/a' : r.value.toFixed(r.unit === 'count' ? 0 : 1), 9),
        pad(` ${r.unit}`, 6),
        padStart(r.target === null ? '—' : `≤${r.target}`, 7),
        `  ${r.verdict}`,
      ].join(' '),
    );
  }
  return lines.join('\n');
}

const MB = 1024 * 1024;
const mb = (bytes: number | null | undefined): number | null => (bytes === null || bytes === undefined ? null : bytes / MB);

/** The newest modification time of the files below `dir` (skipping node_modules). */
function newestMtime(dir: string): number {
  let newest = 0;
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return newest;
}

interface BuildInfo {
  builtAt: string;
  /** Sources changed after the build: the interface measured may lag behind them. */
  sourcesNewer: boolean;
}

function checkBuild(): BuildInfo {
  const index = path.join(ROOT, 'dist', 'renderer', 'index.html');
  const cli = path.join(ROOT, 'dist', 'cli.mjs');
  if (!fs.existsSync(index) || !fs.existsSync(cli)) {
    throw new Error('The editor benchmark drives the built app, and dist/ does not hold it: run `npm run build` first (or pass --no-editor).');
  }
  const built = Math.min(fs.statSync(index).mtimeMs, fs.statSync(cli).mtimeMs);
  const sources = Math.max(...['renderer', 'shared', path.join('electron', 'core'), path.join('electron', 'host'), path.join('electron', 'cli')].map((d) => newestMtime(path.join(ROOT, d))));
  return { builtAt: new Date(built).toISOString(), sourcesNewer: sources > built };
}

function chromiumPath(): string {
  const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executable)) {
    throw new Error(`No Chromium at ${executable}: install it, or name it with CHROMIUM_PATH (or pass --no-editor).`);
  }
  return executable;
}

/**
 * Types `text` with real key events, one every `intervalMs` on average on a fixed schedule
 * (a late key does not push the later ones back). Each gap varies by up to a quarter either
 * way, as a person's do, so keystrokes fall anywhere between two frames rather than in step
 * with them.
 */
async function typeText(cdp: CDPSession, text: string, intervalMs: number, rng: Rng): Promise<void> {
  let due = performance.now();
  for (const char of text) {
    const key = keyFor(char);
    const base = { key: key.key, code: key.code, windowsVirtualKeyCode: key.windowsVirtualKeyCode, nativeVirtualKeyCode: key.windowsVirtualKeyCode, modifiers: key.modifiers };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base, text: key.text, unmodifiedText: key.text });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
    due += intervalMs * (0.75 + rng.next() / 2);
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

async function waitForSaved(page: Page, timeoutMs = 60_000): Promise<number> {
  const status = page.getByRole('status');
  const start = performance.now();
  for (;;) {
    const text = ((await status.textContent()) ?? '').trim();
    if (text === 'Saved') return performance.now() - start;
    if (performance.now() - start > timeoutMs) throw new Error(`The save status still reads ${JSON.stringify(text)} after ${timeoutMs} ms.`);
    await sleep(50);
  }
}

interface MemorySnapshot {
  jsHeapUsed: number | null;
  jsHeapTotal: number | null;
  domNodes: number | null;
  browser: TreeMemory;
  host: Memory | null;
}

async function memorySnapshot(cdp: CDPSession, hostPid: number): Promise<MemorySnapshot> {
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number | null => metrics.find((m) => m.name === name)?.value ?? null;
  return {
    jsHeapUsed: metric('JSHeapUsedSize'),
    jsHeapTotal: metric('JSHeapTotalSize'),
    domNodes: metric('Nodes'),
    browser: memoryOfAll(browserTree(listProcesses(), process.pid)),
    host: memoryOf(hostPid),
  };
}

function wholeApp(m: MemorySnapshot): { rss: number | null; pss: number | null; uss: number | null } {
  const known = m.browser.processes.length > 0 && m.host !== null;
  const add = (a: number | null | undefined, b: number | null | undefined): number | null => (known && a != null && b != null ? a + b : null);
  return { rss: add(m.browser.rss, m.host?.rss), pss: add(m.browser.pss, m.host?.pss), uss: add(m.browser.uss, m.host?.uss) };
}

function memoryRows(label: string, m: MemorySnapshot, target: number | null, detail: boolean): EditorRow[] {
  const renderers = m.browser.processes.filter((p) => p.role === 'renderer').sort((a, b) => b.rss - a.rss);
  const page = renderers[0];
  const whole = wholeApp(m);
  return [
    row(`${label}: page JS heap used (after GC)`, mb(m.jsHeapUsed), 'MB'),
    ...(detail
      ? [
          row(`${label}: the page's renderer (largest), RSS`, mb(page?.rss), 'MB'),
          row(`${label}: the page's renderer (largest), PSS`, mb(page?.pss), 'MB'),
          row(`${label}: Chromium, ${m.browser.processes.length} processes, RSS sum`, m.browser.processes.length > 0 ? mb(m.browser.rss) : null, 'MB'),
          row(`${label}: Chromium, ${m.browser.processes.length} processes, PSS sum`, mb(m.browser.pss), 'MB'),
          row(`${label}: Chromium, ${m.browser.processes.length} processes, USS sum`, mb(m.browser.uss), 'MB'),
          row(`${label}: host process, RSS`, mb(m.host?.rss), 'MB'),
          row(`${label}: host process, PSS`, mb(m.host?.pss), 'MB'),
          row(`${label}: host process, USS`, mb(m.host?.uss), 'MB'),
        ]
      : []),
    row(`${label}: whole app, RSS sum`, mb(whole.rss), 'MB', target),
    row(`${label}: whole app, PSS sum`, mb(whole.pss), 'MB', target),
    row(`${label}: whole app, USS sum`, mb(whole.uss), 'MB', target),
  ];
}

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

async function createArticle(host: Host, article: BenchArticle): Promise<string> {
  const info = valueOf(await host.call('workspaceInfo', {}));
  const section = info.sections[0]?.id;
  if (!section) throw new Error('The new workspace has no sections to file the article in.');
  const created = valueOf(await host.call('createArticle', { section, originalLang: 'ru', title: 'Длинная статья для замера редактора' }));
  const ruRevision = created.translations.find((t) => t.lang === 'ru')?.revision ?? 0;
  valueOf(await host.call('updateTranslation', { articleId: created.id, lang: 'ru', expectedRevision: ruRevision, patch: { body: article.ru } }));
  valueOf(
    await host.call('updateTranslation', {
      articleId: created.id,
      lang: 'en',
      expectedRevision: created.translations.find((t) => t.lang === 'en')?.revision ?? 0,
      patch: { title: 'A long article for the editor benchmark', body: article.en },
    }),
  );
  return created.id;
}

function loadAvg(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

function timingRows(name: string, t: Timing, p95Target: number | null): EditorRow[] {
  return [row(`${name}: p50 (n=${t.n})`, t.p50, 'ms'), row(`${name}: p95`, t.p95, 'ms', p95Target), row(`${name}: max`, t.max, 'ms')];
}

export interface EditorBenchResult {
  rows: EditorRow[];
  checks: Check[];
  file: string;
  verdict: 'ok' | 'missed';
}

interface Texts {
  title: string;
  body: string;
  memory: string;
}

interface Measured {
  chromiumVersion: string;
  openMs: number[];
  frameIntervalMs: number;
  keystrokeMs: Record<keyof Texts | 'floor' | 'bare', KeystrokeSamples>;
  memory: { blankChromium: MemorySnapshot; afterOpen: MemorySnapshot; afterTyping: MemorySnapshot };
  checks: Check[];
}

/** Everything measured in the browser, against a host that serves the article. */
async function measure(host: Host, articleId: string, article: BenchArticle, texts: Texts, plan: Plan, executablePath: string, log: (line: string) => void): Promise<Measured> {
  const checks: Check[] = [];
  const before = valueOf(await host.call('getArticle', { articleId })).translations.find((t) => t.lang === 'en');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto('about:blank');
    await sleep(1_000);
    const blankChromium = await memorySnapshot(cdp, host.pid);

    // The floor of the measure on this machine: the same typing into a bare text area.
    const rng = new Rng(`${plan.words}:typing`);
    await page.goto(`data:text/html,${encodeURIComponent('<textarea aria-label="Blank" lang="ru"></textarea>')}`);
    await page.getByRole('textbox', { name: 'Blank' }).focus();
    log(`  typing ${plan.titleKeys} characters into a bare text area…`);
    await startRecording(page);
    await typeText(cdp, texts.title, plan.typingIntervalMs, rng);
    const floor = await stopRecording(page);

    // The reference: two bare Lexical editors holding the same bodies, typed into the same way.
    const bareHtml = await bareLexicalPage({ ru: article.ru, en: article.en });
    await page.route('http://bare.invalid/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: bareHtml }));
    await page.goto('http://bare.invalid/');
    const bareParagraph = page.getByRole('textbox', { name: 'Bare (ru)' }).getByRole('paragraph').nth(Math.floor(article.expect.ru.blocks / 2));
    await bareParagraph.scrollIntoViewIfNeeded();
    await bareParagraph.click();
    log(`  typing ${plan.bodyKeys} characters into a bare Lexical pair…`);
    await startRecording(page);
    await typeText(cdp, texts.body, plan.typingIntervalMs, rng);
    const bare = await stopRecording(page);

    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    // The first open, like every other, starts from a list that has loaded and settled, as it
    // has by the time a person clicks an article.
    await page.getByRole('list', { name: 'Articles' }).waitFor();
    await page.waitForLoadState('networkidle');
    await sleep(300);

    const editors: EditorExpectation[] = (['ru', 'en'] as const).map((lang) => ({ name: `Body (${lang})`, blocks: article.expect[lang].blocks, chars: article.expect[lang].chars }));
    const articleHash = `#/articles/${articleId}`;
    log(`  opening the article ${plan.opens} times…`);
    const openMs: number[] = [];
    for (let i = 0; i < plan.opens; i++) {
      if (i > 0) {
        await leaveArticle(page, '#/');
        // Let the list load and settle, as it has by the time a person clicks.
        await page.waitForLoadState('networkidle');
        await sleep(300);
      }
      openMs.push(await timeOpen(page, articleHash, editors));
      if (i === 0) {
        // The page's probe found the editors by their label; the accessible names agree.
        for (const e of editors) {
          const box = page.getByRole('textbox', { name: e.name, exact: true });
          const ok = (await box.count()) === 1 && (await box.getAttribute('contenteditable')) === 'true' && (await box.getByRole('paragraph').count()) === e.blocks;
          checks.push({ name: `${e.name} is one editable textbox with ${e.blocks} paragraphs`, ok, detail: ok ? 'yes' : 'no' });
        }
      }
    }
    log(`  opened in ${openMs.map((x) => x.toFixed(0)).join(', ')} ms`);
    const afterOpen = await memorySnapshot(cdp, host.pid);

    const frameIntervalMs = await frameInterval(page);
    log(`  typing ${plan.titleKeys} characters into Title (ru)…`);
    await page.getByRole('textbox', { name: 'Title (ru)', exact: true }).click();
    await page.keyboard.press('End');
    await startRecording(page);
    await typeText(cdp, texts.title, plan.typingIntervalMs, rng);
    const title = await stopRecording(page);

    const middle = Math.floor(article.expect.ru.blocks / 2);
    log(`  typing ${plan.bodyKeys} characters into paragraph ${middle + 1} of Body (ru), one every ${plan.typingIntervalMs} ms…`);
    const paragraph = page.getByRole('textbox', { name: 'Body (ru)', exact: true }).getByRole('paragraph').nth(middle);
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.click();
    await startRecording(page);
    await typeText(cdp, texts.body, plan.typingIntervalMs, rng);
    const body = await stopRecording(page);

    log(`  typing ${plan.memoryKeys.toLocaleString('en')} more characters, one every ${plan.memoryIntervalMs} ms…`);
    const typingStart = performance.now();
    await startRecording(page);
    await typeText(cdp, texts.memory, plan.memoryIntervalMs, rng);
    const memory = await stopRecording(page);
    log(`  typed in ${((performance.now() - typingStart) / 1000).toFixed(0)} s; waiting for Saved…`);
    const savedAfter = await waitForSaved(page);
    log(`  Saved ${savedAfter.toFixed(0)} ms after the last keystroke`);
    const afterTyping = await memorySnapshot(cdp, host.pid);

    // What was typed reached the store, in the Russian translation only.
    const saved = valueOf(await host.call('getArticle', { articleId }));
    const ru = saved.translations.find((t) => t.lang === 'ru');
    const after = saved.translations.find((t) => t.lang === 'en');
    const ruText = ru ? bodyToPlainText(ru.body) : '';
    const tail = texts.memory.split('\n').pop()?.split(' ').slice(-3).join(' ') ?? '';
    checks.push({ name: 'the last words typed are in the saved Russian body', ok: tail !== '' && ruText.includes(tail), detail: JSON.stringify(tail) });
    const blocks = article.expect.ru.blocks + (texts.body + texts.memory).split('\n').length - 1;
    checks.push({ name: 'each Enter made a new paragraph', ok: ru?.body.root.children.length === blocks, detail: `${ru?.body.root.children.length ?? 0} blocks, expected ${blocks}` });
    checks.push({ name: 'the title took what was typed', ok: ru?.title.endsWith(texts.title) ?? false, detail: JSON.stringify(ru?.title.slice(-30)) });
    checks.push({ name: 'the English translation was not touched', ok: after?.revision === before?.revision, detail: `revision ${before?.revision} → ${after?.revision}` });

    return { chromiumVersion: browser.version(), openMs, frameIntervalMs, keystrokeMs: { floor, bare, title, body, memory }, memory: { blankChromium, afterOpen, afterTyping }, checks };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

export async function runEditorBench(options: EditorBenchOptions): Promise<EditorBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const seed = options.seed ?? DEFAULT_SEED;
  const plan = planFor(options.quick);
  const build = checkBuild();
  const executablePath = chromiumPath();
  log(`Editor benchmark: ${plan.words.toLocaleString('en')} + ${plan.words.toLocaleString('en')} words in ${plan.paragraphs} paragraphs each, headless Chromium (${executablePath})`);
  if (build.sourcesNewer) log(`  note: dist/ was built ${build.builtAt} and sources changed since; run \`npm run build\` to measure the current interface.`);

  const article = benchArticle(seed, plan.words, plan.paragraphs);
  const typed = typingText(seed, plan.titleKeys + plan.bodyKeys + plan.memoryKeys);
  const texts: Texts = {
    title: typed.slice(0, plan.titleKeys).replace(/\n/g, ' '),
    body: typed.slice(plan.titleKeys, plan.titleKeys + plan.bodyKeys),
    memory: typed.slice(plan.titleKeys + plan.bodyKeys),
  };

  const loadBefore = loadAvg();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-editor-'));
  let measured: Measured;
  try {
    const host = await startHost(dir);
    try {
      const articleId = await createArticle(host, article);
      const en = valueOf(await host.call('getArticle', { articleId })).translations.find((t) => t.lang === 'en');
      log(`  article ${articleId}: ru ${article.expect.ru.words} words, en ${article.expect.en.words} words; the translation is ${en?.state ?? '?'}`);
      measured = await measure(host, articleId, article, texts, plan, executablePath, log);
    } finally {
      await host.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const { openMs: openSamples, keystrokeMs: latency, memory, checks } = measured;
  const rows: EditorRow[] = [];
  const loadAfter = loadAvg();

  const open = summarize(openSamples);
  rows.push(row('open article: first, after loading the app', openSamples[0] ?? null, 'ms'));
  rows.push(row(`open article: median (n=${open.n})`, open.p50, 'ms'));
  rows.push(row('open article: p95', open.p95, 'ms', EDITOR_TARGET.openMs));
  rows.push(row('frame interval (median gap between frames)', measured.frameIntervalMs, 'ms'));
  const more = `${plan.memoryKeys.toLocaleString('en')} more`;
  rows.push(...timingRows('keystroke → next frame, Body (ru)', summarize(latency.body.frame), EDITOR_TARGET.keystrokeP95Ms));
  rows.push(...timingRows('keystroke → handled, Body (ru)', summarize(latency.body.handled), null));
  rows.push(...timingRows(`keystroke → next frame, Body (ru), ${more}`, summarize(latency.memory.frame), null));
  rows.push(...timingRows(`keystroke → handled, Body (ru), ${more}`, summarize(latency.memory.handled), null));
  rows.push(...timingRows('keystroke → next frame, Title (ru)', summarize(latency.title.frame), null));
  rows.push(...timingRows('keystroke → next frame, a bare text area (floor)', summarize(latency.floor.frame), null));
  rows.push(...timingRows('keystroke → next frame, a bare Lexical pair (reference)', summarize(latency.bare.frame), null));
  rows.push(row('keys with an event after their frame (measured early)', Object.values(latency).reduce((n, k) => n + k.late, 0), 'count'));
  rows.push(row('Chromium alone with a blank page: RSS sum', mb(memory.blankChromium.browser.rss), 'MB'));
  rows.push(row('Chromium alone with a blank page: PSS sum', mb(memory.blankChromium.browser.pss), 'MB'));
  rows.push(row('Chromium alone with a blank page: USS sum', mb(memory.blankChromium.browser.uss), 'MB'));
  rows.push(...memoryRows('after opening', memory.afterOpen, null, false));
  const afterTyping = `after ${(plan.titleKeys + plan.bodyKeys + plan.memoryKeys).toLocaleString('en')} keystrokes`;
  rows.push(...memoryRows(afterTyping, memory.afterTyping, options.quick ? null : EDITOR_TARGET.memoryMb, true));
  const whole = wholeApp(memory.afterTyping);
  const over = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);
  rows.push(row(`${afterTyping}: whole app over blank Chromium, USS`, mb(over(whole.uss, memory.blankChromium.browser.uss)), 'MB'));
  rows.push(row(`${afterTyping}: DOM nodes`, memory.afterTyping.domNodes, 'count'));

  log('');
  log(editorTable(rows));
  const missed = rows.filter((r) => r.verdict === 'MISSED');
  const failed = checks.filter((c) => !c.ok);
  log('');
  log(`  load average before ${loadBefore}, after ${loadAfter} (other work on this machine skews p95)`);
  log(missed.length === 0 ? 'Every editor target met.' : `Editor targets missed: ${missed.map((r) => `${r.name} (${r.value} ${r.unit})`).join('; ')}.`);
  log(failed.length === 0 ? `Checks: ${checks.length}/${checks.length} passed.` : `Checks failed: ${failed.map((c) => `${c.name} (${c.detail})`).join('; ')}.`);

  const ranAt = new Date().toISOString();
  const result = {
    ranAt,
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: { before: loadBefore, after: loadAfter } },
    build,
    chromium: { executablePath, version: measured.chromiumVersion },
    options: { quick: options.quick, seed, ...plan },
    article: article.expect,
    targets: EDITOR_TARGET,
    results: rows,
    samples: { openMs: openSamples, keystrokeMs: latency },
    memory,
    checks,
    verdict: missed.length === 0 && failed.length === 0 ? ('ok' as const) : ('missed' as const),
  };
  const outDir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `editor-${ranAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 1) + '\n');
  log(`\nResults: ${path.relative(ROOT, file)}`);
  return { rows, checks, file, verdict: result.verdict };
}
