/**
 * `npx tsx bench/media.ts [--quick]` (also run by `npm run bench`): what adding photos costs.
 *
 * In a temporary workspace, through core's dispatcher (what both transports call):
 *
 * 1. Imports 100 distinct 12-megapixel JPEGs (4000 × 3000, camera-like: EXIF with an
 *    orientation, an artist and a GPS position) one after another, as an editor dropping
 *    a folder of photos would: the time of each `importMedia` call (sniff, header check,
 *    the full decode that makes the thumbnail, sha256, the durable write, the row).
 * 2. The time until every variant (VARIANT_WIDTHS × WebP and JPEG) is made by the
 *    background queue, and the bytes they take.
 * 3. Importing the same 100 files again (each one found by its hash, nothing stored).
 *
 * The photos are made once per run from four noisy base images; each copy differs by a
 * JPEG comment segment, so every file has its own hash without encoding it again.
 *
 * Prints a table and writes bench/results/media.json ({name, value, unit} rows).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { openCore } from '../electron/core';
import { summarize } from './measure';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface MediaRow {
  name: string;
  value: number;
  unit: 'count' | 'ms' | 's' | 'MB' | 'photos/min';
}

export interface MediaBenchOptions {
  quick: boolean;
  log: (line: string) => void;
}

const row = (name: string, value: number, unit: MediaRow['unit']): MediaRow => ({ name, value: Math.round(value * 100) / 100, unit });

/** A camera-like 12 MP JPEG: noise over a gradient, with EXIF orientation, artist and GPS. */
async function basePhoto(i: number, width: number, height: number): Promise<Buffer> {
  const noise = await sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 110 + i * 10, sigma: 22 } } })
    .png({ compressionLevel: 0 })
    .toBuffer();
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#203040"/><stop offset="1" stop-color="#c0a080"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)" opacity="0.6"/></svg>`,
  );
  return sharp(noise)
    .composite([{ input: gradient, blend: 'over' }])
    .jpeg({ quality: 88 })
    .withExif({
      IFD0: { Orientation: i % 2 === 0 ? '1' : '6', Artist: 'Photographer ' + i, Copyright: 'Agency' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 24/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '49/1 52/1 0/1' },
    })
    .toBuffer();
}

/** The same JPEG with a comment segment after its start marker: another file, another hash. */
function withComment(jpeg: Buffer, text: string): Buffer {
  const payload = Buffer.from(text, 'latin1');
  const segment = Buffer.alloc(4 + payload.length);
  segment[0] = 0xff;
  segment[1] = 0xfe;
  segment.writeUInt16BE(payload.length + 2, 2);
  payload.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function table(rows: readonly MediaRow[]): string {
  const width = Math.max(44, ...rows.map((r) => r.name.length));
  const lines = [`${'photos'.padEnd(width)} ${'value'.padStart(10)} unit`, '-'.repeat(width + 22)];
  for (const r of rows) lines.push(`${r.name.padEnd(width)} ${(r.unit === 'count' ? r.value.toFixed(0) : r.value.toFixed(2)).padStart(10)} ${r.unit}`);
  return lines.join('\n');
}

export async function runMediaBench(options: MediaBenchOptions): Promise<{ rows: MediaRow[]; file: string }> {
  const count = options.quick ? 10 : 100;
  const [width, height] = [4000, 3000];
  const log = options.log;
  log(`Photos: making ${count} distinct ${width} × ${height} JPEGs…`);
  const bases: Buffer[] = [];
  for (let i = 0; i < 4; i++) bases.push(await basePhoto(i, width, height));
  const files = Array.from({ length: count }, (_, i) => withComment(bases[i % bases.length] as Buffer, `Tandem benchmark photo ${i}`));
  const inputMb = files.reduce((n, f) => n + f.length, 0) / 1e6;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-media-'));
  const core = openCore(dir);
  const rows: MediaRow[] = [];
  try {
    const times: number[] = [];
    const started = performance.now();
    for (const [i, bytes] of files.entries()) {
      const t0 = performance.now();
      const result = await core.dispatch('importMedia', { name: `photo-${i}.jpg`, bytes });
      times.push(performance.now() - t0);
      if (!result.ok) throw new Error(`photo ${i} was refused: ${result.error.message}`);
    }
    const importedMs = performance.now() - started;
    await core.media.idle();
    const allMs = performance.now() - started;
    const t = summarize(times);
    log(`  imported in ${(importedMs / 1000).toFixed(1)} s; every variant made after ${(allMs / 1000).toFixed(1)} s`);

    const again: number[] = [];
    for (const [i, bytes] of files.entries()) {
      const t0 = performance.now();
      const result = await core.dispatch('importMedia', { name: `copy-${i}.jpg`, bytes });
      again.push(performance.now() - t0);
      if (!result.ok || !(result.value as { existed: boolean }).existed) throw new Error(`photo ${i} was not found again by its hash`);
    }
    const a = summarize(again);
    rows.push(
      row('photos imported', count, 'count'),
      row('photo size (average)', inputMb / count, 'MB'),
      row('import one photo p50', t.p50, 'ms'),
      row('import one photo p95', t.p95, 'ms'),
      row(`import all ${count} (request path)`, importedMs / 1000, 's'),
      row(`import all ${count} and every variant`, allMs / 1000, 's'),
      row('throughput with variants', (count / allMs) * 60_000, 'photos/min'),
      row('originals on disk', folderBytes(path.join(dir, 'media', 'originals')) / 1e6, 'MB'),
      row('variants on disk', folderBytes(path.join(dir, 'media', 'variants')) / 1e6, 'MB'),
      row('same file again (dedupe) p50', a.p50, 'ms'),
      row('same file again (dedupe) p95', a.p95, 'ms'),
    );
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  log('');
  log(table(rows));
  const result = {
    ranAt: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, node: process.version, sharp: sharp.versions, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg() },
    options: { quick: options.quick, count, width, height },
    results: rows,
  };
  const outDir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'media.json');
  fs.writeFileSync(file, JSON.stringify(result, null, 1) + '\n');
  log(`\nResults: ${path.relative(path.dirname(BENCH_DIR), file)}`);
  return { rows, file };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runMediaBench({ quick: process.argv.includes('--quick'), log: (line) => console.log(line) }).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
