import { bodyToPlainText } from '../shared/editor/text';
import { bodyText, expect, saveStatus, test } from './fixtures';
import { valueOf } from './host';

/**
 * Type through the interface the way a person does, kill the host with SIGKILL at a random
 * moment, start it again on the same folder, and check the promise of the status line:
 * whatever was shown as `Saved` is in the store, and at most ~1 s of typing before the kill
 * is lost.
 *
 * The run is random but reproducible: the seed is printed and attached to the report;
 * CRASH_SEED=<seed> repeats a run.
 */

/** Autosave promises a save at most ~1 s after a keystroke; the commit's round trip comes on top. */
const AUTOSAVE_BOUND_MS = 1_000;
const ROUND_TRIP_ALLOWANCE_MS = 600;

const WORDS = [
  'министр', 'переговоры', 'урегулирование', 'президента', 'Азербайджан', 'делегация', 'встреча', 'заявил',
  'ещё', 'всё', 'её', 'объём', 'идёт', 'сопредседатели', 'ОБСЕ', 'пресс-конференция', 'Баку', 'Женева',
  'документ', 'формат', 'сторона', 'баланс', 'шаги', 'меры', 'договорённости', 'на', 'столе', 'и', 'в', 'по',
];

/** mulberry32: a small seeded generator, so a failing run can be repeated exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('what was shown as Saved survives a SIGKILL of the host, and at most ~1 s of typing is lost', async ({ page, workspace }, testInfo) => {
  const seed = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Date.now() % 2_147_483_647;
  console.log(`crash-safety seed ${seed} (repeat with CRASH_SEED=${seed})`);
  testInfo.annotations.push({ type: 'seed', description: String(seed) });
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  await page.goto(workspace.host.url);
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Body (ru)' });
  await body.click();
  const articleId = /#\/articles\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  expect(articleId, 'the editor page names the article in its address').toBeTruthy();

  /** After each keystroke: when it was typed, and how long the text was then. */
  const keystrokes: { at: number; length: number }[] = [];
  /** Each moment the status said Saved, with the body's text at that moment. */
  const savedMoments: { at: number; text: string }[] = [];
  let typed = '';

  const killAfterMs = 4_000 + Math.floor(random() * 8_000);
  const kill = { at: 0 };
  const killing = sleep(killAfterMs).then(async () => {
    kill.at = Date.now();
    await workspace.host.kill('SIGKILL');
  });

  // Typing is sequential, so between reading the status and reading the text nothing new is typed.
  const observe = async () => {
    if ((await saveStatus(page).textContent()) === 'Saved') savedMoments.push({ at: Date.now(), text: await bodyText(body) });
  };

  const started = Date.now();
  // Go on typing for a while after the kill (at least one word), as a person would.
  const typingAfterKill = () => keystrokes.some((k) => k.at > kill.at);
  while (kill.at === 0 || Date.now() - kill.at < 1_500 || !typingAfterKill()) {
    const burst = 1 + Math.floor(random() * 6);
    for (let w = 0; w < burst; w++) {
      const word = `${pick(WORDS)}${random() < 0.08 ? '\n' : ' '}`;
      for (const ch of word) {
        if (ch === '\n') await page.keyboard.press('Enter');
        else await page.keyboard.type(ch);
        typed += ch;
        keystrokes.push({ at: Date.now(), length: typed.length });
      }
      await observe();
    }
    // Pauses both shorter and longer than the autosave's quiet time (~700 ms).
    const pause = random() < 0.5 ? 60 + random() * 540 : 800 + random() * 1_400;
    const until = Date.now() + pause;
    while (Date.now() < until) {
      await observe();
      await sleep(80);
    }
    if (Date.now() - started > 60_000) throw new Error('typing ran far longer than planned');
  }
  await killing;

  // The window keeps every keystroke and does not claim the ones after the kill are saved.
  expect(await bodyText(body)).toBe(typed);
  await expect(saveStatus(page)).not.toHaveText('Saved');

  const restarted = await workspace.restart();
  const article = valueOf(await restarted.call('getArticle', { articleId: articleId ?? '' }));
  const ru = article.translations.find((t) => t.lang === 'ru');
  const stored = ru ? bodyToPlainText(ru.body) : '';

  const typedAtKill = keystrokes.filter((k) => k.at <= kill.at).at(-1)?.length ?? 0;
  const firstLost = keystrokes.find((k) => k.length === stored.length + 1);
  const lostMs = stored.length < typedAtKill && firstLost ? kill.at - firstLost.at : 0;
  const report = {
    seed,
    killAfterMs,
    typedBeforeKill: typedAtKill,
    typedInAll: typed.length,
    stored: stored.length,
    savedMoments: savedMoments.length,
    lostBeforeKillChars: Math.max(0, typedAtKill - stored.length),
    lostBeforeKillMs: lostMs,
  };
  console.log(`crash-safety: ${JSON.stringify(report)}`);
  await testInfo.attach('crash-safety', { body: JSON.stringify({ ...report, typed, storedText: stored, savedMoments }, null, 2), contentType: 'application/json' });

  expect(savedMoments.length, 'the status said Saved at least once while typing').toBeGreaterThan(0);
  // The store holds only what was typed, in order.
  expect(typed.startsWith(stored), 'the store holds a prefix of what was typed').toBe(true);
  // Every text that was shown as Saved is in the store.
  for (const moment of savedMoments) {
    expect(stored.startsWith(moment.text), `shown as Saved at +${moment.at - started} ms: ${JSON.stringify(moment.text.slice(-40))}`).toBe(true);
  }
  // Only the last ~second of typing before the kill may be missing.
  expect(lostMs, 'typing lost before the kill (ms)').toBeLessThanOrEqual(AUTOSAVE_BOUND_MS + ROUND_TRIP_ALLOWANCE_MS);
});
