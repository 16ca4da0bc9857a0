import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UPLOAD_CALLS, fail, type Envelope } from '../../shared/contract';
import { MEDIA_LIMITS } from '../../shared/domain/media';
import type { Dispatch } from '../core/api/dispatch';
import { errorLike, sendEnvelope } from './envelope';

/**
 * Browser mode's upload route: `POST /api/upload/<name>` for the calls that carry a file
 * (UPLOAD_CALLS). The file's bytes are the raw body (`Content-Type: application/octet-stream`);
 * the call's other input fields travel as URI-encoded JSON in the X-Tandem-Input header.
 * The host joins them into `{ ...fields, bytes }` and hands that to the same dispatch as
 * `/api/call`, which checks it against the contract.
 */

export type UploadCall = (typeof UPLOAD_CALLS)[number];

/** The header carrying an upload's other input fields. */
export const INPUT_HEADER = 'x-tandem-input';

/**
 * The largest body the upload route reads: the largest file Tandem accepts and a little
 * more, so a file just over the limit reaches core and is refused there with its own words.
 */
export const UPLOAD_BODY_BYTES = MEDIA_LIMITS.bytes + 1_000_000;

const MEGABYTES = Math.round(MEDIA_LIMITS.bytes / 1_000_000);

const UPLOADS: ReadonlySet<string> = new Set(UPLOAD_CALLS);

export function isUploadCall(name: unknown): name is UploadCall {
  return typeof name === 'string' && UPLOADS.has(name);
}

const HEADER_REFUSED = 'The request was refused: the X-Tandem-Input header must be a JSON object, URI-encoded.';

/** Refuses keys that could reach an object's prototype, as the JSON route's parser does. */
function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__' || key === 'constructor') throw new SyntaxError(`the key ${key} is not allowed`);
  return value;
}

/** The input fields an upload's header carries (none when the header is left out), or the envelope refusing them. */
export function uploadFields(header: string | string[] | undefined): { ok: true; fields: Record<string, unknown> } | Envelope<never> {
  if (header === undefined || header === '') return { ok: true, fields: {} };
  if (typeof header !== 'string') return fail('invalid_input', HEADER_REFUSED);
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(header), refusePrototypeKeys);
  } catch {
    return fail('invalid_input', HEADER_REFUSED);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail('invalid_input', HEADER_REFUSED);
  return { ok: true, fields: parsed as Record<string, unknown> };
}

/** The call's input: the header's fields with the body as `bytes`, or the envelope refusing the request. */
export function uploadInput(header: string | string[] | undefined, body: unknown): { ok: true; input: Record<string, unknown> } | Envelope<never> {
  if (!Buffer.isBuffer(body)) {
    return fail('invalid_input', "The request was refused: send the file's bytes as the body, with Content-Type: application/octet-stream.");
  }
  const fields = uploadFields(header);
  if (!('fields' in fields)) return fields;
  return { ok: true, input: { ...fields.fields, bytes: body } };
}

/** What reading an upload's body went wrong with, as an envelope; null for anything else. */
export function uploadErrorEnvelope(error: unknown): Envelope<never> | null {
  const e = errorLike(error);
  const code = typeof e.code === 'string' ? e.code : '';
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return fail('payload_too_large', `The file is over ${MEGABYTES} MB, the most Tandem accepts. Save a smaller copy and add that instead. Nothing was changed.`);
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
    return fail('invalid_input', "The request was refused: send the file's bytes as the body, with Content-Type: application/octet-stream.");
  }
  return null;
}

/**
 * Adds the upload route in a scope of its own, so only it reads binary bodies: `/api/call`
 * stays JSON only. Errors this route does not recognise go on to the host's own handler.
 */
export function registerUpload(app: FastifyInstance, dispatch: Dispatch): void {
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_BYTES }, (_request, body, done) => {
      done(null, body);
    });

    scope.setErrorHandler((error, _request, reply) => {
      const envelope = uploadErrorEnvelope(error);
      if (envelope) return sendEnvelope(reply, envelope);
      throw error;
    });

    scope.post<{ Params: { name: string } }>(
      '/api/upload/:name',
      {
        bodyLimit: UPLOAD_BODY_BYTES,
        // A call that takes no file is refused before its body is read.
        onRequest: async (request: FastifyRequest<{ Params: { name: string } }>, reply) => {
          if (!isUploadCall(request.params.name)) {
            return sendEnvelope(
              reply,
              fail('unknown_call', `There is no upload call named ${JSON.stringify(request.params.name).slice(0, 80)}; calls without a file are POST /api/call/<name>.`),
            );
          }
          return undefined;
        },
      },
      async (request, reply) => {
        const built = uploadInput(request.headers[INPUT_HEADER], request.body);
        if (!('input' in built)) return sendEnvelope(reply, built);
        return sendEnvelope(reply, await dispatch(request.params.name, built.input));
      },
    );
  });
}
