import type { SlavicCatalog } from '../types';

/** What core says about revisions. */
export const en = {} as const;

export const ru: SlavicCatalog<typeof en> = {};
