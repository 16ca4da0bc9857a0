import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A value that changes often (every keystroke) and is read only once the changes pause:
 * `push` records it without re-rendering; the returned value follows `delayMs` after the
 * last push. Unlike a debounced state, typing causes no render at all.
 */
export function useSettled<T>(delayMs: number): [settled: T | null, push: (value: T) => void] {
  const [settled, setSettled] = useState<T | null>(null);
  const latest = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const push = useCallback(
    (value: T) => {
      latest.current = value;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        setSettled(latest.current);
      }, delayMs);
    },
    [delayMs],
  );
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return [settled, push];
}
