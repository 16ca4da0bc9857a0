import type { AlignedRow } from '../../../../shared/editor/alignment';

/** Where a block sits before any alignment gap: its top and height, in pixels. */
export interface BlockBox {
  top: number;
  height: number;
}

/** The boxes of one side's blocks, by block id, measured with no gaps applied. */
export type SideBoxes = ReadonlyMap<string, BlockBox>;

export type MarkerKind = 'stale' | 'removed' | 'missing';

export interface Marker {
  kind: MarkerKind;
  /** The row in `rows`. */
  row: number;
  /** Top of the row once aligned, in the same coordinates as the boxes. */
  top: number;
}

export interface Layout {
  /** Extra space above a block so its row lines up, by block id; blocks not named get none. */
  originalGaps: Map<string, number>;
  translationGaps: Map<string, number>;
  markers: Marker[];
}

/** Gaps under this many pixels are left out: they would only make the text jitter. */
const MIN_GAP = 1;

/**
 * Lines both columns up row by row: where a row holds a block on each side, the one that
 * sits higher gets a gap above it so both start at the same height. A row with a block on
 * one side only takes no space on the other; the next paired row closes the difference.
 * Blocks the view has not measured (typed since the last measure) are skipped.
 */
export function layoutRows(rows: readonly AlignedRow[], original: SideBoxes, translation: SideBoxes): Layout {
  const originalGaps = new Map<string, number>();
  const translationGaps = new Map<string, number>();
  const markers: Marker[] = [];
  let shiftO = 0;
  let shiftT = 0;
  rows.forEach((row, i) => {
    const o = row.original ? original.get(row.original.id) : undefined;
    const t = row.translation ? translation.get(row.translation.id) : undefined;
    let top: number | null = null;
    if (o && t && row.original && row.translation) {
      const placedO = o.top + shiftO;
      const placedT = t.top + shiftT;
      const diff = placedO - placedT;
      if (diff >= MIN_GAP) {
        translationGaps.set(row.translation.id, diff);
        shiftT += diff;
      } else if (-diff >= MIN_GAP) {
        originalGaps.set(row.original.id, -diff);
        shiftO -= diff;
      }
      top = Math.max(placedO, placedT);
    } else if (t) top = t.top + shiftT;
    else if (o) top = o.top + shiftO;

    const kind: MarkerKind | null =
      row.state === 'stale' ? 'stale' : row.state === 'removed' ? 'removed' : row.state === 'missing' ? 'missing' : null;
    if (kind !== null && top !== null) markers.push({ kind, row: i, top });
  });
  return { originalGaps, translationGaps, markers };
}
