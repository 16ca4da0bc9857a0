import type { BlockInfo } from './blocks';

/**
 * How one row of the side-by-side view stands:
 *
 * - `current`: the translated block links to the original block and its hash still matches.
 * - `stale`: it links to the original block, whose text has changed since.
 * - `removed`: it links to an original block that no longer exists.
 * - `missing`: an original block with words and no translation, or only an empty one.
 * - `unlinked`: a pair placed side by side by position, written before links existed
 *   (an import); neither counted nor marked. Typing in the translated block links it.
 * - `moved`: an original block whose translation sits elsewhere (the translator reordered).
 * - `extra`: a translated block with no original beside it (the translator's own addition).
 * - `empty`: an empty original block with nothing beside it.
 */
export type RowState = 'current' | 'stale' | 'removed' | 'missing' | 'unlinked' | 'moved' | 'extra' | 'empty';

export interface AlignedRow {
  original: BlockInfo | null;
  translation: BlockInfo | null;
  state: RowState;
}

export interface TranslationHealth {
  /** Translated blocks whose original changed or went away. */
  stale: number;
  /** Original blocks with words and no translation. */
  missing: number;
}

function linkState(t: BlockInfo, byId: ReadonlyMap<string, BlockInfo>): RowState {
  const o = byId.get(t.src);
  if (!o) return 'removed';
  // A linked block whose words were all deleted translates nothing.
  if (t.text.trim() === '' && o.text.trim() !== '') return 'missing';
  return o.hash === t.srcHash ? 'current' : 'stale';
}

/** Indices (into `seq`) of a longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k] as number;
  }
  return keep;
}

/**
 * Lines the translation's blocks up against the original's: linked pairs side by side (in
 * an order both bodies share), the blocks between them paired by position. Rows come in
 * the order of both bodies, so the view can show them top to bottom.
 */
export function alignBlocks(original: readonly BlockInfo[], translation: readonly BlockInfo[]): AlignedRow[] {
  const byId = new Map<string, BlockInfo>();
  for (const o of original) if (o.id && !byId.has(o.id)) byId.set(o.id, o);
  const linkedIds = new Set<string>();
  for (const t of translation) if (t.src && byId.has(t.src)) linkedIds.add(t.src);

  // Anchors: linked translation blocks, in translation order, whose originals also run forward.
  const candidates = translation.filter((t) => t.src && byId.has(t.src));
  const keep = longestIncreasing(candidates.map((t) => (byId.get(t.src) as BlockInfo).index));
  const anchors = candidates.filter((_, i) => keep.has(i));

  const rows: AlignedRow[] = [];
  let oi = 0;
  let ti = 0;
  const gap = (oEnd: number, tEnd: number) => {
    while (oi < oEnd || ti < tEnd) {
      const o = oi < oEnd ? original[oi] : undefined;
      const t = ti < tEnd ? translation[ti] : undefined;
      const oFree = o !== undefined && !linkedIds.has(o.id);
      const tFree = t !== undefined && !t.src;
      if (o && t && oFree && tFree) {
        const state: RowState = t.text.trim() === '' ? (o.text.trim() === '' ? 'unlinked' : 'missing') : 'unlinked';
        rows.push({ original: o, translation: t, state });
        oi++;
        ti++;
      } else if (t && !tFree) {
        rows.push({ original: null, translation: t, state: linkState(t, byId) });
        ti++;
      } else if (o && !oFree) {
        rows.push({ original: o, translation: null, state: 'moved' });
        oi++;
      } else if (o) {
        rows.push({ original: o, translation: null, state: o.text.trim() === '' ? 'empty' : 'missing' });
        oi++;
      } else if (t) {
        rows.push({ original: null, translation: t, state: 'extra' });
        ti++;
      }
    }
  };
  for (const t of anchors) {
    const o = byId.get(t.src) as BlockInfo;
    gap(o.index, t.index);
    rows.push({ original: o, translation: t, state: linkState(t, byId) });
    oi = o.index + 1;
    ti = t.index + 1;
  }
  gap(original.length, translation.length);
  return rows;
}

/** The counts the article list shows and filters on. */
export function healthOf(rows: readonly AlignedRow[]): TranslationHealth {
  let stale = 0;
  let missing = 0;
  for (const row of rows) {
    if (row.state === 'stale' || row.state === 'removed') stale++;
    else if (row.state === 'missing') missing++;
  }
  return { stale, missing };
}

/** A translation's health against its original. */
export function translationHealth(original: readonly BlockInfo[], translation: readonly BlockInfo[]): TranslationHealth {
  return healthOf(alignBlocks(original, translation));
}
