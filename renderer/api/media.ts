import type { ImportedMedia } from '../../shared/contract';
import type { Said } from '../../shared/contract/phrase';
import { MEDIA_LIMITS, MEDIA_SCHEME, mediaPath, type MediaId } from '../../shared/domain/media';
import type { ApiClient } from './client';
import { i18n } from '../i18n/instance';
import { said } from '../i18n/said';

/**
 * Images in the renderer: where to load a variant from, and adding files to the library.
 * The renderer never reads the media folder: browser mode loads `/media/…` from the host
 * (which checks this run's access cookie), the desktop shell its `tandem-media:` scheme.
 */

/** The address of one variant of an image (`variant` as in shared/domain/media.ts: `320.webp`, `960.jpg`). */
export function mediaUrl(client: Pick<ApiClient, 'transport'>, id: MediaId, variant: string): string {
  const path = mediaPath(id, variant);
  return client.transport === 'desktop' ? `${MEDIA_SCHEME}://media${path.slice('/media'.length)}` : path;
}

/** What adding files did: the images now in the library, and files refused with the reason (core's said again with `said`). */
export interface ImportOutcome {
  imported: ImportedMedia[];
  refused: Array<Said & { name: string }>;
}

const MEGABYTES = Math.round(MEDIA_LIMITS.bytes / 1_000_000);

/** Adds files (from a file input, a drop or a paste) one after another. */
export async function importFiles(client: ApiClient, files: readonly File[]): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: [], refused: [] };
  for (const file of files) {
    const name = file.name || i18n.t('client.pastedImage');
    if (file.size > MEDIA_LIMITS.bytes) {
      outcome.refused.push({ name, message: i18n.t('client.photoTooLarge', { name, mb: MEGABYTES }) });
      continue;
    }
    if (file.size === 0) {
      outcome.refused.push({ name, message: i18n.t('client.photoEmpty', { name }) });
      continue;
    }
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      outcome.refused.push({ name, message: i18n.t('client.photoUnreadable', { name }) });
      continue;
    }
    const result = await client.call('importMedia', { name: name.slice(0, MEDIA_LIMITS.name), bytes });
    if (result.ok) outcome.imported.push(result.value);
    else outcome.refused.push({ name, message: result.error.message });
  }
  return outcome;
}

/** Desktop shell: the system's file dialog; each chosen file is added by the shell itself. */
export async function pickFiles(client: ApiClient, multiple: boolean): Promise<ImportOutcome> {
  const result = await client.call('pickMedia', { multiple });
  if (!result.ok) return { imported: [], refused: [{ name: '', message: result.error.message }] };
  return result.value;
}

/** One line for a toast about files that were refused. */
export function refusedMessage(refused: ImportOutcome['refused']): string {
  const [only] = refused;
  if (refused.length === 1 && only) return said(only);
  return i18n.t('client.refused', { count: refused.length, messages: refused.map((r) => said(r)).join(' ') });
}
