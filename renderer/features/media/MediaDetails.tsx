import { useEffect, useId, useState } from 'react';
import type { Media, MediaSummary, MediaUse } from '../../../shared/contract';
import { variantFor } from '../../../shared/domain/media';
import type { CallError } from '../../api';
import { mediaUrl } from '../../api/media';
import { useApp } from '../../app/context';
import { hrefFor } from '../../app/router';
import { langName } from '../articles/format';
import { ConfirmDialog } from './ConfirmDialog';
import { CreditField } from './CreditField';
import { deleteBlockedReason, dimensionsLabel, fileSizeLabel, mediaLabel, placementLabel, usesSummary } from './format';
import './media.css';
import { Trans, useTranslation } from 'react-i18next';

type Uses = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; uses: MediaUse[] };

/** About the width the panel shows its preview at, in CSS pixels. */
const PREVIEW_WIDTH = 360;

/**
 * One photo of the library beside the grid: a larger preview, its file, the credit, where it
 * is used, and deleting it once nothing uses it.
 */
export function MediaDetails(props: {
  summary: MediaSummary;
  onClose(): void;
  /** What the panel learnt or changed: the credit, how often the photo is used. */
  onChanged(id: string, changes: Partial<MediaSummary>): void;
  onDeleted(media: Media): void;
}) {
  const { t } = useTranslation();
  const { client, workspace, notify } = useApp();
  const reasonId = useId();
  const [media, setMedia] = useState<Media>(props.summary);
  const [uses, setUses] = useState<Uses>({ state: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const readOnly = workspace.readOnly;
  const id = props.summary.id;
  const { onChanged } = props;

  useEffect(() => {
    let current = true;
    void client.call('getMedia', { mediaId: id }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setMedia(result.value.media);
        setUses({ state: 'ready', uses: result.value.uses });
        onChanged(id, { ...result.value.media, useCount: result.value.uses.length });
      } else setUses({ state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [client, id, reloads, onChanged]);

  const useCount = uses.state === 'ready' ? uses.uses.length : props.summary.useCount;
  const blocked = deleteBlockedReason(useCount);
  const label = mediaLabel({ caption: props.summary.caption, name: media.name });
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio;

  const remove = async () => {
    setDeleting(true);
    const result = await client.call('deleteMedia', { mediaId: id });
    setDeleting(false);
    setConfirming(false);
    if (result.ok) {
      notify({ message: t('media.deleted', { name: media.name }) });
      props.onDeleted(media);
      return;
    }
    // Refused while in use (an article placed it meanwhile): say where, and show the uses again.
    setProblem(result.error.code === 'conflict' ? result.error.message : t('media.notDeleted', { message: result.error.message }));
    setReloads((n) => n + 1);
  };

  return (
    <section className="media-details" aria-label={t('media.details')}>
      <div className="media-details-header">
        <h2 className="media-details-title">
          {label}
        </h2>
        <button type="button" className="button button-small" aria-label={t('media.closeDetails')} onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
      <img
        className="media-preview"
        src={mediaUrl(client, id, variantFor(media, PREVIEW_WIDTH, dpr))}
        alt={label}
        width={media.width}
        height={media.height}
      />
      <dl className="media-facts">
        <dt>{t('media.file')}</dt>
        <dd>{media.name}</dd>
        <dt>{t('media.size')}</dt>
        <dd>
          {dimensionsLabel(media)}, {fileSizeLabel(media.bytes)}
        </dd>
      </dl>
      <CreditField
        media={media}
        readOnly={readOnly}
        onSaved={(saved) => {
          setMedia(saved);
          props.onChanged(id, saved);
        }}
      />
      <div>
        <h3 className="media-section-title">{t('media.usedInHeading')}</h3>
        <UseList uses={uses} onRetry={() => setReloads((n) => n + 1)} />
      </div>
      {readOnly ? null : (
        <div className="media-delete">
          <button
            type="button"
            className="button"
            disabled={blocked !== null || uses.state !== 'ready' || deleting}
            aria-describedby={blocked ? reasonId : undefined}
            onClick={() => {
              setProblem(null);
              setConfirming(true);
            }}
          >
            {t('media.deletePhoto')}
          </button>
          {blocked ? (
            <p className="muted" id={reasonId}>
              {blocked}
            </p>
          ) : null}
          {problem ? (
            <p className="error-text" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('media.deletePhoto')}
          confirmLabel={t('media.delete')}
          danger
          busy={deleting}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            <Trans i18nKey="media.deleteText" values={{ name: media.name }} components={[<strong key="name" />]} />
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function UseList({ uses, onRetry }: { uses: Uses; onRetry(): void }) {
  const { t } = useTranslation();
  if (uses.state === 'loading') return <p className="muted">{t('media.lookingForUses')}</p>;
  if (uses.state === 'failed') {
    return (
      <p className="error-text">
        {uses.error.message}{' '}
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </p>
    );
  }
  if (uses.uses.length === 0) return <p className="muted">{t('media.unused')}</p>;
  return (
    <>
      <p className="muted">{usesSummary(uses.uses)}</p>
      <ul className="media-uses" aria-label={t('media.usedInHeading')}>
        {uses.uses.map((use, i) => (
          <li key={`${use.articleId}:${use.lang}:${use.placement}:${i}`} className="media-use">
            <a href={hrefFor({ page: 'article', id: use.articleId })}>
              <span className="media-use-title" lang={use.lang}>
                {use.title.trim() || t('articles.untitled')}
              </span>
              <span className="media-use-meta">
                {langName(use.lang)} · {placementLabel(use.placement)}
                {use.inTrash ? <span className="media-use-trash">{t('media.inTrash')}</span> : null}
              </span>
              {use.caption.trim() ? (
                <span className="media-use-caption" lang={use.lang}>
                  {use.caption}
                </span>
              ) : (
                <span className="media-use-caption">{t('media.noCaptionShort')}</span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
