/**
 * The IPTC (IIM) fields a credit is made of, read from a Photoshop resource block (what
 * sharp returns as `metadata().iptc`, the APP13 segment of a JPEG). Agencies still write
 * By-line and Credit here. Never throws: a damaged block gives what could be read.
 */

export interface IptcCredit {
  /** 2:80 By-line, each one. */
  byline: string[];
  /** 2:110 Credit. */
  credit?: string;
  /** 2:116 Copyright Notice. */
  copyright?: string;
}

const RESOURCE_SIGNATURE = '8BIM';
const IPTC_RESOURCE = 0x0404;

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

/** The IIM data inside the Photoshop resources, or the block itself when it is bare IIM. */
function iimData(block: Uint8Array): Uint8Array | null {
  if (block[0] === 0x1c) return block;
  let at = 0;
  const header = 'Photoshop 3.0\0';
  if (ascii(block, 0, header.length) === header) at = header.length;
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  while (at + 12 <= block.length) {
    if (ascii(block, at, 4) !== RESOURCE_SIGNATURE) return null;
    const id = view.getUint16(at + 4);
    const nameLength = block[at + 6] ?? 0;
    // The name is a Pascal string padded to an even length (length byte included).
    let next = at + 6 + nameLength + 1;
    if (next % 2 !== 0) next++;
    if (next + 4 > block.length) return null;
    const size = view.getUint32(next);
    const start = next + 4;
    const end = Math.min(start + size, block.length);
    if (id === IPTC_RESOURCE) return block.subarray(start, end);
    at = end + (size % 2);
  }
  return null;
}

/** Text in IIM is UTF-8 when the file says so (1:90) and usually when it does not; else Latin-1. */
function decodeText(bytes: Uint8Array, utf8: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: !utf8 }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

export function readIptcCredit(block: Uint8Array | undefined): IptcCredit {
  const out: IptcCredit = { byline: [] };
  if (!block || block.length === 0) return out;
  const data = iimData(block);
  if (!data) return out;
  const raw: Array<{ record: number; dataset: number; value: Uint8Array }> = [];
  let at = 0;
  while (at + 5 <= data.length && data[at] === 0x1c) {
    const record = data[at + 1] ?? 0;
    const dataset = data[at + 2] ?? 0;
    const length = ((data[at + 3] ?? 0) << 8) | (data[at + 4] ?? 0);
    // An extended length (high bit set) is for large binary datasets, never for text.
    if (length & 0x8000) break;
    raw.push({ record, dataset, value: data.subarray(at + 5, at + 5 + length) });
    at += 5 + length;
  }
  // 1:90 Coded Character Set: ESC % G is UTF-8.
  const charset = raw.find((d) => d.record === 1 && d.dataset === 90)?.value;
  const utf8 = charset !== undefined && charset.length >= 3 && charset[0] === 0x1b && charset[1] === 0x25 && charset[2] === 0x47;
  for (const d of raw) {
    if (d.record !== 2) continue;
    const text = decodeText(d.value, utf8);
    if (d.dataset === 80) out.byline.push(text);
    else if (d.dataset === 110) out.credit ??= text;
    else if (d.dataset === 116) out.copyright ??= text;
  }
  return out;
}
