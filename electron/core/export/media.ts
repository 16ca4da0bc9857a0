import { MEDIA_TYPES, THUMB_WIDTH, variantName, variantWidths, type MediaExt } from '../../../shared/domain/media';
import type { ResolvedImage } from '../../../shared/editor/html';
import type { StoredMedia } from '../store/repositories/media';
import type { ImageModel } from './model';
import type { Selection } from './selection';

/**
 * The images of a bundle: which variant files it holds and how pages refer to them. Every
 * image placed in an exported language of a bundled article is in the bundle whole (its
 * thumbnail, its WebP variants and its largest variant in its own format) whether or not
 * this export renders the page, so the set of files never depends on what was re-rendered.
 * Files are named `media/<id>-<width>.<ext>`; the id is the sha256 of the original.
 */

/** One variant file of the bundle. */
export interface MediaFile {
  media: StoredMedia;
  /** The variant's name in the library (`960.webp`). */
  variant: string;
  /** Its path in the bundle (`media/<id>-960.webp`). */
  path: string;
}

export interface MediaFiles {
  /** The lead photo's thumbnail for an item card, relative to `root`. */
  thumbnail(articleId: string, mediaId: string, root: string): { src: string; width: number; height: number } | null;
  /** An image as a page shows it, relative to `root`. */
  image(mediaId: string, root: string): ImageModel | null;
  /** For shared/editor/html.ts: the body's images relative to `root` (absolute when root is the base URL). */
  resolver(root: string): (mediaId: string) => ResolvedImage | null;
  /** Every file, sorted by path. */
  files(): MediaFile[];
}

const SIZES = '(min-width: 60rem) 40rem, 100vw';

function bundlePath(id: string, width: number, ext: MediaExt): string {
  return `media/${id}-${width}.${ext}`;
}

function scaled(media: StoredMedia, width: number): { width: number; height: number } {
  const w = Math.min(width, media.width);
  return { width: w, height: Math.max(1, Math.round((media.height * w) / media.width)) };
}

function largest(media: StoredMedia): number {
  const widths = variantWidths(media.width);
  return widths[widths.length - 1] as number;
}

export function mediaFiles(sel: Selection): MediaFiles {
  const byId = new Map<string, StoredMedia>();
  for (const articleId of sel.inBundle) {
    const langs = sel.exportedLangs.get(articleId) ?? [];
    for (const use of sel.uses.get(articleId) ?? []) if (langs.includes(use.lang)) byId.set(use.media.id, use.media);
  }
  const baseUrl = sel.baseUrl;

  const image = (mediaId: string, root: string): ImageModel | null => {
    const media = byId.get(mediaId);
    if (!media) return null;
    const own = MEDIA_TYPES[media.mime];
    const top = largest(media);
    const size = scaled(media, top);
    return {
      src: root + bundlePath(media.id, top, own),
      srcset: variantWidths(media.width).map((w) => ({ src: root + bundlePath(media.id, w, 'webp'), width: scaled(media, w).width })),
      url: baseUrl + bundlePath(media.id, top, own),
      width: size.width,
      height: size.height,
      credit: media.credit,
    };
  };

  return {
    thumbnail(_articleId, mediaId, root) {
      const media = byId.get(mediaId);
      if (!media) return null;
      return { src: root + bundlePath(media.id, THUMB_WIDTH, 'webp'), ...scaled(media, THUMB_WIDTH) };
    },
    image,
    resolver(root) {
      return (mediaId) => {
        const img = image(mediaId, root);
        if (!img) return null;
        return {
          src: img.src,
          srcset: img.srcset.map((f) => `${f.src} ${f.width}w`).join(', '),
          sizes: SIZES,
          width: img.width,
          height: img.height,
          credit: img.credit,
        };
      };
    },
    files() {
      const out = new Map<string, MediaFile>();
      const add = (media: StoredMedia, width: number, ext: MediaExt) => {
        const path = bundlePath(media.id, width, ext);
        out.set(path, { media, variant: variantName(width, ext), path });
      };
      for (const media of byId.values()) {
        add(media, THUMB_WIDTH, 'webp');
        for (const w of variantWidths(media.width)) add(media, w, 'webp');
        add(media, largest(media), MEDIA_TYPES[media.mime]);
      }
      return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
