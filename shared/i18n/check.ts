/**
 * What makes a translated catalog complete against the English one: the same keys, the
 * same placeholders in each text, every plural form the language's rules ask for, and no
 * empty text. Used by the catalogs' test; returns every problem, described.
 */

type Tree = { readonly [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every text of a catalog by its dotted key (`articles.count_one`). */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The placeholders a text uses, with their formats (`count, number`), sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => (m[1] ?? '').replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ')).sort();
}

/** Keys grouped: plain keys, and plural bases with the forms present. */
function group(flat: Map<string, string>): { plain: Set<string>; plurals: Map<string, Set<string>> } {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      plain.add(key);
      continue;
    }
    const base = key.slice(0, match.index);
    const forms = plurals.get(base) ?? new Set<string>();
    forms.add(match[1] ?? '');
    plurals.set(base, forms);
  }
  return { plain, plurals };
}

export function checkCatalog(reference: Tree, referenceLang: string, catalog: Tree, lang: string): string[] {
  const problems: string[] = [];
  const refFlat = flatten(reference);
  const flat = flatten(catalog);
  const ref = group(refFlat);
  const own = group(flat);
  const refForms: readonly string[] = new Intl.PluralRules(referenceLang).resolvedOptions().pluralCategories;
  const ownForms: readonly string[] = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

  for (const key of ref.plain) if (!own.plain.has(key)) problems.push(`${lang}: missing ${key}`);
  for (const key of own.plain) if (!ref.plain.has(key)) problems.push(`${lang}: ${key} is not in ${referenceLang}`);

  for (const [base, forms] of ref.plurals) {
    for (const form of refForms) if (!forms.has(form)) problems.push(`${referenceLang}: ${base} lacks its "${form}" form`);
    const mine = own.plurals.get(base);
    if (!mine) {
      problems.push(`${lang}: missing plural ${base}`);
      continue;
    }
    for (const form of ownForms) if (!mine.has(form)) problems.push(`${lang}: ${base} lacks its "${form}" form`);
    for (const form of mine) if (!ownForms.includes(form)) problems.push(`${lang}: ${base}_${form} is not a plural form of ${lang}`);
  }
  for (const base of own.plurals.keys()) if (!ref.plurals.has(base)) problems.push(`${lang}: plural ${base} is not in ${referenceLang}`);

  // Placeholders: each text has its English counterpart's (for plurals, the `other` form's).
  for (const [key, text] of flat) {
    const match = PLURAL_SUFFIX.exec(key);
    const refKey = match ? `${key.slice(0, match.index)}_other` : key;
    const refText = refFlat.get(refKey);
    if (refText === undefined) continue;
    const want = placeholders(refText).join(' | ');
    const have = placeholders(text).join(' | ');
    if (want !== have) problems.push(`${lang}: ${key} has placeholders [${have}], ${referenceLang} has [${want}]`);
  }

  for (const [key, text] of [...refFlat].map(([k, v]) => [`${referenceLang}: ${k}`, v] as const).concat([...flat].map(([k, v]) => [`${lang}: ${k}`, v] as const))) {
    if (text.trim() === '') problems.push(`${key} is empty`);
  }
  return problems;
}
