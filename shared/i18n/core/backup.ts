import type { SlavicCatalog } from '../types';

/** What core says about backup. */
export const en = {} as const;

export const ru: SlavicCatalog<typeof en> = {};
