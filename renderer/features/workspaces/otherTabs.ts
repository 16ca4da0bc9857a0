/**
 * Other tabs of the same Tandem (browser mode) go with a workspace switch: before it, each
 * sends its unsaved edits to the workspace they belong to and says whether they landed;
 * after it, each loads again on the new workspace. They speak over a BroadcastChannel,
 * which reaches every tab of this origin, that is of this Tandem.
 */

type Message =
  | { type: 'switching'; id: string }
  | { type: 'heard'; id: string; tab: string }
  | { type: 'landed'; id: string; tab: string; ok: boolean }
  | { type: 'switched' };

const CHANNEL = 'tandem-workspace';

export interface TabsOptions {
  /** Sends this tab's edits; true once all have landed. */
  landEdits(): Promise<boolean>;
  /** Loads this tab again (on the new workspace). */
  reload(): void;
  /** How long other tabs have to say they heard, and then to land their edits. */
  hearMs?: number;
  landMs?: number;
}

export interface OtherTabs {
  /** Asks every other tab to land its edits; true when all that answered did. */
  landTheirEdits(): Promise<boolean>;
  /** Tells every other tab to load again. */
  switched(): void;
  close(): void;
}

function isMessage(data: unknown): data is Message {
  return typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string';
}

export function followOtherTabs(options: TabsOptions): OtherTabs {
  const hearMs = options.hearMs ?? 200;
  const landMs = options.landMs ?? 6_000;
  const tab = crypto.randomUUID();
  const channel = new BroadcastChannel(CHANNEL);
  const waiting = new Map<string, (message: Message) => void>();

  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isMessage(message)) return;
    if (message.type === 'switching') {
      channel.postMessage({ type: 'heard', id: message.id, tab } satisfies Message);
      void options.landEdits().then((ok) => channel.postMessage({ type: 'landed', id: message.id, tab, ok } satisfies Message));
    } else if (message.type === 'switched') {
      options.reload();
    } else {
      waiting.get(message.id)?.(message);
    }
  };

  return {
    async landTheirEdits() {
      const id = crypto.randomUUID();
      const heard = new Set<string>();
      const landed = new Map<string, boolean>();
      let settle = () => {};
      const allLanded = new Promise<void>((resolve) => (settle = resolve));
      let listening = true;
      waiting.set(id, (message) => {
        if (message.type === 'heard') heard.add(message.tab);
        if (message.type === 'landed') landed.set(message.tab, message.ok);
        if (!listening && [...heard].every((t) => landed.has(t))) settle();
      });
      channel.postMessage({ type: 'switching', id } satisfies Message);
      await new Promise((resolve) => setTimeout(resolve, hearMs));
      listening = false;
      if (![...heard].every((t) => landed.has(t))) {
        await Promise.race([allLanded, new Promise((resolve) => setTimeout(resolve, landMs))]);
      }
      waiting.delete(id);
      return [...heard].every((t) => landed.get(t) === true);
    },
    switched() {
      channel.postMessage({ type: 'switched' } satisfies Message);
    },
    close() {
      channel.close();
    },
  };
}
