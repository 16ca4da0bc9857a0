import { liveTexts } from '../i18n/liveTexts';
import { said } from '../i18n/said';
import { contract, envelopeSchema, type CallInput, type CallName, type CallOutput, type ErrorCode } from '../../shared/contract';

/**
 * The renderer's one way to reach core. Two transports carry the same contract: the
 * desktop shell's preload (`window.tandem.call`) and, in browser mode, HTTP to the local
 * host. Either way the answer is checked against the contract before anyone uses it.
 */

/** Codes a call can fail with: the contract's own, plus two that only the client can see. */
export type ClientErrorCode =
  | ErrorCode
  /** The host did not answer (not running, restarting, or the connection dropped). */
  | 'network'
  /** The host answered with something that is not a valid answer to this call. */
  | 'bad_answer';

export interface CallError {
  code: ClientErrorCode;
  message: string;
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

export interface CallOptions {
  /**
   * Let the request outlive the page (browser mode: `fetch` with `keepalive`), for the
   * last save when a window is hidden or closed.
   */
  keepalive?: boolean;
}

/** Carries one call and returns the raw answer; throws when nothing came back. */
export interface Transport {
  readonly kind: 'desktop' | 'browser';
  send(name: CallName, input: unknown, options: CallOptions): Promise<unknown>;
}

/** A transport failure: the request may or may not have reached the host. */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly code: 'network' | 'bad_answer' | 'unauthorized' = 'network',
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

/** What the client itself says when a call fails, in the interface's language when read. */
export const MESSAGES = liveTexts({
  network: 'client.network',
  badAnswer: 'client.badAnswer',
});

export interface ApiClient {
  readonly transport: Transport['kind'];
  call<N extends CallName>(name: N, input: CallInput<N>, options?: CallOptions): Promise<CallResult<CallOutput<N>>>;
}

export function createClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async call<N extends CallName>(name: N, input: CallInput<N>, options: CallOptions = {}): Promise<CallResult<CallOutput<N>>> {
      let raw: unknown;
      try {
        raw = await transport.send(name, input, options);
      } catch (e) {
        if (e instanceof TransportError) return { ok: false, error: { code: e.code, message: e.message } };
        return { ok: false, error: { code: 'network', message: MESSAGES.network } };
      }
      return checkAnswer(name, raw);
    },
  };
}

/** Each call's envelope schema, built once. */
const envelopes = new Map<CallName, ReturnType<typeof envelopeSchema>>();

function envelopeOf(name: CallName): ReturnType<typeof envelopeSchema> {
  let schema = envelopes.get(name);
  if (!schema) {
    schema = envelopeSchema(contract[name].output);
    envelopes.set(name, schema);
  }
  return schema;
}

/** Checks a raw answer against the call's envelope: a value of the right shape, or a known error. */
export function checkAnswer<N extends CallName>(name: N, raw: unknown): CallResult<CallOutput<N>> {
  const parsed = envelopeOf(name).safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'bad_answer', message: MESSAGES.badAnswer } };
  const envelope = parsed.data;
  if (envelope.ok) return { ok: true, value: envelope.value as CallOutput<N> };
  // Core's sentence, said in the interface's language.
  return { ok: false, error: { ...envelope.error, message: said(envelope.error) } };
}
