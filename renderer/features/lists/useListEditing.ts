import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ItemCard, ListGaps, ListItem, ListView } from '../../../shared/contract';
import { addItem, listGaps, moveItem } from '../../../shared/domain/lists';
import type { CallResult } from '../../api';
import { useApp } from '../../app/context';
import { i18n } from '../../i18n';
import { newItem, removeById, restoreItem, setTeaser, shrinkTo, undoAdd, updateItem } from './edits';
import { conflictMessage, droppedOffMessage, itemTitle, removedMessage, shortenedMessage } from './labels';
import { ListSaver, type ListFields, type SaveStatus } from './saver';

/**
 * One list being edited, in the list editor or an article's Related panel: what it holds
 * here (ahead of the store while a save is on its way), every change the desk can make,
 * saving against the version, undo for what drops off, and the reload on a conflict.
 */

const TYPING_PAUSE_MS = 700;
const RETRY_MS = 5_000;

export interface ListSource {
  send(expectedVersion: number, patch: Partial<ListFields>): Promise<CallResult<ListView>>;
  reload(): Promise<CallResult<ListView>>;
}

/** What the desk chose an article by, until the store answers with its cards. */
export interface Choice {
  articleId: string;
  title: string;
}

export type AddOutcome = 'added' | 'full' | 'duplicate';

function fieldsOf(view: ListView): ListFields {
  return {
    name: view.name,
    maxItems: view.maxItems,
    langs: view.langs,
    items: view.items.map(({ cards: _cards, ...item }) => item),
    dismissed: view.dismissed,
  };
}

function cardsOf(view: ListView): Map<string, ItemCard[]> {
  return new Map(view.items.map((item) => [item.id, item.cards]));
}

function pick(fields: ListFields, keys: ReadonlyArray<keyof ListFields>): Partial<ListFields> {
  return Object.fromEntries(keys.map((k) => [k, fields[k]]));
}

/** `allLanguages`: what a list for every language shows (the workspace's languages unless given). */
export function useListEditing(initial: ListView, source: ListSource, readOnly: boolean, allLanguages?: readonly string[]) {
  const { workspace, notify } = useApp();
  const [view, setView] = useState(initial);
  const [fields, setFieldsState] = useState(() => fieldsOf(initial));
  const [cards, setCards] = useState(() => cardsOf(initial));
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const fieldsRef = useRef(fields);
  const cardsRef = useRef(cards);
  cardsRef.current = cards;
  const sourceRef = useRef(source);
  sourceRef.current = source;
  const chosenTitles = useRef(new Map<string, string>());

  const adopt = useCallback((fresh: ListView) => {
    const next = fieldsOf(fresh);
    fieldsRef.current = next;
    setFieldsState(next);
    setView(fresh);
    setCards(cardsOf(fresh));
  }, []);

  const [saver] = useState(
    () =>
      new ListSaver({
        version: initial.version,
        delayMs: TYPING_PAUSE_MS,
        retryMs: RETRY_MS,
        send: (version, patch) => sourceRef.current.send(version, patch),
        onStatus: setStatus,
        onSaved: (saved) => {
          // What the desk sees stays as edited here; the store's answer brings the cards.
          setView(saved);
          setCards((previous) => {
            const next = new Map(previous);
            for (const item of saved.items) next.set(item.id, item.cards);
            return next;
          });
        },
        onConflict: () => {
          void sourceRef.current.reload().then((result) => {
            if (!result.ok) {
              setStatus({ state: 'failed', error: result.error });
              return;
            }
            saver.reset(result.value.version);
            adopt(result.value);
            notify({ message: conflictMessage(), durationMs: 12_000 });
          });
        },
      }),
  );

  useEffect(() => {
    saver.start();
    const flush = () => saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      saver.stop();
    };
  }, [saver]);

  const apply = useCallback(
    (next: ListFields, changed: ReadonlyArray<keyof ListFields>, when: 'now' | 'soon') => {
      if (readOnly) return;
      fieldsRef.current = next;
      setFieldsState(next);
      saver.change(pick(next, changed), when);
    },
    [readOnly, saver],
  );

  const everyLanguage = allLanguages ?? workspace.languages;
  const languages = useMemo(() => (fields.langs.length > 0 ? fields.langs : everyLanguage), [fields.langs, everyLanguage]);
  const firstLang = languages[0];

  const titleOf = useCallback(
    (item: Pick<ListItem, 'id' | 'articleId'>) => itemTitle(cardsRef.current.get(item.id), firstLang, chosenTitles.current.get(item.articleId)),
    [firstLang],
  );

  const setItems = useCallback(
    (items: ListItem[], when: 'now' | 'soon' = 'now') => apply({ ...fieldsRef.current, items }, ['items'], when),
    [apply],
  );

  /** Moves an item towards `toIndex`; its new index, or null when the pins leave it nowhere to go. */
  const move = useCallback(
    (id: string, toIndex: number): number | null => {
      const items = fieldsRef.current.items;
      const moved = moveItem(items, items.findIndex((i) => i.id === id), toIndex);
      if (moved === items) return null;
      setItems([...moved]);
      return moved.findIndex((i) => i.id === id);
    },
    [setItems],
  );

  const togglePin = useCallback(
    (id: string) => {
      const item = fieldsRef.current.items.find((i) => i.id === id);
      if (item) setItems(updateItem(fieldsRef.current.items, id, { pinned: !item.pinned }));
    },
    [setItems],
  );

  const remove = useCallback(
    (id: string) => {
      const before = fieldsRef.current.items;
      const removal = removeById(before, id);
      if (!removal) return;
      const title = titleOf(removal.removed);
      setItems(removal.items);
      notify({
        message: removedMessage(title),
        action: {
          label: i18n.t('common.undo'),
          run: () => {
            const current = fieldsRef.current.items;
            if (current === removal.items) return setItems([...before]);
            const restored = restoreItem(current, removal.removed, removal.index, fieldsRef.current.maxItems);
            if (!restored) return notify({ message: i18n.t('lists.notPutBack', { title }) });
            setItems(restored.items);
            if (restored.dropped) notify({ message: droppedOffMessage(titleOf(restored.dropped), fieldsRef.current.maxItems) });
          },
        },
      });
    },
    [notify, setItems, titleOf],
  );

  /** Adds an article at the top; says which item dropped off, with Undo. A refusal is the caller's to tell. */
  const add = useCallback(
    (choice: Choice, origin: ListItem['origin'] = 'manual'): AddOutcome => {
      const { items: before, maxItems } = fieldsRef.current;
      const item = newItem(choice.articleId, origin);
      const result = addItem(before, item, maxItems, 0);
      if ('refused' in result) return result.refused;
      chosenTitles.current.set(choice.articleId, choice.title);
      const after = result.items;
      setItems(after);
      const dropped = result.dropped;
      if (dropped) {
        const droppedIndex = before.findIndex((i) => i.id === dropped.id);
        notify({
          message: droppedOffMessage(titleOf(dropped), maxItems),
          action: {
            label: i18n.t('common.undo'),
            run: () => {
              const current = fieldsRef.current.items;
              setItems(current === after ? [...before] : undoAdd(current, item.id, dropped, droppedIndex, fieldsRef.current.maxItems));
            },
          },
        });
      }
      return 'added';
    },
    [notify, setItems, titleOf],
  );

  const editTeaser = useCallback((id: string, lang: string, text: string) => setItems(setTeaser(fieldsRef.current.items, id, lang, text), 'soon'), [setItems]);

  const editSchedule = useCallback(
    (id: string, change: Partial<Pick<ListItem, 'showFrom' | 'showUntil'>>) => setItems(updateItem(fieldsRef.current.items, id, change), 'soon'),
    [setItems],
  );

  const rename = useCallback((name: string) => apply({ ...fieldsRef.current, name }, ['name'], 'soon'), [apply]);

  const setLangs = useCallback((langs: string[]) => apply({ ...fieldsRef.current, langs }, ['langs'], 'now'), [apply]);

  /** Sets the maximum length; a shorter list drops its last unpinned items, with Undo. Returns a problem to show, or null. */
  const setMaxItems = useCallback(
    (maxItems: number): string | null => {
      const before = fieldsRef.current;
      if (maxItems === before.maxItems) return null;
      const shrunk = shrinkTo(before.items, maxItems);
      if ('refused' in shrunk) return i18n.t('lists.tooManyPinned', { count: shrunk.pinned, max: maxItems });
      apply({ ...before, maxItems, items: shrunk.items }, shrunk.dropped.length > 0 ? ['maxItems', 'items'] : ['maxItems'], 'now');
      if (shrunk.dropped.length > 0) {
        notify({
          message: shortenedMessage(shrunk.dropped.map(titleOf), maxItems),
          action: {
            label: i18n.t('common.undo'),
            run: () => {
              const current = fieldsRef.current;
              const items = current.items === shrunk.items ? before.items : current.items;
              apply({ ...current, maxItems: before.maxItems, items }, ['maxItems', 'items'], 'now');
            },
          },
        });
      }
      return null;
    },
    [apply, notify, titleOf],
  );

  const dismiss = useCallback(
    (articleId: string) => {
      const current = fieldsRef.current;
      if (!current.dismissed.includes(articleId)) apply({ ...current, dismissed: [...current.dismissed, articleId] }, ['dismissed'], 'now');
    },
    [apply],
  );

  const gaps: ListGaps = useMemo(() => listGaps(fields.items.map((item) => ({ cards: cards.get(item.id) ?? [] }))), [fields.items, cards]);

  return {
    view,
    fields,
    cards,
    gaps,
    status,
    languages,
    readOnly,
    titleOf,
    move,
    togglePin,
    remove,
    add,
    editTeaser,
    editSchedule,
    rename,
    setLangs,
    setMaxItems,
    dismiss,
    flush: () => saver.flush(),
  };
}

export type ListEditing = ReturnType<typeof useListEditing>;
