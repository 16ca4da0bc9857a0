import { UPLOAD_CALLS, type CallName } from '../../shared/contract';
import type { WindowCommand } from '../../shared/ipc/commands';
import { MESSAGES, TransportError, type CallOptions, type Transport } from './client';

/** What the desktop shell's preload exposes: the contract's calls and the native menu's commands. */
export interface DesktopBridge {
  call(name: string, input: unknown): Promise<unknown>;
  /** Listens for the shell's commands; gives a function that stops listening. */
  onCommand?(listener: (command: WindowCommand) => void): () => void;
  /** Tells the shell this window's edits are stored, after `prepare-to-close`. */
  readyToClose?(): void;
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

/** The header an upload's other input fields travel in (URI-encoded JSON). */
export const INPUT_HEADER = 'X-Tandem-Input';

const UPLOADS: ReadonlySet<string> = new Set(UPLOAD_CALLS);

/** An upload's input split into the file's bytes (the body) and its other fields (the header). */
function splitUpload(input: unknown): { bytes: Uint8Array<ArrayBuffer>; fields: Record<string, unknown> } | null {
  if (typeof input !== 'object' || input === null) return null;
  const { bytes, ...fields } = input as { bytes?: unknown };
  if (!(bytes instanceof Uint8Array)) return null;
  // fetch sends bytes backed by an ArrayBuffer; anything else is copied into one.
  const body = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
  return { bytes: body, fields };
}

/** What one call sends: the address and the request's own headers and body. */
function requestFor(name: CallName, input: unknown): { path: string; headers: Record<string, string>; body: BodyInit; bytes: number } {
  const upload = UPLOADS.has(name) ? splitUpload(input) : null;
  if (upload) {
    return {
      path: `/api/upload/${encodeURIComponent(name)}`,
      headers: { 'Content-Type': 'application/octet-stream', [INPUT_HEADER]: encodeURIComponent(JSON.stringify(upload.fields)) },
      body: upload.bytes,
      bytes: upload.bytes.byteLength,
    };
  }
  // Anything else, an upload without bytes included, goes as JSON: the host's contract check answers it.
  const body = JSON.stringify(input);
  return {
    path: `/api/call/${encodeURIComponent(name)}`,
    headers: { 'Content-Type': 'application/json' },
    body,
    bytes: new TextEncoder().encode(body).byteLength,
  };
}

/**
 * Browser mode: `POST /api/call/<name>` on the host that served this page, with the run's
 * token; calls that carry a file (UPLOAD_CALLS) send its bytes as the body of
 * `POST /api/upload/<name>`, their other fields in the X-Tandem-Input header. The host
 * answers every call with the contract's envelope, whatever the HTTP status. Requests go
 * with this origin's cookies: the host answers with the cookie that lets `<img>` load
 * `/media/…`.
 */
export function httpTransport(options: { origin: string; token: string; fetch?: FetchLike }): Transport {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  return {
    kind: 'browser',
    async send(name: CallName, input: unknown, callOptions: CallOptions) {
      const { path, headers, body, bytes } = requestFor(name, input);
      const keepalive = callOptions.keepalive === true && bytes <= KEEPALIVE_MAX_BYTES;
      let response: Response;
      try {
        response = await doFetch(`${options.origin}${path}`, {
          method: 'POST',
          headers: { ...headers, Authorization: `Bearer ${options.token}` },
          body,
          keepalive,
          cache: 'no-store',
          credentials: 'same-origin',
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
