import type { Translation } from '../../../shared/contract';
import { BodySchema, type Body } from '../../../shared/editor/nodes';
import { emptyBody } from '../../../shared/editor/text';
import { say } from '../said';

export type BodyProblem = NonNullable<Translation['bodyProblem']>;

/** A stored body as the editor gets it: the body, or an empty one and what went wrong. */
export interface ReadBody {
  body: Body;
  problem: BodyProblem | null;
}

/** What an editor reads when a stored body cannot be edited; the text itself travels in `raw`. */
const BODY_PROBLEM = say('core.articles.bodyProblem');

/** That sentence in English. */
export const BODY_PROBLEM_MESSAGE = BODY_PROBLEM.message;

/** The stored body text as a body, or null when it is not JSON or not a body this version knows. */
export function parseBody(json: string): Body | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const result = BodySchema.safeParse(value);
  return result.success ? result.data : null;
}

/** Reads a stored body for the editor: a damaged one becomes an empty body with the problem and its raw text. */
export function readBody(json: string): ReadBody {
  const body = parseBody(json);
  if (body !== null) return { body, problem: null };
  return { body: emptyBody(), problem: { message: BODY_PROBLEM.message, phrase: BODY_PROBLEM.phrase, raw: json } };
}
