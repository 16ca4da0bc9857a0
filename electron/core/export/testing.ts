import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article, CallName, CallOutput, ListItem, ListView } from '../../../shared/contract';
import { openCore, type Core } from '../index';
import { imageOf } from '../media/fixtures';
import { runExport, type ExportRequest } from './run';

/**
 * For the export tests: a workspace of published bilingual articles with a lead photo, an
 * Editor's choice, a Popular list and a Related list, and a way to export it.
 */

export interface ExportFixture {
  dir: string;
  core: Core;
  call<N extends CallName>(name: N, input: unknown): Promise<CallOutput<N>>;
  /** The sample articles: the bilingual ones first (by section), the one without English last. */
  articles: Article[];
  export(outDir: string, extra?: Partial<ExportRequest>): ReturnType<typeof runExport>;
  dispose(): void;
}

export const BASE_URL = 'https://news.example.org/';

export async function exportFixture(options: { photo?: boolean; lists?: boolean } = {}): Promise<ExportFixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-export-'));
  const core = openCore(dir, { media: { log: () => {} } });
  const call = async <N extends CallName>(name: N, input: unknown): Promise<CallOutput<N>> => {
    const answer = await core.dispatch(name, input as never);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
    return answer.value as CallOutput<N>;
  };
  await call('createSampleArticles', {});
  const listed = await call('listArticles', { limit: 50, sort: 'updated' });
  // Bilingual articles first (by section), the one without English last: tests pick by position.
  const ids = [...listed.items]
    .sort((a, b) => b.translations.length - a.translations.length || a.section.localeCompare(b.section))
    .map((a) => a.id);
  for (const id of ids) {
    const article = await call('getArticle', { articleId: id });
    for (const t of article.translations) {
      await call('updateTranslation', { articleId: id, lang: t.lang, expectedRevision: t.revision, patch: { status: 'published' } });
    }
  }
  if (options.photo !== false) {
    const media = await core.media.importBytes('square.png', await imageOf('png', 640, 480, 3));
    const first = await call('getArticle', { articleId: ids[0] });
    await call('updateArticle', { articleId: first.id, expectedRevision: first.revision, patch: { leadMediaId: media.media.id } });
    for (const t of (await call('getArticle', { articleId: first.id })).translations) {
      await call('updateTranslation', { articleId: first.id, lang: t.lang, expectedRevision: t.revision, patch: { leadCaption: `Caption ${t.lang}`, leadAlt: `Alt ${t.lang}` } });
    }
    await core.media.idle();
  }
  if (options.lists !== false) {
    const item = (articleId: string): ListItem => ({ id: crypto.randomUUID(), articleId, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual' });
    const { lists } = await call('listLists', {});
    const save = async (kind: string, articleIds: string[]) => {
      const summary = lists.find((l) => l.kind === kind);
      if (!summary) throw new Error(`no ${kind} list`);
      const list: ListView = await call('getList', { listId: summary.id });
      await call('updateList', { listId: list.id, expectedVersion: list.version, patch: { items: articleIds.map(item) } });
    };
    await save('editors-choice', [ids[1] as string]);
    await save('popular', [ids[2] as string, ids[0] as string]);
    const related = await call('getRelatedList', { articleId: ids[0] });
    await call('updateRelatedList', { articleId: ids[0], expectedVersion: related.version, patch: { items: [item(ids[1] as string), item(ids[3] as string)], dismissed: [] } });
  }
  const articles = await Promise.all(ids.map((id) => call('getArticle', { articleId: id })));
  return {
    dir,
    core,
    call,
    articles,
    export: (outDir, extra = {}) =>
      runExport({ workspaceDir: dir, dbPath: core.workspace.dbPath, scope: { kind: 'all' }, outDir, baseUrl: BASE_URL, zip: false, asOf: Date.parse('2026-11-26T00:00:00Z'), ...extra }),
    dispose() {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir` with its bytes, by path relative to it. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else out.set(child, fs.readFileSync(path.join(dir, child)));
    }
  };
  walk('');
  return out;
}
