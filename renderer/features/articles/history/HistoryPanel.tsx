import { useEffect, useRef, useState, type RefObject } from 'react';
import type { RevisionSummary, Translation } from '../../../../shared/contract';
import { useApp } from '../../../app/context';
import { FailedState } from '../../../ui/FailedState';
import { StateMessage } from '../../../ui/StateMessage';
import { langName } from '../format';
import type { TextVersion } from './compare';
import { restoreVersion } from './restore';
import { RevisionDetail } from './RevisionDetail';
import { RevisionList } from './RevisionList';
import { useRevisionList } from './useRevisions';
import { useTranslation } from 'react-i18next';

export interface HistoryPanelProps {
  articleId: string;
  lang: string;
  /** The translation's current text as the editor holds it now, for the diff. */
  current(): TextVersion;
  /** Saves what is pending and resolves to the translation's revision number after that. */
  settle(): Promise<number>;
  readOnly: boolean;
  /** After a restore (or an undone restore) landed: the page reloads the pane with this translation. */
  onRestored(translation: Translation): void;
  onClose(): void;
}

/** The revisions of one language of an article, what changed since each, and restoring one. */
export function HistoryPanel(props: HistoryPanelProps) {
  const { t } = useTranslation();
  const { articleId, lang, readOnly, onClose } = props;
  const { client, notify } = useApp();
  const { list, reload, retry } = useRevisionList(articleId, lang);
  const scope = `${articleId}:${lang}`;
  const [selection, setSelection] = useState<{ scope: string; id: string } | null>(null);
  const selectedId = selection?.scope === scope ? selection.id : null;
  const selected = list.state === 'ready' ? (list.items.find((r) => r.id === selectedId) ?? null) : null;

  // An Undo may come after the panel closed: it reaches the page as it is then.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusWhileOpen(rootRef, headingRef);

  const restore = (revision: RevisionSummary) =>
    restoreVersion(
      {
        restoreRevision: (input) => client.call('restoreRevision', input),
        settle: () => latest.current.settle(),
        notify,
        onRestored: (translation) => {
          latest.current.onRestored(translation);
          setSelection(null);
          reload();
          // The Restore button goes away with the version shown: keep the person in the panel.
          const active = document.activeElement;
          if (!active || active === document.body || rootRef.current?.contains(active)) headingRef.current?.focus();
        },
        now: () => new Date(),
      },
      revision,
    );

  return (
    <aside
      ref={rootRef}
      className="history-panel"
      aria-label={t('editor.historyOf', { lang })}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onClose();
      }}
    >
      <header className="history-header">
        <h2 className="history-title" tabIndex={-1} ref={headingRef}>
          {t('history.title')} <span className="muted">· {langName(lang)}</span>
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>

      {list.state === 'loading' ? <StateMessage tone="loading" title={t('history.loading')} /> : null}
      {list.state === 'failed' ? (
        <FailedState title={t('history.loadFailed')} error={list.error} onRetry={retry} />
      ) : null}
      {list.state === 'ready' && list.items.length === 0 ? (
        <p className="history-empty">{t('history.empty')}</p>
      ) : null}
      {list.state === 'ready' && list.items.length > 0 ? (
        <>
          <RevisionList items={list.items} selectedId={selectedId} onSelect={(id) => setSelection({ scope, id })} />
          {selected ? (
            <RevisionDetail
              key={selected.id}
              revision={selected}
              lang={lang}
              readOnly={readOnly}
              current={() => latest.current.current()}
              onRestore={restore}
            />
          ) : (
            <p className="history-hint muted">{t('history.chooseHint')}</p>
          )}
        </>
      ) : null}
    </aside>
  );
}

/**
 * Moves focus into the panel when it opens, and back to where it was (the button that
 * opened it) when it closes, unless the person has moved on elsewhere meanwhile.
 */
function useFocusWhileOpen(rootRef: RefObject<HTMLElement | null>, targetRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = rootRef.current;
    targetRef.current?.focus();
    return () => {
      const active = document.activeElement;
      const focusWasHere = !active || active === document.body || (root?.contains(active) ?? false);
      if (opener?.isConnected && focusWasHere) opener.focus();
    };
  }, [rootRef, targetRef]);
}
