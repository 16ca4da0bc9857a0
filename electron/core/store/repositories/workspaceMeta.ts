import { z } from 'zod';
import { SectionSchema, type Section } from '../../../../shared/contract';
import { DEFAULT_GUIDANCE, GuidanceSchema, type Guidance } from '../../../../shared/domain/guidance';
import { DEFAULT_LANGS, LangSchema, type Lang } from '../../../../shared/domain/languages';
import { cachedStatements, type Db } from '../db';

/** A workspace's own settings, kept in `workspace_meta` as JSON values. */
export interface WorkspaceSettings {
  readonly languages: readonly Lang[];
  readonly sections: readonly Section[];
  /** Title and summary lengths the desk asks for (shown, never enforced). */
  readonly guidance: Guidance;
}

export const DEFAULT_SECTIONS: readonly Section[] = [
  { id: 'news', names: { ru: 'Новости', en: 'News' } },
  { id: 'politics', names: { ru: 'Политика', en: 'Politics' } },
  { id: 'economy', names: { ru: 'Экономика', en: 'Economy' } },
  { id: 'society', names: { ru: 'Общество', en: 'Society' } },
  { id: 'culture', names: { ru: 'Культура', en: 'Culture' } },
  { id: 'sport', names: { ru: 'Спорт', en: 'Sport' } },
  { id: 'opinion', names: { ru: 'Мнения', en: 'Opinion' } },
];

export const DEFAULT_SETTINGS: WorkspaceSettings = { languages: DEFAULT_LANGS, sections: DEFAULT_SECTIONS, guidance: DEFAULT_GUIDANCE };

const LanguagesValue = z.array(LangSchema).min(1);
const SectionsValue = z.array(SectionSchema);

const statements = cachedStatements((db) => ({
  get: db.prepare<[string], { value: string }>('SELECT value FROM workspace_meta WHERE key = ?'),
  insertMissing: db.prepare<[string, string]>('INSERT OR IGNORE INTO workspace_meta (key, value) VALUES (?, ?)'),
  put: db.prepare<[string, string]>(
    'INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
}));

/** Parsed values by their stored text: settings are read on every write and rarely change. */
const parsed = new Map<string, unknown>();

function readValue<T>(db: Db, key: string, schema: z.ZodType<T>, fallback: T): T {
  const raw = statements(db).get.get(key)?.value;
  if (raw === undefined) return fallback;
  const memoKey = `${key}\u0000${raw}`;
  if (parsed.has(memoKey)) return parsed.get(memoKey) as T;
  let value: T = fallback;
  try {
    const result = schema.safeParse(JSON.parse(raw));
    if (result.success) value = result.data;
  } catch {
    // A hand-edited value that is not JSON: the defaults stand in for it.
  }
  if (parsed.size > 64) parsed.clear();
  parsed.set(memoKey, value);
  return value;
}

export function getSettings(db: Db): WorkspaceSettings {
  return {
    languages: readValue(db, 'languages', LanguagesValue, DEFAULT_SETTINGS.languages),
    sections: readValue(db, 'sections', SectionsValue, DEFAULT_SETTINGS.sections),
    guidance: readValue(db, 'guidance', GuidanceSchema, DEFAULT_SETTINGS.guidance),
  };
}

/** Writes the default settings where none are stored yet. */
export function seedSettings(db: Db): void {
  const s = statements(db);
  s.insertMissing.run('languages', JSON.stringify(DEFAULT_SETTINGS.languages));
  s.insertMissing.run('sections', JSON.stringify(DEFAULT_SETTINGS.sections));
}

export function putSettings(db: Db, settings: WorkspaceSettings): void {
  const s = statements(db);
  s.put.run('languages', JSON.stringify(LanguagesValue.parse(settings.languages)));
  s.put.run('sections', JSON.stringify(SectionsValue.parse(settings.sections)));
  s.put.run('guidance', JSON.stringify(GuidanceSchema.parse(settings.guidance)));
}

/** Changes the desk's length guidance for titles and summaries. */
export function putGuidance(db: Db, guidance: Guidance): void {
  statements(db).put.run('guidance', JSON.stringify(GuidanceSchema.parse(guidance)));
}
