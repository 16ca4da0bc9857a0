import { describe, expect, it } from 'vitest';
import { setUiLanguage } from '../i18n/instance';
import type { ApiClient } from './client';
import { importFiles, refusedMessage } from './media';

/** A client that must not be asked: the files here are refused before anything is sent. */
const silent = { transport: 'browser', call: () => Promise.reject(new Error('no call expected')) } as unknown as ApiClient;

describe('refused files', () => {
  it('tells one refusal as it is, several with a count', () => {
    expect(refusedMessage([{ name: 'a.jpg', message: 'a.jpg is broken.' }])).toBe('a.jpg is broken.');
    expect(refusedMessage([
      { name: 'a.jpg', message: 'a.jpg is broken.' },
      { name: 'b.jpg', message: 'b.jpg is broken.' },
    ])).toBe('2 files were not added. a.jpg is broken. b.jpg is broken.');
  });

  it('refuses an empty file before sending it', async () => {
    const outcome = await importFiles(silent, [new File([], 'empty.png')]);
    expect(outcome).toEqual({ imported: [], refused: [{ name: 'empty.png', message: 'empty.png is empty (0 bytes). Add the image file itself.' }] });
  });

  it('says core’s refusals again from their phrase, and the renderer’s own in the interface’s language', async () => {
    await setUiLanguage('ru');
    try {
      const phrase = { key: 'core.common.outsideCore.pickMedia' };
      expect(refusedMessage([{ name: '', message: 'In English.', phrase }])).toMatch(/^Выбирать файлы в системном окне/);
      expect(refusedMessage([{ name: '', message: 'In English.', phrase: { key: 'core.no.such' } }])).toBe('In English.');
      const outcome = await importFiles(silent, [new File([], 'empty.png')]);
      expect(refusedMessage(outcome.refused)).toBe('Файл empty.png пуст (0 байт). Добавьте сам файл изображения.');
      expect(refusedMessage([...outcome.refused, ...outcome.refused])).toMatch(/^2 файла не добавлены\. Файл empty\.png пуст/);
    } finally {
      await setUiLanguage('en');
    }
  });
});
