import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { MEDIA_SCHEME_PRIVILEGES } from './mediaProtocol';
import { APP_SCHEME, isAppUrl } from './origin';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';

/**
 * The desktop window loads the built renderer from `tandem://app/`, a privileged scheme
 * served from dist/renderer: a real origin of its own (so the sender check in ipc.ts is
 * exact), no file:// access, and the same strict headers as browser mode.
 */

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The privileged schemes: the app's own, and the library's images (mediaProtocol.ts). */
export const PRIVILEGED_SCHEMES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  MEDIA_SCHEME_PRIVILEGES,
];

/**
 * Must run before the app is ready, and once: Electron takes the privileged schemes as one
 * list. Makes `tandem:` and `tandem-media:` standard, secure schemes.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
}

/**
 * The file under `rendererDir` a `tandem://app/…` URL names, or null when it names
 * nothing there (another scheme or host, a path escaping the folder, a missing asset).
 * A page path without an extension gets index.html: the renderer routes in the page.
 */
export function resolveRendererFile(rendererDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  if (inside.split(path.sep).some((part) => part.startsWith('.'))) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (!path.extname(file)) {
    const index = path.join(root, 'index.html');
    return existsSync(index) ? index : null;
  }
  return null;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Answers one request of the app scheme. Exported for tests. */
export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const file = resolveRendererFile(rendererDir, requestUrl);
  if (!file) {
    const notBuilt = !existsSync(path.join(rendererDir, 'index.html'));
    const body = notBuilt ? "Tandem's interface has not been built yet. Run npm run build, then start Tandem again." : 'Not found.';
    return new Response(body, { status: 404, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
  }
  const body = await readFile(file);
  return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': mimeType(file) } });
}

/** Serves dist/renderer on `tandem://app/`. Call once the app is ready. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}
