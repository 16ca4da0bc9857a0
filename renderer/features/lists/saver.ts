import type { ListItem, ListView } from '../../../shared/contract';
import type { CallError, CallResult } from '../../api';

/**
 * Saves a list as the desk edits it: each change is sent whole against the version the
 * editor last saw, one save at a time. Changes made while a save is on its way wait and
 * go next (against the new version). Typing waits for a pause; moves, pins, adds and
 * removals go at once. A `conflict` drops what waits and hands over to the page, which
 * shows the list as saved elsewhere; any other failure keeps the changes for a retry.
 */

export interface ListFields {
  name: string;
  maxItems: number;
  langs: string[];
  items: ListItem[];
  dismissed: string[];
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'failed'; error: CallError }
  /** The list changed elsewhere; it was reloaded and the last change not applied. */
  | { state: 'conflict' };

export interface SaverOptions {
  version: number;
  /** How long typing must pause before a save. */
  delayMs: number;
  /** After a failed save because Tandem did not answer, when to try again by itself. */
  retryMs?: number;
  send(expectedVersion: number, patch: Partial<ListFields>): Promise<CallResult<ListView>>;
  onStatus(status: SaveStatus): void;
  /** A save landed; `pending` when more changes are waiting to go. */
  onSaved(view: ListView, pending: boolean): void;
  onConflict(): void;
}

export class ListSaver {
  private pending: Partial<ListFields> = {};
  private sending = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private version: number;
  private stopped = false;

  constructor(private readonly options: SaverOptions) {
    this.version = options.version;
  }

  /** The version the next save is made against. */
  get expectedVersion(): number {
    return this.version;
  }

  /** True while a change has not been saved yet (waiting, or on its way). */
  get busy(): boolean {
    return this.sending || this.timer !== null || Object.keys(this.pending).length > 0;
  }

  change(fields: Partial<ListFields>, when: 'now' | 'soon'): void {
    Object.assign(this.pending, fields);
    this.report({ state: 'saving' });
    if (when === 'now') this.flush();
    else this.schedule(this.options.delayMs);
  }

  /** Sends what waits now (on blur, before the page goes). */
  flush(): void {
    this.clearTimer();
    if (!this.sending) void this.send();
  }

  /** After the page reloaded the list: start again from its version, nothing waiting. */
  reset(version: number): void {
    this.clearTimer();
    this.pending = {};
    this.version = version;
  }

  /** The editor is shown (again): report to it. */
  start(): void {
    this.stopped = false;
  }

  /** The editor is going: send what waits, report nothing more. */
  stop(): void {
    this.flush();
    this.stopped = true;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.sending) void this.send();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private report(status: SaveStatus): void {
    if (!this.stopped) this.options.onStatus(status);
  }

  private async send(): Promise<void> {
    if (Object.keys(this.pending).length === 0) return;
    const patch = this.pending;
    this.pending = {};
    this.sending = true;
    const result = await this.options.send(this.version, patch);
    this.sending = false;
    if (result.ok) {
      this.version = result.value.version;
      const waiting = Object.keys(this.pending).length > 0;
      if (!this.stopped) this.options.onSaved(result.value, waiting);
      if (waiting && this.timer === null) void this.send();
      else if (!waiting) this.report({ state: 'saved' });
      return;
    }
    if (result.error.code === 'conflict') {
      this.reset(this.version);
      this.report({ state: 'conflict' });
      if (!this.stopped) this.options.onConflict();
      return;
    }
    // Keep the change; what was typed since is newer and wins.
    this.pending = { ...patch, ...this.pending };
    this.report({ state: 'failed', error: result.error });
    if (result.error.code === 'network' && this.options.retryMs !== undefined && this.timer === null) this.schedule(this.options.retryMs);
  }
}
