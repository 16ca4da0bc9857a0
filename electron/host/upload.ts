import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IMPORT_LIMITS, UPLOAD_CALLS, type Envelope } from '../../shared/contract';
import { MEDIA_LIMITS } from '../../shared/domain/media';
import type { Dispatch } from '../core/api/dispatch';
import { say, type Sentence } from '../core/said';
import { failSaying } from '../core/said';
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
 * The largest body each upload call reads: the largest file it accepts and a little more,
 * so a file just over the limit reaches core and is refused there with its own words.
 */
export const UPLOAD_BODY_BYTES: Readonly<Record<UploadCall, number>> = {
  importMedia: MEDIA_LIMITS.bytes + 1_000_000,
  stageImportFile: IMPORT_LIMITS.bytes + 1_000_000,
};

const megabytes = (bytes: number) => Math.round(bytes / 1_000_000);

/** What a body over its call's limit is told. */
const TOO_LARGE: Readonly<Record<UploadCall, () => Sentence>> = {
  importMedia: () => say('core.host.upload.tooLargeMedia', { megabytes: megabytes(MEDIA_LIMITS.bytes) }),
  stageImportFile: () => say('core.host.upload.tooLargeImport', { megabytes: megabytes(IMPORT_LIMITS.bytes) }),
};

const UPLOADS: ReadonlySet<string> = new Set(UPLOAD_CALLS);

export function isUploadCall(name: unknown): name is UploadCall {
  return typeof name === 'string' && UPLOADS.has(name);
}

const headerRefused = (): Envelope<never> => failSaying('invalid_input', say('core.host.upload.headerRefused'));
const notBytes = (): Envelope<never> => failSaying('invalid_input', say('core.host.upload.notBytes'));

/** Refuses keys that could reach an object's prototype, as the JSON route's parser does. */
function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__' || key === 'constructor') throw new SyntaxError(`the key ${key} is not allowed`);
  return value;
}

/** The input fields an upload's header carries (none when the header is left out), or the envelope refusing them. */
export function uploadFields(header: string | string[] | undefined): { ok: true; fields: Record<string, unknown> } | Envelope<never> {
  if (header === undefined || header === '') return { ok: true, fields: {} };
  if (typeof header !== 'string') return headerRefused();
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(header), refusePrototypeKeys);
  } catch {
    return headerRefused();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return headerRefused();
  return { ok: true, fields: parsed as Record<string, unknown> };
}

/** The call's input: the header's fields with the body as `bytes`, or the envelope refusing the request. */
export function uploadInput(header: string | string[] | undefined, body: unknown): { ok: true; input: Record<string, unknown> } | Envelope<never> {
  if (!Buffer.isBuffer(body)) {
    return notBytes();
  }
  const fields = uploadFields(header);
  if (!('fields' in fields)) return fields;
  return { ok: true, input: { ...fields.fields, bytes: body } };
}

/** What reading an upload's body for `call` went wrong with, as an envelope; null for anything else. */
export function uploadErrorEnvelope(error: unknown, call: UploadCall = 'importMedia'): Envelope<never> | null {
  const e = errorLike(error);
  const code = typeof e.code === 'string' ? e.code : '';
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return failSaying('payload_too_large', TOO_LARGE[call]());
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
    return notBytes();
  }
  return null;
}

/**
 * Adds the upload routes in a scope of their own, so only they read binary bodies:
 * `/api/call` stays JSON only. Each upload call has its own route and body limit; any
 * other name is refused before its body is read. Errors these routes do not recognise go
 * on to the host's own handler.
 */
export function registerUpload(app: FastifyInstance, dispatch: Dispatch): void {
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    const largest = Math.max(...UPLOAD_CALLS.map((call) => UPLOAD_BODY_BYTES[call]));
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: largest }, (_request, body, done) => {
      done(null, body);
    });

    scope.setErrorHandler((error, request, reply) => {
      const call = request.routeOptions.url?.split('/').pop();
      const envelope = uploadErrorEnvelope(error, isUploadCall(call) ? call : 'importMedia');
      if (envelope) return sendEnvelope(reply, envelope);
      throw error;
    });

    for (const call of UPLOAD_CALLS) {
      scope.post(`/api/upload/${call}`, { bodyLimit: UPLOAD_BODY_BYTES[call] }, async (request, reply) => {
        const built = uploadInput(request.headers[INPUT_HEADER], request.body);
        if (!('input' in built)) return sendEnvelope(reply, built);
        return sendEnvelope(reply, await dispatch(call, built.input));
      });
    }

    // Every other name: a call that takes no file is refused before its body is read.
    scope.post<{ Params: { name: string } }>(
      '/api/upload/:name',
      {
        onRequest: async (request: FastifyRequest<{ Params: { name: string } }>, reply) =>
          sendEnvelope(
            reply,
            failSaying('unknown_call', say('core.host.upload.unknownCall', { name: JSON.stringify(request.params.name).slice(0, 80) })),
          ),
      },
      async (_request, reply) => reply,
    );
  });
}
