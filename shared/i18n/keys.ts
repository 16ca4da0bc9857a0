/**
 * Types that read the catalogs (which are `as const`, so every text is a literal type):
 * the dotted keys of an area and the placeholders of each text. Core's `say` and the
 * desktop shell's words use them, so a key that does not exist or a placeholder left
 * without its value does not build.
 */

/** `x_one` and `x_other` are one key, `x`, that takes a count. */
type Base<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;

/** Every key of an area, dotted and prefixed with `P`, plurals under their base. */
export type KeysOf<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : KeysOf<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The texts a dotted key stands for in `T`: its own, or each of its plural forms (which take `count`). */
export type TextsOf<K extends string, T> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? TextsOf<Rest, T[Head]>
    : never
  : K extends keyof T
    ? T[K]
    : T[`${K}_one` & keyof T] | T[`${K}_other` & keyof T] | (`${K}_one` extends keyof T ? '{{count}}' : never);

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type NameOf<P extends string> = Trim<P extends `${infer N},${string}` ? N : P>;

/** The names of a text's placeholders (`{{count, number}}` is `count`). */
export type Placeholders<S> = S extends `${string}{{${infer P}}}${infer Rest}` ? NameOf<P> | Placeholders<Rest> : never;

/** The values a text takes after its key: none, or one object with a value for each placeholder. */
export type ValuesFor<S, V> = [Placeholders<S>] extends [never] ? [] : [values: Record<Placeholders<S>, V>];
