import type { SlavicCatalog } from '../types';

/** What core says about host. */
export const en = {} as const;

export const ru: SlavicCatalog<typeof en> = {};
