import { createHash } from 'node:crypto';
import path from 'node:path';
import { MEDIA_LIMITS, MEDIA_TYPES, THUMB_WIDTH } from '../../../shared/domain/media';
import { assertWritable, now } from '../articles/rules';
import { TandemError } from '../errors';
import { say } from '../said';
import { getMedia, insertMedia, type StoredMedia } from '../store/repositories/media';
import type { Workspace } from '../workspace';
import { readCredit } from './credit';
import { diskProblem, writeDurably, type MediaFs, type MediaLayout } from './files';
import { damaged, probeImage } from './probe';
import { renderVariant } from './render';
import { sniffImageType } from './sniff';
import { THUMB_NAME, type VariantStore } from './variants';

/**
 * Adding one image file. Each step refuses with a message that says what is wrong and what
 * to do, and nothing is stored unless every step passed:
 *
 * 1. size: not empty, not over MEDIA_LIMITS.bytes;
 * 2. type, from the bytes (sniff.ts): JPEG, PNG, WebP, AVIF or GIF, never SVG;
 * 3. header (probe.ts): the pixel count, checked before anything is decoded;
 * 4. one full decode, making the thumbnail: a truncated or damaged file is refused;
 * 5. the original is written durably (files.ts), then its row committed.
 *
 * The sha256 of the bytes is the id, taken first: the same file added again is the image
 * already stored, answered without decoding anything.
 */

export interface ImportContext {
  ws: Workspace;
  layout: MediaLayout;
  files: MediaFs;
  variants: VariantStore;
  log: (message: string) => void;
}

export interface ImportResult {
  media: StoredMedia;
  existed: boolean;
}

const MEGABYTES = MEDIA_LIMITS.bytes / 1_000_000;

/** The name an image keeps: its base name, on one line, within the limit. */
export function cleanName(name: string): string {
  const base = path.basename(name.replaceAll('\\', '/')).replace(/\s+/g, ' ').trim();
  const chars = [...(base || 'image')];
  return chars.length > MEDIA_LIMITS.name ? chars.slice(0, MEDIA_LIMITS.name).join('') : chars.join('');
}

/** Refuses a file by its size alone: empty, or larger than Tandem accepts. */
export function checkSize(name: string, size: number): void {
  if (size === 0) throw new TandemError('invalid_input', say('core.media.empty', { name }));
  if (size > MEDIA_LIMITS.bytes) {
    // Rounded up, so a file just over the limit never reads as exactly the limit.
    throw new TandemError('payload_too_large', say('core.media.tooLarge', { name, size: Math.ceil(size / 100_000) / 10, max: MEGABYTES }));
  }
}

/** Writes the original unless it is already there, whole; true when it wrote it. */
async function writeOriginal(ctx: ImportContext, name: string, media: Pick<StoredMedia, 'id' | 'mime' | 'bytes'>, bytes: Uint8Array): Promise<boolean> {
  const target = ctx.layout.original(media.id, MEDIA_TYPES[media.mime]);
  try {
    const present = await ctx.files.stat(target);
    if (present?.isFile && present.size === media.bytes) return false;
    await writeDurably(ctx.files, ctx.layout.tmp, target, bytes);
    return true;
  } catch (e) {
    throw diskProblem(name, e);
  }
}

/** The thumbnail is a cache: if it cannot be written now, it is made when first asked for. */
async function keepThumbnail(ctx: ImportContext, media: StoredMedia, thumb: Uint8Array): Promise<void> {
  try {
    await ctx.variants.put(media, THUMB_NAME, thumb);
  } catch (e) {
    ctx.log(`Tandem could not store the thumbnail of ${media.name} (${media.id}); it will be made when shown: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function importImage(ctx: ImportContext, givenName: string, bytes: Uint8Array): Promise<ImportResult> {
  const { ws } = ctx;
  assertWritable(ws);
  const name = cleanName(givenName);
  checkSize(name, bytes.length);
  const id = createHash('sha256').update(bytes).digest('hex');
  const known = getMedia(ws.db, id);
  if (known) {
    // The same bytes passed every check when they were first added. Put back the file if
    // it went missing from the media folder.
    await writeOriginal(ctx, name, known, bytes);
    ctx.variants.enqueue(id);
    return { media: known, existed: true };
  }

  const mime = await sniffImageType(name, bytes);
  const probe = await probeImage(name, bytes, mime);
  let thumb: Buffer;
  try {
    thumb = await renderVariant(bytes, THUMB_WIDTH, 'webp', probe.animated);
  } catch (e) {
    throw damaged(name, e);
  }

  const credit = await readCredit(probe);
  const at = now();
  const media: StoredMedia = { id, mime, width: probe.width, height: probe.height, bytes: bytes.length, name, credit, createdAt: at, updatedAt: at };
  const wrote = await writeOriginal(ctx, name, media, bytes);
  let result: ImportResult;
  try {
    // The workspace may have turned read-only while the file was written.
    assertWritable(ws);
    result = ws.db.transaction((): ImportResult => {
      // The same file may have been added meanwhile (another window, the command line).
      const stored = getMedia(ws.db, id);
      if (stored) return { media: stored, existed: true };
      insertMedia(ws.db, media);
      return { media, existed: false };
    })();
  } catch (e) {
    // No row names the file: take it away again, so a failed add leaves nothing behind.
    if (wrote) await ctx.files.remove(ctx.layout.original(id, MEDIA_TYPES[mime])).catch(() => {});
    throw e;
  }
  if (!result.existed) await keepThumbnail(ctx, result.media, thumb);
  ctx.variants.enqueue(id);
  return result;
}
