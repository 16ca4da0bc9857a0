import type { ErrorCode, Phrase, Said, TandemErrorPayload } from '../../shared/contract';
import type { Sentence } from './said';

/**
 * An error core means to show: it carries a contract error code and a sentence that says
 * what happened and what to do, from the catalogs (`say`), so the interface can say it in
 * its own language. Anything else thrown inside core is a bug and reaches the caller as
 * `internal`.
 */
export class TandemError extends Error {
  readonly phrase: Phrase | undefined;

  constructor(
    readonly code: ErrorCode,
    said: Sentence | string,
  ) {
    super(typeof said === 'string' ? said : said.message);
    this.name = 'TandemError';
    this.phrase = typeof said === 'string' ? undefined : said.phrase;
  }

  /** What it says, as the contract carries a sentence: its English and its phrase, when it has one. */
  said(): Said {
    return this.phrase === undefined ? { message: this.message } : { message: this.message, phrase: this.phrase };
  }
}

/** An error another core answered with, thrown again as it was said. */
export function errorFrom(error: TandemErrorPayload): TandemError {
  return new TandemError(error.code, error.phrase === undefined ? error.message : { message: error.message, phrase: error.phrase });
}
