import { TandemError } from '../core/errors';
import { HostStartError } from '../host/host';

/** A mistake in how the command was typed: the message says what to type instead. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure the command expected and explains itself (a message, no stack trace). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

interface SystemError {
  code?: unknown;
  path?: unknown;
  message?: unknown;
}

/** What the operating system said, in words a person can act on; null when it is not a file problem. */
export function describeSystemError(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as SystemError;
  const where = typeof e.path === 'string' ? ` ${e.path}` : '';
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return `Tandem is not allowed to write or read${where || ' there'}. Choose a folder you may write to, or change its permissions.`;
    case 'EROFS':
      return `${where ? where.trim() : 'That place'} is on a read-only disk. Choose a folder on a writable disk.`;
    case 'ENOSPC':
      return 'The disk is full. Free some space and try again; nothing saved was changed.';
    case 'ENOENT':
      return `${where ? where.trim() : 'A file or folder'} does not exist. Check the path and try again.`;
    case 'ENOTDIR':
      return `${where ? where.trim() : 'A part of the path'} is a file, not a folder. Check the path and try again.`;
    case 'EISDIR':
      return `${where ? where.trim() : 'That path'} is a folder; give a file name instead.`;
    case 'EEXIST':
      return `${where ? where.trim() : 'That file'} already exists; choose another name.`;
    default:
      return null;
  }
}

/**
 * The one message a failed command prints. Expected failures say what happened and what
 * to do; only a real bug mentions a report (and shows its details with TANDEM_DEBUG=1).
 */
export function failureMessage(error: unknown, debug = false): { message: string; exitCode: number } {
  if (error instanceof UsageError) return { message: `${error.message}\nRun "tandem --help" to see the commands.`, exitCode: 2 };
  if (error instanceof CliFailure) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof TandemError || error instanceof HostStartError) return { message: error.message, exitCode: 1 };
  const system = describeSystemError(error);
  if (system) return { message: system, exitCode: 1 };
  const detail = error instanceof Error ? error.message : String(error);
  const stack = debug && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return {
    message: `Tandem stopped because of an unexpected problem: ${detail}\nNothing saved was changed. Please report this (run with TANDEM_DEBUG=1 for details).${stack}`,
    exitCode: 1,
  };
}
