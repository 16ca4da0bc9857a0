import type { SlavicCatalog } from '../types';
import * as articles from './articles';
import * as backup from './backup';
import * as common from './common';
import * as exporting from './export';
import * as host from './host';
import * as imports from './imports';
import * as lists from './lists';
import * as media from './media';
import * as revisions from './revisions';
import * as session from './session';
import * as shell from './shell';
import * as store from './store';
import * as workspace from './workspace';

/**
 * The catalogs' `core` area: every sentence core writes (errors, preflight problems,
 * import warnings), one file an area, each with its English and Russian side by side.
 * Core says them in English through `say` (electron/core/said.ts) and sends the key with
 * its values; the interface says them again in its own language (`said` in renderer/i18n).
 */

export const coreEn = {
  common: common.en,
  articles: articles.en,
  revisions: revisions.en,
  media: media.en,
  imports: imports.en,
  lists: lists.en,
  export: exporting.en,
  workspace: workspace.en,
  store: store.en,
  backup: backup.en,
  session: session.en,
  shell: shell.en,
  host: host.en,
} as const;

export const coreRu: SlavicCatalog<typeof coreEn> = {
  common: common.ru,
  articles: articles.ru,
  revisions: revisions.ru,
  media: media.ru,
  imports: imports.ru,
  lists: lists.ru,
  export: exporting.ru,
  workspace: workspace.ru,
  store: store.ru,
  backup: backup.ru,
  session: session.ru,
  shell: shell.ru,
  host: host.ru,
};
