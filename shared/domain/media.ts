import { z } from 'zod';

/**
 * Photos: what Tandem accepts, how a stored image is named, and the variants it serves.
 *
 * An image is stored once, named by the sha256 of its bytes (its id). What Tandem serves
 * and exports are variants made from it: EXIF orientation applied, metadata (GPS above
 * all) left out, at a few widths, as WebP and in the original's format.
 */

/** Limits on an image before Tandem decodes it. */
export const MEDIA_LIMITS = {
  /** File size. */
  bytes: 50_000_000,
  /** Width × height: a 40,000 × 40,000 "pixel bomb" is refused before anything is decoded. */
  pixels: 100_000_000,
  /** A file name as added. */
  name: 255,
  caption: 1_000,
  altText: 1_000,
  credit: 300,
} as const;

/** The types Tandem accepts, with the extension it stores and serves each as. */
export const MEDIA_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
} as const;
export type MediaMime = keyof typeof MEDIA_TYPES;
export type MediaExt = (typeof MEDIA_TYPES)[MediaMime];
export const MEDIA_MIMES = Object.keys(MEDIA_TYPES) as MediaMime[];
export const MediaMimeSchema = z.enum(MEDIA_MIMES as [MediaMime, ...MediaMime[]]);

/** What a file input or dialog offers: the accepted types by MIME type and extension. */
export const MEDIA_ACCEPT = [...MEDIA_MIMES, '.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'].join(',');

/** An image's id: the sha256 of its bytes, 64 lower-case hex digits. */
export const MediaIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'an image id (64 hex digits)');
export type MediaId = z.infer<typeof MediaIdSchema>;

/** The thumbnail width (the library's grid, pickers); made when the image is added. */
export const THUMB_WIDTH = 320;
/** The widths of the variants beyond the thumbnail (the editor's view, the export's srcset). */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

/**
 * The variant widths an image of `width` pixels gets: each of VARIANT_WIDTHS below it, and
 * its own width when that is below the largest (so a small image still has a variant).
 * A variant named by a width is at most that wide; images are never enlarged.
 */
export function variantWidths(width: number): number[] {
  const below: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] as number;
  if (width <= largest && !below.includes(width)) below.push(width);
  return below.length > 0 ? below : [largest];
}

/** A variant's file name: `<width>.<ext>`, e.g. `960.webp`, `960.jpg`. */
export function variantName(width: number, ext: MediaExt): string {
  return `${width}.${ext}`;
}

/** The width and extension a variant name asks for, or null when it is not one. */
export function parseVariantName(name: string): { width: number; ext: MediaExt } | null {
  const match = /^([1-9][0-9]{0,4})\.(jpg|png|webp|avif|gif)$/.exec(name);
  if (!match) return null;
  return { width: Number(match[1]), ext: match[2] as MediaExt };
}

/** The desktop shell's scheme for images: `tandem-media://media/<id>/<variant>`, confined to the media folder. */
export const MEDIA_SCHEME = 'tandem-media';

/** The path both transports serve a variant under: `/media/<id>/<variant>`. */
export function mediaPath(id: MediaId, variant: string): string {
  return `/media/${id}/${variant}`;
}

/** The variant to show an image at about `cssWidth` CSS pixels on a screen of `dpr` density. */
export function variantFor(media: { width: number }, cssWidth: number, dpr = 1): string {
  if (cssWidth <= THUMB_WIDTH / Math.max(1, dpr)) return variantName(THUMB_WIDTH, 'webp');
  const wanted = cssWidth * Math.max(1, dpr);
  const widths = variantWidths(media.width);
  const fit = widths.find((w) => w >= wanted) ?? widths[widths.length - 1] ?? THUMB_WIDTH;
  return variantName(fit, 'webp');
}
