import { LIMITS } from '../../../../shared/domain/limits';
import { MEDIA_LIMITS } from '../../../../shared/domain/media';
import { say, type Sentence } from '../../said';
import { FrontMatterProblem, type Field } from './frontMatter';

/**
 * Hugo's front-matter fields as Tandem reads them. Every field is checked for its kind
 * (text, a list of text, true/false, a date, a whole number) and its length; a wrong one
 * stops the import, naming its line. Fields Tandem has no place for are listed, not kept.
 *
 * | field                         | becomes                                                   |
 * |-------------------------------|-----------------------------------------------------------|
 * | `title`                       | the translation's title                                   |
 * | `summary` (else `description`)| its summary                                               |
 * | `date`                        | the publish date, and when it was created                 |
 * | `publishDate`, `lastmod`      | the publish date (over `date`), when it was last changed  |
 * | `slug`                        | its slug (made from the title when absent)                |
 * | `tags`, `authors`/`author`    | the article's tags and authors (from the original)        |
 * | `draft: true`                 | status draft (else published)                             |
 * | `translationKey`              | which files are languages of one article                  |
 * | `lang`                        | the language (else from `name.ru.md`)                     |
 * | `section`                     | the section (else from the folder)                        |
 * | `source`                      | the source line                                           |
 * | `lead_photo_caption`          | the lead photo's caption in that language                 |
 * | `featured: true`              | the article goes into Editor's choice                     |
 * | `views`                       | ranks the article for Popular                             |
 */

export interface MarkdownMeta {
  title: string | null;
  summary: string;
  /** ISO 8601 UTC. */
  date: string | null;
  publishDate: string | null;
  lastmod: string | null;
  slug: string | null;
  slugLine: number | null;
  tags: string[];
  authors: string[];
  draft: boolean;
  translationKey: string | null;
  lang: string | null;
  langLine: number | null;
  section: string | null;
  sectionLine: number | null;
  source: string;
  leadCaption: string;
  featured: boolean;
  views: number | null;
  /** Names of fields Tandem does not keep. */
  ignored: string[];
}

const KNOWN = new Set([
  'title',
  'summary',
  'description',
  'date',
  'publishDate',
  'lastmod',
  'slug',
  'tags',
  'authors',
  'author',
  'draft',
  'translationKey',
  'lang',
  'section',
  'source',
  'lead_photo_caption',
  'featured',
  'views',
]);

/** True when the text holds a C0 control character other than tab, newline and carriage return (what text fields refuse). */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
  }
  return false;
}

function problem(field: Field, said: Sentence): FrontMatterProblem {
  return new FrontMatterProblem(field.line, said);
}

/** A value as a refusal names it: a list, a group of fields, or the value itself in JSON. */
function describe(value: unknown): { list: true } | { group: true } | { value: string } {
  if (Array.isArray(value)) return { list: true };
  if (value !== null && typeof value === 'object') return { group: true };
  return { value: JSON.stringify(value) ?? String(value) };
}

/** The sentence for a wrong value, whichever of the three ways it is named. */
function wrong(value: unknown, said: { list: () => Sentence; group: () => Sentence; value: (value: string) => Sentence }): Sentence {
  const d = describe(value);
  return 'list' in d ? said.list() : 'group' in d ? said.group() : said.value(d.value);
}

function text(name: string, field: Field | undefined, max: number): string | null {
  if (field === undefined || field.value === null) return null;
  const { value } = field;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw problem(
      field,
      wrong(value, {
        list: () => say('core.imports.fields.notTextList', { name }),
        group: () => say('core.imports.fields.notTextGroup', { name }),
        value: (v) => say('core.imports.fields.notText', { name, value: v }),
      }),
    );
  }
  const s = String(value).trim();
  if (s.length > max) throw problem(field, say('core.imports.fields.tooLong', { name, length: s.length, max }));
  if (hasControl(s)) throw problem(field, say('core.imports.fields.control', { name }));
  return s;
}

function textList(name: string, field: Field | undefined, maxEach: number, maxCount: number): string[] {
  if (field === undefined || field.value === null) return [];
  const { value } = field;
  if (!Array.isArray(value)) {
    const notList = (v: string) => say('core.imports.fields.notList', { name, value: v });
    throw problem(
      field,
      wrong(value, {
        list: () => notList(JSON.stringify(value)),
        group: () => say('core.imports.fields.notListGroup', { name }),
        value: notList,
      }),
    );
  }
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' && typeof item !== 'number') {
      throw problem(
        field,
        wrong(item, {
          list: () => say('core.imports.fields.entryNotTextList', { name }),
          group: () => say('core.imports.fields.entryNotTextGroup', { name }),
          value: (v) => say('core.imports.fields.entryNotText', { name, value: v }),
        }),
      );
    }
    const s = String(item).trim();
    if (s.length > maxEach) throw problem(field, say('core.imports.fields.entryTooLong', { name, length: s.length, max: maxEach }));
    if (hasControl(s)) throw problem(field, say('core.imports.fields.entryControl', { name }));
    if (s !== '' && !out.includes(s)) out.push(s);
  }
  if (out.length > maxCount) throw problem(field, say('core.imports.fields.tooMany', { name, entries: out.length, max: maxCount }));
  return out;
}

function flag(name: string, field: Field | undefined): boolean {
  if (field === undefined || field.value === null) return false;
  if (typeof field.value !== 'boolean') {
    throw problem(
      field,
      wrong(field.value, {
        list: () => say('core.imports.fields.notBooleanList', { name }),
        group: () => say('core.imports.fields.notBooleanGroup', { name }),
        value: (v) => say('core.imports.fields.notBoolean', { name, value: v }),
      }),
    );
  }
  return field.value;
}

/**
 * A date as Hugo writes one: `2024-05-01`, `2024-05-01T10:00:00+04:00`, `2024-05-01 10:00`,
 * with or without seconds, fraction and zone (none means UTC, Hugo's default).
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The date as ISO 8601 UTC, or null when it is not a date. */
export function parseDate(input: string): string | null {
  const m = DATE.exec(input.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const z = zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const ms = frac === '' ? '' : frac.slice(0, 4).padEnd(4, '0');
  const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${ms}${z}`);
  if (Number.isNaN(time)) return null;
  // 2024-02-30 parses as March 1st: not a date that was meant.
  if (new Date(Date.parse(`${y}-${mo}-${d}T00:00:00Z`)).getUTCDate() !== day) return null;
  return new Date(time).toISOString();
}

function date(name: string, field: Field | undefined): string | null {
  if (field === undefined || field.value === null) return null;
  const { value } = field;
  const parsed = typeof value === 'string' ? parseDate(value) : null;
  if (parsed === null) {
    throw problem(
      field,
      wrong(value, {
        list: () => say('core.imports.fields.notDateList', { name }),
        group: () => say('core.imports.fields.notDateGroup', { name }),
        value: (v) => say('core.imports.fields.notDate', { name, value: v }),
      }),
    );
  }
  return parsed;
}

function count(name: string, field: Field | undefined): number | null {
  if (field === undefined || field.value === null) return null;
  const { value } = field;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw problem(
      field,
      wrong(value, {
        list: () => say('core.imports.fields.notCountList', { name }),
        group: () => say('core.imports.fields.notCountGroup', { name }),
        value: (v) => say('core.imports.fields.notCount', { name, value: v }),
      }),
    );
  }
  return value;
}

/** The front matter's fields, checked, as the import uses them. */
export function readMeta(fields: ReadonlyMap<string, Field>): MarkdownMeta {
  const f = (name: string) => fields.get(name);
  const summary = text('summary', f('summary'), LIMITS.summary) ?? text('description', f('description'), LIMITS.summary) ?? '';
  const author = f('author');
  const authors = [
    ...textList('authors', f('authors'), LIMITS.title, LIMITS.authors),
    ...(author !== undefined && Array.isArray(author.value)
      ? textList('author', author, LIMITS.title, LIMITS.authors)
      : [text('author', author, LIMITS.title)].filter((a): a is string => a !== null && a !== '')),
  ];
  const lang = text('lang', f('lang'), 100);
  if (lang !== null && !/^[a-z]{2,3}$/.test(lang.toLowerCase())) {
    throw problem(f('lang') as Field, say('core.imports.fields.notLanguage', { value: JSON.stringify(lang) }));
  }
  return {
    title: text('title', f('title'), LIMITS.title),
    summary,
    date: date('date', f('date')),
    publishDate: date('publishDate', f('publishDate')),
    lastmod: date('lastmod', f('lastmod')),
    slug: text('slug', f('slug'), LIMITS.slug * 2),
    slugLine: f('slug')?.line ?? null,
    tags: textList('tags', f('tags'), LIMITS.tag, LIMITS.tags),
    authors: [...new Set(authors)].slice(0, LIMITS.authors),
    draft: flag('draft', f('draft')),
    translationKey: text('translationKey', f('translationKey'), 1_000) || null,
    lang: lang === null || lang === '' ? null : lang.toLowerCase(),
    langLine: f('lang')?.line ?? null,
    section: text('section', f('section'), 200) || null,
    sectionLine: f('section')?.line ?? null,
    source: text('source', f('source'), LIMITS.source) ?? '',
    leadCaption: text('lead_photo_caption', f('lead_photo_caption'), MEDIA_LIMITS.caption) ?? '',
    featured: flag('featured', f('featured')),
    views: count('views', f('views')),
    ignored: [...fields.keys()].filter((name) => !KNOWN.has(name)),
  };
}
