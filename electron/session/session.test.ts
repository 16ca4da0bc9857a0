import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, type Envelope, type TandemErrorPayload, type WorkspaceInfo } from '../../shared/contract';
import type { Core } from '../core/index';
import { memoryBackend, openPreferences, type PreferencesService } from './preferences';
import { openSession, type Session } from './session';

let root: string;
let preferences: PreferencesService;
const sessions: Session[] = [];

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tandem-session-'));
  preferences = openPreferences(memoryBackend({}));
});
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  rmSync(root, { recursive: true, force: true });
});

function start(dir = path.join(root, 'first'), options: Partial<Parameters<typeof openSession>[1]> = {}): Session {
  const session = openSession(dir, { preferences, onInternalError: (e) => { throw e; }, ...options });
  sessions.push(session);
  return session;
}

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function refusal(envelope: Promise<Envelope<unknown>>): Promise<TandemErrorPayload> {
  const answered = await envelope;
  if (answered.ok) throw new Error('the call was not refused');
  return answered.error;
}

async function addArticle(session: Session, title: string): Promise<void> {
  value(await session.dispatch('createArticle', { section: 'news', originalLang: 'ru', title }));
}

async function titles(session: Session): Promise<string[]> {
  const list = value<{ items: Array<{ translations: Array<{ title: string }> }> }>(await session.dispatch('listArticles', {}));
  return list.items.flatMap((item) => item.translations.map((t) => t.title));
}

describe('the session’s own calls', () => {
  it('remembers the workspace it starts on and answers getPreferences', async () => {
    const session = start();
    const prefs = value<{ recentWorkspaces: string[] }>(await session.dispatch('getPreferences', {}));
    expect(prefs.recentWorkspaces).toEqual([path.join(root, 'first')]);
  });

  it('answers setPreferences and refuses what is outside the contract', async () => {
    const session = start();
    expect(value<{ uiLanguage: string }>(await session.dispatch('setPreferences', { uiLanguage: 'ru' })).uiLanguage).toBe('ru');
    expect(preferences.get().uiLanguage).toBe('ru');
    const french = await refusal(session.dispatch('setPreferences', { uiLanguage: 'fr' }));
    expect(french.code).toBe('invalid_input');
    // The frame is said in the interface's language; zod's own account stays as the detail.
    expect(french.message).toMatch(/^The request was refused: uiLanguage: /);
    expect(french.phrase).toEqual({ key: 'core.common.refused', params: { detail: expect.stringMatching(/^uiLanguage: /) } });
    expect((await refusal(session.dispatch('setPreferences', { recentWorkspaces: [] }))).code).toBe('invalid_input');
  });

  it('hands every other call to the current workspace', async () => {
    const session = start();
    await addArticle(session, 'Первая');
    expect(await titles(session)).toEqual(['Первая']);
    expect((await refusal(session.dispatch('noSuchCall', {}))).code).toBe('unknown_call');
  });
});

describe('creating a workspace', () => {
  it('makes a new, empty workspace, makes it current and puts it first among the recent ones', async () => {
    const session = start();
    await addArticle(session, 'Первая');
    const first = session.core;
    const second = path.join(root, 'new', 'second');
    const info = value<WorkspaceInfo>(await session.dispatch('openWorkspace', { path: second, create: true }));
    expect(info.path).toBe(second);
    expect(info.articleCount).toBe(0);
    expect(existsSync(path.join(second, 'tandem.db'))).toBe(true);
    expect(await titles(session)).toEqual([]);
    expect(session.core).not.toBe(first);
    // The old workspace is closed.
    expect((await refusal(first.dispatch('listArticles', {}))).code).toBe('unavailable');
    expect(preferences.get().recentWorkspaces).toEqual([second, path.join(root, 'first')]);
  });

  it('accepts an empty folder (system files aside)', async () => {
    const session = start();
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    writeFileSync(path.join(empty, '.DS_Store'), '');
    expect(value<WorkspaceInfo>(await session.dispatch('openWorkspace', { path: empty, create: true })).path).toBe(empty);
  });

  it('refuses a folder that is not empty, says what to do, and leaves it and the current workspace as they were', async () => {
    const session = start();
    await addArticle(session, 'Первая');
    const busy = path.join(root, 'busy');
    mkdirSync(busy);
    writeFileSync(path.join(busy, 'notes.txt'), 'mine');
    const error = await refusal(session.dispatch('openWorkspace', { path: busy, create: true }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`The folder ${busy} is not empty`);
    expect(error.message).toContain('Give an empty folder');
    expect(error.message).toContain('(it holds 1 item)');
    expect(error.phrase).toEqual({ key: 'core.session.notEmpty', params: { dir: busy, count: 1 } });
    expect(readdirSync(busy)).toEqual(['notes.txt']);
    expect(await titles(session)).toEqual(['Первая']);
    expect(preferences.get().recentWorkspaces).toEqual([path.join(root, 'first')]);
  });

  it('refuses a folder that already holds a workspace, pointing to Open', async () => {
    const session = start();
    const error = await refusal(session.dispatch('openWorkspace', { path: path.join(root, 'first'), create: true }));
    expect(error.message).toMatch(/already a Tandem workspace in .*Use Open/);
  });

  it('refuses a place it cannot write to, and makes nothing there', async () => {
    const session = start();
    writeFileSync(path.join(root, 'a-file'), 'x');
    const error = await refusal(session.dispatch('openWorkspace', { path: path.join(root, 'a-file', 'inside'), create: true }));
    expect(error.message).toMatch(/cannot create a workspace in .*part of that path is a file.*Choose a folder you may write to/);
    expect(error.phrase).toMatchObject({ key: 'core.session.cannotCreate', params: { reason: { key: 'core.workspace.why.notDir' } } });
    const file = await refusal(session.dispatch('openWorkspace', { path: path.join(root, 'a-file'), create: true }));
    expect(file.message).toContain('is a file');
  });

  it('refuses a relative path', async () => {
    const session = start();
    const error = await refusal(session.dispatch('openWorkspace', { path: 'relative/folder', create: true }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('not a full path');
    expect(error.phrase?.key).toBe('core.session.notFullPath');
    expect(existsSync(path.join(process.cwd(), 'relative'))).toBe(false);
  });
});

describe('opening an existing workspace', () => {
  it('switches to it and back through the same call, each workspace’s articles where they were', async () => {
    const firstDir = path.join(root, 'first');
    const secondDir = path.join(root, 'second');
    const session = start(firstDir);
    await addArticle(session, 'Первая');
    value(await session.dispatch('openWorkspace', { path: secondDir, create: true }));
    await addArticle(session, 'Вторая');
    const back = value<WorkspaceInfo>(await session.dispatch('openWorkspace', { path: firstDir }));
    expect(back.path).toBe(firstDir);
    expect(back.articleCount).toBe(1);
    expect(await titles(session)).toEqual(['Первая']);
    expect(preferences.get().recentWorkspaces).toEqual([firstDir, secondDir]);
  });

  it('refuses a folder without a workspace, and does not make one there', async () => {
    const session = start();
    const plain = path.join(root, 'plain');
    mkdirSync(plain);
    const error = await refusal(session.dispatch('openWorkspace', { path: plain }));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain(`There is no Tandem workspace in ${plain}`);
    expect(error.message).toContain('Create new workspace');
    expect(readdirSync(plain)).toEqual([]);
    const missing = await refusal(session.dispatch('openWorkspace', { path: path.join(root, 'missing') }));
    expect(missing.message).toContain('There is no folder');
    expect(missing.phrase?.key).toBe('core.session.noFolder');
    expect(existsSync(path.join(root, 'missing'))).toBe(false);
  });

  it('keeps the current workspace open and unchanged when the other cannot be opened', async () => {
    const session = start();
    await addArticle(session, 'Первая');
    const before = session.core;
    const foreign = path.join(root, 'foreign');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'tandem.db'), 'this is not a database at all, just text that is long enough');
    const error = await refusal(session.dispatch('openWorkspace', { path: foreign }));
    expect(error.message).toContain('not a Tandem workspace');
    expect(session.core).toBe(before);
    expect(await titles(session)).toEqual(['Первая']);
    await addArticle(session, 'Ещё одна');
    expect(preferences.get().recentWorkspaces).toEqual([path.join(root, 'first')]);
  });

  it('opening the current workspace again changes nothing', async () => {
    const session = start();
    const before = session.core;
    const info = value<WorkspaceInfo>(await session.dispatch('openWorkspace', { path: path.join(root, 'first') }));
    expect(info.path).toBe(path.join(root, 'first'));
    expect(session.core).toBe(before);
  });
});

/** A stand-in for core whose calls wait until the test lets them go. */
function fakeCore(dir: string) {
  const calls: string[] = [];
  const held: Array<() => void> = [];
  const fake = {
    calls,
    closed: false,
    release: () => held.splice(0).forEach((go) => go()),
    workspace: { dir },
    media: {
      variant: async (id: string) => (calls.push(`variant ${id}`), { path: path.join(dir, id), mime: 'image/webp' }),
      importFile: async (file: string) => {
        calls.push(`import ${file}`);
        throw new Error('not in this test');
      },
    },
    dispatch: async (name: unknown): Promise<Envelope<unknown>> => {
      if (fake.closed) throw new Error(`${String(name)} reached a closed workspace`);
      calls.push(String(name));
      if (name === 'workspaceInfo') {
        return ok({ path: dir, languages: ['ru', 'en'], sections: [], readOnly: false, problem: null, problemPhrase: null, articleCount: 0, trashCount: 0, schemaVersion: 1, guidance: { titleChars: 80, summaryChars: 200 } });
      }
      if (name === 'slowCall') await new Promise<void>((resolve) => held.push(resolve));
      return ok({ answeredBy: dir });
    },
    close: () => {
      fake.closed = true;
    },
  };
  return fake;
}

describe('the export base URL new workspaces start with', () => {
  const settingsOf = async (session: Session) => value<{ baseUrl: string; outDir: string }>(await session.dispatch('getExportSettings', {}));

  it('is the base URL saved last, in any workspace; a new workspace starts with it, an opened one keeps its own', async () => {
    const session = start();
    const first = await settingsOf(session);
    expect(preferences.get().exportBaseUrl).toBeNull();
    // Before any is saved, a new workspace has the example address.
    value(await session.dispatch('openWorkspace', { path: path.join(root, 'plain'), create: true }));
    expect((await settingsOf(session)).baseUrl).toBe(first.baseUrl);

    value(await session.dispatch('setExportSettings', { ...(await settingsOf(session)), baseUrl: 'https://desk.example.com/news' }));
    expect(preferences.get().exportBaseUrl).toBe('https://desk.example.com/news/');

    value(await session.dispatch('openWorkspace', { path: path.join(root, 'second'), create: true }));
    const seeded = await settingsOf(session);
    expect(seeded.baseUrl).toBe('https://desk.example.com/news/');
    expect(seeded.outDir).not.toBe('');

    // An existing workspace keeps what it had.
    value(await session.dispatch('openWorkspace', { path: path.join(root, 'first') }));
    expect(await settingsOf(session)).toEqual(first);
  });

  it('is not changed by a refused save', async () => {
    const session = start();
    const settings = await settingsOf(session);
    expect((await refusal(session.dispatch('setExportSettings', { ...settings, baseUrl: 'ftp://nope' }))).code).toBe('invalid_input');
    expect(preferences.get().exportBaseUrl).toBeNull();
  });
});

describe('switching while calls are running', () => {
  function withFakes() {
    const cores = new Map<string, ReturnType<typeof fakeCore>>();
    const openCore = (dir: string): Core => {
      const core = fakeCore(dir);
      cores.set(dir, core);
      return core as unknown as Core;
    };
    const second = path.join(root, 'second');
    mkdirSync(second);
    writeFileSync(path.join(second, 'tandem.db'), '');
    return { cores, openCore, first: path.join(root, 'first'), second };
  }

  it('closes the old workspace only after its calls in flight have finished, while new calls reach the new one', async () => {
    const { cores, openCore, first, second } = withFakes();
    const switched: string[] = [];
    const session = start(first, { openCore, onSwitched: (info) => switched.push(info.path) });
    const old = cores.get(first)!;
    const slow = session.dispatch('slowCall', {});
    const opening = session.dispatch('openWorkspace', { path: second });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(old.closed).toBe(false);
    expect(value(await session.dispatch('anotherCall', {}))).toEqual({ answeredBy: second });
    old.release();
    expect(value(await slow)).toEqual({ answeredBy: first });
    expect(value<WorkspaceInfo>(await opening).path).toBe(second);
    expect(old.closed).toBe(true);
    expect(switched).toEqual([second]);
    expect(old.calls).not.toContain('anotherCall');
  });

  it('serves images from the workspace open now', async () => {
    const { cores, openCore, first, second } = withFakes();
    const session = start(first, { openCore });
    expect(await session.media.variant('a', 'thumb')).toEqual({ path: path.join(first, 'a'), mime: 'image/webp' });
    value(await session.dispatch('openWorkspace', { path: second }));
    expect(await session.media.variant('b', 'thumb')).toEqual({ path: path.join(second, 'b'), mime: 'image/webp' });
    expect(cores.get(first)!.calls).not.toContain('variant b');
    expect(cores.get(second)!.calls).toContain('variant b');
  });

  it('closing the session waits for calls in flight, then closes the workspace', async () => {
    const { cores, openCore, first } = withFakes();
    const session = openSession(first, { preferences, openCore });
    const slow = session.dispatch('slowCall', {});
    const closing = session.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cores.get(first)!.closed).toBe(false);
    cores.get(first)!.release();
    await Promise.all([slow, closing]);
    expect(cores.get(first)!.closed).toBe(true);
    const closed = await refusal(session.dispatch('openWorkspace', { path: first }));
    expect(closed.code).toBe('unavailable');
    expect(closed.phrase?.key).toBe('core.session.shuttingDown');
  });
});
