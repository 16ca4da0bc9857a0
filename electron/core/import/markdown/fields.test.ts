import { describe, expect, it } from 'vitest';
import { parseDate, readMeta } from './fields';
import { FrontMatterProblem, splitFrontMatter } from './frontMatter';

function problemOf(fn: () => unknown): FrontMatterProblem {
  try {
    fn();
  } catch (e) {
    if (e instanceof FrontMatterProblem) return e;
    throw e;
  }
  throw new Error('no problem was raised');
}

const meta = (yaml: string) => readMeta(splitFrontMatter(`---\n${yaml}\n---\nBody.\n`).fields);

describe('front matter', () => {
  it('splits YAML front matter from the body, with the body’s first line', () => {
    const split = splitFrontMatter('\uFEFF---\r\ntitle: "Заголовок"\r\ndraft: true\r\n---\r\nFirst line.\r\n');
    expect([...split.fields.entries()]).toEqual([
      ['title', { value: 'Заголовок', line: 2 }],
      ['draft', { value: true, line: 3 }],
    ]);
    expect(split.body).toBe('First line.\n');
    expect(split.bodyLine).toBe(5);
    // No front matter: all body.
    expect(splitFrontMatter('Just text.\n')).toEqual({ fields: new Map(), body: 'Just text.\n', bodyLine: 1 });
    // Empty front matter, and `...` closing it.
    expect(splitFrontMatter('---\n...\nText').fields.size).toBe(0);
  });

  it('refuses front matter that is never closed, at line 1', () => {
    const p = problemOf(() => splitFrontMatter('---\ntitle: x\n\nText without an end.\n'));
    expect(p.line).toBe(1);
    expect(p.message).toMatch(/never closed/);
  });

  it('refuses bad YAML with its line in the file', () => {
    // The list opened on line 3 is found unclosed on line 4, where YAML notices.
    const p = problemOf(() => splitFrontMatter('---\ntitle: "ok"\ntags: [a, b\nviews: 3\n---\nText'));
    expect(p.line).toBe(4);
    expect(p.message).toMatch(/not valid YAML/);
    const dup = problemOf(() => splitFrontMatter('---\ntitle: a\nslug: b\ntitle: c\n---\n'));
    expect(dup.line).toBe(4);
    expect(dup.message).toMatch(/unique/);
  });

  it('refuses TOML front matter with what to do', () => {
    const p = problemOf(() => splitFrontMatter('+++\ntitle = "x"\n+++\nText'));
    expect(p.line).toBe(1);
    expect(p.message).toMatch(/TOML.*YAML/);
  });

  it('refuses front matter that is not fields', () => {
    expect(problemOf(() => splitFrontMatter('---\n- a\n- b\n---\n')).line).toBe(2);
  });

  it('reads every field Hugo writes', () => {
    const m = meta(
      [
        'title: "Шуша: туроператоры обсудили программу"',
        'summary: "Кратко."',
        'date: 2021-01-05T10:23:00+04:00',
        'lastmod: 2021-01-06',
        'slug: "shusha-turoperatory"',
        'tags: ["история", "туризм", "история"]',
        'section: "culture"',
        'translationKey: "shusha-00013"',
        'draft: false',
        'source: "Report.az"',
        'lead_photo_caption: "Заседание городского совета"',
        'views: 434',
        'featured: true',
        'authors: ["Лейла Алиева"]',
        'author: "Артём Ковалёв"',
        'lang: RU',
        'weight: 3',
        'aliases: ["/old"]',
      ].join('\n'),
    );
    expect(m).toEqual({
      title: 'Шуша: туроператоры обсудили программу',
      summary: 'Кратко.',
      date: '2021-01-05T06:23:00.000Z',
      publishDate: null,
      lastmod: '2021-01-06T00:00:00.000Z',
      slug: 'shusha-turoperatory',
      slugLine: 6,
      tags: ['история', 'туризм'],
      authors: ['Лейла Алиева', 'Артём Ковалёв'],
      draft: false,
      translationKey: 'shusha-00013',
      lang: 'ru',
      langLine: 17,
      section: 'culture',
      sectionLine: 8,
      source: 'Report.az',
      leadCaption: 'Заседание городского совета',
      featured: true,
      views: 434,
      ignored: ['weight', 'aliases'],
    });
    expect(meta('description: "From description"').summary).toBe('From description');
    expect(meta('summary: "S"\ndescription: "D"').summary).toBe('S');
    expect(meta('author: ["A", "B"]').authors).toEqual(['A', 'B']);
    expect(meta('title:\ntags:\n').tags).toEqual([]);
  });

  it('refuses a date that is not a date, naming its line', () => {
    for (const bad of ['yesterday', '2021-13-01', '2024-02-30', '12', '[2021-01-01]']) {
      const p = problemOf(() => meta(`title: x\ndate: ${bad}`));
      expect(p.line, bad).toBe(3);
      expect(p.message).toMatch(/`date` is not a date/);
      expect(p.problem.phrase.key, bad).toBe(bad.startsWith('[') ? 'core.imports.fields.notDateList' : 'core.imports.fields.notDate');
    }
  });

  it('refuses a tag list that is not a list, and other fields of the wrong kind, naming their lines', () => {
    const tags = problemOf(() => meta('title: x\nslug: y\ntags: economy'));
    expect(tags.line).toBe(4);
    expect(tags.message).toMatch(/`tags` must be a list/);
    expect(tags.problem.phrase).toEqual({ key: 'core.imports.fields.notList', params: { name: 'tags', value: '"economy"' } });
    expect(problemOf(() => meta('draft: "no"')).message).toMatch(/`draft` must be true or false/);
    expect(problemOf(() => meta('featured: 1')).message).toMatch(/`featured` must be true or false/);
    expect(problemOf(() => meta('views: -3')).message).toMatch(/whole number/);
    expect(problemOf(() => meta('title: [a, b]')).message).toMatch(/`title` must be text/);
    expect(problemOf(() => meta('tags: [[a]]')).message).toMatch(/every entry of `tags`/);
    expect(problemOf(() => meta('lang: russian')).message).toMatch(/language code/);
    expect(problemOf(() => meta(`title: "${'x'.repeat(1001)}"`)).message).toMatch(/up to 1000/);
  });

  it('reads dates as Hugo writes them, in UTC when no zone is given', () => {
    expect(parseDate('2021-01-05')).toBe('2021-01-05T00:00:00.000Z');
    expect(parseDate('2021-01-05T10:23:00+04:00')).toBe('2021-01-05T06:23:00.000Z');
    expect(parseDate('2021-01-05 10:23')).toBe('2021-01-05T10:23:00.000Z');
    expect(parseDate('2021-01-05T10:23:00.5Z')).toBe('2021-01-05T10:23:00.500Z');
    expect(parseDate('2021-01-05T10:23:00-0330')).toBe('2021-01-05T13:53:00.000Z');
    expect(parseDate('05.01.2021')).toBeNull();
  });
});
