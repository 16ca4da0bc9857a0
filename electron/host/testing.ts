import http from 'node:http';
import { fail, isCallName, ok, type Envelope } from '../../shared/contract';
import type { Dispatch } from '../core/api/dispatch';

/** Helpers for the host's tests: raw HTTP requests and a stand-in for core. */

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json(): Envelope<unknown>;
}

export interface RequestOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Buffer[];
  address?: string;
}

/** A raw HTTP request, so tests control every header (Host and Origin included) and the path as sent. */
export function request(port: number, options: RequestOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: options.address ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: () => JSON.parse(text) as Envelope<unknown> });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const parts = options.body === undefined ? [] : Array.isArray(options.body) ? options.body : [options.body];
    for (const part of parts) req.write(part);
    req.end();
  });
}

/** A stand-in for core: records what reached it and echoes the input. */
export function fakeDispatch() {
  const calls: Array<{ name: unknown; input: unknown }> = [];
  const dispatch: Dispatch = async (name, input) => {
    calls.push({ name, input });
    if (!isCallName(name)) return fail('unknown_call', 'no such call');
    return ok({ echoed: input });
  };
  return { calls, dispatch };
}
