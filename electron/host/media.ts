import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MediaIdSchema, parseVariantName } from '../../shared/domain/media';
import { say } from '../core/said';
import { mediaCookieMatches } from './security';

/**
 * Browser mode's images: `GET /media/<id>/<variant>` (and HEAD) answers with one variant
 * of an image from the library. `<img>` cannot send the Authorization header, so these
 * requests carry the run's media cookie instead (see security.ts); the host sets it on
 * every API answer that carried the token.
 */

/** Where core keeps an image's variants: the file of one, and its type; null when there is no such image or variant. */
export interface MediaFiles {
  variant(id: string, variantName: string): Promise<{ path: string; mime: string } | null>;
}

/** A variant's address names its bytes (the image's sha256), so it never changes. */
export const MEDIA_CACHE_CONTROL = 'private, max-age=31536000, immutable';

function plain(reply: FastifyReply, status: number, text: string): FastifyReply {
  return reply.code(status).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(text);
}

/** The file to serve for `/media/<id>/<variant>`, or null for anything that is not a stored variant. */
export async function findVariant(media: MediaFiles | undefined, id: string, variant: string): Promise<{ path: string; mime: string; size: number } | null> {
  if (!media) return null;
  if (!MediaIdSchema.safeParse(id).success || parseVariantName(variant) === null) return null;
  const found = await media.variant(id, variant);
  if (!found) return null;
  try {
    const info = await stat(found.path);
    return info.isFile() ? { ...found, size: info.size } : null;
  } catch {
    return null;
  }
}

/**
 * Adds the `/media` routes. Without `media` (a host started without a library) every
 * image answers 404. Anything under `/media` that is not `<id>/<variant>` is 404 too,
 * after the cookie check, so no other file is ever reached through it.
 */
export function registerMedia(
  app: FastifyInstance,
  options: { media: MediaFiles | undefined; port(): number; token: string; onInternalError: (e: unknown) => void },
): void {
  const requireCookie = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!mediaCookieMatches(request.headers.cookie, options.port(), options.token)) {
      return plain(reply, 401, say('core.host.imageNeedsAccess').message);
    }
    return undefined;
  };

  app.route<{ Params: { id: string; variant: string } }>({
    method: ['GET', 'HEAD'],
    url: '/media/:id/:variant',
    onRequest: requireCookie,
    handler: async (request, reply) => {
      let file: Awaited<ReturnType<typeof findVariant>>;
      try {
        file = await findVariant(options.media, request.params.id, request.params.variant);
      } catch (e) {
        // The library could not find or make the variant: a bug or a damaged folder, not a missing image.
        options.onInternalError(e);
        return plain(reply, 500, say('core.host.imageFailed').message);
      }
      if (!file) return plain(reply, 404, say('core.host.notFound').message);
      reply.code(200).type(file.mime).header('content-length', String(file.size)).header('cache-control', MEDIA_CACHE_CONTROL);
      if (request.method === 'HEAD') return reply.send();
      return reply.send(createReadStream(file.path));
    },
  });

  for (const url of ['/media', '/media/*']) {
    app.route({
      method: ['GET', 'HEAD'],
      url,
      onRequest: requireCookie,
      handler: async (_request, reply) => plain(reply, 404, say('core.host.notFound').message),
    });
  }
}
