import { useCallback, useEffect, useRef, useState } from 'react';
import type { MediaSummary } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';

export type MediaListState =
  | { state: 'loading'; query: string }
  | { state: 'failed'; query: string; error: CallError }
  | {
      state: 'ready';
      /** The query these items answer ('' for the whole library). */
      query: string;
      items: MediaSummary[];
      nextCursor: string | null;
      total: number;
      more: 'idle' | 'loading' | CallError;
    };

export interface MediaList {
  list: MediaListState;
  loadMore(): void;
  reload(): void;
  /** Shows what changed about a photo (a new credit, its uses) without asking the library again. */
  update(id: string, patch: Partial<MediaSummary>): void;
  /** Takes a deleted photo out of the grid. */
  remove(id: string): void;
}

/** The library's photos matching `query`, a page at a time; asked again when `query` changes. */
export function useMediaList(query: string, pageSize: number, enabled = true): MediaList {
  const { client } = useApp();
  const [list, setList] = useState<MediaListState>({ state: 'loading', query });
  const [reloads, setReloads] = useState(0);
  const request = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const current = ++request.current;
    setList((previous) => (previous.state === 'ready' ? previous : { state: 'loading', query }));
    void client.call('listMedia', { query, limit: pageSize, cursor: null }).then((result) => {
      if (current !== request.current) return;
      setList(
        result.ok
          ? { state: 'ready', query, items: result.value.items, nextCursor: result.value.nextCursor, total: result.value.total, more: 'idle' }
          : { state: 'failed', query, error: result.error },
      );
    });
  }, [client, query, pageSize, enabled, reloads]);

  const loadMore = useCallback(() => {
    if (list.state !== 'ready' || !list.nextCursor || list.more === 'loading') return;
    const current = request.current;
    const base = list;
    setList({ ...base, more: 'loading' });
    void client.call('listMedia', { query: base.query, limit: pageSize, cursor: base.nextCursor }).then((result) => {
      if (current !== request.current) return;
      if (!result.ok) {
        setList({ ...base, more: result.error });
        return;
      }
      const seen = new Set(base.items.map((m) => m.id));
      setList({
        ...base,
        items: [...base.items, ...result.value.items.filter((m) => !seen.has(m.id))],
        nextCursor: result.value.nextCursor,
        total: result.value.total,
        more: 'idle',
      });
    });
  }, [client, list, pageSize]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  const update = useCallback((id: string, patch: Partial<MediaSummary>) => {
    setList((previous) =>
      previous.state === 'ready' ? { ...previous, items: previous.items.map((m) => (m.id === id ? { ...m, ...patch } : m)) } : previous,
    );
  }, []);

  const remove = useCallback((id: string) => {
    setList((previous) =>
      previous.state === 'ready'
        ? { ...previous, items: previous.items.filter((m) => m.id !== id), total: Math.max(0, previous.total - 1) }
        : previous,
    );
  }, []);

  return { list, loadMore, reload, update, remove };
}
