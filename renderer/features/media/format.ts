import type { MediaUse } from '../../../shared/contract';
import { i18n } from '../../i18n';
import { langName } from '../articles/format';

/** The words the library uses for photos: names, sizes, and where a photo is placed. */

/** What a photo is called in a grid or dialog: a caption it carries, else its file name. */
export function mediaLabel(media: { caption?: string; name: string }): string {
  const caption = media.caption?.trim() ?? '';
  if (caption) return caption;
  return media.name.trim() || i18n.t('media.untitled');
}

/** "Not used", "Used in 1 place", "Used in 3 places": placements in all articles and languages. */
export function useCountLabel(count: number): string {
  if (count <= 0) return i18n.t('media.notUsed');
  return i18n.t('media.usedIn', { count });
}

/** The distinct articles among a photo's placements. */
export function articleCount(uses: readonly Pick<MediaUse, 'articleId'>[]): number {
  return new Set(uses.map((u) => u.articleId)).size;
}

/** "Used in 3 places in 2 articles", for the detail panel. */
export function usesSummary(uses: readonly Pick<MediaUse, 'articleId'>[]): string {
  if (uses.length === 0) return i18n.t('media.notUsedInAny');
  const articles = articleCount(uses);
  const places = useCountLabel(uses.length);
  return i18n.t('media.usesSummary', { places, count: articles });
}

/** Why a photo cannot be deleted yet, or null when it can. */
export function deleteBlockedReason(useCount: number): string | null {
  if (useCount <= 0) return null;
  return i18n.t('media.blocked', { count: useCount });
}

/** "1920 × 1080 px". */
export function dimensionsLabel(media: { width: number; height: number }): string {
  return i18n.t('units.pixels', { width: media.width, height: media.height });
}

/** A file size in the units people read: "850 KB", "2.4 MB" (decimal, as file managers show). */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1_000) return i18n.t('units.bytes', { count: bytes });
  if (bytes < 1_000_000) return i18n.t('units.kilobytes', { size: Math.max(1, Math.round(bytes / 1_000)) });
  const mb = bytes / 1_000_000;
  if (mb >= 10) return i18n.t('units.megabytes', { size: Math.round(mb) });
  return i18n.t('units.megabytes', { size: mb, formatParams: { size: { minimumFractionDigits: 1, maximumFractionDigits: 1 } } });
}

/** "lead photo" or "in the text". */
export function placementLabel(placement: MediaUse['placement']): string {
  return placement === 'lead' ? i18n.t('media.placementLead') : i18n.t('media.placementBody');
}

/** How a caption is printed under the photo on the published page: `фото: …`, `photo: …`. */
const CAPTION_LABELS: Readonly<Record<string, string>> = { ru: 'фото:', en: 'photo:', az: 'foto:' };

export function captionPrefix(lang: string): string {
  return CAPTION_LABELS[lang] ?? 'photo:';
}

/** "No caption in Russian yet", "No caption or alt text in English yet", or null when both are written. */
export function missingTextWarning(lang: string, texts: { caption: string; altText: string }): string | null {
  const caption = texts.caption.trim() === '';
  const alt = texts.altText.trim() === '';
  if (!caption && !alt) return null;
  const language = langName(lang);
  if (caption && alt) return i18n.t('media.noCaptionOrAlt', { language });
  return caption ? i18n.t('media.noCaption', { language }) : i18n.t('media.noAlt', { language });
}

/** "Adding photo…", "Adding 3 photos…". */
export function addingLabel(count: number): string {
  return i18n.t('media.adding', { count });
}

/** What a toast says after files were added: new photos, and those already in the library. */
export function addedMessage(outcome: { added: number; existing: readonly string[] }): string | null {
  const parts: string[] = [];
  if (outcome.added > 0) parts.push(i18n.t('media.added', { count: outcome.added }));
  if (outcome.existing.length === 1) parts.push(i18n.t('media.existingOne', { name: outcome.existing[0] ?? i18n.t('media.thisPhoto') }));
  else if (outcome.existing.length > 1) parts.push(i18n.t('media.existingMany', { count: outcome.existing.length }));
  return parts.length > 0 ? parts.join(' ') : null;
}
