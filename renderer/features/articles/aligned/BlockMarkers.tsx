import { useEffect, useRef, useState } from 'react';
import type { AlignedRow } from '../../../../shared/editor/alignment';
import { wordDiff } from '../history/wordDiff';
import type { Marker } from './layout';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../../../i18n';

const LABELS = {
  stale: 'markers.stale',
  removed: 'markers.removed',
  missing: 'markers.missing',
} as const;

export interface BlockMarkersProps {
  markers: readonly Marker[];
  rows: readonly AlignedRow[];
  /** The language the original is written in and the translation's, for `lang` on quoted text. */
  originalLang: string;
  readOnly: boolean;
  /** Which side of the translation column the markers sit on (toward the original). */
  side: 'left' | 'right';
  onMarkUpToDate(row: AlignedRow): void;
  onTranslate(row: AlignedRow): void;
}

/**
 * The markers beside the translation: one per stale, removed or missing block, each a
 * button that opens what changed in the original and what to do about it.
 */
export function BlockMarkers(props: BlockMarkersProps) {
  const { t } = useTranslation();
  const { markers, rows, side } = props;
  const [open, setOpen] = useState<number | null>(null);
  const openMarker = markers.find((m) => m.row === open) ?? null;

  return (
    <div className={`block-markers block-markers-${side}`}>
      {markers.map((marker) => {
        const row = rows[marker.row];
        if (!row) return null;
        return (
          <div key={`${marker.row}:${marker.kind}`} className={`block-marker block-marker-${marker.kind}`} style={{ top: marker.top }}>
            <button
              type="button"
              className="block-marker-button"
              aria-label={t(LABELS[marker.kind])}
              title={t(LABELS[marker.kind])}
              aria-expanded={open === marker.row}
              onClick={() => setOpen(open === marker.row ? null : marker.row)}
            >
              {marker.kind === 'missing' ? '+' : '!'}
            </button>
            {openMarker === marker ? <MarkerDetails {...props} row={row} kind={marker.kind} onClose={() => setOpen(null)} /> : null}
          </div>
        );
      })}
    </div>
  );
}

function MarkerDetails(props: BlockMarkersProps & { row: AlignedRow; kind: Marker['kind']; onClose(): void }) {
  const { t } = useTranslation();
  const { row, kind, originalLang, readOnly, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, []);
  const before = row.translation?.srcText ?? '';
  const now = row.original?.text ?? '';

  return (
    <div
      ref={ref}
      className="marker-details"
      role="group"
      aria-label={kind === 'missing' ? t('markers.notTranslated') : t('markers.whatChanged')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {kind === 'missing' ? (
        <>
          <p className="marker-heading">{t('markers.noTranslation')}</p>
          <blockquote lang={originalLang}>{now}</blockquote>
          {readOnly ? null : (
            <button type="button" className="button button-small button-primary" onClick={() => { props.onTranslate(row); onClose(); }}>
              {t('markers.translate')}
            </button>
          )}
        </>
      ) : (
        <>
          <p className="marker-heading">{kind === 'removed' ? t('markers.wasRemoved') : t('markers.changed')}</p>
          <div className="marker-texts">
            <div>
              <div className="marker-caption">{t('markers.then')}</div>
              <blockquote lang={before ? originalLang : uiLanguage()}>{before || t('markers.notRecorded')}</blockquote>
            </div>
            {kind === 'stale' ? (
              <div>
                <div className="marker-caption">{t('markers.now')}</div>
                <blockquote className="marker-diff" lang={originalLang}>
                  {wordDiff(before, now).map((segment, i) =>
                    segment.kind === 'added' ? (
                      <ins key={i}>{segment.text}</ins>
                    ) : segment.kind === 'removed' ? (
                      <del key={i}>{segment.text}</del>
                    ) : (
                      <span key={i}>{segment.text}</span>
                    ),
                  )}
                </blockquote>
              </div>
            ) : null}
          </div>
          {readOnly ? null : (
            <button type="button" className="button button-small button-primary" onClick={() => { props.onMarkUpToDate(row); onClose(); }}>
              {t('markers.markUpToDate')}
            </button>
          )}
        </>
      )}
      <button type="button" className="button button-small button-quiet" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
