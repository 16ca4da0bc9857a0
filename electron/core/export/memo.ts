/** A text, or parts of one (compared part by part: no text is put together to compare). */
export type Key = string | readonly string[];

function sameKey(a: Key, b: Key): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Values remembered from one export to the next, by what they belong to: a kept row or
 * list (the same object while the store's rows are kept, see rows.ts) or a name (a file's
 * path). Each is stored with the key it was made for and made again only when the key
 * differs: the key is everything the value is made from, or, for a kept row, what can
 * change while the row stays the same object.
 */
export class KeyedMemo<V> {
  private readonly byObject = new WeakMap<object, { key: Key; value: V }>();
  private previous = new Map<string, { key: Key; value: V }>();
  private current = new Map<string, { key: Key; value: V }>();

  get(owner: object | string, key: Key, make: () => V): V {
    const found = typeof owner === 'string' ? (this.current.get(owner) ?? this.previous.get(owner)) : this.byObject.get(owner);
    const entry = found !== undefined && sameKey(found.key, key) ? found : { key, value: make() };
    if (typeof owner === 'string') this.current.set(owner, entry);
    else if (entry !== found) this.byObject.set(owner, entry);
    return entry.value;
  }

  /** The value kept for an object `owner` under `key`, if any (see set). */
  peek(owner: object, key: Key): V | undefined {
    const found = this.byObject.get(owner);
    return found !== undefined && sameKey(found.key, key) ? found.value : undefined;
  }

  /** Keeps `value` for an object `owner` under `key`. */
  set(owner: object, key: Key, value: V): void {
    this.byObject.set(owner, { key, value });
  }

  /** Ends an export: names it did not use are forgotten at the end of the next. */
  turn(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** Drops a map's oldest entries (first set) until it holds at most `size`: what a process keeps of its most recent few. */
export function keepNewest<K, V>(map: Map<K, V>, size: number): void {
  for (const key of [...map.keys()].slice(0, Math.max(0, map.size - size))) map.delete(key);
}
