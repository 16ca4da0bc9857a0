import * as exifrModule from 'exifr';
import { MEDIA_LIMITS } from '../../../shared/domain/media';
import { fold } from '../search/analyzer';
import { readIptcCredit } from './iptc';

/**
 * The credit an image arrives with, read from its metadata blocks (as probe.ts found them,
 * whatever the format): IPTC By-line and Credit, XMP dc:creator and photoshop:Credit, EXIF
 * Artist and Copyright. Agencies fill IPTC/XMP; cameras fill EXIF. Reading metadata never
 * fails an import: anything unreadable is simply no credit.
 */

export interface MetadataBlocks {
  exif?: Uint8Array;
  iptc?: Uint8Array;
  xmp?: string;
}

/** The credit's parts as found; `creditFrom` picks among them. */
export interface CreditParts {
  byline: string[];
  credit: string[];
  artist: string[];
  copyright: string[];
}

/**
 * exifr ships a CommonJS build (what Node loads: everything on the default export) and an
 * ES module build (what Vite and Vitest load: `sidecar` only as a named export). Take each
 * function from wherever this build has it.
 */
const exifr = {
  parse: exifrModule.parse ?? exifrModule.default.parse,
  sidecar: exifrModule.sidecar ?? exifrModule.default.sidecar,
};

/** Text written as UTF-8 but read as Latin-1 (EXIF ASCII fields, legacy IPTC) turned back. */
function recoverUtf8(text: string): string {
  const codes = Array.from(text, (c) => c.codePointAt(0) ?? 0);
  if (!codes.some((c) => c >= 0x80) || codes.some((c) => c > 0xff)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(codes));
  } catch {
    return text;
  }
}

/** One line of plain text: no control characters, spaces collapsed, trimmed. */
const isControl = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};

export function cleanCredit(text: string): string {
  const line = Array.from(text, (c) => (isControl(c) ? ' ' : c)).join('').replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > MEDIA_LIMITS.credit ? chars.slice(0, MEDIA_LIMITS.credit).join('').trimEnd() : line;
}

/** The strings in an exifr value: a string, a list of them, or an `{ lang, value }` alternative. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object' && 'value' in value) return strings((value as { value: unknown }).value);
  return [];
}

function field(source: unknown, ...keys: string[]): unknown {
  let at: unknown = source;
  for (const key of keys) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** EXIF as sharp returns it: a TIFF block, after an `Exif\0\0` header in JPEG and WebP. */
function tiffBlock(exif: Uint8Array): Uint8Array {
  const header = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00];
  return header.every((b, i) => exif[i] === b) ? exif.subarray(header.length) : exif;
}

async function exifParts(exif: Uint8Array | undefined): Promise<Pick<CreditParts, 'artist' | 'copyright'>> {
  if (!exif || exif.length < 8) return { artist: [], copyright: [] };
  const tags: unknown = await exifr.parse(tiffBlock(exif), { pick: ['Artist', 'Copyright'] });
  return { artist: strings(field(tags, 'Artist')), copyright: strings(field(tags, 'Copyright')) };
}

/** Larger XMP packets (embedded previews, edit histories) are not worth parsing for a credit. */
const XMP_MAX_CHARS = 512 * 1024;

async function xmpParts(xmp: string | undefined): Promise<Pick<CreditParts, 'byline' | 'credit'>> {
  if (!xmp || xmp.length > XMP_MAX_CHARS) return { byline: [], credit: [] };
  const parsed: unknown = await exifr.sidecar(Buffer.from(xmp, 'utf8'), {}, 'xmp');
  return { byline: strings(field(parsed, 'dc', 'creator')), credit: strings(field(parsed, 'photoshop', 'Credit')) };
}

/** Runs one reader, turning any failure into nothing found. */
async function safely<T>(read: () => Promise<T>, nothing: T): Promise<T> {
  try {
    return await read();
  } catch {
    return nothing;
  }
}

export async function readCreditParts(blocks: MetadataBlocks): Promise<CreditParts> {
  const iptc = await safely(async () => readIptcCredit(blocks.iptc), { byline: [] });
  const xmp = await safely(() => xmpParts(blocks.xmp), { byline: [], credit: [] });
  const exif = await safely(() => exifParts(blocks.exif), { artist: [], copyright: [] });
  const clean = (list: Array<string | undefined>) =>
    [...new Set(list.filter((s): s is string => typeof s === 'string').map((s) => cleanCredit(recoverUtf8(s))))].filter(Boolean);
  return {
    byline: clean(iptc.byline.length > 0 ? iptc.byline : xmp.byline),
    credit: clean([iptc.credit ?? xmp.credit[0]]),
    artist: clean(exif.artist),
    copyright: clean([iptc.copyright, ...exif.copyright]),
  };
}

/**
 * The credit to prefill: the by-line and the credit line ("By-line / Credit" when they
 * differ), else the first of them present, else EXIF Artist, else the copyright notice.
 */
export function creditFrom(parts: CreditParts): string {
  const byline = parts.byline.join(', ');
  const credit = parts.credit[0] ?? '';
  if (byline && credit) return cleanCredit(fold(byline) === fold(credit) ? byline : `${byline} / ${credit}`);
  return cleanCredit(byline || credit || parts.artist[0] || parts.copyright[0] || '');
}

/** The credit found in an image's metadata, or '' (never throws). */
export async function readCredit(blocks: MetadataBlocks): Promise<string> {
  try {
    return creditFrom(await readCreditParts(blocks));
  } catch {
    return '';
  }
}
