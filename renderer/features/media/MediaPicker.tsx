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
            aria-label="Search media"
            placeholder="Captions, alt texts, credits, file names"
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
            Cancel
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
  const { list } = props;
  if (list.state === 'loading') return <StateMessage tone="loading" title="Loading photos…" />;
  if (list.state === 'failed') return <FailedState title="The photos could not be listed" error={list.error} onRetry={props.onRetry} />;
  if (list.items.length === 0) {
    if (list.query || props.searching) {
      return (
        <StateMessage tone="empty" title={`No photos found for “${list.query}”`}>
          <p>Search looks at captions, alt texts, credits and file names in every language.</p>
        </StateMessage>
      );
    }
    return (
      <StateMessage tone="empty" title="The library has no photos yet">
        <p>
          Add photos on the Media page (Media in the sidebar): use Add photo or drop image files onto it. A lead photo added
          with Add photo in an article goes to the library too.
        </p>
      </StateMessage>
    );
  }
  return (
    <>
      <ul role="list" className="media-grid media-grid-compact" aria-label="Photos" onKeyDown={handleGridKeys}>
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
