import path from 'node:path';
import { z } from 'zod';
import type { ListMediaInputSchema, ListMediaOutputSchema, Media, MediaUse } from '../../../shared/contract';
import { MEDIA_TYPES, MediaIdSchema, type MediaMime } from '../../../shared/domain/media';
import { assertWritable, now } from '../articles/rules';
import { TandemError } from '../errors';
import { say, within, type Value } from '../said';
import { fold } from '../search/analyzer';
import { storeErrorToTandemError } from '../store/db';
import {
  countMedia,
  deleteMediaRow,
  getMedia,
  listMediaPage,
  setMediaCredit,
  type MediaPosition,
  type StoredMedia,
} from '../store/repositories/media';
import { isMediaUsed, LEAD_POSITION, listUsesOf, type UseWithArticle } from '../store/repositories/photos';
import type { Workspace } from '../workspace';
import { cleanCredit } from './credit';
import { mediaLayout, nodeMediaFs, sweepTemporaryFiles, type MediaFs } from './files';
import { checkSize, cleanName, importImage, type ImportContext } from './importer';
import { createVariantStore, mimeOfExt, parseVariantOf } from './variants';

/**
 * The photo library of one workspace: adding images, listing and finding them, their
 * credit, removing an unused one, and serving their variants. Opened with the workspace
 * and closed with it (Core does both).
 */
export interface MediaLibrary {
  /** Adds a file's bytes; the same bytes again answer the stored image with `existed: true`. */
  importBytes(name: string, bytes: Uint8Array): Promise<{ media: Media; existed: boolean }>;
  /** Adds the file at `file` (the desktop file dialog); its size is checked before it is read. */
  importFile(file: string): Promise<{ media: Media; existed: boolean }>;
  /** Newest first, a page at a time; `query` words must all appear in credit, name, captions or alt texts. */
  list(input: z.output<typeof ListMediaInputSchema>): z.output<typeof ListMediaOutputSchema>;
  get(id: string): { media: Media; uses: MediaUse[] };
  updateCredit(id: string, credit: string): Media;
  /** Removes an image no article uses, with its files; refused (`conflict`) while used. */
  remove(id: string): Promise<void>;
  /** One variant's file (made now if missing); null for an unknown image or a name it does not have. */
  variant(id: string, name: string): Promise<{ path: string; mime: MediaMime } | null>;
  /** Resolves once no variant is queued or being made. */
  idle(): Promise<void>;
  /** Stops making variants; the workspace is closed separately. */
  close(): void;
}

export interface MediaLibraryOptions {
  /** Images whose variants are made at once in the background (default 1). */
  concurrency?: number;
  /** The file operations (tests inject failures). */
  files?: MediaFs;
  /** Hears what goes wrong off the request path (default: console.error). */
  log?: (message: string) => void;
}

export function toMedia(m: StoredMedia): Media {
  return {
    id: m.id,
    mime: m.mime,
    width: m.width,
    height: m.height,
    bytes: m.bytes,
    name: m.name,
    credit: m.credit,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

function toUse(u: UseWithArticle): MediaUse {
  return {
    articleId: u.articleId,
    lang: u.lang,
    placement: u.position === LEAD_POSITION ? 'lead' : 'inline',
    title: u.title || u.originalTitle,
    caption: u.caption,
    altText: u.altText,
    inTrash: u.inTrash,
  };
}

/* ----------------------------------------------------------------------- the list's cursor */

const CursorSchema = z.tuple([z.literal(1), z.string().max(64), MediaIdSchema]);

function encodeCursor(position: MediaPosition): string {
  return Buffer.from(JSON.stringify([1, position.createdAt, position.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): MediaPosition {
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return { createdAt: parsed.data[1], id: parsed.data[2] };
  } catch {
    // Not JSON: refused below.
  }
  throw new TandemError('invalid_input', say('core.media.badCursor'));
}

/** The words of a query as the list compares them: folded (case, ё→е), each once. */
export function queryWords(query: string): string[] {
  return [...new Set(fold(query).split(/\s+/).filter(Boolean))];
}

/* ----------------------------------------------------------------------- deleting */

const SHOWN_USES = 5;

/** One place the image is used, said inside the refusal (its values are plain). */
function useOf(u: UseWithArticle): Value {
  const title = u.title || u.originalTitle;
  const place = u.position === LEAD_POSITION ? 'lead' : 'inline';
  const trash = u.inTrash ? 'InTrash' : '';
  const said = title
    ? say(`core.media.use.${place}${trash}`, { title, lang: u.lang })
    : say(`core.media.use.untitled${place === 'lead' ? 'Lead' : 'Inline'}${trash}`, { lang: u.lang });
  return within(said);
}

function inUse(uses: UseWithArticle[]): TandemError {
  const [a, b, c, d, e] = uses.slice(0, SHOWN_USES).map(useOf);
  const said =
    a === undefined
      ? say('core.media.leadOnly')
      : b === undefined
        ? say('core.media.inUse1', { a })
        : c === undefined
          ? say('core.media.inUse2', { a, b })
          : d === undefined
            ? say('core.media.inUse3', { a, b, c })
            : e === undefined
              ? say('core.media.inUse4', { a, b, c, d })
              : uses.length === SHOWN_USES
                ? say('core.media.inUse5', { a, b, c, d, e })
                : say('core.media.inUseMore', { count: uses.length, a, b, c, d, e, more: uses.length - SHOWN_USES });
  return new TandemError('conflict', said);
}

/* ----------------------------------------------------------------------- the library */

export function openMediaLibrary(ws: Workspace, options: MediaLibraryOptions = {}): MediaLibrary {
  const layout = mediaLayout(ws.dir);
  const files = options.files ?? nodeMediaFs;
  const log = options.log ?? ((message: string) => console.error(message));
  const lookup = (id: string) => getMedia(ws.db, id);
  const variants = createVariantStore({ layout, files, concurrency: options.concurrency ?? 1, lookup, log });
  const ctx: ImportContext = { ws, layout, files, variants, log };
  if (!ws.readOnly) sweepTemporaryFiles(layout);
  let closed = false;

  const requireMedia = (id: string): StoredMedia => {
    const media = getMedia(ws.db, id);
    if (!media) throw new TandemError('not_found', say('core.media.notFound'));
    return media;
  };

  // Callers outside the contract's handlers (the desktop file dialog) hear store failures
  // said plainly too.
  const imported = async (work: Promise<{ media: StoredMedia; existed: boolean }>) => {
    try {
      const { media, existed } = await work;
      return { media: toMedia(media), existed };
    } catch (e) {
      throw storeErrorToTandemError(e);
    }
  };

  return {
    importBytes: (name, bytes) => imported(importImage(ctx, name, bytes)),

    async importFile(file) {
      assertWritable(ws);
      const name = cleanName(path.basename(file));
      const cannotRead = (e: unknown) =>
        new TandemError('not_found', say('core.media.cannotRead', { name, detail: e instanceof Error ? e.message : String(e) }));
      let info: Awaited<ReturnType<MediaFs['stat']>>;
      try {
        info = await files.stat(file);
      } catch (e) {
        throw cannotRead(e);
      }
      if (!info) throw new TandemError('not_found', say('core.media.gone', { name }));
      if (!info.isFile) throw new TandemError('invalid_input', say('core.media.folder', { name }));
      checkSize(name, info.size);
      let bytes: Buffer;
      try {
        bytes = await files.readFile(file);
      } catch (e) {
        throw cannotRead(e);
      }
      return imported(importImage(ctx, name, bytes));
    },

    list(input) {
      const words = queryWords(input.query);
      const after = input.cursor === null ? null : decodeCursor(input.cursor);
      return ws.db.transaction(() => {
        const rows = listMediaPage(ws.db, { words, after, limit: input.limit + 1 });
        const page = rows.slice(0, input.limit);
        const last = page[page.length - 1];
        return {
          items: page.map((m) => ({ ...toMedia(m), useCount: m.useCount, caption: m.caption })),
          nextCursor: rows.length > input.limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
          total: countMedia(ws.db, words),
        };
      })();
    },

    get(id) {
      return ws.db.transaction(() => {
        const media = requireMedia(id);
        return { media: toMedia(media), uses: listUsesOf(ws.db, id).map(toUse) };
      })();
    },

    updateCredit(id, credit) {
      assertWritable(ws);
      return ws.db.transaction(() => {
        requireMedia(id);
        setMediaCredit(ws.db, id, cleanCredit(credit), now());
        return toMedia(requireMedia(id));
      })();
    },

    async remove(id) {
      assertWritable(ws);
      const media = ws.db.transaction(() => {
        const found = requireMedia(id);
        if (isMediaUsed(ws.db, id)) throw inUse(listUsesOf(ws.db, id));
        deleteMediaRow(ws.db, id);
        return found;
      })();
      // The row is gone: nothing refers to the files any more. Failing to remove them
      // leaves only unused files (the same image added again writes its file anew).
      await variants.forget(id);
      for (const target of [layout.original(id, MEDIA_TYPES[media.mime]), layout.variantDir(id)]) {
        await files.remove(target).catch((e: unknown) => log(`Tandem could not remove ${target}: ${e instanceof Error ? e.message : String(e)}`));
      }
    },

    async variant(id, name) {
      if (closed || !MediaIdSchema.safeParse(id).success) return null;
      const media = getMedia(ws.db, id);
      const parsed = media && parseVariantOf(media, name);
      if (!media || !parsed) return null;
      const file = await variants.ensure(media, name);
      return file === null ? null : { path: file, mime: mimeOfExt(parsed.ext) };
    },

    idle: () => variants.idle(),

    close() {
      closed = true;
      variants.close();
    },
  };
}
