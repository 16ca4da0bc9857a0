import { createHash } from 'node:crypto';
import { MEDIA_TYPES, variantName } from '../../../../shared/domain/media';
import { TandemError } from '../../errors';
import { mediaLayout, writeDurably, type MediaFs } from '../../media/files';
import { say, type Sentence } from '../../said';
import type { StoredMedia } from '../../store/repositories/media';
import { fileProblem, importProblem } from '../problems';
import type { BundleData } from './read';

/**
 * A bundle's images into the media library, before the store's transaction: each image
 * keeps its id; every file of it in the bundle is stored as that variant
 * (`media/variants/<2hex>/<id>/<width>.<ext>`), and the largest file in the image's own
 * format is also stored as its original (a bundle never holds the original itself; the
 * library makes any other variant from this one). Files are written as every media file
 * is (temporary name, fsync, rename, folder fsync), each checked again against the
 * manifest's sha256 as it is read. When anything fails, or the store's transaction does
 * afterwards, `rollback` takes every file it wrote away again.
 */

export interface WrittenMedia {
  /** The rows to insert, one per new image. */
  rows: StoredMedia[];
  rollback(): Promise<void>;
}

/** Why the bundle's images could not be written, said so a person can act on it. */
function notStored(e: unknown): Sentence {
  switch ((e as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
      return say('core.imports.bundle.mediaNotStored.diskFull');
    case 'EDQUOT':
      return say('core.imports.bundle.mediaNotStored.quota');
    case 'EACCES':
    case 'EPERM':
      return say('core.imports.bundle.mediaNotStored.permission');
    case 'EROFS':
      return say('core.imports.bundle.mediaNotStored.readOnlyDisk');
    default:
      return say('core.imports.bundle.mediaNotStored.other', { detail: e instanceof Error ? e.message : String(e) });
  }
}

export async function writeBundleMedia(
  workspaceDir: string,
  data: BundleData,
  newIds: ReadonlySet<string>,
  files: MediaFs,
  onFile: (done: number, total: number) => void,
): Promise<WrittenMedia> {
  const layout = mediaLayout(workspaceDir);
  const written: string[] = [];
  const rollback = async () => {
    for (const target of written) await files.remove(target).catch(() => {});
  };
  const images = [...data.images.values()].filter((image) => newIds.has(image.media.id));
  const total = images.reduce((n, image) => n + image.media.files.length, 0);
  let done = 0;
  const rows: StoredMedia[] = [];
  try {
    for (const { media, original } of images) {
      const variantDir = layout.variantDir(media.id);
      if (!written.includes(variantDir)) written.push(variantDir);
      let originalBytes = 0;
      for (const file of media.files) {
        const bytes = await data.source.read(file.path);
        const expected = data.manifest.get(file.path);
        if (expected === undefined || bytes.length !== expected.size || createHash('sha256').update(bytes).digest('hex') !== expected.sha256) {
          throw fileProblem(`${data.source.label}: ${file.path}`, null, say('core.imports.bundle.changed'));
        }
        await writeDurably(files, layout.tmp, layout.variant(media.id, variantName(file.width, file.format)), bytes);
        if (original !== null && file.path === original.path) {
          const target = layout.original(media.id, MEDIA_TYPES[media.mime]);
          written.push(target);
          await writeDurably(files, layout.tmp, target, bytes);
          originalBytes = bytes.length;
        }
        onFile(++done, total);
      }
      rows.push({
        id: media.id,
        mime: media.mime,
        width: media.width,
        height: media.height,
        bytes: originalBytes,
        name: media.name,
        credit: media.credit,
        createdAt: media.createdAt,
        updatedAt: media.updatedAt,
      });
    }
  } catch (e) {
    await rollback();
    if (e instanceof TandemError) throw e;
    throw importProblem(notStored(e));
  }
  return { rows, rollback };
}
