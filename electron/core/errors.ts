import type { ErrorCode } from '../../shared/contract';

/**
 * An error core means to show: it carries a contract error code and a message that says
 * what happened and what to do. Anything else thrown inside core is a bug and reaches the
 * caller as `internal`.
 */
export class TandemError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TandemError';
  }
}
