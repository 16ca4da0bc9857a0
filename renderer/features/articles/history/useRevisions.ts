import { useCallback, useEffect, useRef, useState } from 'react';
import type { Revision, RevisionSummary } from '../../../../shared/contract';
import type { CallError } from '../../../api';
import { useApp } from '../../../app/context';
import { compareVersions, revisionText, type FieldChanges, type TextVersion } from './compare';

export type ListState = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; items: RevisionSummary[] };

/** The revisions of one language of an article, newest first. */
export function useRevisionList(articleId: string, lang: string) {
  const { client } = useApp();
  const scope = `${articleId}:${lang}`;
  const [loads, setLoads] = useState(0);
  const [loaded, setLoaded] = useState<{ scope: string; list: ListState }>({ scope, list: { state: 'loading' } });

  useEffect(() => {
    let live = true;
    void client.call('listRevisions', { articleId, lang }).then((result) => {
      if (!live) return;
      setLoaded({
        scope: `${articleId}:${lang}`,
        list: result.ok ? { state: 'ready', items: result.value.items } : { state: 'failed', error: result.error },
      });
    });
    return () => {
      live = false;
    };
  }, [client, articleId, lang, loads]);

  /** Asks again, keeping the list shown until the answer comes. */
  const reload = useCallback(() => setLoads((n) => n + 1), []);
  /** Asks again after a failure, showing that it is loading. */
  const retry = useCallback(() => {
    setLoaded((previous) => ({ ...previous, list: { state: 'loading' } }));
    setLoads((n) => n + 1);
  }, []);

  const list: ListState = loaded.scope === scope ? loaded.list : { state: 'loading' };
  return { list, reload, retry };
}

export type ChangesState =
  | { state: 'loading' }
  | { state: 'failed'; error: CallError }
  | { state: 'ready'; revision: Revision; changes: FieldChanges[] };

/** One revision's text, compared with the current text when it arrives. */
export function useVersionChanges(revisionId: string, current: () => TextVersion) {
  const { client } = useApp();
  const latestCurrent = useRef(current);
  useEffect(() => {
    latestCurrent.current = current;
  });
  const [attempt, setAttempt] = useState(0);
  const key = `${revisionId}:${attempt}`;
  const [loaded, setLoaded] = useState<{ key: string; changes: ChangesState }>({ key, changes: { state: 'loading' } });

  useEffect(() => {
    let live = true;
    void client.call('getRevision', { revisionId }).then((result) => {
      if (!live) return;
      setLoaded({
        key: `${revisionId}:${attempt}`,
        changes: result.ok
          ? { state: 'ready', revision: result.value, changes: compareVersions(revisionText(result.value), latestCurrent.current()) }
          : { state: 'failed', error: result.error },
      });
    });
    return () => {
      live = false;
    };
  }, [client, revisionId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const changes: ChangesState = loaded.key === key ? loaded.changes : { state: 'loading' };
  return { changes, retry };
}
