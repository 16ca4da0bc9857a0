/**
 * What the editor benchmark runs inside the page, timed by the page's own clock. These are
 * JavaScript sources (the Node side is compiled without the DOM's types) passed to
 * Playwright's addInitScript and evaluate.
 */
import type { Page } from '@playwright/test';

/**
 * Installed before the app's own scripts: listeners on the window that, while recording,
 * time each keystroke from its keydown's timestamp
 *
 * - until the page has handled it: a key arrives as keydown, then (unless keydown was
 *   prevented) keypress, beforeinput and input; the editor commits its update in a
 *   microtask after each, and a microtask queued after the last listener of each event
 *   runs after that commit;
 * - until the next frame after that: a requestAnimationFrame asked for by the key's last
 *   event, then a task posted from it, which runs after that frame's style, layout and
 *   paint.
 *
 * `late` counts keys with an event that came after their frame was already measured.
 */
export const PROBE_SCRIPT = `(() => {
  if ('__tandemBench' in window) return;
  const probe = { recording: false, frame: [], handled: [], pending: 0, late: 0 };
  let key = null;
  const frameAfter = (k) => {
    const token = ++k.token;
    requestAnimationFrame(() => {
      if (k.token !== token) return;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        if (k.token !== token || k.done) return;
        k.done = true;
        probe.frame.push(performance.now() - k.start);
        probe.handled.push(k.handledAt - k.start);
        probe.pending--;
      };
      channel.port2.postMessage(0);
    });
  };
  const active = () => probe.recording && key !== null;
  addEventListener('keydown', (event) => {
    if (!probe.recording) return;
    key = { start: event.timeStamp, token: 0, handledAt: event.timeStamp, done: false };
    probe.pending++;
    frameAfter(key);
  }, true);
  for (const type of ['keypress', 'beforeinput', 'input']) {
    addEventListener(type, () => {
      if (!active()) return;
      if (key.done) probe.late++;
      else frameAfter(key);
    }, true);
  }
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input']) {
    addEventListener(type, () => {
      if (!active() || key.done) return;
      const k = key;
      queueMicrotask(() => { k.handledAt = performance.now(); });
    }, false);
  }
  Object.defineProperty(window, '__tandemBench', { value: probe });
})();`;

export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(`(() => { const p = window.__tandemBench; p.frame = []; p.handled = []; p.late = 0; p.recording = true; })()`);
}

export interface KeystrokeSamples {
  /** Keystroke to the next frame after it was handled (ms). */
  frame: number[];
  /** Keystroke to the end of its handling (ms). */
  handled: number[];
  /** Keys with an event after their frame was measured (their frame came too early). */
  late: number;
}

function numbers(x: unknown): number[] {
  if (!Array.isArray(x) || !x.every((v): v is number => typeof v === 'number')) throw new Error('The page returned no keystroke timings.');
  return x;
}

/** Stops recording once every keystroke's frame has come, and returns the samples. */
export async function stopRecording(page: Page): Promise<KeystrokeSamples> {
  const out: unknown = await page.evaluate(`(async () => {
    const p = window.__tandemBench;
    const until = performance.now() + 10000;
    while (p.pending > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
    p.recording = false;
    return { frame: p.frame, handled: p.handled, late: p.late };
  })()`);
  if (typeof out !== 'object' || out === null || !('frame' in out) || !('handled' in out) || !('late' in out)) throw new Error('The page returned no keystroke timings.');
  return { frame: numbers(out.frame), handled: numbers(out.handled), late: typeof out.late === 'number' ? out.late : 0 };
}

/** The page's frame interval (ms): the median gap between animation frames. */
export async function frameInterval(page: Page): Promise<number> {
  const ms: unknown = await page.evaluate(`new Promise((resolve) => {
    const times = [];
    const tick = (t) => {
      times.push(t);
      if (times.length < 61) return requestAnimationFrame(tick);
      const gaps = times.slice(1).map((x, i) => x - times[i]).sort((a, b) => a - b);
      resolve(gaps[30]);
    };
    requestAnimationFrame(tick);
  })`);
  if (typeof ms !== 'number') throw new Error('The page returned no frame interval.');
  return ms;
}

export interface EditorExpectation {
  /** The accessible name: `Body (ru)`. */
  name: string;
  blocks: number;
  chars: number;
}

/**
 * Goes to `hash` and returns the milliseconds until every named body editor is editable
 * and holds its whole text, including the frame that first shows them: polled each
 * animation frame, then a task after that frame.
 */
export async function timeOpen(page: Page, hash: string, editors: readonly EditorExpectation[], timeoutMs = 30_000): Promise<number> {
  const ms: unknown = await page.evaluate(`(async ({ hash, editors, timeoutMs }) => {
    const find = (name) => document.querySelector('[role="textbox"][aria-label="' + name + '"]');
    const ready = () => editors.every((e) => {
      const el = find(e.name);
      return el !== null && el.getAttribute('contenteditable') === 'true' && el.childElementCount === e.blocks && el.textContent.length === e.chars;
    });
    const start = performance.now();
    location.hash = hash;
    return await new Promise((resolve, reject) => {
      const check = () => {
        if (ready()) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(0);
        } else if (performance.now() - start > timeoutMs) {
          reject(new Error('The article was not ready within ' + timeoutMs + ' ms: ' + editors.map((e) => {
            const el = find(e.name);
            return e.name + (el ? ' has ' + el.childElementCount + ' blocks, ' + el.textContent.length + ' characters, contenteditable=' + el.getAttribute('contenteditable') : ' is missing');
          }).join('; ')));
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  })(${JSON.stringify({ hash, editors, timeoutMs })})`);
  if (typeof ms !== 'number') throw new Error('The page returned no opening time.');
  return ms;
}

/** Goes to `hash` and waits until no body editor is on the page (the article list). */
export async function leaveArticle(page: Page, hash: string, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(`(async ({ hash, timeoutMs }) => {
    location.hash = hash;
    const until = performance.now() + timeoutMs;
    while (document.querySelector('[role="textbox"][aria-label^="Body ("]') !== null) {
      if (performance.now() > until) throw new Error('The article stayed open after leaving it.');
      await new Promise((r) => requestAnimationFrame(r));
    }
  })(${JSON.stringify({ hash, timeoutMs })})`);
}
