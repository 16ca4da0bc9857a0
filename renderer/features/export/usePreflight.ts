import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportScope, PreflightReport } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { useDebounced } from '../../ui/useDebounced';
import { scopeKey } from './scope';

export type Preflight =
  /** The choice is not complete (no section, no article chosen): nothing to check. */
  | { state: 'idle' }
  /** Asking; the last report (of this or an earlier scope) stays on show meanwhile. */
  | { state: 'checking'; key: string; previous: PreflightReport | null }
  | { state: 'ready'; key: string; report: PreflightReport }
  | { state: 'failed'; key: string; error: CallError };

/** The report of `Preflight` for `scope`: asked at once when the view opens, again a moment after the scope changes, and on `check()`. */
export function usePreflight(scope: ExportScope | null, delayMs = 400): { preflight: Preflight; check(): void } {
  const { client } = useApp();
  const key = scopeKey(scope);
  const settledKey = useDebounced(key, delayMs);
  const [preflight, setPreflight] = useState<Preflight>(scope ? { state: 'checking', key, previous: null } : { state: 'idle' });
  const latest = useRef(scope);
  latest.current = scope;
  const request = useRef(0);

  const run = useCallback(
    (target: ExportScope | null) => {
      const id = ++request.current;
      if (!target) {
        setPreflight({ state: 'idle' });
        return;
      }
      const targetKey = scopeKey(target);
      setPreflight((before) => ({ state: 'checking', key: targetKey, previous: reportOf(before) }));
      void client.call('exportPreflight', { scope: target }).then((result) => {
        if (id !== request.current) return;
        setPreflight(result.ok ? { state: 'ready', key: targetKey, report: result.value } : { state: 'failed', key: targetKey, error: result.error });
      });
    },
    [client],
  );

  // Once the scope has stopped changing (at once when the view opens).
  useEffect(() => {
    if (scopeKey(latest.current) !== settledKey) return;
    run(latest.current);
  }, [run, settledKey]);

  const check = useCallback(() => run(latest.current), [run]);
  return { preflight, check };
}

export function reportOf(preflight: Preflight): PreflightReport | null {
  if (preflight.state === 'ready') return preflight.report;
  if (preflight.state === 'checking') return preflight.previous;
  return null;
}
