import { z } from 'zod';
import { GuidanceSchema } from '../domain/guidance';
import { LangSchema } from '../domain/languages';
import { SectionIdSchema } from './common';
import { defineCall } from './define';
import { InnerPhraseSchema } from './phrase';

export const SectionSchema = z.strictObject({
  id: SectionIdSchema,
  /** The section's name per language (`{ ru: 'Новости', en: 'News' }`). */
  names: z.record(LangSchema, z.string()),
});
export type Section = z.infer<typeof SectionSchema>;

export const WorkspaceInfoSchema = z.strictObject({
  /** The workspace folder, as the machine names it. */
  path: z.string(),
  languages: z.array(LangSchema).min(1),
  sections: z.array(SectionSchema),
  readOnly: z.boolean(),
  /** Why the workspace is read-only, and what to do; null when all is well. */
  problem: z.string().nullable(),
  /** The same, as the phrase the interface says in its own language. */
  problemPhrase: InnerPhraseSchema.nullable(),
  articleCount: z.number().int().min(0),
  trashCount: z.number().int().min(0),
  schemaVersion: z.number().int().min(0),
  /** Title and summary lengths the desk asks for; the editor shows counts against them. */
  guidance: GuidanceSchema,
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

export const workspaceCalls = {
  workspaceInfo: defineCall(z.strictObject({}), WorkspaceInfoSchema),
  /** Fill an empty workspace with a few bilingual sample articles; refused when it has articles. */
  createSampleArticles: defineCall(z.strictObject({}), z.strictObject({ created: z.number().int().min(0) })),
  /** Sets the desk's title and summary length guidance. */
  setGuidance: defineCall(GuidanceSchema, WorkspaceInfoSchema),
};
