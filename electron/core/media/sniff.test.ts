import { describe, expect, it } from 'vitest';
import { TandemError } from '../errors';
import { animatedGif, imageOf } from './fixtures';
import { looksLikeSvg, sniffImageType } from './sniff';

async function refusal(name: string, bytes: Uint8Array): Promise<TandemError> {
  const e: unknown = await sniffImageType(name, bytes).then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof TandemError)) throw new Error(`expected a TandemError, got ${String(e)}`);
  return e;
}

describe('sniffImageType', () => {
  it('reads the type from the bytes, whatever the name says', async () => {
    expect(await sniffImageType('photo.png', await imageOf('jpeg'))).toBe('image/jpeg');
    expect(await sniffImageType('photo.jpg', await imageOf('png'))).toBe('image/png');
    expect(await sniffImageType('x', await imageOf('webp'))).toBe('image/webp');
    expect(await sniffImageType('x.bin', await imageOf('avif'))).toBe('image/avif');
    expect(await sniffImageType('anim', await animatedGif())).toBe('image/gif');
  });

  it('refuses SVG in its usual shapes, saying why and what to do', async () => {
    const shapes = [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '\uFEFF  <?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg width="10"/>',
      '<?xml version="1.0"?><!DOCTYPE svg [ <!ENTITY x "y"> ]><svg/>',
    ];
    for (const svg of shapes) {
      expect(looksLikeSvg(Buffer.from(svg)), svg).toBe(true);
      const e = await refusal('logo.png', Buffer.from(svg));
      expect(e.code).toBe('invalid_input');
      expect(e.message).toMatch(/logo\.png is an SVG drawing.*scripts.*export it as PNG/);
      expect(e.phrase).toEqual({ key: 'core.media.svg', params: { name: 'logo.png' } });
    }
    expect(looksLikeSvg(Buffer.from('<html><body><svg></svg></body></html>'))).toBe(false);
  });

  it('says what a file really is when it is not an accepted image', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');
    const named = await refusal('photo.jpg', pdf);
    expect(named.message).toMatch(/^This file is named photo\.jpg but it is a PDF document\. Tandem accepts JPEG, PNG, WebP, AVIF and GIF images; /);
    // What it is goes into the sentence as a phrase of its own, said in the reader's language.
    expect(named.phrase).toEqual({ key: 'core.media.otherFileNamed', params: { name: 'photo.jpg', kind: { key: 'core.media.kinds.pdf' } } });
    const report = await refusal('report.pdf', pdf);
    expect(report.message).toMatch(/^report\.pdf is a PDF document\./);
    expect(report.phrase?.key).toBe('core.media.otherFile');
    expect((await refusal('notes.jpg', Buffer.from('Всё, что нужно знать.\n'))).message).toMatch(/named notes\.jpg but it is a text file.*choose the image file itself/);
    const tiff = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
    expect((await refusal('scan.tif', tiff)).message).toMatch(/TIFF image.*export it as JPEG/);
    const noise = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 131 + 7) % 256));
    expect((await refusal('mystery.jpg', noise)).message).toMatch(/mystery\.jpg is not an image Tandem can read: its contents are not JPEG, PNG, WebP, AVIF or GIF/);
  });
});
