import type { z } from 'zod';
import {
  contract,
  fail,
  isCallName,
  ok,
  type CallName,
  type CallOutput,
  type Envelope,
  type ParsedInput,
} from '../../../shared/contract';
import { TandemError } from '../errors';
import { failSaying, say, type Sentence } from '../said';

/** Core's side of the contract: one function per call, given input that passed its schema. */
export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;
};

export type Dispatch = (name: unknown, input: unknown) => Promise<Envelope<unknown>>;

/**
 * A short, readable account of why a payload failed its schema. The issues are zod's own
 * English, for whoever wrote the request; only the frame around them is translated.
 */
export function describeIssues(error: z.ZodError): Sentence {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  const detail = parts.join('; ');
  const more = error.issues.length - 5;
  return more > 0 ? say('core.common.refusedAndMore', { detail, more }) : say('core.common.refused', { detail });
}

/**
 * The one entry point both transports call. It validates the call name and the input,
 * runs the handler, validates what it returns, and turns every outcome into an envelope.
 * Nothing reaches a handler that did not pass the contract. Core gives a handler for
 * every call; the session around it, only for its own (a call it has no handler for is
 * unknown to it).
 */
export function createDispatcher(handlers: Partial<Handlers>, onInternalError: (e: unknown) => void = console.error): Dispatch {
  return async (name, input) => {
    const handler = isCallName(name) ? (handlers[name] as ((i: unknown) => unknown) | undefined) : undefined;
    if (!isCallName(name) || handler === undefined) {
      return failSaying('unknown_call', say('core.common.unknownCall', { name: JSON.stringify(String(name)).slice(0, 80) }));
    }
    const def = contract[name];
    const parsed = def.input.safeParse(input);
    if (!parsed.success) return failSaying('invalid_input', describeIssues(parsed.error));
    try {
      const value = await handler(parsed.data);
      const checked = def.output.safeParse(value);
      if (!checked.success) {
        onInternalError(new Error(`${name} returned a value outside its contract: ${describeIssues(checked.error).message}`));
        return failSaying('internal', say('core.common.uncheckedAnswer'));
      }
      return ok(checked.data);
    } catch (e) {
      if (e instanceof TandemError) return fail(e.code, e.message, e.phrase);
      onInternalError(e);
      return failSaying('internal', say('core.common.internal'));
    }
  };
}

