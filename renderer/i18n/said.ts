import type { Said } from '../../shared/contract/phrase';
import { sayPhrase, type Translate } from '../../shared/i18n/phrase';
import { i18n } from './instance';

const translate: Translate = (key, values) => i18n.t(key as never, values as never) as unknown as string;

/**
 * A sentence core wrote, in the interface's language: said again from its phrase when the
 * catalogs know its key, else core's own English.
 */
export function said(sentence: Said): string {
  const { phrase } = sentence;
  if (phrase === undefined || !i18n.exists(phrase.key)) return sentence.message;
  const inner = Object.values(phrase.params ?? {}).filter((v) => typeof v === 'object');
  if (inner.some((p) => !i18n.exists(p.key))) return sentence.message;
  return sayPhrase(translate, phrase);
}
