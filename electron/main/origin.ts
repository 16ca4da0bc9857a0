/**
 * The desktop window's own origin. The renderer is served from a privileged custom scheme
 * (`tandem://app/…`, see protocol.ts), never from file:// or the network, so "is this our
 * page?" is one exact comparison.
 */
export const APP_SCHEME = 'tandem';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** True when the URL is a page of our own renderer (`tandem://app/...`). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A custom scheme's URL has an opaque origin in WHATWG terms, so compare its parts.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
