import sharp from 'sharp';
import { MEDIA_LIMITS, MEDIA_TYPES, THUMB_WIDTH, parseVariantName, variantName, variantWidths, type MediaExt, type MediaMime } from '../../../shared/domain/media';
import type { StoredMedia } from '../store/repositories/media';
import { writeDurably, type MediaFs, type MediaLayout } from './files';
import { renderVariant } from './render';

/**
 * The variants of every image, made off the request path: after an image is added, a queue
 * (one image at a time by default) makes each missing variant; a variant asked for before
 * the queue reached it is made at once. Either way each variant is made once, however many
 * ask for it together, and is written like every media file (temporary name, fsync, rename).
 */

export const THUMB_NAME = variantName(THUMB_WIDTH, 'webp');

const MIME_OF_EXT = Object.fromEntries(Object.entries(MEDIA_TYPES).map(([mime, ext]) => [ext, mime])) as Record<MediaExt, MediaMime>;

export function mimeOfExt(ext: MediaExt): MediaMime {
  return MIME_OF_EXT[ext];
}

/** Every variant name an image has: the thumbnail, and each variant width as WebP and in its own format. */
export function variantNamesOf(media: Pick<StoredMedia, 'width' | 'mime'>): string[] {
  const own = MEDIA_TYPES[media.mime];
  const names = new Set<string>([THUMB_NAME]);
  for (const width of variantWidths(media.width)) {
    names.add(variantName(width, 'webp'));
    names.add(variantName(width, own));
  }
  return [...names];
}

/** The width and format `name` asks for when it is one of the image's variants, else null. */
export function parseVariantOf(media: Pick<StoredMedia, 'width' | 'mime'>, name: string): { width: number; ext: MediaExt } | null {
  const parsed = parseVariantName(name);
  if (!parsed || !variantNamesOf(media).includes(name)) return null;
  return parsed;
}

export interface VariantStoreOptions {
  layout: MediaLayout;
  files: MediaFs;
  /** Images made at once by the background queue. */
  concurrency: number;
  /** The image as the store holds it now (undefined once it is removed). */
  lookup: (id: string) => StoredMedia | undefined;
  log: (message: string) => void;
}

interface Original {
  bytes: Buffer;
  animated: boolean;
}

export interface VariantStore {
  /** Makes the image's missing variants in the background. */
  enqueue(id: string): void;
  /** The path of one variant, made now if it is missing; null when it cannot be had. */
  ensure(media: StoredMedia, name: string): Promise<string | null>;
  /** Stores a variant made elsewhere (the thumbnail made while adding the image). */
  put(media: StoredMedia, name: string, bytes: Uint8Array): Promise<void>;
  /** Drops the image's queued work and waits for what is being made of it now. */
  forget(id: string): Promise<void>;
  /** Resolves once nothing is queued or being made. */
  idle(): Promise<void>;
  /** Stops the queue: nothing new starts; what is being made finishes quietly. */
  close(): void;
}

export function createVariantStore(options: VariantStoreOptions): VariantStore {
  const { layout, files, lookup } = options;
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const queue: string[] = [];
  const queued = new Set<string>();
  const making = new Map<string, Promise<string | null>>();
  let running = 0;
  let closed = false;
  let waiters: Array<() => void> = [];

  const log = (message: string) => {
    if (!closed) options.log(message);
  };

  const settle = () => {
    if (running > 0 || queue.length > 0 || making.size > 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  async function readOriginal(media: StoredMedia): Promise<Original | null> {
    let bytes: Buffer;
    try {
      bytes = await files.readFile(layout.original(media.id, MEDIA_TYPES[media.mime]));
    } catch (e) {
      // An image removed from the library meanwhile has no variants to make: nothing went wrong.
      if (lookup(media.id)) {
        log(`Tandem could not read the stored image ${media.id} (${media.name}) to make its variants: ${e instanceof Error ? e.message : String(e)}`);
      }
      return null;
    }
    let animated = false;
    if (media.mime === 'image/gif' || media.mime === 'image/webp') {
      const meta = await sharp(bytes, { limitInputPixels: MEDIA_LIMITS.pixels }).metadata();
      animated = (meta.pages ?? 1) > 1;
    }
    return { bytes, animated };
  }

  async function exists(file: string): Promise<boolean> {
    return (await files.stat(file))?.isFile === true;
  }

  /** Writes a variant; if the image was removed meanwhile, takes its variants away again. */
  async function store(media: StoredMedia, name: string, bytes: Uint8Array): Promise<string> {
    const target = layout.variant(media.id, name);
    await writeDurably(files, layout.tmp, target, bytes);
    if (!lookup(media.id)) await files.remove(layout.variantDir(media.id));
    return target;
  }

  /** Makes (once, however many ask) the variant `name` of `media`. */
  function make(media: StoredMedia, name: string, loaded?: Original): Promise<string | null> {
    const key = `${media.id}/${name}`;
    const current = making.get(key);
    if (current) return current;
    const job = (async () => {
      const target = layout.variant(media.id, name);
      if (await exists(target)) return target;
      const parsed = parseVariantName(name);
      const original = loaded ?? (await readOriginal(media));
      if (!parsed || !original) return null;
      const bytes = await renderVariant(original.bytes, parsed.width, parsed.ext, original.animated);
      return store(media, name, bytes);
    })();
    making.set(key, job);
    void job
      .catch(() => undefined)
      .finally(() => {
        making.delete(key);
        settle();
      });
    return job;
  }

  async function makeAll(id: string): Promise<void> {
    const media = lookup(id);
    if (!media) return;
    const missing: string[] = [];
    for (const name of variantNamesOf(media)) if (!(await exists(layout.variant(id, name)))) missing.push(name);
    if (missing.length === 0) return;
    const original = await readOriginal(media);
    if (!original) return;
    for (const name of missing) {
      if (closed || !lookup(id)) return;
      await make(media, name, original);
    }
  }

  const pump = () => {
    while (!closed && running < concurrency && queue.length > 0) {
      const id = queue.shift() as string;
      queued.delete(id);
      running++;
      makeAll(id)
        .catch((e: unknown) => log(`Tandem could not make the variants of image ${id}: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => {
          running--;
          pump();
          settle();
        });
    }
    settle();
  };

  return {
    enqueue(id) {
      if (closed || queued.has(id)) return;
      queued.add(id);
      queue.push(id);
      // Started after the caller's answer is on its way, never inside the request.
      setImmediate(pump);
    },
    async ensure(media, name) {
      if (closed) return null;
      const target = layout.variant(media.id, name);
      if (await exists(target)) return target;
      try {
        return await make(media, name);
      } catch (e) {
        log(`Tandem could not make ${name} of image ${media.id}: ${e instanceof Error ? e.message : String(e)}`);
        return null;
      }
    },
    async put(media, name, bytes) {
      const key = `${media.id}/${name}`;
      const job = store(media, name, bytes);
      making.set(key, job);
      try {
        await job;
      } finally {
        making.delete(key);
        settle();
      }
    },
    async forget(id) {
      if (queued.delete(id)) queue.splice(queue.indexOf(id), 1);
      const prefix = `${id}/`;
      await Promise.allSettled([...making].filter(([key]) => key.startsWith(prefix)).map(([, job]) => job));
      settle();
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    close() {
      closed = true;
      queue.length = 0;
      queued.clear();
      settle();
    },
  };
}
