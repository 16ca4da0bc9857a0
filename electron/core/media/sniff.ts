import { fileTypeFromBuffer } from 'file-type';
import { MEDIA_TYPES, type MediaMime } from '../../../shared/domain/media';
import type { en } from '../../../shared/i18n/core/media';
import { TandemError } from '../errors';
import { say, within, type Value } from '../said';

/**
 * What a file really is, read from its bytes (its name can say anything): one of the image
 * types Tandem accepts, or a refusal that says what it is and what to do instead.
 */

/** Formats file-type reports that are the same to Tandem as one it accepts. */
const SAME_AS: Readonly<Record<string, MediaMime>> = { 'image/apng': 'image/png' };

/** A kind of file the refusals name (`unknown` names its format instead). */
type Kind = Exclude<keyof typeof en.kinds, 'unknown'>;

/** Other images: refused, with the format a person would recognise and how to convert it. */
const OTHER_IMAGES: Readonly<Record<string, Kind>> = {
  heic: 'heic',
  heif: 'heif',
  tif: 'tiff',
  bmp: 'bmp',
  psd: 'photoshop',
  jxl: 'jpegXl',
  jp2: 'jpeg2000',
  jpx: 'jpeg2000',
  ico: 'icon',
  icns: 'icon',
  cur: 'cursor',
  cr2: 'raw',
  cr3: 'raw',
  nef: 'raw',
  arw: 'raw',
  dng: 'raw',
  orf: 'raw',
  rw2: 'raw',
  raf: 'raw',
  xcf: 'gimp',
  eps: 'eps',
  ai: 'illustrator',
};

const OTHER_FILES: Readonly<Record<string, Kind>> = {
  pdf: 'pdf',
  zip: 'zip',
  rar: 'rar',
  '7z': 'sevenZip',
  gz: 'gzip',
  docx: 'word',
  doc: 'word',
  cfb: 'office',
  xlsx: 'excel',
  pptx: 'powerPoint',
  odt: 'openDocument',
  rtf: 'rtf',
  epub: 'ebook',
  xml: 'xml',
  mp4: 'video',
  mov: 'video',
  webm: 'video',
  avi: 'video',
  mkv: 'video',
  mp3: 'audio',
  wav: 'audio',
  m4a: 'audio',
  ogg: 'audioOrVideo',
  exe: 'program',
  elf: 'program',
  sqlite: 'database',
  ttf: 'font',
  otf: 'font',
  woff: 'font',
  woff2: 'font',
};

/** What a kind of file is called, said inside the refusal (its values are plain). */
function kindOf(kind: Kind): Value {
  return within(say(`core.media.kinds.${kind}`));
}

const IMAGE_EXTENSIONS = /\.(jpe?g|jfif|png|webp|avif|gif|heic|heif|tiff?|bmp)$/i;

/** True when the bytes look like an SVG document (file-type does not always say). */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return false;
  // `<svg`, or a prologue (`<?xml …?>`, comments, a doctype) and then `<svg`.
  if (/^(?:<\?xml[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>/]/i.test(head)) return true;
  // An XML prologue or an SVG doctype with an internal subset, and an `<svg` element further on.
  return /^<(?:\?xml|!DOCTYPE\s+svg)/i.test(head) && /<svg[\s>/]/i.test(head);
}

/** True when the bytes read as text (UTF-8, no NUL): a note, a web page, a CSV. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length === bytes.length ? head : trimPartialUtf8(head));
    return true;
  } catch {
    return false;
  }
}

/** Drops a UTF-8 sequence cut off at the end of a slice. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let i = 0; i < 3 && end > 0 && ((bytes[end - 1] ?? 0) & 0xc0) === 0x80; i++) end--;
  if (end > 0 && ((bytes[end - 1] ?? 0) & 0xc0) === 0xc0) end--;
  return bytes.subarray(0, end);
}

/** The accepted type of the bytes, or a TandemError saying what they are instead. */
export async function sniffImageType(name: string, bytes: Uint8Array): Promise<MediaMime> {
  const claimsImage = IMAGE_EXTENSIONS.test(name);
  if (looksLikeSvg(bytes)) throw new TandemError('invalid_input', say('core.media.svg', { name }));
  let detected: { ext: string; mime: string } | undefined;
  try {
    detected = await fileTypeFromBuffer(bytes);
  } catch {
    detected = undefined;
  }
  if (detected) {
    const mime = SAME_AS[detected.mime] ?? detected.mime;
    if (Object.hasOwn(MEDIA_TYPES, mime)) return mime as MediaMime;
    const image = OTHER_IMAGES[detected.ext];
    if (image) {
      const kind = kindOf(image);
      throw new TandemError('invalid_input', claimsImage ? say('core.media.otherImageNamed', { name, kind }) : say('core.media.otherImage', { name, kind }));
    }
    const other = OTHER_FILES[detected.ext];
    const kind = other ? kindOf(other) : within(say('core.media.kinds.unknown', { format: detected.ext.toUpperCase() }));
    throw new TandemError('invalid_input', claimsImage ? say('core.media.otherFileNamed', { name, kind }) : say('core.media.otherFile', { name, kind }));
  }
  if (looksLikeText(bytes)) {
    throw new TandemError('invalid_input', claimsImage ? say('core.media.textNamed', { name }) : say('core.media.text', { name }));
  }
  throw new TandemError('invalid_input', say('core.media.unreadable', { name }));
}
