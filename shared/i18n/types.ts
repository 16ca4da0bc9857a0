/**
 * The shape every catalog of the interface follows, derived from the English one: the
 * same areas and keys, every text a string.
 */
export type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

/** The extra plural forms a language with one/few/many/other needs beside English's one/other. */
type SlavicPluralExtras<K> = K extends `${infer Base}_other` ? `${Base}_few` | `${Base}_many` : never;

/**
 * A catalog for a language with Slavic plural rules (Russian): English's keys exactly,
 * and for every plural (`x_one`, `x_other`) also `x_few` and `x_many`.
 */
export type SlavicCatalog<T> = {
  readonly [K in keyof T | SlavicPluralExtras<keyof T>]: K extends keyof T ? (T[K] extends string ? string : SlavicCatalog<T[K]>) : string;
};
