import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StageImportFileInput } from '../../../shared/contract';
import { getArticle } from '../articles/service';
import { TandemError } from '../errors';
import { listArticlePage } from '../store/repositories/articles';
import { countRows } from '../store/repositories/imports';
import { openWorkspace, type Workspace } from '../workspace';
import { bundleFiles, writeBundleZip } from './bundle/fixture';
import { openImportStaging, STAGING_FOLDER, STAGING_MAX_AGE_MS, stagedFileName, type ImportStaging, type ImportStagingOptions } from './staging';
import { MAX_MARKDOWN_BYTES } from './sources';
import { markdownFile, rejectionOf } from './testing';

const BATCH = '3b9e1c2d-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const OTHER_BATCH = '5d6e7f80-91a2-4b3c-8d4e-5f6071829304';

let dir: string;
let ws: Workspace;
let clock: number;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-import-staging-'));
  ws = openWorkspace(path.join(dir, 'ws'));
  clock = Date.now();
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function open(options: ImportStagingOptions = {}): ImportStaging {
  return openImportStaging(ws, { now: () => clock, log: () => {}, ...options });
}

function file(name: string, content: string | Buffer, batchId = BATCH): StageImportFileInput {
  return { batchId, name, bytes: new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content) };
}

/** The files a batch holds in the workspace, by name. */
function stagedFiles(batchId = BATCH): string[] {
  const content = path.join(ws.dir, STAGING_FOLDER, batchId, 'content');
  return fs.existsSync(content) ? fs.readdirSync(content).sort() : [];
}

function batches(): string[] {
  const root = path.join(ws.dir, STAGING_FOLDER);
  return fs.existsSync(root) ? fs.readdirSync(root).sort() : [];
}

const RU = markdownFile(
  { title: 'Переговоры в Баку', summary: 'Министры договорились.', date: '2024-05-01T10:00:00+04:00', tags: ['дипломатия'], translationKey: 'baku-talks', draft: false },
  'Министры встретились в Баку.\n\nПереговоры продолжатся.\n',
);
const EN = markdownFile(
  { title: 'Talks in Baku', summary: 'Ministers agreed.', date: '2024-05-01T12:00:00+04:00', tags: ['diplomacy'], translationKey: 'baku-talks', draft: false },
  'The ministers met in Baku.\n\nTalks will go on.\n',
);
/** A quote left open: the YAML error is on the line of the field after it. */
const BROKEN = '---\ntitle: "Неоконченный заголовок\ndate: 2024-05-01\n---\nТекст.\n';

describe('file names', () => {
  it('keeps a file under its own name, with characters some systems refuse replaced', () => {
    expect(stagedFileName('talks.ru.md')).toBe('talks.ru.md');
    expect(stagedFileName('Переговоры.MARKDOWN')).toBe('Переговоры.MARKDOWN');
    expect(stagedFileName('  bundle.zip ')).toBe('bundle.zip');
    expect(stagedFileName('a:b?.md')).toBe('a_b_.md');
    expect(stagedFileName('con.md')).toBe('_con.md');
  });

  it('refuses paths, climbing out, NUL and nothing at all', () => {
    for (const name of ['../tandem.db.md', '..', 'content/news/talks.md', '/etc/passwd.md', 'C:\\Users\\talks.md', 'talks\u0000.md', '', '   ', 'a..b.md']) {
      const e = (() => {
        try {
          stagedFileName(name);
        } catch (error) {
          return error;
        }
        return null;
      })();
      expect(e, JSON.stringify(name)).toBeInstanceOf(TandemError);
      expect((e as TandemError).code).toBe('invalid_input');
      expect((e as TandemError).message).toContain('file name');
    }
  });

  it('refuses other kinds of file, saying what Tandem imports', () => {
    for (const name of ['photo.jpg', 'talks.md.exe', 'talks', 'tandem.db', 'site.tar.gz']) {
      expect(() => stagedFileName(name), name).toThrow(/Markdown files \(\.md or \.markdown\) with Hugo front matter, or a Tandem bundle \(\.zip\)/);
    }
  });
});

describe('staging files', () => {
  it('keeps each file in the workspace under the batch, the same name again replacing it', async () => {
    const staging = open();
    expect(await staging.stage(file('talks.ru.md', RU))).toEqual({ batchId: BATCH, files: 1 });
    expect(await staging.stage(file('talks.en.md', 'first try'))).toEqual({ batchId: BATCH, files: 2 });
    expect(await staging.stage(file('talks.en.md', EN))).toEqual({ batchId: BATCH, files: 2 });
    expect(stagedFiles()).toEqual(['talks.en.md', 'talks.ru.md']);
    expect(fs.readFileSync(path.join(ws.dir, STAGING_FOLDER, BATCH, 'content', 'talks.en.md'), 'utf8')).toBe(EN);
    // No temporary file is left beside them.
    expect(fs.readdirSync(path.join(ws.dir, STAGING_FOLDER, BATCH))).toEqual(['content']);
    // Nothing reached the store yet.
    expect(listArticlePage(ws.db, { trash: false }, 'updated', null, 10)).toEqual([]);
  });

  it('refuses a path for a name, and a file Tandem does not import, keeping nothing', async () => {
    const staging = open();
    for (const name of ['../../tandem.db.md', 'news/talks.md', 'photo.jpg']) {
      const e = await rejectionOf(staging.stage(file(name, RU)));
      expect(e.code).toBe('invalid_input');
    }
    expect(batches()).toEqual([]);
  });

  it('refuses an empty file, one over the limit, and a batch over it, saying the limit', async () => {
    const staging = open({ limits: { bytes: 2_000_000 } });
    const empty = await rejectionOf(staging.stage(file('empty.md', '')));
    expect(empty).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('empty (0 bytes)') });
    expect(empty.phrase).toEqual({ key: 'core.imports.nothingImported', params: { problem: { key: 'core.imports.emptyFile', params: { name: 'empty.md' } } } });

    const large = await rejectionOf(staging.stage(file('bundle.zip', Buffer.alloc(2_000_001))));
    expect(large.code).toBe('payload_too_large');
    expect(large.message).toContain('bundle.zip is 2.1 MB; Tandem imports up to 2 MB at once');
    expect(large.phrase?.params?.problem).toEqual({ key: 'core.imports.fileTooLarge', params: { name: 'bundle.zip', size: 2.1, max: 2 } });

    await staging.stage(file('one.md', Buffer.alloc(1_500_000, 'a')));
    const together = await rejectionOf(staging.stage(file('two.md', Buffer.alloc(1_500_000, 'b'))));
    expect(together.code).toBe('payload_too_large');
    expect(together.message).toContain('These files come to 3.0 MB together');
    expect(stagedFiles()).toEqual(['one.md']);
  });

  it('refuses a Markdown file larger than Tandem reads, before it is kept', async () => {
    const e = await rejectionOf(open().stage(file('huge.md', Buffer.alloc(MAX_MARKDOWN_BYTES + 1, 'a'))));
    expect(e.message).toContain('Tandem imports Markdown files up to 10 MB. Split it.');
    expect(stagedFiles()).toEqual([]);
  });

  it('keeps a bundle on its own: not with Markdown files, not two at once', async () => {
    const staging = open();
    await staging.stage(file('talks.ru.md', RU));
    expect((await rejectionOf(staging.stage(file('site.zip', 'zip')))).message).toContain('imported on its own');
    await staging.stage(file('site.zip', 'zip', OTHER_BATCH));
    expect((await rejectionOf(staging.stage(file('talks.ru.md', RU, OTHER_BATCH)))).message).toContain('imported on its own');
    expect((await rejectionOf(staging.stage(file('more.zip', 'zip', OTHER_BATCH)))).message).toContain('one Tandem bundle at a time');
    // The same bundle again replaces it.
    expect(await staging.stage(file('site.zip', 'zip again', OTHER_BATCH))).toEqual({ batchId: OTHER_BATCH, files: 1 });
  });

  it('refuses to stage into a read-only workspace', async () => {
    const staging = openImportStaging({ ...ws, readOnly: true, problem: 'It is damaged.' });
    const e = await rejectionOf(staging.stage(file('talks.ru.md', RU)));
    expect(e.code).toBe('read_only');
    expect(batches()).toEqual([]);
  });
});

describe('sweeping abandoned batches', () => {
  it('removes batches untouched for a day when the workspace opens, keeping newer ones', async () => {
    const staging = open();
    await staging.stage(file('talks.ru.md', RU));
    clock += STAGING_MAX_AGE_MS - 60_000;
    await staging.stage(file('site.zip', 'zip', OTHER_BATCH));
    clock += 2 * 60_000;
    open();
    expect(batches()).toEqual([OTHER_BATCH]);
  });

  it('removes them at the next stage call too', async () => {
    const staging = open();
    await staging.stage(file('talks.ru.md', RU));
    clock += STAGING_MAX_AGE_MS + 1;
    await staging.stage(file('site.zip', 'zip', OTHER_BATCH));
    expect(batches()).toEqual([OTHER_BATCH]);
    // The swept batch is gone for good: importing it finds nothing.
    expect((await rejectionOf(staging.importStaged(BATCH))).code).toBe('not_found');
  });

  it('leaves a batch alone while it is being imported', async () => {
    const staging = open();
    await staging.stage(file('talks.ru.md', RU));
    clock += STAGING_MAX_AGE_MS + 1;
    const importing = staging.importStaged(BATCH);
    expect(staging.sweep()).toBe(0);
    await importing;
    expect(batches()).toEqual([]);
  });
});

describe('importing a batch', () => {
  it('imports staged Markdown files together, linking the languages of one piece, then removes them', async () => {
    const staging = open();
    await staging.stage(file('baku-talks.ru.md', RU));
    await staging.stage(file('baku-talks.en.md', EN));
    const summary = await staging.importStaged(BATCH);
    expect(summary).toEqual({
      kind: 'markdown',
      articles: 1,
      translations: [
        { lang: 'ru', count: 1 },
        { lang: 'en', count: 1 },
      ],
      lists: expect.any(Array),
      sections: [],
      images: 0,
      warnings: [],
    });
    const [listed] = listArticlePage(ws.db, { trash: false }, 'updated', null, 10);
    const article = getArticle(ws, listed!.id);
    // A file without `section` goes to the workspace's first section, not to a folder named after the batch.
    expect(article).toMatchObject({ section: 'news', originalLang: 'ru', tags: ['дипломатия'] });
    expect(article.translations.map((t) => [t.lang, t.title, t.status, t.state])).toEqual([
      ['ru', 'Переговоры в Баку', 'published', 'original'],
      ['en', 'Talks in Baku', 'published', 'current'],
    ]);
    expect(batches()).toEqual([]);
  });

  it('links languages by their file names when the front matter names no key', async () => {
    const staging = open();
    const plain = (fields: Record<string, unknown>, body: string) => markdownFile(fields, body);
    await staging.stage(file('vote.ru.md', plain({ title: 'Голосование' }, 'Текст.\n')));
    await staging.stage(file('vote.en.md', plain({ title: 'The vote' }, 'Text.\n')));
    expect(await staging.importStaged(BATCH)).toMatchObject({ articles: 1, translations: [{ lang: 'ru', count: 1 }, { lang: 'en', count: 1 }] });
  });

  it('stops at a malformed file, naming it and its line; the workspace is unchanged and the files are gone', async () => {
    const staging = open();
    await staging.stage(file('baku-talks.ru.md', RU));
    await staging.stage(file('broken.md', BROKEN));
    const before = countRows(ws.db);
    const e = await rejectionOf(staging.importStaged(BATCH));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toMatch(/^broken\.md, line \d+: /);
    expect(e.message).not.toContain(ws.dir);
    expect(e.message).toContain('Nothing was imported; the workspace is as it was.');
    expect(countRows(ws.db)).toEqual(before);
    expect(batches()).toEqual([]);
  });

  it('imports a staged bundle zip into an empty workspace', async () => {
    const zip = await writeBundleZip(path.join(dir, 'site.zip'), bundleFiles());
    const staging = open();
    await staging.stage(file('site.zip', fs.readFileSync(zip)));
    const summary = await staging.importStaged(BATCH);
    expect(summary).toMatchObject({
      kind: 'bundle',
      articles: 2,
      translations: [
        { lang: 'ru', count: 1 },
        { lang: 'en', count: 2 },
      ],
      sections: ['news', 'culture'],
      images: 1,
      warnings: [],
    });
    expect(listArticlePage(ws.db, { trash: false }, 'updated', null, 10)).toHaveLength(2);
    expect(batches()).toEqual([]);
  });

  it('names a damaged zip by its own name', async () => {
    const staging = open();
    await staging.stage(file('site.zip', 'not a zip at all'));
    const e = await rejectionOf(staging.importStaged(BATCH));
    expect(e.message).toMatch(/^site\.zip/);
    expect(e.message).not.toContain(ws.dir);
    expect(batches()).toEqual([]);
  });

  it('refuses a batch with no files, a second import of one running, and staging into it meanwhile', async () => {
    const staging = open();
    expect((await rejectionOf(staging.importStaged(OTHER_BATCH))).code).toBe('not_found');
    await staging.stage(file('baku-talks.ru.md', RU));
    const running = staging.importStaged(BATCH);
    expect((await rejectionOf(staging.importStaged(BATCH))).code).toBe('conflict');
    expect((await rejectionOf(staging.stage(file('baku-talks.en.md', EN)))).code).toBe('conflict');
    expect((await rejectionOf(staging.discard(BATCH))).code).toBe('conflict');
    expect(await running).toMatchObject({ articles: 1 });
  });
});

describe('discarding a batch', () => {
  it('removes its files, and says when there were none', async () => {
    const staging = open();
    await staging.stage(file('baku-talks.ru.md', RU));
    expect(await staging.discard(BATCH)).toEqual({ discarded: true });
    expect(batches()).toEqual([]);
    expect(await staging.discard(BATCH)).toEqual({ discarded: false });
    expect((await rejectionOf(staging.importStaged(BATCH))).code).toBe('not_found');
  });
});
