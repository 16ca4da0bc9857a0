import sharp from 'sharp';

/** Image files made for one test, as Playwright's setInputFiles takes them. */
export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A small camera-like JPEG with a photographer's name (EXIF Artist) and a GPS position. */
export async function cameraJpeg(name: string, options: { artist?: string; color?: string; width?: number; height?: number } = {}): Promise<TestFile> {
  const buffer = await sharp({
    create: { width: options.width ?? 1200, height: options.height ?? 800, channels: 3, background: options.color ?? '#4a6a8a' },
  })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: options.artist ? { Artist: options.artist } : {},
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '49/1 52/1 0/1' },
    })
    .toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}

/** A PNG of one colour. */
export async function plainPng(name: string, color = '#c08040'): Promise<TestFile> {
  const buffer = await sharp({ create: { width: 640, height: 480, channels: 3, background: color } }).png().toBuffer();
  return { name, mimeType: 'image/png', buffer };
}

/** Not an image at all, though its name says so. */
export function fakeJpeg(name = 'not-a-photo.jpg'): TestFile {
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n') };
}
