/**
 * Browser mode's access token. The host prints a URL carrying `?token=…`; on first load the
 * token moves into this tab's session storage and out of the visible URL (so it does not
 * end up in a screenshot, a bookmark or the history), and survives reloads of the tab.
 */

export const TOKEN_KEY = 'tandem.token';

export interface TokenEnvironment {
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Replaces the visible URL without a reload. */
  replaceUrl(url: string): void;
}

export function takeToken(env: TokenEnvironment): string | null {
  const url = new URL(env.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      env.storage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage may be unavailable (a locked-down browser); the token still works for this load.
    }
    url.searchParams.delete('token');
    env.replaceUrl(url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return env.storage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}
