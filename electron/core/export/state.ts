import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What the last export to a folder was made from (inputs.ts): what every file depends on,
 * and each article's inputs. Kept in the workspace (`exports/<hash of the folder>.json`),
 * never in the bundle. It is trusted only while the folder's manifest is the one that
 * export wrote; otherwise every page is rendered again (and still only changed files are
 * written). A state of an older version is not read (the next export renders everything).
 */

/** Texts by key, checked in one pass (a schema per entry costs ~100 ms at 10,000 articles). */
const TextRecord = z.custom<Record<string, string>>(
  (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string'),
  'expected texts by key',
);

const StateSchema = z.strictObject({
  version: z.literal(2),
  outDir: z.string(),
  generator: z.string(),
  manifestSha256: z.string(),
  global: z.string(),
  articles: TextRecord,
  /** Files made from several articles (feeds): their inputs. */
  others: TextRecord,
  /** Preflight's memory of each translation's links to the site (see preflight.ts LinkCache). */
  links: z
    .strictObject({ base: z.string(), entries: z.record(z.string(), z.tuple([z.number(), z.array(z.string())])) })
    .optional(),
});
export type ExportState = z.infer<typeof StateSchema>;

export function statePath(workspaceDir: string, outDir: string): string {
  const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
  return path.join(workspaceDir, 'exports', `${key}.json`);
}

export function readState(file: string): ExportState | null {
  try {
    const result = StateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Writes the state through a temporary name; a failure only costs the next export its shortcut. */
export function writeState(file: string, state: ExportState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state));
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(file, { force: true });
  }
}

/** A fingerprint of the parts given, in order. */
export function fingerprint(...parts: ReadonlyArray<string | number | null>): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p === null ? '\u0000null' : `\u0000${String(p)}`);
  return h.digest('base64url');
}
