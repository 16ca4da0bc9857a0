import sharp from 'sharp';
import type { MediaExt } from '../../../shared/domain/media';
import { decodeOptions } from './probe';

/**
 * One variant of an image: EXIF orientation applied, at most `width` pixels wide (never
 * enlarged), re-encoded as `ext`. sharp leaves every metadata block out of what it writes
 * (EXIF with GPS, IPTC, XMP, the ICC profile); it converts colours to sRGB first, so the
 * picture looks the same without its profile. Animated images stay animated.
 */
export async function renderVariant(original: Uint8Array, width: number, ext: MediaExt, animated: boolean): Promise<Buffer> {
  const image = sharp(original, decodeOptions(animated)).rotate().resize({ width, withoutEnlargement: true });
  switch (ext) {
    case 'webp':
      return image.webp({ quality: 80 }).toBuffer();
    case 'jpg':
      return image.jpeg({ quality: 82, progressive: true }).toBuffer();
    case 'png':
      return image.png({ compressionLevel: 8 }).toBuffer();
    case 'avif':
      // AVIF is slow to encode; effort 2 keeps a 1600-pixel variant to about a second.
      return image.avif({ quality: 55, effort: 2 }).toBuffer();
    case 'gif':
      return image.gif().toBuffer();
  }
}
