import { createClient, type ApiClient } from './client';
import { takeToken } from './token';
import { desktopTransport, httpTransport } from './transports';

export * from './client';

/** `no-token`: the window was opened without the run's access key (the address `tandem serve` printed). */
export type Connection = { ok: true; client: ApiClient } | { ok: false; problem: 'no-token' };

/** Picks the transport this window has: the desktop shell's bridge, else the browser-mode host. */
export function connect(): Connection {
  if (window.tandem) return { ok: true, client: createClient(desktopTransport(window.tandem)) };
  const token = takeToken({
    href: window.location.href,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  });
  if (!token) {
    return { ok: false, problem: 'no-token' };
  }
  return { ok: true, client: createClient(httpTransport({ origin: window.location.origin, token })) };
}
