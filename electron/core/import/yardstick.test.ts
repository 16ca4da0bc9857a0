import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getArticle } from '../articles/service';
import { countArticles, listArticlePage } from '../store/repositories/articles';
import { listDeskListRows, listItemsOf } from '../store/repositories/lists';
import { openWorkspace, type Workspace } from '../workspace';
import { importPaths } from './service';

/**
 * The Hugo yardstick corpus (shared/yardsticks/hugo), generated here with N = 20 and
 * imported whole: the counts must be the corpus's own.
 */
const GENERATOR =
  [path.resolve(import.meta.dirname, '../../../../shared'), '/work/shared']
    .map((shared) => path.join(shared, 'yardsticks/hugo/gen_corpus.py'))
    .find((file) => fs.existsSync(file)) ?? 'the yardstick (../shared/yardsticks/hugo beside the repository) is missing';

interface CorpusCounts {
  articles: number;
  ru: number;
  en: number;
  featured_articles: number;
  by_section: Record<string, number>;
}

let dir: string;
let ws: Workspace;
let counts: CorpusCounts;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-yardstick-'));
  const made = spawnSync('python3', [GENERATOR, '20', path.join(dir, 'site')], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`the corpus generator failed: ${made.stderr}`);
  counts = JSON.parse(fs.readFileSync(path.join(dir, 'site', 'corpus.json'), 'utf8')) as CorpusCounts;
  ws = openWorkspace(path.join(dir, 'ws'));
});
afterAll(() => {
  ws?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the Hugo yardstick corpus', () => {
  it('imports every article and language, featured ones into Editor’s choice, aligned translations current', async () => {
    const phases = new Set<string>();
    const result = await importPaths(ws, [path.join(dir, 'site')], { onProgress: (_done, _total, phase) => phases.add(phase) });
    expect(phases).toEqual(new Set(['reading', 'writing']));
    expect(result.articles).toBe(counts.articles);
    expect(result.translations).toEqual([
      { lang: 'ru', count: counts.ru },
      { lang: 'en', count: counts.en },
    ]);
    expect(result.sections).toEqual([]);
    expect(countArticles(ws.db)).toEqual({ live: counts.articles, trash: 0 });

    const all = listArticlePage(ws.db, { trash: false }, 'updated', null, 1000).map((a) => getArticle(ws, a.id));
    const bySection: Record<string, number> = {};
    for (const a of all) bySection[a.section] = (bySection[a.section] ?? 0) + 1;
    expect(bySection).toEqual(counts.by_section);
    // The corpus keeps paragraphs aligned: every translation is current.
    const translations = all.flatMap((a) => a.translations);
    expect(translations.filter((t) => t.state !== 'original' && t.state !== 'current')).toEqual([]);
    expect(translations.every((t) => t.status === 'published' && t.leadCaption !== '' && t.source !== '')).toBe(true);
    // ~20% of bodies end with a link the editor allows.
    expect(translations.some((t) => JSON.stringify(t.body).includes('"type":"link"'))).toBe(true);

    const lists = listDeskListRows(ws.db);
    const items = (kind: string) => {
      const list = lists.find((l) => l.kind === kind);
      return list === undefined ? [] : (listItemsOf(ws.db, [list.id]).get(list.id) ?? []);
    };
    expect(items('editors-choice')).toHaveLength(counts.featured_articles);
    expect(items('popular')).toHaveLength(Math.min(10, counts.articles));
    expect(result.warnings).toEqual([]);
  });
});
