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

/** Core's side of the contract: one function per call, given input that passed its schema. */
export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => CallOutput<N> | Promise<CallOutput<N>>;
};

export type Dispatch = (name: unknown, input: unknown) => Promise<Envelope<unknown>>;

/** A short, readable account of why a payload failed its schema. */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `The request was refused: ${parts.join('; ')}${more}.`;
}

/**
 * The one entry point both transports call. It validates the call name and the input,
 * runs the handler, validates what it returns, and turns every outcome into an envelope.
 * Nothing reaches a handler that did not pass the contract.
 */
export function createDispatcher(handlers: Handlers, onInternalError: (e: unknown) => void = console.error): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) return fail('unknown_call', `There is no call named ${JSON.stringify(String(name)).slice(0, 80)}.`);
    const def = contract[name];
    const parsed = def.input.safeParse(input);
    if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error));
    try {
      const handler = handlers[name] as (i: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = def.output.safeParse(value);
      if (!checked.success) {
        onInternalError(new Error(`${name} returned a value outside its contract: ${describeIssues(checked.error)}`));
        return fail('internal', 'Tandem produced an answer it could not check. Nothing was lost; please report this.');
      }
      return ok(checked.data);
    } catch (e) {
      if (e instanceof TandemError) return fail(e.code, e.message);
      onInternalError(e);
      return fail('internal', 'Something went wrong inside Tandem. Your last saved work is safe; try again, and report this if it repeats.');
    }
  };
}
