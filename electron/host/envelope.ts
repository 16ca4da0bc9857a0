import type { FastifyReply } from 'fastify';
import type { Envelope, ErrorCode } from '../../shared/contract';

/** The HTTP status each envelope error travels with; the body is always the envelope. */
const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_call: 404,
  not_found: 404,
  conflict: 409,
  read_only: 409,
  unauthorized: 401,
  forbidden: 403,
  payload_too_large: 413,
  unavailable: 503,
  internal: 500,
};

export function statusOf(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : STATUS[envelope.error.code];
}


/** Answers with the envelope as JSON, under the status its error travels with. */
export function sendEnvelope(reply: FastifyReply, envelope: Envelope<unknown>): FastifyReply {
  return reply.code(statusOf(envelope)).type('application/json; charset=utf-8').send(envelope);
}

/** What Fastify's errors carry, as much as the host reads. */
export interface ErrorLike {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

export function errorLike(error: unknown): ErrorLike {
  return typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
}
