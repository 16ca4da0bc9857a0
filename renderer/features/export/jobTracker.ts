import type { ExportJob } from '../../../shared/contract';
import type { ApiClient, CallError, CallResult } from '../../api';
import { i18n } from '../../i18n';

/**
 * The export job this window started, kept outside the Export view so that leaving the view
 * loses nothing: the job runs on in Tandem, and coming back shows it where it is. Its id is
 * also kept for the window's session, so a reload finds it again. Progress is asked for about
 * every 250 ms while the job runs and someone is looking.
 */

export interface JobState {
  /** The job as last heard of; null before any export (or when Tandem no longer knows it). */
  job: ExportJob | null;
  /** Why its progress could not be read, or null. */
  problem: CallError | null;
  /** `Cancel export` was pressed and the job has not stopped yet. */
  cancelling: boolean;
}

export interface TrackerTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Where the job's id outlives a reload. */
export interface JobMemory {
  read(): string | null;
  write(jobId: string | null): void;
}

type Client = Pick<ApiClient, 'call'>;

export const POLL_MS = 250;
const RETRY_MS = 1_000;

/** The job Tandem no longer knows; its message is said in the interface's language when read. */
export const LOST_JOB: CallError = {
  code: 'not_found',
  get message() {
    return i18n.t('export.lostJob');
  },
};

export class ExportJobTracker {
  private state: JobState = { job: null, problem: null, cancelling: false };
  private readonly listeners = new Set<() => void>();
  private client: Client | null = null;
  private timer: unknown = null;
  private inFlight = false;

  constructor(
    private readonly timers: TrackerTimers,
    private readonly memory: JobMemory,
  ) {}

  readonly get = (): JobState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stopPolling();
    };
  };

  /** Follows a job that was just started. */
  track(client: Client, job: ExportJob): void {
    this.client = client;
    this.stopPolling();
    this.memory.write(job.jobId);
    this.set({ job, problem: null, cancelling: false });
    if (job.state === 'running') this.schedule(POLL_MS);
  }

  /** Picks the job up again when the view opens: asks where it is now, and follows it while it runs. */
  resume(client: Client): void {
    this.client = client;
    const known = this.state.job;
    if (known && known.state !== 'running') return;
    const jobId = known?.jobId ?? this.memory.read();
    if (!jobId) return;
    if (this.timer === null && !this.inFlight) void this.poll(jobId, known === null);
  }

  /** Asks Tandem to stop the running job; the answer (cancelled, or already done) is shown as it comes. */
  async cancel(): Promise<CallResult<ExportJob> | null> {
    const job = this.state.job;
    const client = this.client;
    if (!job || job.state !== 'running' || !client) return null;
    this.set({ ...this.state, cancelling: true });
    const result = await client.call('cancelExport', { jobId: job.jobId });
    if (this.state.job?.jobId !== job.jobId) return result;
    if (result.ok) this.accept(result.value);
    else this.set({ ...this.state, cancelling: false });
    return result;
  }

  /** Forgets a finished job (the next export replaces it anyway). */
  forget(): void {
    if (this.state.job?.state === 'running') return;
    this.stopPolling();
    this.memory.write(null);
    this.set({ job: null, problem: null, cancelling: false });
  }

  private async poll(jobId: string, quietIfUnknown: boolean): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.timer = null;
    this.inFlight = true;
    const result = await client.call('exportStatus', { jobId });
    this.inFlight = false;
    // A newer job took this one's place meanwhile.
    const current = this.state.job?.jobId ?? this.memory.read();
    if (current !== jobId) return;
    if (result.ok) {
      this.accept(result.value);
      return;
    }
    if (result.error.code === 'not_found') {
      this.memory.write(null);
      this.set({ job: null, problem: quietIfUnknown ? null : LOST_JOB, cancelling: false });
      return;
    }
    this.set({ ...this.state, problem: result.error });
    this.schedule(RETRY_MS, jobId);
  }

  private accept(job: ExportJob): void {
    const running = job.state === 'running';
    this.set({ job, problem: null, cancelling: running && this.state.cancelling });
    if (running) this.schedule(POLL_MS);
    else this.stopPolling();
  }

  private schedule(ms: number, jobId = this.state.job?.jobId): void {
    if (!jobId || this.listeners.size === 0) return;
    this.stopPolling();
    this.timer = this.timers.set(() => void this.poll(jobId, false), ms);
  }

  private stopPolling(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private set(next: JobState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

const KEY = 'tandem.export.job';

function sessionMemory(): JobMemory {
  return {
    read() {
      try {
        return window.sessionStorage.getItem(KEY);
      } catch {
        return null;
      }
    },
    write(jobId) {
      try {
        if (jobId) window.sessionStorage.setItem(KEY, jobId);
        else window.sessionStorage.removeItem(KEY);
      } catch {
        // Without session storage the job is still followed; only a reload forgets it.
      }
    },
  };
}

/** The window's one tracker. */
export const exportJobs = new ExportJobTracker(
  { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
  sessionMemory(),
);
