import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MEDIA_LIMITS } from '../../../shared/domain/media';
import { cleanCredit, creditFrom, readCredit } from './credit';
import { iptcSegment, jpegWith, jpegWithIptc, xmpPacket } from './fixtures';
import { readIptcCredit } from './iptc';

const blocks = async (bytes: Buffer) => {
  const meta = await sharp(bytes).metadata();
  return { exif: meta.exif, iptc: meta.iptc, xmp: meta.xmpAsString };
};

describe('creditFrom', () => {
  const none = { byline: [], credit: [], artist: [], copyright: [] };
  it('prefers the by-line and credit line, joined when they differ', () => {
    expect(creditFrom({ ...none, byline: ['Анна Смирнова'], credit: ['Reuters'], artist: ['Camera Owner'] })).toBe('Анна Смирнова / Reuters');
    expect(creditFrom({ ...none, byline: ['REUTERS'], credit: ['Reuters'] })).toBe('REUTERS');
    expect(creditFrom({ ...none, byline: ['A', 'B'] })).toBe('A, B');
    expect(creditFrom({ ...none, credit: ['AP'], artist: ['X'] })).toBe('AP');
  });
  it('falls back to EXIF Artist, then the copyright notice, else nothing', () => {
    expect(creditFrom({ ...none, artist: ['Jane Doe'], copyright: ['© Agency'] })).toBe('Jane Doe');
    expect(creditFrom({ ...none, copyright: ['© Agency'] })).toBe('© Agency');
    expect(creditFrom(none)).toBe('');
  });
  it('keeps one trimmed line within the limit', () => {
    expect(cleanCredit('  Jane\u0000 Doe\n\t/ AP  ')).toBe('Jane Doe / AP');
    expect([...cleanCredit('ё'.repeat(400))]).toHaveLength(MEDIA_LIMITS.credit);
  });
});

describe('readCredit from the blocks sharp finds', () => {
  it('reads EXIF Artist (and Copyright when there is no artist)', async () => {
    expect(await readCredit(await blocks(await jpegWith({ exif: { IFD0: { Artist: '  Jane Doe ', Copyright: '(c) Agency' } } })))).toBe('Jane Doe');
    expect(await readCredit(await blocks(await jpegWith({ exif: { IFD0: { Copyright: '(c) Agency' } } })))).toBe('(c) Agency');
  });

  it('reads XMP dc:creator and photoshop:Credit, in JPEG and in PNG', async () => {
    const xmp = xmpPacket('Анна Смирнова', 'Reuters');
    expect(await readCredit(await blocks(await jpegWith({ xmp })))).toBe('Анна Смирнова / Reuters');
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().withXmp(xmpPacket('Bob Lee')).toBuffer();
    expect(await readCredit(await blocks(png))).toBe('Bob Lee');
  });

  it('reads IPTC By-line and Credit from an APP13 segment written by hand', async () => {
    expect(await readCredit(await blocks(await jpegWithIptc([[80, 'Пётр Иванов'], [110, 'AP']])))).toBe('Пётр Иванов / AP');
    expect(await readCredit(await blocks(await jpegWithIptc([[110, 'ТАСС']])))).toBe('ТАСС');
    // Without the UTF-8 marker the text is still read as UTF-8 when it is valid UTF-8.
    const bare = iptcSegment([[80, 'Ёжиков']], false).subarray(4);
    expect(readIptcCredit(bare).byline).toEqual(['Ёжиков']);
  });

  it('never fails on damaged blocks', async () => {
    expect(await readCredit({ exif: Buffer.from('Exif\0\0garbage-garbage'), iptc: Buffer.from('8BIM\x04\x04\0\0\xff\xff\xff\xff', 'latin1'), xmp: '<x:xmpmeta><rdf' })).toBe('');
    expect(readIptcCredit(Buffer.from([0x1c, 0x02, 0x50, 0xff]))).toEqual({ byline: [] });
  });
});
