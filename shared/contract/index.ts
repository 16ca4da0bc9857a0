import type { z } from 'zod';
import { articleCalls } from './articles';
import type { CallDef } from './define';
import { exportCalls } from './export';
import { importCalls } from './imports';
import { listCalls } from './lists';
import { mediaCalls } from './media';
import { preferenceCalls } from './preferences';
import { revisionCalls } from './revisions';
import { searchCalls } from './search';
import { workspaceCalls } from './workspace';

export * from './articles';
export * from './common';
export * from './envelope';
export * from './export';
export * from './imports';
export * from './lists';
export * from './media';
export * from './phrase';
export * from './preferences';
export * from './revisions';
export * from './search';
export * from './workspace';
export type { CallDef } from './define';

/** Every call either transport carries. One place; the preload, IPC and HTTP derive from it. */
export const contract = {
  ...workspaceCalls,
  ...articleCalls,
  ...revisionCalls,
  ...searchCalls,
  ...mediaCalls,
  ...listCalls,
  ...exportCalls,
  ...importCalls,
  ...preferenceCalls,
} satisfies Record<string, CallDef>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export const CALL_NAMES = Object.freeze(Object.keys(contract)) as readonly CallName[];

/** True for an own call name only: `constructor` or `__proto__` are not calls. */
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
