import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nOptions } from '../../shared/i18n';
import { sayPhrase, type Translate } from '../../shared/i18n/phrase';
import { TandemError } from './errors';
import { langValue, say, within } from './said';

function translator(lang: 'en' | 'ru'): Translate {
  const i18n = createInstance();
  void i18n.init(i18nOptions(lang));
  return (key, values) => i18n.t(key as never, values as never) as unknown as string;
}

describe('core sentences', () => {
  it('are said in English with the phrase the interface says again', () => {
    const said = say('core.common.internal');
    expect(said.message).toMatch(/^Something went wrong inside Tandem/);
    expect(said.phrase).toEqual({ key: 'core.common.internal' });
    expect(sayPhrase(translator('ru'), said.phrase)).toMatch(/^Внутри Tandem что-то пошло не так/);
  });

  it('carry their values, and a language named by a phrase is said in the reader’s language', () => {
    const phrase = { key: 'languages.en' as const };
    expect(langValue('en')).toEqual(phrase);
    expect(langValue('de')).toBe('DE');
    expect(sayPhrase(translator('ru'), { key: 'common.showingOf', params: { shown: 3, total: 1200 } })).toBe('Показано 3 из 1\u00a0200');
    expect(sayPhrase(translator('ru'), { key: 'workspaces.openPath', params: { path: { key: 'languages.en' } } })).toContain('английский');
  });

  it('refuse a sentence whose placeholder has no value', () => {
    // The compiler refuses this call; a value lost at run time must not reach a person half-said.
    const unchecked = say as unknown as (key: string, values?: object) => unknown;
    expect(() => unchecked('core.common.internal', {})).not.toThrow();
    expect(() => unchecked('common.showingOf', { shown: 1 })).toThrow(/total/);
  });

  it('are checked by the compiler: the key must exist and every placeholder get its value', () => {
    expect(say('core.common.unknownCall', { name: '"x"' }).message).toBe('There is no call named "x".');
    // @ts-expect-error: no such key
    expect(() => say('core.common.noSuchKey')).not.toThrow();
    // @ts-expect-error: the placeholder {{name}} has no value
    expect(() => say('core.common.unknownCall')).toThrow(/name/);
    // @ts-expect-error: a value for a placeholder the sentence does not have
    expect(say('core.common.internal', { name: 'x' }).phrase.key).toBe('core.common.internal');
  });

  it('go inside other sentences as their phrase, or as their English words when their own values are phrases', () => {
    expect(within(say('core.common.unknownCall', { name: 'x' }))).toEqual({ key: 'core.common.unknownCall', params: { name: 'x' } });
    expect(within(say('core.common.internal'))).toEqual({ key: 'core.common.internal' });
    const nested = say('core.common.unknownCall', { name: { key: 'languages.ru' } });
    expect(within(nested)).toBe('There is no call named Russian.');
  });

  it('make errors that keep the phrase beside the message', () => {
    const error = new TandemError('internal', say('core.common.uncheckedAnswer'));
    expect(error.message).toMatch(/could not check/);
    expect(error.phrase?.key).toBe('core.common.uncheckedAnswer');
    expect(new TandemError('conflict', 'plain').phrase).toBeUndefined();
  });
});
