import type { Said } from '../../shared/contract/phrase';
import { saySentence, type Translate } from '../../shared/i18n/phrase';
import { i18n } from './instance';

const translate: Translate = (key, values) => i18n.t(key as never, values as never) as unknown as string;
const exists = (key: string) => i18n.exists(key);

/** A sentence core wrote, in the interface's language (core's own English where the catalogs lack its key). */
export function said(sentence: Said): string {
  return saySentence(translate, exists, sentence);
}
