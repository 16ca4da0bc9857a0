import { fileTypeFromBuffer } from 'file-type';
import { MEDIA_TYPES, type MediaMime } from '../../../shared/domain/media';
import { TandemError } from '../errors';

/**
 * What a file really is, read from its bytes (its name can say anything): one of the image
 * types Tandem accepts, or a refusal that says what it is and what to do instead.
 */

export const ACCEPTED_TYPES = 'JPEG, PNG, WebP, AVIF and GIF';

/** Formats file-type reports that are the same to Tandem as one it accepts. */
const SAME_AS: Readonly<Record<string, MediaMime>> = { 'image/apng': 'image/png' };

/** Other images: refused, with the format a person would recognise and how to convert it. */
const OTHER_IMAGES: Readonly<Record<string, string>> = {
  heic: 'a HEIC photo (the format iPhones save by default)',
  heif: 'a HEIF image',
  tif: 'a TIFF image',
  bmp: 'a BMP image',
  psd: 'a Photoshop document',
  jxl: 'a JPEG XL image',
  jp2: 'a JPEG 2000 image',
  jpx: 'a JPEG 2000 image',
  ico: 'an icon file',
  icns: 'an icon file',
  cur: 'a cursor file',
  cr2: 'a camera RAW file',
  cr3: 'a camera RAW file',
  nef: 'a camera RAW file',
  arw: 'a camera RAW file',
  dng: 'a camera RAW file',
  orf: 'a camera RAW file',
  rw2: 'a camera RAW file',
  raf: 'a camera RAW file',
  xcf: 'a GIMP image',
  eps: 'an EPS drawing',
  ai: 'an Illustrator document',
};

const OTHER_FILES: Readonly<Record<string, string>> = {
  pdf: 'a PDF document',
  zip: 'a ZIP archive',
  rar: 'a RAR archive',
  '7z': 'a 7-Zip archive',
  gz: 'a compressed (gzip) file',
  docx: 'a Word document',
  doc: 'a Word document',
  cfb: 'an Office document',
  xlsx: 'an Excel spreadsheet',
  pptx: 'a PowerPoint presentation',
  odt: 'an OpenDocument text',
  rtf: 'an RTF document',
  epub: 'an e-book',
  xml: 'an XML file',
  mp4: 'a video',
  mov: 'a video',
  webm: 'a video',
  avi: 'a video',
  mkv: 'a video',
  mp3: 'an audio file',
  wav: 'an audio file',
  m4a: 'an audio file',
  ogg: 'an audio or video file',
  exe: 'a program',
  elf: 'a program',
  sqlite: 'a database',
  ttf: 'a font',
  otf: 'a font',
  woff: 'a font',
  woff2: 'a font',
};

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

function refusal(name: string, what: string, todo: string, claimsImage: boolean): TandemError {
  const said = claimsImage ? `This file is named ${name} but it is ${what}` : `${name} is ${what}`;
  return new TandemError('invalid_input', `${said}. Tandem accepts ${ACCEPTED_TYPES} images; ${todo}`);
}

/** The accepted type of the bytes, or a TandemError saying what they are instead. */
export async function sniffImageType(name: string, bytes: Uint8Array): Promise<MediaMime> {
  const claimsImage = IMAGE_EXTENSIONS.test(name);
  if (looksLikeSvg(bytes)) {
    throw new TandemError(
      'invalid_input',
      `${name} is an SVG drawing. Tandem does not accept SVG because it can carry scripts; export it as PNG and add that.`,
    );
  }
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
    if (image) throw refusal(name, image, 'export it as JPEG (or PNG) and add that.', claimsImage);
    const other = OTHER_FILES[detected.ext] ?? `a ${detected.ext.toUpperCase()} file, not an image`;
    throw refusal(name, other, 'if it holds a picture, save the picture as JPEG or PNG and add that.', claimsImage);
  }
  if (looksLikeText(bytes)) {
    throw refusal(name, 'a text file, not an image', 'choose the image file itself.', claimsImage);
  }
  throw new TandemError(
    'invalid_input',
    `${name} is not an image Tandem can read: its contents are not ${ACCEPTED_TYPES.replace(' and ', ' or ')}, whatever its name says. ` +
      'If it opens in an image editor, save it there as JPEG or PNG and add that; otherwise it may be damaged.',
  );
}
