import { describe, expect, it } from 'vitest';
import { chooseUiLanguage, systemUiLanguage } from './language';

describe('the interface language', () => {
  it('follows the first locale the interface is written in', () => {
    expect(systemUiLanguage(['ru-RU', 'en-US'])).toBe('ru');
    expect(systemUiLanguage(['en-GB', 'ru'])).toBe('en');
    expect(systemUiLanguage(['de-DE', 'ru_RU', 'en'])).toBe('ru');
    expect(systemUiLanguage(['RU'])).toBe('ru');
  });

  it('is English when no locale is Russian or English', () => {
    expect(systemUiLanguage([])).toBe('en');
    expect(systemUiLanguage(['de-DE', 'fr'])).toBe('en');
  });

  it("is the person's choice over the system's", () => {
    expect(chooseUiLanguage('en', ['ru-RU'])).toBe('en');
    expect(chooseUiLanguage('ru', ['en-GB'])).toBe('ru');
    expect(chooseUiLanguage(null, ['ru-RU'])).toBe('ru');
    expect(chooseUiLanguage(undefined, ['en-US'])).toBe('en');
  });
});
