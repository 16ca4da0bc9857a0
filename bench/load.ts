/**
 * Fills a workspace with the generated corpus through core's article services, in large
 * transactions, and records what it loaded in a marker file so the next run can reuse it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { contract } from '../shared/contract';
import { bodyFromParagraphs } from '../shared/editor/text';
import { createArticle, updateArticle, updateTranslation } from '../electron/core/articles/service';
import type { Workspace } from '../electron/core/workspace';
import { GENERATOR_VERSION, generateArticle, type CorpusArticle, type CorpusLang, type CorpusOptions } from './corpus/generate';
import { RARE_WORDS } from './corpus/lexicon';

export const MARKER_FILE = 'bench-corpus.json';
const STORE_FILES = ['tandem.db', 'tandem.db-wal', 'tandem.db-shm'];

/** What a loaded workspace holds: enough to reuse it and to know the answers of rare-word queries. */
export interface Marker {
  generatorVersion: number;
  seed: string;
  articles: number;
  translations: number;
  byLang: Record<CorpusLang, number>;
  loadSeconds: number;
  generateSeconds: number;
  /** Rare word key → language → the ids of the articles that carry it. */
  rare: Record<string, Record<CorpusLang, string[]>>;
  /** Articles in both languages, spread over the corpus, for open and save measurements. */
  sampleIds: string[];
}

export function readMarker(dir: string, options: CorpusOptions): Marker | null {
  const file = path.join(dir, MARKER_FILE);
  if (!fs.existsSync(file) || !fs.existsSync(path.join(dir, 'tandem.db'))) return null;
  try {
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Marker;
    if (m.generatorVersion !== GENERATOR_VERSION || m.seed !== options.seed || m.articles !== options.articles) return null;
    return m;
  } catch {
    return null;
  }
}

/**
 * Makes `dir` ready for a fresh load. A folder that holds a store without a matching marker
 * is cleared only when it is one of the benchmark's own folders (`owned`); anything else is
 * refused, so a real workspace is never touched.
 */
export function prepareFolder(dir: string, owned: boolean): void {
  fs.mkdirSync(dir, { recursive: true });
  const present = STORE_FILES.filter((f) => fs.existsSync(path.join(dir, f)));
  if (present.length === 0) return;
  if (!owned) {
    throw new Error(
      `${dir} already holds a workspace that was not loaded by this benchmark with these settings. ` +
        'Pass --data with an empty folder (or a folder this benchmark loaded before).',
    );
  }
  for (const f of [...present, MARKER_FILE]) fs.rmSync(path.join(dir, f), { force: true });
}

const SAMPLE_SIZE = 400;

function isSampled(index: number, articles: number): boolean {
  const step = Math.max(1, Math.floor(articles / SAMPLE_SIZE));
  return index % step === Math.floor(step / 2);
}

/** Writes one article through the services, as an editor would build it up. */
function loadArticle(ws: Workspace, a: CorpusArticle): string {
  const [original, ...others] = a.translations;
  if (!original) throw new Error(`article ${a.index} has no translation`);
  const created = createArticle(
    ws,
    contract.createArticle.input.parse({ section: a.section, originalLang: a.originalLang, title: original.title, tags: a.tags }),
  );
  updateArticle(
    ws,
    contract.updateArticle.input.parse({
      articleId: created.id,
      expectedRevision: created.revision,
      patch: { authors: a.authors, publishedAt: a.publishedAt },
    }),
  );
  updateTranslation(
    ws,
    contract.updateTranslation.input.parse({
      articleId: created.id,
      lang: original.lang,
      expectedRevision: 1,
      patch: {
        summary: original.summary,
        body: bodyFromParagraphs(original.paragraphs),
        source: original.source,
        slug: original.slug,
        status: original.status,
      },
    }),
  );
  for (const t of others) {
    updateTranslation(
      ws,
      contract.updateTranslation.input.parse({
        articleId: created.id,
        lang: t.lang,
        expectedRevision: 0,
        patch: {
          title: t.title,
          summary: t.summary,
          body: bodyFromParagraphs(t.paragraphs),
          source: t.source,
          slug: t.slug,
          status: t.status,
        },
      }),
    );
  }
  return created.id;
}

export interface LoadOptions extends CorpusOptions {
  /** Articles per transaction. */
  batch: number;
  log: (line: string) => void;
}

export function loadCorpus(ws: Workspace, dir: string, options: LoadOptions): Marker {
  const rare: Marker['rare'] = {};
  for (const w of RARE_WORDS) rare[w.key] = { ru: [], en: [] };
  const byLang: Record<CorpusLang, number> = { ru: 0, en: 0 };
  const sampleIds: string[] = [];
  let translations = 0;
  let generateMs = 0;
  const started = performance.now();
  let lastLog = started;

  for (let from = 0; from < options.articles; from += options.batch) {
    const to = Math.min(options.articles, from + options.batch);
    ws.db.transaction(() => {
      for (let i = from; i < to; i++) {
        const g0 = performance.now();
        const a = generateArticle(options, i);
        generateMs += performance.now() - g0;
        const id = loadArticle(ws, a);
        translations += a.translations.length;
        for (const t of a.translations) byLang[t.lang]++;
        for (const key of a.rare) for (const t of a.translations) rare[key]?.[t.lang].push(id);
        if (a.translations.length === 2 && isSampled(i, options.articles)) sampleIds.push(id);
      }
    })();
    const t = performance.now();
    if (t - lastLog > 5_000 || to === options.articles) {
      lastLog = t;
      const s = (t - started) / 1000;
      const rate = to / s;
      const eta = (options.articles - to) / rate;
      options.log(
        `  loaded ${to.toLocaleString('en')}/${options.articles.toLocaleString('en')} articles ` +
          `(${translations.toLocaleString('en')} translations) in ${s.toFixed(0)} s — ${rate.toFixed(0)} articles/s, ~${eta.toFixed(0)} s to go`,
      );
    }
  }
  const loadSeconds = (performance.now() - started) / 1000;
  // The load leaves a long write-ahead log behind; fold it into the store file.
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  const marker: Marker = {
    generatorVersion: GENERATOR_VERSION,
    seed: options.seed,
    articles: options.articles,
    translations,
    byLang,
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    generateSeconds: Math.round(generateMs / 100) / 10,
    rare,
    sampleIds,
  };
  fs.writeFileSync(path.join(dir, MARKER_FILE), JSON.stringify(marker, null, 1) + '\n');
  return marker;
}
