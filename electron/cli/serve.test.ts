import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { main } from './main';
import { recordingContext } from './testing';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'tandem-serve-session-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('serve answers through the session: preferences in the folder given, another workspace opened over HTTP', async () => {
  const first = path.join(tmp, 'first');
  const second = path.join(tmp, 'second');
  const preferences = path.join(tmp, 'prefs');
  const { ctx, out, stop } = recordingContext({ rendererDir: path.join(tmp, 'no-renderer') });
  const finished = main(['serve', '--data', first, '--no-open', '--preferences', preferences], ctx);
  await waitFor(() => out.some((line) => line.startsWith('http://')));
  const { origin, searchParams } = new URL(out.find((line) => line.startsWith('http://')) ?? '');
  const call = async (name: string, input: unknown) => {
    const answer = await fetch(`${origin}/api/call/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${searchParams.get('token')}` },
      body: JSON.stringify(input),
    });
    return (await answer.json()) as { ok: boolean; value?: Record<string, unknown>; error?: { message: string } };
  };

  expect(await call('getPreferences', {})).toMatchObject({ ok: true, value: { recentWorkspaces: [first] } });
  expect(await call('openWorkspace', { path: second, create: true })).toMatchObject({ ok: true, value: { path: second } });
  expect(await call('workspaceInfo', {})).toMatchObject({ ok: true, value: { path: second } });
  expect(out).toContain(`Workspace: ${second}`);
  const stored = JSON.parse(readFileSync(path.join(preferences, 'preferences.json'), 'utf8')) as { recentWorkspaces: string[] };
  expect(stored.recentWorkspaces).toEqual([second, first]);

  stop();
  expect(await finished).toBe(0);
  expect(existsSync(path.join(second, 'tandem.db'))).toBe(true);
});
