import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ImportedMedia, MediaSummary } from '../../../shared/contract';
import { MEDIA_ACCEPT, MEDIA_LIMITS } from '../../../shared/domain/media';
import { useApp } from '../../app/context';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import { useDebounced } from '../../ui/useDebounced';
import { addingLabel } from './format';
import { handleGridKeys } from './gridKeys';
import { MediaDetails } from './MediaDetails';
import { MediaTile } from './MediaTile';
import { useAddPhotos } from './useAddPhotos';
import { useFileDrop } from './useFileDrop';
import { useMediaList, type MediaListState } from './useMediaList';
import './media.css';
import { useTranslation } from 'react-i18next';

/** The largest photo the library takes, in MB. */
const MEDIA_MEGABYTES = Math.round(MEDIA_LIMITS.bytes / 1_000_000);

const PAGE_SIZE = 60;

/** What a newly added photo shows until the library is asked again. */
function summaryOf(imported: ImportedMedia): MediaSummary {
  return { ...imported.media, useCount: 0, caption: '' };
}

/**
 * The library: every photo in the workspace, searchable in any language, added from files
 * or by dropping them on the page; one photo's details beside the grid.
 */
export function MediaPage() {
  const { t } = useTranslation();
  const { workspace } = useApp();
  const readOnly = workspace.readOnly;
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), 250);
  const { list, loadMore, reload, update, remove } = useMediaList(settled, PAGE_SIZE);
  const [selected, setSelected] = useState<MediaSummary | null>(null);
  const add = useAddPhotos({ multiple: true, announceAdded: true });
  const fileInput = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLUListElement>(null);
  const search = useRef<HTMLInputElement>(null);

  const focusTile = (id: string) => {
    requestAnimationFrame(() => grid.current?.querySelector<HTMLElement>(`[data-media-id="${id}"]`)?.focus());
  };

  const added = (imported: ImportedMedia[]) => {
    if (imported.length === 0) return;
    reload();
    const only = imported.length === 1 ? imported[0] : undefined;
    if (only) setSelected(summaryOf(only));
  };

  const addFiles = (files: File[]) => void add.addFiles(files).then(added);
  const drop = useFileDrop(addFiles, !readOnly);

  const shown = selected ? ((list.state === 'ready' ? list.items.find((m) => m.id === selected.id) : undefined) ?? selected) : null;

  const closeDetails = () => {
    if (!shown) return;
    setSelected(null);
    focusTile(shown.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !shown) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.preventDefault();
    closeDetails();
  };

  const afterDelete = (id: string) => {
    const items = list.state === 'ready' ? list.items : [];
    const index = items.findIndex((m) => m.id === id);
    const next = items[index + 1] ?? items[index - 1];
    remove(id);
    setSelected(null);
    if (next) focusTile(next.id);
    else requestAnimationFrame(() => search.current?.focus());
  };

  const count = list.state === 'ready' ? list.total : null;

  return (
    <div className={drop.dragging ? 'media-page dragging' : 'media-page'} onKeyDown={onKeyDown} {...drop.handlers}>
      <div className="page-header">
        <h1>{t('media.title')}</h1>
        {count !== null && list.state === 'ready' && !list.query ? (
          <span className="page-count">{t('media.count', { count })}</span>
        ) : null}
        <div className="page-actions">
          <span role="status" className="media-progress">
            {add.adding !== 0 ? (
              <>
                <span className="spinner" aria-hidden="true" />
                {add.adding > 0 ? addingLabel(add.adding) : t('media.addingPhotos')}
              </>
            ) : null}
          </span>
          {readOnly ? null : (
            <button
              type="button"
              className="button button-primary"
              disabled={add.adding !== 0}
              onClick={() => (add.usesPicker ? void add.pick().then(added) : fileInput.current?.click())}
            >
              {t('media.addPhoto')}
            </button>
          )}
          {readOnly || add.usesPicker ? null : (
            <input
              ref={fileInput}
              type="file"
              className="visually-hidden"
              tabIndex={-1}
              multiple
              accept={MEDIA_ACCEPT}
              aria-label={t('media.chooseFiles')}
              onChange={(e) => {
                const files = Array.from(e.target.files ?? []);
                e.target.value = '';
                addFiles(files);
              }}
            />
          )}
        </div>
      </div>

      <div className="toolbar" role="search">
        <input
          ref={search}
          type="search"
          className="search-input media-search"
          aria-label={t('media.search')}
          placeholder={t('media.searchPlaceholder')}
          value={query}
          maxLength={500}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>

      <div className={shown ? 'media-layout with-details' : 'media-layout'}>
        <div>
          <LibraryBody
            list={list}
            readOnly={readOnly}
            searching={settled !== ''}
            selectedId={shown?.id ?? null}
            gridRef={grid}
            onSelect={setSelected}
            onRetry={reload}
            onLoadMore={loadMore}
            onClearSearch={() => {
              setQuery('');
              search.current?.focus();
            }}
          />
        </div>
        {shown ? (
          <MediaDetails
            key={shown.id}
            summary={shown}
            onClose={closeDetails}
            onChanged={update}
            onDeleted={(media) => afterDelete(media.id)}
          />
        ) : null}
      </div>
    </div>
  );
}

function LibraryBody(props: {
  list: MediaListState;
  readOnly: boolean;
  searching: boolean;
  selectedId: string | null;
  gridRef: RefObject<HTMLUListElement | null>;
  onSelect(media: MediaSummary): void;
  onRetry(): void;
  onLoadMore(): void;
  onClearSearch(): void;
}) {
  const { t } = useTranslation();
  const { list } = props;
  if (list.state === 'loading') return <StateMessage tone="loading" title={props.searching ? t('media.searching') : t('media.loading')} />;
  if (list.state === 'failed') {
    return <FailedState title={list.query ? t('media.searchFailed') : t('media.listFailed')} error={list.error} onRetry={props.onRetry} />;
  }
  if (list.items.length === 0) {
    if (list.query) {
      return (
        <StateMessage
          tone="empty"
          title={t('media.nothingFound', { query: list.query })}
          actions={
            <button type="button" className="button" onClick={props.onClearSearch}>
              {t('media.clearSearch')}
            </button>
          }
        >
          <p>{t('media.searchHint')}</p>
        </StateMessage>
      );
    }
    return (
      <StateMessage tone="empty" title={t('media.emptyTitle')}>
        {props.readOnly ? (
          <p>{t('media.emptyReadOnly')}</p>
        ) : (
          <>
            <p>{t('media.emptyText')}</p>
            <p>{t('media.formatsHint', { mb: MEDIA_MEGABYTES })}</p>
          </>
        )}
      </StateMessage>
    );
  }
  return (
    <>
      {list.query ? (
        <p className="muted search-summary">
          {t('media.foundFor', { count: list.total, query: list.query })}
        </p>
      ) : null}
      <ul ref={props.gridRef} role="list" className="media-grid" aria-label={t('media.photos')} onKeyDown={handleGridKeys}>
        {list.items.map((media) => (
          <li key={media.id}>
            <MediaTile media={media} details selected={media.id === props.selectedId} onSelect={() => props.onSelect(media)} />
          </li>
        ))}
      </ul>
      <LoadMoreFooter shown={list.items.length} total={list.total} hasMore={list.nextCursor !== null} more={list.more} onLoadMore={props.onLoadMore} />
    </>
  );
}
