import type { SlavicCatalog } from '../types';

/** What core says about imports. */
export const en = {} as const;

export const ru: SlavicCatalog<typeof en> = {};
