import type { Env } from './browser';

/**
 * Everything a command reaches outside itself, so tests can run a command in-process and
 * read what it printed.
 */
export interface CliContext {
  /** One line for the person (standard output). */
  out(line: string): void;
  /** One line about a problem (standard error). */
  err(line: string): void;
  env: Env;
  platform: NodeJS.Platform;
  /** Where the built renderer is. */
  rendererDir: string;
  /** Resolves when the person asks a running server to stop (Ctrl+C, SIGTERM). */
  untilStopped(): Promise<void>;
  /** Opens an address in the system browser; false when it could not. */
  openBrowser(url: string): Promise<boolean>;
}
