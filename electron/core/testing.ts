import { TandemError } from './errors';

/** For tests: the TandemError `fn` throws (anything else thrown, or nothing, fails the test). */
export function thrownBy(fn: () => unknown): TandemError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TandemError) return e;
    throw e;
  }
  throw new Error('no error was thrown');
}
