import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { ManifestSchema, type Manifest, type ManifestFile } from '../../../shared/domain/bundle';
import { TandemError } from '../errors';
import { say } from '../said';

/**
 * Where a bundle is written. New and changed files go to a staging folder beside the
 * output folder; only when everything is made are they moved into place (each move is a
 * rename on the same disk), the removed files deleted and the manifest written last. A
 * cancelled or failed export deletes the staging folder and leaves the output as it was.
 */

export const MANIFEST = 'manifest.json';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The previous bundle in `outDir`: its manifest and that manifest's own hash, or null for an empty or missing folder. */
export function readPreviousBundle(outDir: string): { manifest: Manifest; sha256: string } | null {
  let entries: string[];
  try {
    entries = fs.readdirSync(outDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new TandemError('unavailable', say('core.export.cannotRead', { folder: outDir, reason: (e as Error).message }));
  }
  if (entries.length === 0) return null;
  const notBundle = new TandemError('invalid_input', say('core.export.notBundle', { folder: outDir }));
  if (!entries.includes(MANIFEST)) throw notBundle;
  const bytes = fs.readFileSync(path.join(outDir, MANIFEST));
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw notBundle;
  }
  const result = ManifestSchema.safeParse(parsed);
  if (!result.success) throw notBundle;
  return { manifest: result.data, sha256: sha256(bytes) };
}

export class Staging {
  readonly dir: string;
  private readonly made = new Set<string>();
  readonly paths: string[] = [];

  /** A new staging folder beside `outDir`; given `dir`, the one another thread made for it, to write into. */
  constructor(
    readonly outDir: string,
    dir?: string,
  ) {
    if (dir !== undefined) {
      this.dir = dir;
      return;
    }
    const parent = path.dirname(path.resolve(outDir));
    fs.mkdirSync(parent, { recursive: true });
    this.dir = path.join(parent, `.${path.basename(outDir)}.tandem-staging-${randomUUID().slice(0, 8)}`);
    fs.mkdirSync(this.dir);
  }

  private ensureDir(rel: string): void {
    const dir = path.dirname(rel);
    if (dir === '.' || this.made.has(dir)) return;
    fs.mkdirSync(path.join(this.dir, dir), { recursive: true });
    this.made.add(dir);
  }

  write(rel: string, data: Uint8Array | string): void {
    this.ensureDir(rel);
    fs.writeFileSync(path.join(this.dir, rel), data);
    this.paths.push(rel);
  }

  /** A file another thread wrote into this folder: moved into place with the rest. */
  adopt(rel: string): void {
    this.paths.push(rel);
  }

  copy(rel: string, from: string): void {
    this.ensureDir(rel);
    fs.copyFileSync(from, path.join(this.dir, rel));
    this.paths.push(rel);
  }

  discard(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /**
   * Moves the staged files into `outDir` and deletes `removed` (paths of the previous
   * bundle no longer in it). The manifest is moved last, so a bundle whose manifest names a
   * file always has it. A missing output folder is made by moving the staging folder whole.
   */
  commit(removed: readonly string[]): void {
    const out = path.resolve(this.outDir);
    if (!fs.existsSync(out) || fs.readdirSync(out).length === 0) {
      fs.rmSync(out, { recursive: true, force: true });
      fs.renameSync(this.dir, out);
      return;
    }
    const made = new Set<string>();
    const last = this.paths.filter((p) => p === MANIFEST);
    for (const rel of [...this.paths.filter((p) => p !== MANIFEST), ...last]) {
      const target = path.join(out, rel);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      fs.renameSync(path.join(this.dir, rel), target);
    }
    for (const rel of removed) {
      fs.rmSync(path.join(out, rel), { force: true });
      removeEmptyParents(out, path.dirname(rel));
    }
    this.discard();
  }
}

function removeEmptyParents(root: string, rel: string): void {
  let dir = rel;
  while (dir !== '.' && dir !== '' && dir !== '/') {
    const full = path.join(root, dir);
    try {
      if (fs.readdirSync(full).length > 0) return;
      fs.rmdirSync(full);
    } catch {
      return;
    }
    dir = path.dirname(dir);
  }
}

/** Staging folders a crash left beside `outDir`. */
export function sweepStaging(outDir: string): void {
  const parent = path.dirname(path.resolve(outDir));
  const prefix = `.${path.basename(outDir)}.tandem-staging-`;
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix)) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
}

/** A fixed time for every zip entry, so the same bundle always zips to the same bytes. */
const ZIP_TIME = new Date(Date.UTC(2000, 0, 1));

/** Zips the bundle's files (sorted, fixed times and modes) to `zipPath`, through a temporary name. */
export async function zipBundle(outDir: string, files: readonly string[], zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const rel of [...files].sort()) zip.addFile(path.join(outDir, rel), rel, { mtime: ZIP_TIME, mode: 0o100644 });
  zip.end();
  const tmp = `${zipPath}.tmp-${randomUUID().slice(0, 8)}`;
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(tmp);
    zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
    zip.outputStream.on('error', reject);
  }).catch((e: unknown) => {
    fs.rmSync(tmp, { force: true });
    throw e;
  });
  fs.renameSync(tmp, zipPath);
}

/** Each manifest entry as `bundleJson` writes it inside the list, in UTF-8, kept with the entry (most are the same from one export to the next). */
const entryBytes = new WeakMap<ManifestFile, Buffer>();

function entryOf(f: ManifestFile): Buffer {
  let bytes = entryBytes.get(f);
  if (bytes === undefined) {
    bytes = Buffer.from(`    {\n      "path": ${JSON.stringify(f.path)},\n      "size": ${JSON.stringify(f.size)},\n      "sha256": ${JSON.stringify(f.sha256)}\n    }`, 'utf8');
    entryBytes.set(f, bytes);
  }
  return bytes;
}

/**
 * `manifest.json` exactly as `bundleJson(manifest)` writes it, in UTF-8 (a test holds them
 * equal), put together from each entry's bytes, kept with the entry between exports.
 */
export function manifestBytes(manifest: Manifest): Buffer {
  const head = Buffer.from(`{\n  "format": ${JSON.stringify(manifest.format)},\n  "generator": ${JSON.stringify(manifest.generator)},\n  "files": `, 'utf8');
  if (manifest.files.length === 0) return Buffer.concat([head, Buffer.from('[]\n}\n')]);
  const comma = Buffer.from(',\n');
  const parts: Buffer[] = [head, Buffer.from('[\n')];
  manifest.files.forEach((f, i) => {
    if (i > 0) parts.push(comma);
    parts.push(entryOf(f));
  });
  parts.push(Buffer.from('\n  ]\n}\n'));
  return Buffer.concat(parts);
}
