import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/contract';
import { getArticle } from '../../articles/service';
import { listDeskListRows, listItemsOf } from '../../store/repositories/lists';
import { listArticlePage } from '../../store/repositories/articles';
import { countRows } from '../../store/repositories/imports';
import { listRevisionSummaries } from '../../store/repositories/revisions';
import { getSettings } from '../../store/repositories/workspaceMeta';
import { openWorkspace, type Workspace } from '../../workspace';
import { importPaths } from '../service';
import { markdownFile, rejectionOf, writeTree } from '../testing';

let dir: string;
let ws: Workspace;
let src: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-import-md-'));
  ws = openWorkspace(path.join(dir, 'ws'));
  src = path.join(dir, 'src');
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function articles(): Article[] {
  return listArticlePage(ws.db, { trash: false }, 'updated', null, 1000).map((a) => getArticle(ws, a.id));
}

function byTitle(title: string): Article {
  const found = articles().find((a) => a.translations.some((t) => t.title === title));
  if (!found) throw new Error(`no article titled ${title}`);
  return found;
}

function listItems(kind: 'editors-choice' | 'popular'): string[] {
  const list = listDeskListRows(ws.db).find((l) => l.kind === kind);
  if (!list) throw new Error(`no ${kind} list`);
  return (listItemsOf(ws.db, [list.id]).get(list.id) ?? []).map((i) => i.articleId);
}

describe('importing Markdown', () => {
  it('maps every front-matter field, links languages by file name and by translationKey', async () => {
    writeTree(src, {
      'content/news/talks.ru.md': markdownFile(
        {
          title: 'Переговоры в Баку',
          summary: 'Министры договорились.',
          date: '2024-05-01T10:00:00+04:00',
          slug: 'peregovory-v-baku',
          tags: ['дипломатия', 'Баку'],
          authors: ['Лейла Алиева'],
          source: 'Интерфакс',
          lead_photo_caption: 'Министры за столом',
          draft: false,
        },
        'Первый абзац.\n\nВторой абзац.\n',
      ),
      'content/news/talks.en.md': markdownFile(
        { title: 'Talks in Baku', summary: 'Ministers agreed.', date: '2024-05-01T12:00:00+04:00', tags: ['diplomacy'], draft: true, lead_photo_caption: 'Ministers at a table' },
        'First paragraph.\n\nSecond paragraph.\n',
      ),
      // Linked by translationKey though named differently; language from the `lang` field.
      'content/politics/vote.md': markdownFile({ title: 'Голосование', translationKey: 'vote-2024', date: '2024-04-01' }, 'Текст.\n'),
      'content/politics/vote-english.md': markdownFile({ title: 'The vote', translationKey: 'vote-2024', lang: 'en', date: '2024-04-02' }, 'Text.\n'),
    });
    const result = await importPaths(ws, [src]);
    expect(result).toMatchObject({ kind: 'markdown', articles: 2, translations: [{ lang: 'ru', count: 2 }, { lang: 'en', count: 2 }], sections: [] });

    const talks = byTitle('Переговоры в Баку');
    expect(talks).toMatchObject({
      section: 'news',
      tags: ['дипломатия', 'Баку'],
      authors: ['Лейла Алиева'],
      originalLang: 'ru',
      createdAt: '2024-05-01T06:00:00.000Z',
      updatedAt: '2024-05-01T08:00:00.000Z',
      publishedAt: '2024-05-01T06:00:00.000Z',
      revision: 1,
      missing: [],
    });
    const [ru, en] = talks.translations;
    expect(ru).toMatchObject({
      lang: 'ru',
      title: 'Переговоры в Баку',
      summary: 'Министры договорились.',
      source: 'Интерфакс',
      slug: 'peregovory-v-baku',
      status: 'published',
      state: 'original',
      wordCount: 4,
      leadCaption: 'Министры за столом',
      updatedAt: '2024-05-01T06:00:00.000Z',
    });
    // No slug given: made from the title. A draft stays a draft; paragraphs line up: current.
    expect(en).toMatchObject({ lang: 'en', slug: 'talks-in-baku', status: 'draft', state: 'current', staleBlocks: 0, missingBlocks: 0, leadCaption: 'Ministers at a table' });
    expect(listRevisionSummaries(ws.db, talks.id, 'en', 10)).toMatchObject([{ kind: 'save', title: 'Talks in Baku', wordCount: 4 }]);

    const vote = byTitle('Голосование');
    expect(vote.section).toBe('politics');
    expect(vote.translations.map((t) => [t.lang, t.title, t.state])).toEqual([
      ['ru', 'Голосование', 'original'],
      ['en', 'The vote', 'current'],
    ]);
  });

  it('takes the original language from the workspace’s order, and drafts have no publish date', async () => {
    writeTree(src, {
      'news/only-en.en.md': markdownFile({ title: 'English only', draft: true, date: '2024-01-01' }, 'Words.\n'),
      'news/pair.en.md': markdownFile({ title: 'Pair (en)' }, 'One.\n\nTwo.\n'),
      'news/pair.ru.md': markdownFile({ title: 'Пара (ru)' }, 'Один.\n\nДва.\n\nТри.\n'),
    });
    const result = await importPaths(ws, [src]);
    expect(byTitle('English only')).toMatchObject({ originalLang: 'en', publishedAt: null, missing: ['ru'] });
    const pair = byTitle('Pair (en)');
    expect(pair.originalLang).toBe('ru');
    // Different shapes (two paragraphs against three): not linked, said in a warning.
    expect(pair.translations[1]).toMatchObject({ lang: 'en', state: 'stale', missingBlocks: 1 });
    expect(result.warnings.map((w) => w.message).join('\n')).toMatch(/1 translation was not linked.*news\/pair\.en\.md/);
  });

  it('adds a new section named by its _index pages, with its front', async () => {
    writeTree(src, {
      'content/tech/_index.ru.md': markdownFile({ title: 'Технологии' }, ''),
      'content/tech/_index.en.md': markdownFile({ title: 'Technology' }, ''),
      'content/tech/chip.ru.md': markdownFile({ title: 'Чип' }, 'Текст.\n'),
      'content/Local News/story.md': markdownFile({ title: 'История' }, 'Текст.\n'),
      'content/top.md': markdownFile({ title: 'На первой' }, 'Текст.\n'),
    });
    const result = await importPaths(ws, [path.join(src, 'content')]);
    expect(result.sections).toEqual(['local-news', 'tech']);
    const sections = getSettings(ws.db).sections;
    expect(sections.slice(-2)).toEqual([
      { id: 'local-news', names: { ru: 'Local News', en: 'Local News' } },
      { id: 'tech', names: { ru: 'Технологии', en: 'Technology' } },
    ]);
    expect(listDeskListRows(ws.db).filter((l) => l.kind === 'section').map((l) => l.section)).toEqual(expect.arrayContaining(['tech', 'local-news']));
    expect(byTitle('Чип').section).toBe('tech');
    // Right in content/: the workspace's first section.
    expect(byTitle('На первой').section).toBe(sections[0]?.id);
  });

  it('puts featured articles into Editor’s choice, newest first, and the most viewed into Popular', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 14; i++) {
      files[`news/a${i}.md`] = markdownFile({ title: `A${i}`, date: `2024-01-${String(i + 1).padStart(2, '0')}`, views: i * 10, featured: i % 5 === 0 }, 'Text.\n');
    }
    await importPaths(ws, [writeTree(src, files)]);
    const ids = (titles: string[]) => titles.map((t) => byTitle(t).id);
    expect(listItems('editors-choice')).toEqual(ids(['A10', 'A5', 'A0']));
    // Popular holds at most its maximum (10), most viewed first.
    expect(listItems('popular')).toEqual(ids(['A13', 'A12', 'A11', 'A10', 'A9', 'A8', 'A7', 'A6', 'A5', 'A4']));
  });

  it('adds to lists the desk already keeps: pins stay, what does not fit is said', async () => {
    await importPaths(ws, [writeTree(path.join(dir, 'first'), { 'news/old.md': markdownFile({ title: 'Old', featured: true, views: 1 }, 'Text.\n') })]);
    const files: Record<string, string> = {};
    for (let i = 0; i < 11; i++) files[`news/n${i}.md`] = markdownFile({ title: `N${i}`, date: `2024-02-${String(i + 1).padStart(2, '0')}`, featured: true, views: 100 + i }, 'Text.\n');
    const result = await importPaths(ws, [writeTree(src, files)]);
    expect(listItems('editors-choice')).toHaveLength(10);
    expect(listItems('editors-choice')[0]).toBe(byTitle('N10').id);
    expect(listItems('popular')).not.toContain(byTitle('Old').id);
    expect(result.warnings.map((w) => w.message)).toEqual([
      "Editor's choice holds at most its maximum, so 1 featured article is not in it (the newest are).",
      "Editor's choice: 1 item that was in it gave way to imported articles.",
      'Popular: 1 item that was in it gave way to imported articles.',
    ]);
  });

  it('takes the title from the first heading, or the file name, and says so', async () => {
    writeTree(src, {
      'news/heading.md': '# Из заголовка\n\nТекст.\n',
      'news/plain-name.md': 'Просто текст.\n',
    });
    const result = await importPaths(ws, [src]);
    const fromHeading = byTitle('Из заголовка');
    expect(fromHeading.translations[0]?.body.root.children).toHaveLength(1);
    expect(byTitle('plain-name').translations[0]?.slug).toBe('plain-name');
    expect(result.warnings.map((w) => w.message).join('\n')).toMatch(/2 files had no title/);
    // A warning is a plural the interface says again, with the files it names.
    expect(result.warnings.find((w) => w.phrase.key === 'core.imports.warnings.title')?.phrase.params).toMatchObject({ count: 2 });
  });

  it('refuses two files of one article in one language, naming both', async () => {
    writeTree(src, {
      'news/a.md': markdownFile({ title: 'A', translationKey: 'same' }, 'x'),
      'news/b.md': markdownFile({ title: 'B', translationKey: 'same' }, 'y'),
    });
    const e = await rejectionOf(importPaths(ws, [src]));
    expect(e.message).toMatch(/news\/b\.md: .*same article in the same language as .*news\/a\.md/);
  });

  it('refuses a language the workspace does not use', async () => {
    writeTree(src, { 'news/story.de.md': markdownFile({ title: 'Geschichte' }, 'Text') });
    const e = await rejectionOf(importPaths(ws, [src]));
    expect(e.message).toMatch(/story\.de\.md: the file name says its language is "de"/);
    writeTree(src, { 'news/story.de.md': markdownFile({ title: 'Geschichte', lang: 'de' }, 'Text') });
    expect((await rejectionOf(importPaths(ws, [src]))).message).toMatch(/story\.de\.md, line 3: `lang: de`/);
  });

  it('refuses what is not Markdown, a folder without any, and a path that is not there', async () => {
    writeTree(src, { 'notes.txt': 'x' });
    expect((await rejectionOf(importPaths(ws, [path.join(src, 'notes.txt')]))).message).toMatch(/is not something Tandem imports/);
    expect((await rejectionOf(importPaths(ws, [src]))).message).toMatch(/holds no Markdown files/);
    expect((await rejectionOf(importPaths(ws, [path.join(src, 'missing.md')]))).message).toMatch(/does not exist/);
  });

  describe('a malformed file fails the whole import with its file and line, and changes nothing', () => {
    const good = markdownFile({ title: 'Хорошая', tags: ['a'], featured: true, views: 5 }, 'Текст.\n');
    const cases: Array<[string, string, RegExp, line: number, problem: string]> = [
      ['unterminated front matter', '---\ntitle: "x"\n\nNo end here.\n', /bad\.md, line 1: the front matter that starts here is never closed/, 1, 'core.imports.frontMatter.notClosed'],
      ['bad YAML', '---\ntitle: "x"\ntags: [a, b\nviews: 3\n---\nText\n', /bad\.md, line 4: the front matter is not valid YAML/, 4, 'core.imports.frontMatter.notYaml'],
      ['a date that is not a date', '---\ntitle: "x"\ndate: "next Tuesday"\n---\nText\n', /bad\.md, line 3: `date` is not a date \("next Tuesday"\)/, 3, 'core.imports.fields.notDate'],
      ['a tag list that is not a list', '---\ntitle: "x"\nslug: "x"\ntags: economy\n---\nText\n', /bad\.md, line 4: `tags` must be a list/, 4, 'core.imports.fields.notList'],
      ['TOML front matter', '+++\ntitle = "x"\n+++\nText\n', /bad\.md, line 1: this file has TOML front matter/, 1, 'core.imports.frontMatter.toml'],
      [
        'a list nested too deep',
        `---\ntitle: x\n---\n${Array.from({ length: 17 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`,
        /bad\.md, line 20: this list is nested/,
        20,
        'core.imports.markdown.listTooDeep',
      ],
    ];
    for (const [name, text, message, line, problem] of cases) {
      it(name, async () => {
        writeTree(src, { 'news/a-good.md': good, 'news/bad.md': text });
        const before = countRows(ws.db);
        const e = await rejectionOf(importPaths(ws, [src]));
        expect(e.code).toBe('invalid_input');
        expect(e.message).toMatch(message);
        expect(e.message).toMatch(/Nothing was imported/);
        // Said again in the interface's language: the file and line, and the problem as a phrase of its own.
        expect(e.phrase).toMatchObject({ key: 'core.imports.atLine', params: { file: expect.stringMatching(/bad\.md$/), line, problem: { key: problem } } });
        expect(countRows(ws.db)).toEqual(before);
      });
    }
  });
});
