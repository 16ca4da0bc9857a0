import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { AlignedRow } from '../../../../shared/editor/alignment';
import type { BodyEditorHandle } from '../../../editor/BodyEditor';
import { layoutRows, type BlockBox, type Marker } from './layout';

/** How long the view waits after the last change before lining the columns up again. */
const SETTLE_MS = 120;
const GAP_PROPERTY = '--align-gap';

function measure(handle: BodyEditorHandle, originTop: number): Map<string, BlockBox> {
  const boxes = new Map<string, BlockBox>();
  for (const { id, element } of handle.blockElements()) {
    const rect = element.getBoundingClientRect();
    boxes.set(id, { top: rect.top - originTop, height: rect.height });
  }
  return boxes;
}

function sameMarkers(a: readonly Marker[], b: readonly Marker[]): boolean {
  return a.length === b.length && a.every((m, i) => m.kind === b[i]?.kind && m.row === b[i]?.row && Math.abs(m.top - (b[i]?.top ?? 0)) < 1);
}

/**
 * Keeps the original's and the translation's blocks side by side: after edits settle (and
 * when the window resizes), it measures both columns' blocks, gives the higher block of each
 * pair a gap above it (a CSS variable the body styles add to the block's top margin), and
 * returns where the stale and missing markers go, relative to `origin`.
 *
 * Measuring reads layout once and writes once, off the keystroke path.
 */
export function useAlignedLayout(options: {
  rows: readonly AlignedRow[] | null;
  original: RefObject<BodyEditorHandle | null>;
  translation: RefObject<BodyEditorHandle | null>;
  /** The element marker positions are relative to: the top of the translation's body. */
  origin: RefObject<HTMLElement | null>;
}): { markers: Marker[]; schedule(): void } {
  const { rows, original, translation, origin } = options;
  const [markers, setMarkers] = useState<Marker[]>([]);
  const gapped = useRef(new Set<HTMLElement>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const frame = useRef<number | null>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const run = useCallback(() => {
    frame.current = null;
    const o = original.current;
    const t = translation.current;
    const base = origin.current;
    const currentRows = rowsRef.current;
    for (const element of gapped.current) element.style.removeProperty(GAP_PROPERTY);
    gapped.current.clear();
    if (!o || !t || !base || !currentRows) {
      setMarkers((previous) => (previous.length === 0 ? previous : []));
      return;
    }
    const originTop = base.getBoundingClientRect().top;
    const originalBoxes = measure(o, originTop);
    const translationBoxes = measure(t, originTop);
    const layout = layoutRows(currentRows, originalBoxes, translationBoxes);
    const apply = (handle: BodyEditorHandle, gaps: ReadonlyMap<string, number>) => {
      if (gaps.size === 0) return;
      for (const { id, element } of handle.blockElements()) {
        const gap = gaps.get(id);
        if (gap === undefined) continue;
        element.style.setProperty(GAP_PROPERTY, `${Math.round(gap)}px`);
        gapped.current.add(element);
      }
    };
    apply(o, layout.originalGaps);
    apply(t, layout.translationGaps);
    setMarkers((previous) => (sameMarkers(previous, layout.markers) ? previous : layout.markers));
  }, [original, translation, origin]);

  const schedule = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      if (frame.current === null) frame.current = requestAnimationFrame(run);
    }, SETTLE_MS);
  }, [run]);

  // New rows (an edit settled, a link made, sides swapped): line up again.
  useEffect(() => schedule(), [rows, schedule]);

  useEffect(() => {
    const base = origin.current;
    const observer = new ResizeObserver(() => schedule());
    if (base?.parentElement) observer.observe(base.parentElement);
    return () => {
      observer.disconnect();
      if (timer.current !== null) clearTimeout(timer.current);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      for (const element of gapped.current) element.style.removeProperty(GAP_PROPERTY);
      gapped.current.clear();
    };
  }, [origin, schedule]);

  return { markers, schedule };
}
