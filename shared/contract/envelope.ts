import { z } from 'zod';
import { PhraseSchema, type Phrase } from './phrase';

/** The closed set of error codes a call can answer with. */
export const ERROR_CODES = [
  'invalid_input', // the payload failed the call's schema
  'unknown_call', // no such call in the contract
  'not_found', // the article (or translation) does not exist
  'conflict', // a write against an older revision: someone else saved first
  'read_only', // the workspace is open read-only (damaged, or made by a newer Tandem)
  'unauthorized', // browser mode: missing or wrong token
  'forbidden', // browser mode: foreign Host or Origin; Electron: untrusted sender frame
  'payload_too_large',
  'unavailable', // the workspace could not be opened or the host is shutting down
  'internal', // a bug: the message says so and nothing was changed
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** `phrase`, when core gives one, says the message in the interface's language (see phrase.ts). */
export const ErrorSchema = z.strictObject({ code: ErrorCodeSchema, message: z.string(), phrase: PhraseSchema.optional() });
export type TandemErrorPayload = z.infer<typeof ErrorSchema>;

/** Every call answers with one envelope, on both transports. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: TandemErrorPayload };

export function envelopeSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: ErrorSchema }),
  ]);
}

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, phrase?: Phrase): Envelope<never> => ({
  ok: false,
  error: phrase === undefined ? { code, message } : { code, message, phrase },
});
