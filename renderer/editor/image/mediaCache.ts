import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Media } from '../../../shared/contract';
import type { ApiClient } from '../../api';
import { i18n } from '../../i18n';

/** What the body editor knows of one library image. */
export type MediaEntry =
  | { state: 'loading' }
  | { state: 'ready'; media: Media }
  /** Not in the library (getMedia answered `not_found`). */
  | { state: 'missing' }
  /** The library could not be asked (the host did not answer, …): worth trying again. */
  | { state: 'failed'; message: string };

const LOADING: MediaEntry = { state: 'loading' };

/** An image asked for again after this long, when a photo using it is shown anew (another tab may have changed its credit). */
export const MEDIA_MAX_AGE_MS = 60_000;

/**
 * The library's images as the body editors show them, asked for once per image and
 * shared by every photo of every body (the same image in both languages, or twice in one
 * body, costs one `getMedia`). A credit changed here shows everywhere at once.
 */
export class MediaCache {
  private readonly entries = new Map<string, { entry: MediaEntry; at: number }>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(
    private readonly client: Pick<ApiClient, 'call'>,
    private readonly now: () => number = Date.now,
  ) {}

  get(mediaId: string): MediaEntry {
    return this.entries.get(mediaId)?.entry ?? LOADING;
  }

  subscribe(mediaId: string, listener: () => void): () => void {
    let set = this.listeners.get(mediaId);
    if (!set) this.listeners.set(mediaId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(mediaId);
    };
  }

  /** Asks the library unless a fresh answer is known or a request is under way; `force` asks again. */
  load(mediaId: string, force = false): Promise<void> {
    const pending = this.loading.get(mediaId);
    if (pending) return pending;
    const known = this.entries.get(mediaId);
    const fresh = known && known.entry.state !== 'failed' && this.now() - known.at < MEDIA_MAX_AGE_MS;
    if (fresh && !force) return Promise.resolve();
    if (known?.entry.state === 'failed') this.set(mediaId, LOADING);
    const request = this.client.call('getMedia', { mediaId }).then(
      (result) => {
        if (result.ok) this.set(mediaId, { state: 'ready', media: result.value.media });
        else if (result.error.code === 'not_found' || result.error.code === 'invalid_input') this.set(mediaId, { state: 'missing' });
        else this.set(mediaId, { state: 'failed', message: result.error.message });
      },
      () => this.set(mediaId, { state: 'failed', message: i18n.t('client.libraryNotAnswering') }),
    );
    const tracked = request.finally(() => this.loading.delete(mediaId));
    this.loading.set(mediaId, tracked);
    return tracked;
  }

  /** Records an image as the library now has it (just added, or its credit just changed). */
  put(media: Media): void {
    this.set(media.id, { state: 'ready', media });
  }

  private set(mediaId: string, entry: MediaEntry): void {
    this.entries.set(mediaId, { entry, at: this.now() });
    for (const listener of [...(this.listeners.get(mediaId) ?? [])]) listener();
  }
}

const caches = new WeakMap<object, MediaCache>();

/** The one cache for this client (the app has one client per window). */
export function mediaCacheFor(client: Pick<ApiClient, 'call'>): MediaCache {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new MediaCache(client)));
  return cache;
}

/** One image's entry, loaded on first use and kept current; `retry` asks the library again. */
export function useMediaEntry(client: Pick<ApiClient, 'call'>, mediaId: string): { entry: MediaEntry; retry(): void } {
  const cache = mediaCacheFor(client);
  const subscribe = useCallback((listener: () => void) => cache.subscribe(mediaId, listener), [cache, mediaId]);
  const entry = useSyncExternalStore(subscribe, () => cache.get(mediaId));
  useEffect(() => {
    void cache.load(mediaId);
  }, [cache, mediaId]);
  const retry = useCallback(() => void cache.load(mediaId, true), [cache, mediaId]);
  return { entry, retry };
}
