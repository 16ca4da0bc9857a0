import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_STATE, newBlockId } from '../../../shared/editor/blocks';
import { getArticle, updateArticle, updateTranslation } from '../articles/service';
import { runExport } from '../export/run';
import { openCore, type Core } from '../index';
import { jpegWith } from '../media/fixtures';
import { listArticlePage } from '../store/repositories/articles';
import { importPaths } from './service';
import { markdownFile, writeTree } from './testing';

/**
 * The bundle's promise: export a workspace, import the bundle into an empty workspace,
 * export that, and every file of the two bundles is the same, byte for byte.
 */

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-roundtrip-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const AS_OF = Date.parse('2026-01-01T00:00:00Z');

async function exportTo(core: Core, outDir: string, zip: boolean): Promise<void> {
  await runExport({ workspaceDir: core.workspace.dir, dbPath: core.workspace.dbPath, scope: { kind: 'all' }, outDir, baseUrl: 'https://news.example.org/', zip, asOf: AS_OF });
}

/** Every file under `root` (path → bytes). */
function tree(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const p of (fs.readdirSync(root, { recursive: true }) as string[]).sort()) {
    const file = path.join(root, p);
    if (fs.statSync(file).isFile()) out.set(p.split(path.sep).join('/'), fs.readFileSync(file));
  }
  return out;
}

describe('export → import → export', () => {
  it('gives the same bytes, from a folder and from a zip', async () => {
    const src = writeTree(path.join(dir, 'src'), {
      'content/news/talks.ru.md': markdownFile({ title: 'Переговоры в Баку', summary: 'Министры встретились.', date: '2024-05-01T10:00:00+04:00', tags: ['дипломатия'], featured: true, views: 30, source: 'Интерфакс' }, 'Первый абзац с [ссылкой](https://example.org/a).\n\n## Итоги\n\n- один\n- два\n'),
      'content/news/talks.en.md': markdownFile({ title: 'Talks in Baku', summary: 'The ministers met.', date: '2024-05-01T11:00:00+04:00', views: 30, lead_photo_caption: 'Ministers' }, 'First paragraph with a [link](https://example.org/a).\n\n## Results\n\n- one\n- two\n'),
      'content/culture/show.en.md': markdownFile({ title: 'A show in Sheki', summary: 'Music all night.', date: '2024-04-01', views: 10 }, '> A quote.\n\nText **bold** and *italic*.\n'),
      'content/culture/draft.ru.md': markdownFile({ title: 'Черновик', draft: true }, 'Не для печати.\n'),
    });
    const a = openCore(path.join(dir, 'a'));
    try {
      await importPaths(a.workspace, [src]);
      const articles = listArticlePage(a.workspace.db, { trash: false }, 'updated', null, 100).map((r) => getArticle(a.workspace, r.id));
      const { media } = await a.media.importBytes('photo.jpg', await jpegWith({ width: 1800, height: 1200 }));
      const first = articles.find((x) => x.translations[0]?.title === 'Переговоры в Баку');
      if (first === undefined) throw new Error('the talks were not imported');
      updateArticle(a.workspace, { articleId: first.id, expectedRevision: first.revision, patch: { leadMediaId: media.id } });
      const t = first.translations[0]!;
      const body = structuredClone(t.body);
      body.root.children.push({ type: 'image', version: 1, mediaId: media.id, caption: 'Inline', altText: 'Inline alt', $: { [BLOCK_STATE.id]: newBlockId() } });
      updateTranslation(a.workspace, { articleId: first.id, lang: t.lang, expectedRevision: t.revision, patch: { body, leadCaption: 'A caption', leadAlt: 'Alt' } });
      await a.media.idle();
      await exportTo(a, path.join(dir, 'out1'), true);
    } finally {
      a.close();
    }
    const first = tree(path.join(dir, 'out1'));
    expect([...first.keys()].some((p) => p.startsWith('media/'))).toBe(true);

    for (const [name, from] of [
      ['b', path.join(dir, 'out1')],
      ['c', path.join(dir, 'out1.zip')],
    ] as const) {
      const core = openCore(path.join(dir, name));
      try {
        const result = await importPaths(core.workspace, [from]);
        expect(result).toMatchObject({ kind: 'bundle', media: 1, warnings: [] });
        await exportTo(core, path.join(dir, `out-${name}`), false);
      } finally {
        core.close();
      }
      const again = tree(path.join(dir, `out-${name}`));
      expect([...again.keys()]).toEqual([...first.keys()]);
      for (const [p, bytes] of first) expect(again.get(p)?.equals(bytes), p).toBe(true);
    }
  });
});
