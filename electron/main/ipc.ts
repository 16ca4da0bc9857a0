import { isCallName, type Envelope } from '../../shared/contract';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import type { Dispatch } from '../core/api/dispatch';
import { failSaying, say } from '../core/said';
import { isAppUrl } from './origin';

/**
 * The desktop transport: one invoke channel (`tandem:call`) carrying `{ name, input }` to
 * core's dispatch, answering with the envelope. Written against the small part of Electron
 * it uses, so tests drive it with fakes; Electron's `ipcMain` fits these shapes.
 */

/** The frame a message came from, as much of Electron's WebFrameMain as we read. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: SenderFrameLike | null;
}

export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** A message a window sent (not invoked): who sent it, and from which frame. */
export interface SentEventLike<Sender> extends InvokeEventLike {
  readonly sender: Sender;
}

export interface IpcMainListenLike<Sender> {
  on(channel: string, listener: (event: SentEventLike<Sender>) => void): void;
  removeListener(channel: string, listener: (event: SentEventLike<Sender>) => void): void;
}

/**
 * Our own renderer, and only its top frame: a page loaded from `tandem://app/`. Anything
 * else (an embedded frame, a page navigated elsewhere, a destroyed frame) is refused.
 */
export function isTrustedSender(frame: SenderFrameLike | null): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

interface CallRequestLike {
  name?: unknown;
  input?: unknown;
}

/**
 * Handles one `tandem:call`: checks the sender, the shape of the request and the call's
 * name before anything reaches core. Exported for tests; `registerIpc` wires it up.
 */
export async function handleCall(
  dispatch: Dispatch,
  event: InvokeEventLike,
  request: unknown,
  trusted: (frame: SenderFrameLike | null) => boolean = isTrustedSender,
): Promise<Envelope<unknown>> {
  if (!trusted(event.senderFrame)) {
    return failSaying('forbidden', say('core.shell.notTandemWindow'));
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return failSaying('invalid_input', say('core.shell.notACall'));
  }
  const { name, input } = request as CallRequestLike;
  if (!isCallName(name)) {
    return failSaying('unknown_call', say('core.common.unknownCall', { name: JSON.stringify(String(name)).slice(0, 80) }));
  }
  try {
    return await dispatch(name, input);
  } catch {
    // Core answers every outcome as an envelope; this is a last guard so the window always gets one.
    return failSaying('internal', say('core.common.internal'));
  }
}

/**
 * Registers the one IPC handler. Returns a function that removes it again (for quitting,
 * and for tests).
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  trusted: (frame: SenderFrameLike | null) => boolean = isTrustedSender,
): () => void {
  ipcMain.handle(IPC_CHANNELS.call, (event, request) => handleCall(dispatch, event, request, trusted));
  return () => ipcMain.removeHandler(IPC_CHANNELS.call);
}

/**
 * Listens for windows saying their edits are stored before they close (closeGuard.ts);
 * only Tandem's own top frame is heard. Returns a function that stops listening.
 */
export function listenForReadyToClose<Sender>(
  ipcMain: IpcMainListenLike<Sender>,
  ready: (sender: Sender) => void,
  trusted: (frame: SenderFrameLike | null) => boolean = isTrustedSender,
): () => void {
  const listener = (event: SentEventLike<Sender>) => {
    if (trusted(event.senderFrame)) ready(event.sender);
  };
  ipcMain.on(IPC_CHANNELS.readyToClose, listener);
  return () => ipcMain.removeListener(IPC_CHANNELS.readyToClose, listener);
}
