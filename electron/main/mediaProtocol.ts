import { readFile } from 'node:fs/promises';
import { MEDIA_SCHEME, MediaIdSchema, parseVariantName } from '../../shared/domain/media';

/**
 * The desktop window's images: `tandem-media://media/<id>/<variant>`, a privileged scheme
 * (registered with the app scheme in protocol.ts) that answers with one variant of an
 * image from the library. Nothing else is served on it: the file read is always the one
 * the library names for a valid id and variant name.
 */

export const MEDIA_HOST = 'media';

/** Registered before the app is ready, with the app scheme (Electron takes one list). */
export const MEDIA_SCHEME_PRIVILEGES = {
  scheme: MEDIA_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** Where core keeps an image's variants: the file of one, and its type; null when there is no such image or variant. */
export interface MediaFiles {
  variant(id: string, variantName: string): Promise<{ path: string; mime: string } | null>;
}

/** As much of Electron's `protocol` as serving the scheme needs. */
export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

/** A variant's address names its bytes (the image's sha256), so it never changes. */
export const MEDIA_CACHE_CONTROL = 'private, max-age=31536000, immutable';

/** The image and variant a `tandem-media://media/<id>/<variant>` URL names, or null for any other URL. */
export function parseMediaUrl(url: string): { id: string; variant: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // A standard scheme's host arrives lower-cased from Chromium; Node's URL keeps it as written.
  const host = parsed.host.toLowerCase();
  if (parsed.protocol !== `${MEDIA_SCHEME}:` || host !== MEDIA_HOST || parsed.username !== '' || parsed.password !== '') return null;
  const match = /^\/([^/]+)\/([^/]+)$/.exec(parsed.pathname);
  if (!match) return null;
  const [, id = '', variant = ''] = match;
  if (!MediaIdSchema.safeParse(id).success || parseVariantName(variant) === null) return null;
  return { id, variant };
}

function text(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' },
  });
}

/** Answers one request of the media scheme. Exported for tests. */
export async function mediaResponse(files: MediaFiles, url: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return text(404, 'Not found.');
  const wanted = parseMediaUrl(url);
  if (!wanted) return text(404, 'Not found.');
  let body: Buffer;
  let mime: string;
  try {
    const found = await files.variant(wanted.id, wanted.variant);
    if (!found) return text(404, 'Not found.');
    mime = found.mime;
    body = await readFile(found.path);
  } catch (e) {
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return text(404, 'Not found.');
    return text(500, 'This image could not be read. Check that the workspace folder is still there, then reload.');
  }
  return new Response(method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'content-type': mime,
      'content-length': String(body.byteLength),
      'cache-control': MEDIA_CACHE_CONTROL,
      'x-content-type-options': 'nosniff',
    },
  });
}

/** Serves the library's images on `tandem-media:`. Call once the app is ready. */
export function serveMedia(protocol: ProtocolLike, files: MediaFiles): void {
  protocol.handle(MEDIA_SCHEME, (request) => mediaResponse(files, request.url, request.method));
}
