import { z } from 'zod';

/**
 * How to say a sentence core wrote in any language of the interface: a key of the
 * catalogs' `core` area and the values its placeholders take. A value may itself be a
 * phrase (a language's name, a sentence said inside another), said first. Core still
 * sends its English sentence beside the phrase, for the command line and as a fallback.
 */

const KEY_MAX = 120;
const VALUE_MAX = 4_000;
const PARAMS_MAX = 12;

const PlainValueSchema = z.union([z.string().max(VALUE_MAX), z.number()]);

export const InnerPhraseSchema = z.strictObject({
  key: z.string().min(1).max(KEY_MAX),
  params: z.record(z.string(), PlainValueSchema).optional(),
});

export const PhraseSchema = z.strictObject({
  key: z.string().min(1).max(KEY_MAX),
  params: z
    .record(z.string(), z.union([PlainValueSchema, InnerPhraseSchema]))
    .refine((params) => Object.keys(params).length <= PARAMS_MAX, `at most ${PARAMS_MAX} values`)
    .optional(),
});
export type InnerPhrase = z.infer<typeof InnerPhraseSchema>;
export type Phrase = z.infer<typeof PhraseSchema>;

/** A sentence core wrote: in English, and how to say it in the interface's language. */
export const SaidSchema = z.strictObject({ message: z.string(), phrase: PhraseSchema.optional() });
export type Said = z.infer<typeof SaidSchema>;
