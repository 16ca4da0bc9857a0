import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from './instance';
import { liveTexts } from './liveTexts';

afterEach(async () => {
  await setUiLanguage('en');
});

describe('live texts', () => {
  it('are looked up each time they are read, in the language of that moment', async () => {
    const texts = liveTexts({ retry: 'common.retry', cancel: 'common.cancel' });
    expect(texts.retry).toBe('Retry');
    await setUiLanguage('ru');
    expect(texts.retry).toBe('Повторить');
    expect({ ...texts }).toEqual({ retry: 'Повторить', cancel: 'Отмена' });
  });
});
