import type { SlavicCatalog } from '../types';

/** What core says about workspace. */
export const en = {} as const;

export const ru: SlavicCatalog<typeof en> = {};
