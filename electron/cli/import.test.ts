import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFiles, writeBundleZip } from '../core/import/bundle/fixture';
import { markdownFile, writeTree } from '../core/import/testing';
import { openWorkspace } from '../core/workspace';
import { countArticles } from '../core/store/repositories/articles';
import { runImport } from './import';
import { recordingContext, runCli } from './testing';

let tmp: string;
let counter = 0;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-cli-import-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (argv: string[]) => runCli(argv);

function sources(files: Record<string, string>): string {
  return writeTree(path.join(tmp, `src-${++counter}`), files);
}

const articleCount = (dir: string) => {
  const ws = openWorkspace(dir);
  try {
    const c = countArticles(ws.db);
    return c.live + c.trash;
  } finally {
    ws.close();
  }
};

describe('tandem import', () => {
  it('imports Markdown and prints a summary', async () => {
    const src = sources({
      'content/news/talks.ru.md': markdownFile({ title: 'Переговоры', featured: true, views: 10 }, 'Текст. ![фото](a.jpg)\n'),
      'content/news/talks.en.md': markdownFile({ title: 'Talks', featured: true, views: 10 }, 'Text. ![photo](a.jpg)\n'),
      'content/culture/show.en.md': markdownFile({ title: 'A show', draft: true }, 'Text.\n'),
    });
    const data = path.join(tmp, `ws-${++counter}`);
    const r = await run(['import', src, '--data', data]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      `Imported 2 articles into ${data}: 1 in Russian (ru), 2 in English (en).`,
      "Lists: Editor's choice now holds 1 imported article; Popular now holds 1 imported article.",
      'Warnings:',
      expect.stringMatching(/^ {2}- 2 images were left out: photos come from the library.*talks\.en\.md, .*talks\.ru\.md\.$/),
    ]);
    expect(articleCount(data)).toBe(2);
  });

  it('imports a bundle zip into an empty workspace', async () => {
    const zip = await writeBundleZip(path.join(tmp, `bundle-${++counter}.zip`), bundleFiles());
    const data = path.join(tmp, `ws-${++counter}`);
    const r = await run(['import', '--data', data, zip]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(`Imported 2 articles into ${data}: 1 in Russian (ru), 2 in English (en).`);
    expect(r.out).toContain('Sections: news, culture.');
    expect(r.out).toContain('Images added to the library: 1.');
    expect(r.out.join('\n')).toMatch(/Lists restored: Editor's choice \(1 item\), Popular \(2 items\)/);
  });

  it('fails with exit 1, the file and line, no stack, and leaves the workspace as it was', async () => {
    const src = sources({
      'news/good.md': markdownFile({ title: 'Good' }, 'Text.\n'),
      'news/bad.md': '---\ntitle: "Bad"\ndate: soon\n---\nText.\n',
    });
    const data = path.join(tmp, `ws-${++counter}`);
    const r = await run(['import', src, '--data', data]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).toBe(`${path.join(src, 'news', 'bad.md')}, line 3: \`date\` is not a date ("soon"). Write it as 2024-05-01 or 2024-05-01T10:00:00+04:00. Nothing was imported; the workspace is as it was.`);
    expect(articleCount(data)).toBe(0);
  });

  it('needs something to import; lists itself in the help', async () => {
    const r = await run(['import']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/"tandem import" needs something to import/);
    const help = await run(['--help']);
    expect(help.out.join('\n')).toContain('tandem import PATH… [--data DIR]');
    expect((await run(['import', '--frobnicate', 'x'])).code).toBe(2);
  });

  it('shows progress on the status line, then clears it', async () => {
    const src = sources({ 'news/a.md': markdownFile({ title: 'A' }, 'Text.\n'), 'news/b.md': markdownFile({ title: 'B' }, 'Text.\n') });
    const shown: string[] = [];
    const { ctx, out } = recordingContext();
    ctx.status = (text) => shown.push(text);
    expect(await runImport(ctx, { dataDir: path.join(tmp, `ws-${++counter}`), paths: [src] })).toBe(0);
    expect(shown).toContain('Importing: reading files 2/2 (100%)');
    expect(shown).toContain('Importing: writing articles 2/2 (100%)');
    expect(shown[shown.length - 1]).toBe('');
    expect(out[0]).toMatch(/^Imported 2 articles/);
  });
});
