import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../shared/contract';
import { enableSpellcheck, enableSpellcheckForWorkspace, languagesOf, spellCheckerLanguages, type SpellcheckSessionLike } from './spellcheck';

/** What Chromium offers on Linux and Windows (a shortened list). */
const CHROMIUM = ['af', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'en-AU', 'en-CA', 'en-GB', 'en-US', 'es', 'fr', 'hy', 'pl', 'pt-BR', 'ru', 'sv', 'tr', 'uk'];

class FakeSession implements SpellcheckSessionLike {
  enabled: boolean | null = null;
  languages: string[] | null = null;
  constructor(readonly availableSpellCheckerLanguages: string[]) {}
  setSpellCheckerEnabled(enable: boolean): void {
    this.enabled = enable;
  }
  setSpellCheckerLanguages(languages: string[]): void {
    for (const code of languages) {
      if (!this.availableSpellCheckerLanguages.includes(code)) throw new Error(`Invalid language code provided: "${code}" is not a valid language code`);
    }
    this.languages = languages;
  }
}

describe('choosing dictionaries', () => {
  it('picks Russian and American English from what Chromium offers', () => {
    expect(spellCheckerLanguages(['ru', 'en'], CHROMIUM)).toEqual(['ru', 'en-US']);
  });

  it('keeps the workspace order', () => {
    expect(spellCheckerLanguages(['en', 'ru'], CHROMIUM)).toEqual(['en-US', 'ru']);
  });

  it('falls back from en-US to en-GB, then to any English', () => {
    expect(spellCheckerLanguages(['en'], ['en-GB', 'en-AU', 'ru'])).toEqual(['en-GB']);
    expect(spellCheckerLanguages(['en'], ['en-ZA', 'en-AU'])).toEqual(['en-ZA']);
    expect(spellCheckerLanguages(['en'], ['en'])).toEqual(['en']);
  });

  it('takes ru-RU when there is no bare ru', () => {
    expect(spellCheckerLanguages(['ru'], ['en-US', 'ru-RU'])).toEqual(['ru-RU']);
  });

  it('matches whatever the case, answering in the spellchecker’s own spelling', () => {
    expect(spellCheckerLanguages(['RU', 'en'], ['RU-ru', 'en-us'])).toEqual(['RU-ru', 'en-us']);
  });

  it('leaves out languages without a dictionary, and does not mistake a prefix for a language', () => {
    expect(spellCheckerLanguages(['ru', 'az', 'en'], CHROMIUM)).toEqual(['ru', 'en-US']);
    // `e` is not English, `eng` is not `en-*`.
    expect(spellCheckerLanguages(['e'], ['en-US'])).toEqual([]);
    expect(spellCheckerLanguages(['en'], ['eng'])).toEqual([]);
    expect(spellCheckerLanguages(['ru', 'en'], [])).toEqual([]);
  });

  it('names a dictionary once even when the workspace repeats a language', () => {
    expect(spellCheckerLanguages(['en', 'en', 'ru'], CHROMIUM)).toEqual(['en-US', 'ru']);
  });

  it('prefers the country of a language it has no rule for', () => {
    expect(spellCheckerLanguages(['de', 'pt'], ['de-AT', 'de-DE', 'pt-BR'])).toEqual(['de-DE', 'pt-BR']);
  });
});

describe('the workspace languages', () => {
  it('come from workspaceInfo, or are the default pair', () => {
    expect(languagesOf({ languages: ['en', 'ru', 'az'] })).toEqual(['en', 'ru', 'az']);
    expect(languagesOf({ languages: [] })).toEqual(['ru', 'en']);
    expect(languagesOf({ languages: 'ru' })).toEqual(['ru', 'en']);
    expect(languagesOf(null)).toEqual(['ru', 'en']);
  });
});

describe('turning spelling on', () => {
  it('enables the spellchecker with a dictionary per language on Linux and Windows', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const session = new FakeSession(CHROMIUM);
      expect(enableSpellcheck(session, ['ru', 'en'], platform)).toEqual({ languages: ['ru', 'en-US'], unavailable: [] });
      expect(session.enabled).toBe(true);
      expect(session.languages).toEqual(['ru', 'en-US']);
    }
  });

  it('sets no languages on macOS, where the system chooses', () => {
    const session = new FakeSession([]);
    expect(enableSpellcheck(session, ['ru', 'en'], 'darwin')).toEqual({ languages: [], unavailable: [] });
    expect(session.enabled).toBe(true);
    expect(session.languages).toBeNull();
  });

  it('reports a language without a dictionary and still sets the others', () => {
    const logged: string[] = [];
    const session = new FakeSession(['en-GB']);
    expect(enableSpellcheck(session, ['ru', 'en'], 'linux', (m) => logged.push(m))).toEqual({ languages: ['en-GB'], unavailable: ['ru'] });
    expect(session.languages).toEqual(['en-GB']);
    expect(logged).toEqual(['Spelling: no dictionary for ru on this machine.']);
  });

  it('does not throw when the session refuses', () => {
    const logged: string[] = [];
    const session: SpellcheckSessionLike = {
      availableSpellCheckerLanguages: ['ru'],
      setSpellCheckerEnabled() {},
      setSpellCheckerLanguages() {
        throw new Error('refused');
      },
    };
    expect(enableSpellcheck(session, ['ru'], 'linux', (m) => logged.push(m))).toEqual({ languages: [], unavailable: ['ru'] });
    expect(logged).toEqual(['Spelling could not be set up: refused']);
  });

  it('asks the workspace for its languages', async () => {
    const session = new FakeSession(CHROMIUM);
    const asked: unknown[] = [];
    const outcome = await enableSpellcheckForWorkspace(
      session,
      async (name) => {
        asked.push(name);
        return ok({ languages: ['en', 'uk'] });
      },
      'linux',
    );
    expect(asked).toEqual(['workspaceInfo']);
    expect(outcome.languages).toEqual(['en-US', 'uk']);
    expect(session.languages).toEqual(['en-US', 'uk']);
  });

  it('uses Russian and English when the workspace cannot say', async () => {
    const session = new FakeSession(CHROMIUM);
    await enableSpellcheckForWorkspace(session, async () => fail('unavailable', 'closed'), 'linux');
    expect(session.languages).toEqual(['ru', 'en-US']);
  });

  it('uses the languages the person chose instead of the workspace’s', async () => {
    const session = new FakeSession(CHROMIUM);
    const asked: unknown[] = [];
    await enableSpellcheckForWorkspace(
      session,
      async (name) => {
        asked.push(name);
        return ok({ languages: ['ru', 'en'] });
      },
      'linux',
      ['uk'],
    );
    expect(asked).toEqual([]);
    expect(session.languages).toEqual(['uk']);
  });
});
