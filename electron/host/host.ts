import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { isCallName, type Envelope, type Phrase } from '../../shared/contract';
import { LIMITS } from '../../shared/domain/limits';
import type { Dispatch } from '../core/api/dispatch';
import { say, type Sentence } from '../core/said';
import { failSaying } from '../core/said';
import { errorLike, sendEnvelope } from './envelope';
import { registerMedia, type MediaFiles } from './media';
import { notBuiltPage } from './not-built';
import { SECURITY_HEADERS, bearerToken, hostAllowed, mediaCookieHeader, newToken, originAllowed, tokenMatches } from './security';
import { registerUpload } from './upload';

export { statusOf } from './envelope';
export type { MediaFiles } from './media';

/**
 * Browser mode: the built renderer and the contract over HTTP on 127.0.0.1, for one run.
 *
 *   GET  /                    the renderer (index.html), or a page saying to build it first
 *   GET  /assets/…            the renderer's files
 *   POST /api/call/<name>     the contract: JSON input in, the envelope out
 *   POST /api/upload/<name>   the calls that carry a file: the bytes as the body (upload.ts)
 *   GET  /media/<id>/<name>   one variant of an image from the library (media.ts)
 *
 * Every request must name this host in Host (and Origin, when sent); API requests carry
 * `Authorization: Bearer <token>`, a token made fresh for each run. Each API answer that
 * carried it sets the run's media cookie, which `/media/…` requires instead.
 */

export const DEFAULT_PORT = 4870;
export const LOOPBACK = '127.0.0.1';

export interface HostOptions {
  /** Core's entry point: the same one the desktop window reaches through IPC. */
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). It may not exist yet: `/` then says how to build it. */
  rendererDir: string;
  /** The port to listen on; DEFAULT_PORT when left out. */
  port?: number;
  /** True when the person asked for this port: a busy port is then an error, not a reason to pick another. */
  portExplicit?: boolean;
  /** Told about unexpected failures inside the host (bugs); console.error by default. */
  onInternalError?: (e: unknown) => void;
  /** The library's image files, served under `/media/…`; without it every image answers 404. */
  media?: MediaFiles;
}

export interface RunningHost {
  /** The address to open, with the token: `http://127.0.0.1:<port>/?token=<token>`. */
  url: string;
  token: string;
  port: number;
  /** Stops accepting requests, lets calls in flight finish, then resolves. Close the core after it. */
  close(): Promise<void>;
}

/** Why the host could not start, in words a person can act on. */
export class HostStartError extends Error {
  /** The message as a phrase, to be said in the interface's language. */
  readonly phrase: Phrase;

  constructor(
    readonly reason: 'port_in_use' | 'port_denied' | 'listen_failed',
    said: Sentence,
  ) {
    super(said.message);
    this.name = 'HostStartError';
    this.phrase = said.phrase;
  }
}

function isApi(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

const MEGABYTES = Math.round(LIMITS.requestBytes / 1_000_000);

/** Turns what Fastify throws while reading a request into an envelope, or null for a real bug. */
export function requestErrorEnvelope(error: unknown): Envelope<never> | null {
  const e = errorLike(error);
  const code = typeof e.code === 'string' ? e.code : '';
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return failSaying('payload_too_large', say('core.host.tooLarge', { megabytes: MEGABYTES }));
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
    return failSaying('invalid_input', say('core.host.notJson'));
  }
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return failSaying('invalid_input', say('core.host.emptyBody'));
  }
  if (status === 400 || code.startsWith('FST_ERR_CTP_')) {
    if (typeof e.message !== 'string') return failSaying('invalid_input', say('core.host.badJsonUnsaid'));
    return failSaying('invalid_input', say('core.host.badJson', { detail: e.message.slice(0, 200) }));
  }
  return null;
}

type ResolvedOptions = Required<Pick<HostOptions, 'dispatch' | 'rendererDir' | 'onInternalError'>> & Pick<HostOptions, 'media'>;

function buildApp(options: ResolvedOptions, state: { port: number; token: string; closing: boolean }): FastifyInstance {
  const { dispatch, rendererDir, onInternalError } = options;
  const app = Fastify({
    logger: false,
    bodyLimit: LIMITS.requestBytes,
    // JSON with "__proto__" or "constructor.prototype" keys is refused by the parser (400)
    // rather than stripped; the contract's strict schemas would refuse those keys anyway.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // While closing, new requests get our own envelope (see onRequest), not Fastify's body.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
  });

  // Defences first, for every request: Host and Origin, then the token on the API.
  app.addHook('onRequest', async (request, reply) => {
    if (!hostAllowed(request.headers.host, state.port)) {
      return sendEnvelope(reply, failSaying('forbidden', say('core.host.wrongHost', { address: `http://${LOOPBACK}:${state.port}/` })));
    }
    const origin = request.headers.origin;
    if (!originAllowed(typeof origin === 'string' ? origin : undefined, state.port)) {
      return sendEnvelope(reply, failSaying('forbidden', say('core.host.foreignPage')));
    }
    if (state.closing) {
      return sendEnvelope(reply, failSaying('unavailable', say('core.session.shuttingDown')));
    }
    if (isApi(request.url) && !tokenMatches(bearerToken(request.headers.authorization), state.token)) {
      return sendEnvelope(reply, failSaying('unauthorized', say('core.host.noToken')));
    }
    // The token was shown: let this browser's <img> requests into /media for this run.
    if (isApi(request.url)) reply.header('set-cookie', mediaCookieHeader(state.port, state.token));
    return undefined;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    if (isApi(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });

  // The contract's input is JSON only: Fastify's plain-text parser is not wanted here.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((error, request, reply) => {
    if (isApi(request.url)) {
      const envelope = requestErrorEnvelope(error);
      if (envelope) return sendEnvelope(reply, envelope);
    } else {
      // A refused or missing file (dot-file, path outside the renderer): say so plainly.
      const status = errorLike(error).statusCode;
      if (typeof status === 'number' && status >= 400 && status < 500) {
        const text = status === 403 ? say('core.host.forbidden') : say('core.host.notFound');
        return reply.code(status === 403 ? 403 : 404).type('text/plain; charset=utf-8').send(text.message);
      }
    }
    onInternalError(error);
    return sendEnvelope(reply, failSaying('internal', say('core.common.internal')));
  });

  app.post<{ Params: { name: string } }>(
    '/api/call/:name',
    {
      bodyLimit: LIMITS.requestBytes,
      // An unknown call is refused before its body is read.
      onRequest: async (request: FastifyRequest<{ Params: { name: string } }>, reply) => {
        if (!isCallName(request.params.name)) {
          return sendEnvelope(reply, failSaying('unknown_call', say('core.common.unknownCall', { name: JSON.stringify(request.params.name).slice(0, 80) })));
        }
        return undefined;
      },
    },
    async (request, reply) => {
      const envelope = await dispatch(request.params.name, request.body);
      return sendEnvelope(reply, envelope);
    },
  );

  registerUpload(app, dispatch);
  registerMedia(app, { media: options.media, port: () => state.port, token: state.token, onInternalError });

  const indexFile = path.join(rendererDir, 'index.html');
  const sendIndex = (reply: FastifyReply): FastifyReply => {
    if (!existsSync(indexFile)) {
      return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(notBuiltPage());
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', rendererDir, { cacheControl: false });
  };

  app.register(fastifyStatic, {
    root: rendererDir,
    serve: true,
    index: false,
    wildcard: true,
    dotfiles: 'deny',
    redirect: false,
  });

  app.get('/', async (_request, reply) => sendIndex(reply));

  app.setNotFoundHandler(async (request, reply) => {
    if (isApi(request.url)) {
      return sendEnvelope(reply, failSaying('unknown_call', say('core.host.noSuchAddress')));
    }
    const pathname = request.url.split('?')[0] ?? '';
    // Browsers ask for an icon on their own; without one, say "no content" rather than log a 404.
    if (pathname === '/favicon.ico') return reply.code(204).send();
    // The renderer routes in the page: an unknown page path without a file extension gets the app.
    if ((request.method === 'GET' || request.method === 'HEAD') && !path.posix.extname(pathname)) {
      return sendIndex(reply);
    }
    return reply.code(404).type('text/plain; charset=utf-8').send(say('core.host.notFound').message);
  });

  return app;
}

function listenError(error: unknown, port: number): HostStartError {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'EADDRINUSE') {
    return new HostStartError('port_in_use', say('core.host.portInUse', { port }));
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new HostStartError('port_denied', say('core.host.portDenied', { port }));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new HostStartError('listen_failed', say('core.host.listenFailed', { address: `${LOOPBACK}:${port}`, detail }));
}

async function listenOn(options: ResolvedOptions, port: number): Promise<{ app: FastifyInstance; state: { port: number; token: string; closing: boolean } }> {
  const state = { port, token: newToken(), closing: false };
  const app = buildApp(options, state);
  try {
    await app.listen({ host: LOOPBACK, port });
  } catch (e) {
    await app.close().catch(() => undefined);
    throw listenError(e, port);
  }
  const address = app.server.address();
  if (address && typeof address === 'object') state.port = address.port;
  return { app, state };
}

/**
 * Starts browser mode. A busy default port falls back to a free one; a busy port the
 * person asked for is an error (HostStartError) that says what to do.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const resolved: ResolvedOptions = {
    dispatch: options.dispatch,
    rendererDir: path.resolve(options.rendererDir),
    onInternalError: options.onInternalError ?? ((e: unknown) => console.error(e)),
    media: options.media,
  };
  const wanted = options.port ?? DEFAULT_PORT;
  let started;
  try {
    started = await listenOn(resolved, wanted);
  } catch (e) {
    if (!(e instanceof HostStartError) || e.reason !== 'port_in_use' || options.portExplicit) throw e;
    started = await listenOn(resolved, 0);
  }
  const { app, state } = started;
  let closed: Promise<void> | null = null;
  return {
    url: `http://${LOOPBACK}:${state.port}/?token=${state.token}`,
    token: state.token,
    port: state.port,
    close() {
      if (!closed) {
        state.closing = true;
        closed = app.close();
      }
      return closed;
    },
  };
}
