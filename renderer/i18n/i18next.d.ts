import 'i18next';
import type { en } from '../../shared/i18n/en';

// Keys given to `t` are checked against the English catalog: a mistyped key does not build.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
