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
  /**
   * Progress of long work on one line that rewrites itself (standard error), only when it
   * is a terminal; absent otherwise, so logs and pipes get the summary alone. An empty text
   * clears the line.
   */
  status?(text: string): void;
  env: Env;
  platform: NodeJS.Platform;
  /** Where the built renderer is. */
  rendererDir: string;
  /** Resolves when the person asks a running server to stop (Ctrl+C, SIGTERM). */
  untilStopped(): Promise<void>;
  /** Opens an address in the system browser; false when it could not. */
  openBrowser(url: string): Promise<boolean>;
}
