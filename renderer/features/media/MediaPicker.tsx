import { useRef, useState, type JSX } from 'react';
import type { Media, MediaSummary } from '../../../shared/contract';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import { useDebounced } from '../../ui/useDebounced';
import { useModalDialog } from '../../ui/useModalDialog';
import { handleGridKeys } from './gridKeys';
import { MediaTile } from './MediaTile';
import { useMediaList } from './useMediaList';
import './media.css';
import { useTranslation } from 'react-i18next';

const PAGE_SIZE = 48;

/** The library's fields of a photo, without what the grid adds (use count, a caption). */
function toMedia(summary: MediaSummary): Media {
  const { useCount: _useCount, caption: _caption, ...media } = summary;
  return media;
}

/**
 * A modal dialog to choose a photo from the library (the body editor's `Photo from library`,
 * the lead photo's `Choose from library`). Choosing calls `onChoose`, then `onClose`.
 */
export function MediaPicker(props: { open: boolean; title: string; onClose(): void; onChoose(media: Media): void }): JSX.Element | null {
  if (!props.open) return null;
  return <PickerDialog title={props.title} onClose={props.onClose} onChoose={props.onChoose} />;
}

function PickerDialog(props: { title: string; onClose(): void; onChoose(media: Media): void }) {
  const { t } = useTranslation();
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 250);
  const { list, loadMore, reload } = useMediaList(settled, PAGE_SIZE);

  const modal = useModalDialog({ initialFocus: () => search.current, onCancel: props.onClose });

  const choose = (media: MediaSummary) => {
    props.onChoose(toMedia(media));
    props.onClose();
  };

  return (
    <dialog
      ref={modal.ref}
      className="media-dialog"
      aria-label={props.title}
      onKeyDown={modal.onKeyDown}
      onCancel={modal.onCancel}
    >
      <div className="media-dialog-body">
        <div className="media-dialog-header">
          <h2 className="media-dialog-title">{props.title}</h2>
          <input
            ref={search}
            type="search"
            className="media-search"
            aria-label={t('media.search')}
            placeholder={t('media.pickerPlaceholder')}
            value={query}
            maxLength={500}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="media-dialog-content">
          <PickerContent list={list} searching={query.trim() !== ''} onRetry={reload} onLoadMore={loadMore} onChoose={choose} />
        </div>
        <div className="media-dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}

function PickerContent(props: {
  list: ReturnType<typeof useMediaList>['list'];
  searching: boolean;
  onRetry(): void;
  onLoadMore(): void;
  onChoose(media: MediaSummary): void;
}) {
  const { t } = useTranslation();
  const { list } = props;
  if (list.state === 'loading') return <StateMessage tone="loading" title={t('media.loading')} />;
  if (list.state === 'failed') return <FailedState title={t('media.listFailed')} error={list.error} onRetry={props.onRetry} />;
  if (list.items.length === 0) {
    if (list.query || props.searching) {
      return (
        <StateMessage tone="empty" title={t('media.nothingFound', { query: list.query })}>
          <p>{t('media.searchHint')}</p>
        </StateMessage>
      );
    }
    return (
      <StateMessage tone="empty" title={t('media.libraryEmpty')}>
        <p>{t('media.libraryEmptyText')}</p>
      </StateMessage>
    );
  }
  return (
    <>
      <ul role="list" className="media-grid media-grid-compact" aria-label={t('media.photos')} onKeyDown={handleGridKeys}>
        {list.items.map((media) => (
          <li key={media.id}>
            <MediaTile media={media} onSelect={() => props.onChoose(media)} />
          </li>
        ))}
      </ul>
      {list.nextCursor || typeof list.more === 'object' ? (
        <LoadMoreFooter shown={list.items.length} total={list.total} hasMore={list.nextCursor !== null} more={list.more} onLoadMore={props.onLoadMore} />
      ) : null}
    </>
  );
}
