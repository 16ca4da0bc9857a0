import type { CallName } from '../../shared/contract';
import { MESSAGES, TransportError, type CallOptions, type Transport } from './client';

/** What the desktop shell's preload exposes: the contract's calls and nothing else. */
export interface DesktopBridge {
  call(name: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    tandem?: DesktopBridge;
  }
}

export function desktopTransport(bridge: DesktopBridge): Transport {
  return {
    kind: 'desktop',
    async send(name, input) {
      return bridge.call(name, input);
    },
  };
}

/** Browsers refuse `keepalive` requests whose bodies (together) exceed 64 KiB. */
export const KEEPALIVE_MAX_BYTES = 60_000;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Browser mode: `POST /api/call/<name>` on the host that served this page, with the run's
 * token. The host answers every call with the contract's envelope, whatever the HTTP status.
 */
export function httpTransport(options: { origin: string; token: string; fetch?: FetchLike }): Transport {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  return {
    kind: 'browser',
    async send(name: CallName, input: unknown, callOptions: CallOptions) {
      const body = JSON.stringify(input);
      const keepalive = callOptions.keepalive === true && new TextEncoder().encode(body).byteLength <= KEEPALIVE_MAX_BYTES;
      let response: Response;
      try {
        response = await doFetch(`${options.origin}/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
          body,
          keepalive,
          cache: 'no-store',
          credentials: 'omit',
        });
      } catch {
        throw new TransportError(MESSAGES.network);
      }
      let text: string;
      try {
        text = await response.text();
      } catch {
        throw new TransportError(MESSAGES.network);
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // A proxy or a dying host may answer with something that is not the contract.
        if (response.status === 502 || response.status === 503 || response.status === 504) throw new TransportError(MESSAGES.network);
        throw new TransportError(MESSAGES.badAnswer, 'bad_answer');
      }
    },
  };
}
