import type { Lang } from './languages';
import { isPublishable, type Status, type TranslationState } from './status';

/**
 * The rules of a curated list, shared by core (which saves and exports lists) and the
 * renderer (which shows what an edit will do before it is saved): ordering around pinned
 * items, adding to a full list, the schedule window of an item, and what a page in one
 * language shows for an item (its language, title and teaser, falling back when the
 * article has no version in the page's language).
 */

/* ------------------------------------------------------------------ ordering and pins */

/** What the ordering rules need of an item. */
export interface Pinnable {
  readonly pinned: boolean;
}

interface Split<T> {
  /** Pinned items with the index each keeps, in list order. */
  pins: Array<[number, T]>;
  /** The other items, in list order. */
  unpinned: T[];
  /** The indices the unpinned items occupy, in order. */
  slots: number[];
}

function split<T extends Pinnable>(items: readonly T[]): Split<T> {
  const out: Split<T> = { pins: [], unpinned: [], slots: [] };
  items.forEach((item, i) => {
    if (item.pinned) out.pins.push([i, item]);
    else {
      out.unpinned.push(item);
      out.slots.push(i);
    }
  });
  return out;
}

/**
 * Lays the items out again: every pinned item at its index, the unpinned ones filling the
 * other places in order. A pin whose index lies past the end (the list got shorter) goes
 * to the end, pins keeping their order.
 */
function layout<T>(pins: ReadonlyArray<readonly [number, T]>, unpinned: readonly T[]): T[] {
  const out: T[] = [];
  const length = pins.length + unpinned.length;
  let p = 0;
  let u = 0;
  for (let i = 0; i < length; i++) {
    const pin = pins[p];
    if (pin !== undefined && (pin[0] <= i || u >= unpinned.length)) {
      out.push(pin[1]);
      p++;
    } else {
      out.push(unpinned[u] as T);
      u++;
    }
  }
  return out;
}

function isIndex(n: number, length: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < length;
}

/**
 * Moves the item at `fromIndex` to `toIndex` (clamped to the list). Pinned items keep their
 * places: the unpinned items are reordered among the places the pins leave free. Moving
 * onto a pinned item's place lands on the nearest free place beyond it, in the direction
 * of the move (`Move up` onto a pin hops over it).
 *
 * Refused, returning the very same array: moving a pinned item (unpin it first), a
 * `fromIndex` outside the list, or a move with nowhere to go (only pins beyond).
 */
export function moveItem<T extends Pinnable>(items: readonly T[], fromIndex: number, toIndex: number): readonly T[] {
  if (!isIndex(fromIndex, items.length) || !Number.isFinite(toIndex)) return items;
  const item = items[fromIndex] as T;
  if (item.pinned) return items;
  const to = Math.min(items.length - 1, Math.max(0, Math.trunc(toIndex)));
  if (to === fromIndex) return items;
  const { pins, unpinned, slots } = split(items);
  const target = !(items[to] as T).pinned
    ? to
    : to < fromIndex
      ? (slots.filter((s) => s < to).at(-1) ?? -1)
      : (slots.find((s) => s > to) ?? -1);
  if (target === -1 || target === fromIndex) return items;
  const order = [...unpinned];
  order.splice(slots.indexOf(fromIndex), 1);
  order.splice(slots.indexOf(target), 0, item);
  return layout(pins, order);
}

/** What adding an item gives: the new list and the item that dropped off, or a refusal. */
export type AddItemResult<T> =
  | { items: T[]; dropped: T | null }
  /** `full`: every place is pinned; `duplicate`: the article is in the list already. */
  | { refused: 'full' | 'duplicate' };

/**
 * Adds an item among the unpinned ones, at index `at` of the list (default the top; pins
 * stay where they are, so it lands in the first free place from `at` on). The new item is
 * placed as an unpinned one whatever its flag says.
 *
 * When the list is then longer than `maxItems`, the last unpinned item (never the new one)
 * drops off and is returned as `dropped`: saving the previous items brings it back (undo).
 * Refused with `full` when no unpinned item can make room, with `duplicate` when the
 * article is already listed. A list already over `maxItems` (its maximum was lowered)
 * loses one item here and stays over until the desk removes more.
 */
export function addItem<T extends Pinnable & { readonly articleId: string }>(
  items: readonly T[],
  item: T,
  maxItems: number,
  at = 0,
): AddItemResult<T> {
  if (items.some((i) => i.articleId === item.articleId)) return { refused: 'duplicate' };
  const { pins, unpinned, slots } = split(items);
  const place = Math.max(0, Math.min(items.length, Number.isFinite(at) ? Math.trunc(at) : 0));
  const rank = slots.filter((s) => s < place).length;
  const order = [...unpinned];
  order.splice(rank, 0, item);
  let dropped: T | null = null;
  if (items.length + 1 > maxItems) {
    const last = order.findLastIndex((i) => i !== item);
    if (last === -1) return { refused: 'full' };
    dropped = order[last] as T;
    order.splice(last, 1);
  }
  return { items: layout(pins, order), dropped };
}

/**
 * Removes the item at `index` (pinned or not). Pinned items keep their places; the
 * unpinned ones below close up. An index outside the list returns the same array.
 */
export function removeItem<T extends Pinnable>(items: readonly T[], index: number): readonly T[] {
  if (!isIndex(index, items.length)) return items;
  const { pins, unpinned } = split(items.filter((_, i) => i !== index));
  // Pins below the removed item keep their index rather than moving up with the rest.
  const kept = pins.map(([i, pin]): [number, T] => [i >= index ? i + 1 : i, pin]);
  return layout(kept, unpinned);
}

/* --------------------------------------------------------------------------- schedule */

/** When an item is shown: from (inclusive) until (exclusive); null leaves that side open. */
export interface ShowWindow {
  readonly showFrom: string | null;
  readonly showUntil: string | null;
}

function ms(time: string | number): number {
  return typeof time === 'number' ? time : Date.parse(time);
}

/** Where `time` falls against the item's window: before it, after it, or inside (null). */
export function scheduleState(item: ShowWindow, time: string | number): 'scheduled' | 'expired' | null {
  const t = ms(time);
  if (item.showFrom !== null && t < ms(item.showFrom)) return 'scheduled';
  if (item.showUntil !== null && t >= ms(item.showUntil)) return 'expired';
  return null;
}

/** True when the item is shown at `time` (an ISO time or milliseconds since the epoch). */
export function isShownAt(item: ShowWindow, time: string | number): boolean {
  return scheduleState(item, time) === null;
}

/** A window that ends before (or when) it starts would never show its item. */
export function isEmptyWindow(item: ShowWindow): boolean {
  return item.showFrom !== null && item.showUntil !== null && ms(item.showUntil) <= ms(item.showFrom);
}

/* ------------------------------------------------------------------------------ cards */

/**
 * The first words of a body, for a teaser: white space folded, cut at a word boundary
 * with `…` so that the whole fits in `maxChars`. A single word longer than that is cut.
 */
export function excerpt(text: string, maxChars = 200): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const room = Math.max(1, maxChars - 1);
  const head = flat.slice(0, room + 1);
  const space = head.lastIndexOf(' ');
  let cut = space > 0 ? head.slice(0, space) : flat.slice(0, room);
  // Never end inside a surrogate pair, nor on a dangling comma or dash.
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/[\s,;:–—-]+$/u, '');
  return `${cut}…`;
}

/** One language of a linked article, as a card needs it. */
export interface CardTranslation {
  readonly lang: Lang;
  readonly title: string;
  readonly summary: string;
  /** The first words of its body (see `excerpt`); '' for an empty body. */
  readonly excerpt: string;
  readonly status: Status;
  readonly state: TranslationState;
}

export interface CardInput {
  /** The language of the page the card appears on. */
  readonly pageLang: Lang;
  /** The article's translations (none for an article that no longer exists). */
  readonly translations: readonly CardTranslation[];
  readonly originalLang: Lang | null;
  /** The workspace's languages, in its order. */
  readonly languages: readonly Lang[];
  /** The list's teaser overrides, per language. */
  readonly teasers: Readonly<Partial<Record<Lang, string>>>;
}

export type TeaserSource = 'override' | 'summary' | 'excerpt' | 'none';

export interface ResolvedCard {
  lang: Lang;
  /** The language the card is written in; null when the article has no version at all. */
  shownLang: Lang | null;
  /** True when that is not the page's language. */
  fallback: boolean;
  title: string;
  teaser: string;
  teaserSource: TeaserSource;
  status: Status | null;
  state: TranslationState | null;
}

/**
 * The language a page in `pageLang` shows an article in: its own when the article has that
 * version; else the article's original; else the first it has in the workspace's order
 * (then any other, by code). Null when it has none.
 */
export function shownLanguage(pageLang: Lang, available: readonly Lang[], originalLang: Lang | null, languages: readonly Lang[]): Lang | null {
  if (available.includes(pageLang)) return pageLang;
  if (originalLang !== null && available.includes(originalLang)) return originalLang;
  const inWorkspace = languages.find((l) => available.includes(l));
  if (inWorkspace !== undefined) return inWorkspace;
  return [...available].sort()[0] ?? null;
}

function nonBlank(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}

/**
 * What a page in one language shows for one item. The teaser is the list's override for
 * the page's language (the language the reader reads, even when the card falls back),
 * else the shown version's summary, else an excerpt of its body, else nothing. Texts are
 * returned as typed: escaping belongs to whoever renders them.
 */
export function resolveCard(input: CardInput): ResolvedCard {
  // The versions a published page can show come first: a draft in the page's language does
  // not stand in the way of a published version in another (the export falls back to it).
  const publishable = input.translations.filter((t) => isPublishable(t.status));
  const candidates = publishable.length > 0 ? publishable : input.translations;
  const shownLang = shownLanguage(
    input.pageLang,
    candidates.map((t) => t.lang),
    input.originalLang,
    input.languages,
  );
  const shown = input.translations.find((t) => t.lang === shownLang);
  const override = input.teasers[input.pageLang];
  let teaser = '';
  let teaserSource: TeaserSource = 'none';
  if (nonBlank(override)) [teaser, teaserSource] = [override, 'override'];
  else if (shown && nonBlank(shown.summary)) [teaser, teaserSource] = [shown.summary, 'summary'];
  else if (shown && nonBlank(shown.excerpt)) [teaser, teaserSource] = [shown.excerpt, 'excerpt'];
  return {
    lang: input.pageLang,
    shownLang,
    fallback: shownLang !== null && shownLang !== input.pageLang,
    title: shown?.title ?? '',
    teaser,
    teaserSource,
    status: shown?.status ?? null,
    state: shown?.state ?? null,
  };
}

/** Why an item would not appear on a published page. */
export type CardProblem = 'missing-article' | 'in-trash' | 'not-published' | 'scheduled' | 'expired';

export interface ProblemInput {
  /** Whether the linked article exists, and whether it is in the trash. */
  readonly article: 'live' | 'in-trash' | 'missing';
  /** The status of the version the card shows (null: none). */
  readonly status: Status | null;
  readonly window: ShowWindow;
  readonly time: string | number;
}

/**
 * The first reason, in this order, why the item would not appear on a published page at
 * `time`: the article is gone, in the trash, the shown version is neither ready nor
 * published (the export bundles both), or the item's window has not begun or has ended.
 * Null when it would appear.
 */
export function cardProblem(input: ProblemInput): CardProblem | null {
  if (input.article === 'missing') return 'missing-article';
  if (input.article === 'in-trash') return 'in-trash';
  if (!isPublishable(input.status)) return 'not-published';
  return scheduleState(input.window, input.time);
}

/** What the gap counts read of a card. */
export interface GapCard {
  readonly fallback: boolean;
  readonly state: TranslationState | null;
  readonly problem: CardProblem | null;
}

export interface Gaps {
  missingLanguage: number;
  stale: number;
  notReady: number;
}

/**
 * Items needing the desk's attention, each counted once per kind however many of the
 * list's languages show it: falling back to another language, showing a stale version,
 * or not ready to appear (any problem).
 */
export function listGaps(items: readonly { readonly cards: readonly GapCard[] }[]): Gaps {
  const gaps: Gaps = { missingLanguage: 0, stale: 0, notReady: 0 };
  for (const { cards } of items) {
    if (cards.some((c) => c.fallback)) gaps.missingLanguage++;
    if (cards.some((c) => c.state === 'stale')) gaps.stale++;
    if (cards.some((c) => c.problem !== null)) gaps.notReady++;
  }
  return gaps;
}
