import sharp, { type Metadata, type SharpOptions } from 'sharp';
import { MEDIA_LIMITS, type MediaMime } from '../../../shared/domain/media';
import { TandemError } from '../errors';
import { say } from '../said';

/**
 * An image's header, read without decoding a pixel: its size as shown (EXIF orientation
 * applied), its frames, and the metadata blocks the credit is read from. A "pixel bomb"
 * (a tiny file that claims 40,000 × 40,000 pixels) is refused here, before any decode.
 */

export interface Probe {
  /** As shown: EXIF orientations 5–8 swap width and height. */
  width: number;
  height: number;
  /** More than one frame: an animated GIF or WebP, kept animated in its variants. */
  animated: boolean;
  exif?: Buffer;
  iptc?: Buffer;
  xmp?: string;
}

/** The formats sharp names for the types Tandem accepts (AVIF is read by its HEIF loader). */
const SHARP_FORMAT: Readonly<Record<MediaMime, string>> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'heif',
  'image/gif': 'gif',
};

/**
 * How every decoding sharp call opens an image: pixels capped (defence in depth after the
 * probe), decode errors and truncation refused. 'error' rather than sharp's 'warning':
 * libjpeg warns about files phones write every day (extra bytes before a marker) that
 * every viewer shows fine.
 */
export function decodeOptions(animated: boolean): SharpOptions {
  return { limitInputPixels: MEDIA_LIMITS.pixels, failOn: 'error', animated };
}

/** The image `name` could not be decoded: `e` is what the decoder said (English, kept as it is). */
export function damaged(name: string, e: unknown): TandemError {
  const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.trim().slice(0, 200);
  return new TandemError('invalid_input', detail ? say('core.media.damaged', { name, detail }) : say('core.media.damagedUnreadable', { name }));
}

/** Reads the header of an image of type `mime` and checks its pixel count. */
export async function probeImage(name: string, bytes: Uint8Array, mime: MediaMime): Promise<Probe> {
  let meta: Metadata;
  try {
    // Header only: no pixel is decoded here, so the pixel cap is checked below, where the
    // refusal can say how large the image is (every decoding call passes the cap as well).
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (e) {
    throw damaged(name, e);
  }
  const { width, height } = meta;
  if (!(width > 0 && height > 0) || meta.format !== SHARP_FORMAT[mime]) {
    throw new TandemError('invalid_input', say('core.media.damagedHeader', { name, format: SHARP_FORMAT[mime].toUpperCase() }));
  }
  const frames = (mime === 'image/gif' || mime === 'image/webp') && (meta.pages ?? 1) > 1 ? (meta.pages ?? 1) : 1;
  const pixels = width * height * frames;
  if (pixels > MEDIA_LIMITS.pixels) {
    const size = { name, width, height, megapixels: Math.round(pixels / 1_000_000), max: MEDIA_LIMITS.pixels / 1_000_000 };
    throw new TandemError(
      'payload_too_large',
      frames > 1 ? say('core.media.tooManyPixelsFrames', { ...size, count: frames }) : say('core.media.tooManyPixels', size),
    );
  }
  const shown = meta.autoOrient ?? { width, height };
  return {
    width: shown.width,
    height: shown.height,
    animated: frames > 1,
    exif: meta.exif,
    iptc: meta.iptc,
    xmp: meta.xmpAsString,
  };
}
