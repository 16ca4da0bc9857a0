import { useRef } from 'react';
import type { RevisionSummary } from '../../../../shared/contract';
import { KIND_LABELS, movedIndex, revisionTime, wordDeltaLabel } from './labels';
import { useTranslation } from 'react-i18next';

/**
 * The revisions, newest first, each a button named by its time, kind and change in words.
 * Up and Down move between them (one Tab stop for the whole list).
 */
export function RevisionList(props: { items: readonly RevisionSummary[]; selectedId: string | null; onSelect(id: string): void }) {
  const { t } = useTranslation();
  const { items, selectedId, onSelect } = props;
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const now = new Date();
  const selectedIndex = items.findIndex((r) => r.id === selectedId);
  const tabStop = Math.max(selectedIndex, 0);

  const move = (from: number, key: string) => {
    const to = movedIndex(from, key, items.length);
    const target = to === null ? undefined : items[to];
    if (to === null || !target) return false;
    buttons.current[to]?.focus();
    onSelect(target.id);
    return true;
  };

  return (
    <ul role="list" className="history-list" aria-label={t('history.versions')}>
      {items.map((revision, i) => (
        <li key={revision.id}>
          <button
            type="button"
            ref={(el) => {
              buttons.current[i] = el;
            }}
            className="history-entry"
            aria-current={revision.id === selectedId ? 'true' : undefined}
            tabIndex={i === tabStop ? 0 : -1}
            title={revision.title.trim() || undefined}
            onClick={() => onSelect(revision.id)}
            onKeyDown={(e) => {
              if (move(i, e.key)) e.preventDefault();
            }}
          >
            <span className="history-entry-time">{revisionTime(revision.createdAt, now)}</span>
            {' · '}
            <span className={`history-entry-kind history-kind-${revision.kind}`}>{KIND_LABELS[revision.kind]}</span>
            {' · '}
            <span className="history-entry-delta">{wordDeltaLabel(revision.wordDelta)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
