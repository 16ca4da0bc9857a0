import type { ClientErrorCode } from '../../api/client';

/**
 * Autosave for the translations on one editor page: pure logic, no DOM.
 *
 * Each translation is a channel with its own revision. Edits are patches merged into
 * the channel's pending patch; the pending patch goes out ~700 ms after the last edit,
 * and never later than ~1 s after the first edit it holds, so continuous typing is saved
 * too. Blur, Ctrl+S, hiding or closing the window send it at once (`flush`). One request
 * per channel is in flight at a time; edits made meanwhile wait for its answer, then go
 * out against the revision it returned.
 *
 * The status says `saved` only when every channel has nothing pending, nothing in flight
 * and no problem, and at least one save was answered: so whatever the window shows has
 * been committed by the store.
 */

export type SaveOutcome = { ok: true; revision: number } | { ok: false; code: ClientErrorCode; message: string };

export interface SaveOptions {
  /** The window is being hidden or closed: the request should outlive it. */
  keepalive: boolean;
}

export interface AutosaveOptions<P extends object> {
  /** Writes `patch` against `expectedRevision`; resolves with the new revision or why not. */
  save(key: string, expectedRevision: number, patch: P, options: SaveOptions): Promise<SaveOutcome>;
  /**
   * After an attempt whose outcome was unknown (the connection dropped), a retry may be
   * refused as a conflict because that attempt did land. `confirm` looks at the store: if
   * it holds exactly one of `candidates` (the patches sent without a clear answer), it
   * returns the store's revision and the edits go out again against it; otherwise null,
   * and the conflict stands.
   */
  confirm?(key: string, candidates: readonly P[]): Promise<number | null>;
  /** Quiet time after the last edit before saving. */
  debounceMs?: number;
  /** Longest an edit waits while typing goes on. */
  maxWaitMs?: number;
  /** Waits between retries after failures that may pass (host not answering). */
  retryDelaysMs?: readonly number[];
}

export const DEFAULT_DEBOUNCE_MS = 700;
export const DEFAULT_MAX_WAIT_MS = 1_000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [500, 1_000, 2_000, 4_000, 8_000];

export type ProblemKind =
  /** Not answered or failed in a way that may pass: kept, retried with backoff. */
  | 'offline'
  /** Someone else saved this translation first: held until the editor reloads it. */
  | 'conflict'
  /** The workspace cannot be written: held. */
  | 'read_only'
  /** Refused for this content (too long, gone…): retried on the next edit or on request. */
  | 'refused';

export interface Problem {
  kind: ProblemKind;
  key: string;
  code: ClientErrorCode;
  message: string;
  /** For `offline`: when the next attempt goes out (ms since the epoch). */
  retryAt: number | null;
}

export type AutosaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'problem'; problem: Problem };

type Timer = ReturnType<typeof setTimeout>;

interface Channel<P> {
  key: string;
  revision: number;
  /** Edits not yet sent, merged. */
  pending: P | null;
  /** When the oldest edit in `pending` was made. */
  pendingSince: number;
  inFlight: P | null;
  inFlightSince: number;
  /** Patches sent since the last clear answer that may have been written although no answer came. */
  uncertain: P[];
  timer: Timer | null;
  /** A flush arrived while a request was in flight: send as soon as it is answered. */
  flushAfter: SaveOptions | null;
  problem: Problem | null;
  failures: number;
  /** Bumped by `reset`, so an answer to a request from before is ignored. */
  generation: number;
  committed: boolean;
}

const PROBLEM_ORDER: readonly ProblemKind[] = ['conflict', 'read_only', 'refused', 'offline'];

export function problemKind(code: ClientErrorCode): ProblemKind {
  switch (code) {
    case 'network':
    case 'unavailable':
    case 'internal':
    case 'bad_answer':
      return 'offline';
    case 'conflict':
      return 'conflict';
    case 'read_only':
      return 'read_only';
    default:
      return 'refused';
  }
}

/** Codes after which the request may have been written although no valid answer came. */
function outcomeUnknown(code: ClientErrorCode): boolean {
  return code === 'network' || code === 'bad_answer';
}

function mergePatches<P extends object>(older: P, newer: P): P {
  return { ...older, ...newer };
}

export class Autosave<P extends object> {
  private readonly channels = new Map<string, Channel<P>>();
  private readonly listeners = new Set<() => void>();
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryDelaysMs: readonly number[];
  private snapshot: AutosaveStatus = { state: 'idle' };

  constructor(private readonly options: AutosaveOptions<P>) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  }

  /** Registers a translation with the revision the editor loaded (0: does not exist yet). */
  track(key: string, revision: number): void {
    if (!this.channels.has(key)) this.channels.set(key, this.newChannel(key, revision));
  }

  /** The revision the store last confirmed for this translation (0: not created yet). */
  revision(key: string): number {
    return this.channels.get(key)?.revision ?? 0;
  }

  /** Records an edit; it is saved after the quiet time, or at the latest after `maxWaitMs`. */
  edit(key: string, patch: P): void {
    const ch = this.channel(key);
    if (ch.pending === null) {
      ch.pending = patch;
      ch.pendingSince = Date.now();
    } else {
      ch.pending = mergePatches(ch.pending, patch);
    }
    if (!this.isHeld(ch) && ch.problem?.kind !== 'offline') this.schedule(ch);
    // An offline channel keeps its retry timer; the edit rides along with the next attempt.
    this.changed();
  }

  /** Saves now what is pending (blur, Ctrl+S, window hidden or closing). */
  flush(key?: string, options: SaveOptions = { keepalive: false }): void {
    for (const ch of this.selected(key)) {
      if (ch.pending === null || this.isHeld(ch)) continue;
      void this.send(ch, options);
    }
  }

  /** After a failure: try again now instead of waiting for the next attempt. */
  retryNow(): void {
    for (const ch of this.channels.values()) {
      if (ch.pending === null || this.isHeld(ch)) continue;
      if (ch.problem) ch.failures = 0;
      void this.send(ch, { keepalive: false });
    }
  }

  /**
   * Starts the channel over from what the store holds now (after the editor reloaded the
   * translation). Unsent edits of this channel are dropped: the editor shows the store's
   * text again.
   */
  reset(key: string, revision: number): void {
    const ch = this.channel(key);
    this.clearTimer(ch);
    const generation = ch.generation + 1;
    const committed = ch.committed;
    Object.assign(ch, this.newChannel(key, revision), { generation, committed });
    this.changed();
  }

  /** True while any edit is not yet committed. */
  hasUnsaved(): boolean {
    for (const ch of this.channels.values()) if (ch.pending !== null || ch.inFlight !== null) return true;
    return false;
  }

  /** Resolves once nothing is pending or in flight, or every channel that still has edits is held. */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        for (const ch of this.channels.values()) {
          if (ch.inFlight !== null) return false;
          if (ch.pending !== null && !ch.problem) return false;
        }
        return true;
      };
      if (check()) return resolve();
      const unsubscribe = this.subscribe(() => {
        if (check()) {
          unsubscribe();
          resolve();
        }
      });
    });
  }

  status(): AutosaveStatus {
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops timers; answers still on their way are recorded but nothing new is sent. */
  dispose(): void {
    for (const ch of this.channels.values()) {
      this.clearTimer(ch);
      ch.generation += 1;
    }
    this.listeners.clear();
  }

  // ── internals ──

  private newChannel(key: string, revision: number): Channel<P> {
    return {
      key,
      revision,
      pending: null,
      pendingSince: 0,
      inFlight: null,
      inFlightSince: 0,
      uncertain: [],
      timer: null,
      flushAfter: null,
      problem: null,
      failures: 0,
      generation: 0,
      committed: false,
    };
  }

  private channel(key: string): Channel<P> {
    let ch = this.channels.get(key);
    if (!ch) {
      ch = this.newChannel(key, 0);
      this.channels.set(key, ch);
    }
    return ch;
  }

  private selected(key: string | undefined): Channel<P>[] {
    if (key === undefined) return [...this.channels.values()];
    const ch = this.channels.get(key);
    return ch ? [ch] : [];
  }

  /** Conflict and read-only hold edits until a person decides. */
  private isHeld(ch: Channel<P>): boolean {
    return ch.problem?.kind === 'conflict' || ch.problem?.kind === 'read_only';
  }

  private clearTimer(ch: Channel<P>): void {
    if (ch.timer !== null) {
      clearTimeout(ch.timer);
      ch.timer = null;
    }
  }

  private schedule(ch: Channel<P>): void {
    this.clearTimer(ch);
    const now = Date.now();
    const due = Math.min(now + this.debounceMs, ch.pendingSince + this.maxWaitMs);
    ch.timer = setTimeout(
      () => {
        ch.timer = null;
        void this.send(ch, { keepalive: false });
      },
      Math.max(0, due - now),
    );
  }

  private async send(ch: Channel<P>, options: SaveOptions): Promise<void> {
    this.clearTimer(ch);
    if (ch.inFlight !== null) {
      ch.flushAfter = { keepalive: options.keepalive || (ch.flushAfter?.keepalive ?? false) };
      return;
    }
    if (ch.pending === null || this.isHeld(ch)) return;

    const patch = ch.pending;
    const since = ch.pendingSince;
    const generation = ch.generation;
    ch.pending = null;
    ch.inFlight = patch;
    ch.inFlightSince = since;
    ch.flushAfter = null;
    this.changed();

    let outcome: SaveOutcome;
    try {
      outcome = await this.options.save(ch.key, ch.revision, patch, options);
    } catch (e) {
      outcome = { ok: false, code: 'network', message: e instanceof Error ? e.message : String(e) };
    }
    if (!outcome.ok && outcome.code === 'conflict' && ch.uncertain.length > 0 && this.options.confirm) {
      // An earlier attempt may have landed after all: if the store holds it, go on from there.
      let confirmed: number | null;
      try {
        confirmed = await this.options.confirm(ch.key, ch.uncertain);
      } catch {
        confirmed = null;
      }
      if (generation !== ch.generation) return;
      if (confirmed !== null) {
        ch.revision = confirmed;
        ch.uncertain = [];
        ch.inFlight = null;
        ch.pending = ch.pending === null ? patch : mergePatches(patch, ch.pending);
        ch.pendingSince = since;
        void this.send(ch, options);
        return;
      }
    }
    if (generation !== ch.generation) return; // reset meanwhile: this answer is about text no longer shown

    ch.inFlight = null;
    if (outcome.ok) {
      ch.revision = outcome.revision;
      ch.committed = true;
      ch.problem = null;
      ch.failures = 0;
      ch.uncertain = [];
      const flushAfter = ch.flushAfter;
      ch.flushAfter = null;
      if (ch.pending !== null) {
        if (flushAfter) void this.send(ch, flushAfter);
        else this.schedule(ch);
      }
    } else {
      // Nothing is dropped: the unsent patch goes back under any newer edits.
      ch.pending = ch.pending === null ? patch : mergePatches(patch, ch.pending);
      ch.pendingSince = since;
      ch.flushAfter = null;
      if (outcomeUnknown(outcome.code)) ch.uncertain.push(patch);
      const kind = problemKind(outcome.code);
      let retryAt: number | null = null;
      if (kind === 'offline') {
        const delay = this.retryDelaysMs[Math.min(ch.failures, this.retryDelaysMs.length - 1)] ?? 1_000;
        ch.failures += 1;
        retryAt = Date.now() + delay;
        ch.timer = setTimeout(() => {
          ch.timer = null;
          void this.send(ch, { keepalive: false });
        }, delay);
      }
      ch.problem = { kind, key: ch.key, code: outcome.code, message: outcome.message, retryAt };
    }
    this.changed();
  }

  private computeStatus(): AutosaveStatus {
    let problem: Problem | null = null;
    let busy = false;
    let committed = false;
    for (const ch of this.channels.values()) {
      if (ch.problem && (!problem || PROBLEM_ORDER.indexOf(ch.problem.kind) < PROBLEM_ORDER.indexOf(problem.kind))) problem = ch.problem;
      if (ch.pending !== null || ch.inFlight !== null) busy = true;
      if (ch.committed) committed = true;
    }
    if (problem) return { state: 'problem', problem };
    if (busy) return { state: 'saving' };
    return committed ? { state: 'saved' } : { state: 'idle' };
  }

  private changed(): void {
    const next = this.computeStatus();
    if (!sameStatus(next, this.snapshot)) this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }
}

function sameStatus(a: AutosaveStatus, b: AutosaveStatus): boolean {
  if (a.state !== b.state) return false;
  if (a.state === 'problem' && b.state === 'problem') {
    const p = a.problem;
    const q = b.problem;
    return p.kind === q.kind && p.key === q.key && p.code === q.code && p.message === q.message && p.retryAt === q.retryAt;
  }
  return true;
}
