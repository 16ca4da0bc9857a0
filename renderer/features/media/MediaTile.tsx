import { useId, useState } from 'react';
import type { MediaSummary } from '../../../shared/contract';
import { THUMB_WIDTH, variantName } from '../../../shared/domain/media';
import { mediaUrl } from '../../api/media';
import { useApp } from '../../app/context';
import { mediaLabel, useCountLabel } from './format';
import './media.css';
import { useTranslation } from 'react-i18next';

/** The thumbnail of a photo, decorative: the control around it carries the name. */
export function Thumbnail(props: { media: Pick<MediaSummary, 'id'>; className?: string }) {
  const { t } = useTranslation();
  const { client } = useApp();
  const [failed, setFailed] = useState(false);
  if (failed) {
    return (
      <span className={`media-thumb media-thumb-missing ${props.className ?? ''}`} aria-hidden="true">
        {t('media.noPreview')}
      </span>
    );
  }
  return (
    <img
      className={`media-thumb ${props.className ?? ''}`}
      src={mediaUrl(client, props.media.id, variantName(THUMB_WIDTH, 'webp'))}
      alt=""
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={() => setFailed(true)}
    />
  );
}

/**
 * One photo in a grid: a button named by its caption (else its file name), with the
 * thumbnail and, when `details`, the credit and how often it is used.
 */
export function MediaTile(props: { media: MediaSummary; details?: boolean; selected?: boolean; onSelect(): void }) {
  const { media } = props;
  const metaId = useId();
  const label = mediaLabel(media);
  return (
    <button
      type="button"
      className="media-tile"
      data-grid-item=""
      data-media-id={media.id}
      aria-label={label}
      aria-describedby={props.details ? metaId : undefined}
      aria-current={props.selected ? 'true' : undefined}
      onClick={props.onSelect}
    >
      <span className="media-tile-frame">
        <Thumbnail media={media} />
      </span>
      <span className="media-tile-label" aria-hidden="true">
        {label}
      </span>
      {props.details ? (
        <span className="media-tile-meta" id={metaId}>
          {media.credit.trim() ? <span className="media-tile-credit">{media.credit}</span> : null}
          <span className={media.useCount > 0 ? 'media-tile-uses' : 'media-tile-uses media-unused'}>{useCountLabel(media.useCount)}</span>
        </span>
      ) : null}
    </button>
  );
}
