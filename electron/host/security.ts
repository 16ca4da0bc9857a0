import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';

/**
 * The browser-mode host's defences, as small pure functions so each can be proven alone:
 * a per-run token compared in constant time, and Host/Origin checks that stop another
 * web page (DNS rebinding, cross-site requests) from talking to the local host.
 */

/** A fresh token for one run: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * True when `presented` is the token. Both sides are hashed first, so the comparison
 * takes the same time whatever the presented value's length or content.
 */
export function tokenMatches(presented: string | null | undefined, token: string): boolean {
  const candidate = digest(presented ?? '');
  const expected = digest(token);
  // Evaluate both parts so an empty token costs the same as a wrong one.
  const equal = timingSafeEqual(candidate, expected);
  return equal && typeof presented === 'string' && presented.length > 0;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ ]+([A-Za-z0-9_-]+)[ ]*$/i.exec(header);
  return match?.[1] ?? null;
}

/** The names this host answers to; it binds 127.0.0.1 only. */
const HOST_NAMES = ['127.0.0.1', 'localhost'] as const;

/** True when the Host header names this host exactly: `127.0.0.1:<port>` or `localhost:<port>`. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (typeof host !== 'string') return false;
  const value = host.toLowerCase();
  return HOST_NAMES.some((name) => value === `${name}:${port}`);
}

/**
 * True when a request's Origin may talk to this host. No Origin at all is how a browser
 * sends same-origin navigations and how command-line clients call; any Origin that is
 * sent must be this host's own (`null`, other ports and other names are refused).
 */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const value = origin.toLowerCase();
  return HOST_NAMES.some((name) => value === `http://${name}:${port}`);
}

/**
 * Images in browser mode: an `<img>` cannot send the Authorization header, so every API
 * answer that carried the token also sets a cookie scoped to `/media`, and `/media/…`
 * requires it. Its value is derived from the token, never the token itself: cookies are
 * not kept apart by port, so another program on this machine may see it, and it opens
 * images only, never the API.
 */

/** The media cookie's name: one per port, so two runs side by side do not overwrite each other's. */
export function mediaCookieName(port: number): string {
  return `tandem-media-${port}`;
}

/** The media cookie's value for a run: HMAC-SHA256 of 'media' keyed with the token, base64url. */
export function mediaCookieValue(token: string): string {
  return createHmac('sha256', token).update('media', 'utf8').digest('base64url');
}

/** The Set-Cookie header an authorized API answer carries. */
export function mediaCookieHeader(port: number, token: string): string {
  return `${mediaCookieName(port)}=${mediaCookieValue(token)}; Path=/media; HttpOnly; SameSite=Strict`;
}

/** Every value a Cookie header gives the cookie `name` (a browser may send the same name twice). */
export function cookieValues(header: string | string[] | undefined, name: string): string[] {
  if (typeof header !== 'string') return [];
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

/** True when the request's Cookie header carries this run's media cookie (compared in constant time). */
export function mediaCookieMatches(header: string | string[] | undefined, port: number, token: string): boolean {
  const expected = mediaCookieValue(token);
  let found = false;
  // Compare every candidate, so the time taken does not depend on which one matched.
  for (const value of cookieValues(header, mediaCookieName(port))) {
    if (tokenMatches(value, expected)) found = true;
  }
  return found;
}

/** Headers on every answer, page or API. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
