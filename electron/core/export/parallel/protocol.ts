import type { ErrorCode, Phrase } from '../../../../shared/contract';
import type { MediaFile } from '../media';
import type { PageRef } from '../selection';
import type { Entry } from '../sink';
import type { RawBodies } from './articleFiles';
import type { ContextInput } from './context';

/**
 * What this thread and the render thread say to each other. The render thread starts with
 * the assemble context and the staging folder and says when it is ready; it is then given
 * batches of articles (their stored bodies, pages and the previous bundle's entries for
 * their files) and answers each with the files it made, writing into the staging folder
 * those whose bytes changed.
 */

/** The render thread's `workerData`. */
export interface RenderWorkerData {
  ctx: ContextInput;
  mediaByImage: Map<string, MediaFile[]>;
  outDir: string;
  /** The export's staging folder: files are written at their bundle paths under it. */
  stagingDir: string;
}

/** The first message to a worker started before its export knew what it would render (startRenderWorker with no data). */
export interface InitMessage {
  type: 'init';
  data: RenderWorkerData;
}

export interface BatchRequest {
  /** The batch's number in this render. */
  batch: number;
  ids: string[];
  pages: Map<string, PageRef[]>;
  bodies: RawBodies;
  /** The previous bundle's entries for the batch's files (those it had). */
  previous: Entry[];
}

export interface MadeFile {
  entry: Entry;
  /** Written to the staging folder (its bytes differ from the previous bundle's). */
  staged: boolean;
}

export type RenderReply =
  /** The worker has its context and takes batches. */
  | { type: 'ready' }
  | { type: 'rendered'; batch: number; files: MadeFile[] }
  /** A failure: a TandemError's code and phrase travel with its message, so this thread throws it again as it was said. */
  | { type: 'failed'; message: string; code: ErrorCode | null; phrase?: Phrase };
