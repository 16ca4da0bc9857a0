import { describe, expect, it } from 'vitest';
import { countWords } from '../../shared/domain/words';
import { blocksOf } from '../../shared/editor/blocks';
import { benchArticle, keyFor, paragraphsOf, typingText } from './text';

describe('the benchmark article', () => {
  const article = benchArticle('t', 10_000, 200);

  it('holds 10,000 words in 200 paragraphs per language', () => {
    for (const lang of ['ru', 'en'] as const) {
      const e = article.expect[lang];
      expect(e.blocks).toBe(200);
      expect(e.words).toBeGreaterThanOrEqual(10_000);
      expect(e.words).toBeLessThan(10_010);
    }
    expect(article.ru.root.children).toHaveLength(200);
    expect(article.en.root.children).toHaveLength(200);
  });

  it('is Russian in Russian and English in English', () => {
    const ru = blocksOf(article.ru).map((b) => b.text).join(' ');
    const en = blocksOf(article.en).map((b) => b.text).join(' ');
    expect(ru).toMatch(/[а-яё]{4}/);
    expect(en).not.toMatch(/[а-яё]/i);
  });

  it('links each English paragraph to the Russian block in its place', () => {
    const ru = blocksOf(article.ru);
    const en = blocksOf(article.en);
    expect(new Set(ru.map((b) => b.id)).size).toBe(200);
    en.forEach((b, i) => {
      expect(b.src).toBe(ru[i]?.id);
      expect(b.srcHash).toBe(ru[i]?.hash);
      expect(b.srcText).toBe(ru[i]?.text);
    });
    expect(ru.every((b) => b.src === '')).toBe(true);
  });

  it('says what the editor must show: every character of every block', () => {
    expect(article.expect.ru.chars).toBe(blocksOf(article.ru).reduce((n, b) => n + b.text.length, 0));
    expect(article.expect.en.lastBlock).toBe(blocksOf(article.en)[199]?.text);
  });

  it('spreads the words evenly and is the same for the same seed', () => {
    const paragraphs = paragraphsOf('t', 'ru', 1_000, 20);
    for (const p of paragraphs) expect(countWords(p)).toBeGreaterThan(40);
    expect(paragraphsOf('t', 'ru', 1_000, 20)).toEqual(paragraphs);
    expect(paragraphsOf('u', 'ru', 1_000, 20)).not.toEqual(paragraphs);
  });
});

describe('what is typed', () => {
  it('is Russian words, spaces and an Enter now and then, exactly as long as asked', () => {
    const text = typingText('t', 5_000);
    expect(text).toHaveLength(5_000);
    expect(text).toMatch(/^[А-Яа-яЁё \n]+$/);
    const enters = text.split('\n').length - 1;
    expect(enters).toBeGreaterThan(5);
    expect(enters).toBeLessThan(40);
    expect(text).not.toMatch(/ {2}|\n | \n/);
  });

  it('has a key for every character', () => {
    for (const char of typingText('t', 5_000)) expect(() => keyFor(char)).not.toThrow();
  });
});

describe('key events', () => {
  it('types Russian letters with the keys of a Russian keyboard', () => {
    expect(keyFor('й')).toEqual({ key: 'й', code: 'KeyQ', windowsVirtualKeyCode: 81, text: 'й', modifiers: 0 });
    expect(keyFor('ф')).toMatchObject({ code: 'KeyA', windowsVirtualKeyCode: 65 });
    expect(keyFor('х')).toMatchObject({ code: 'BracketLeft', windowsVirtualKeyCode: 219 });
    expect(keyFor('ж')).toMatchObject({ code: 'Semicolon' });
    expect(keyFor('э')).toMatchObject({ code: 'Quote' });
    expect(keyFor('б')).toMatchObject({ code: 'Comma' });
    expect(keyFor('ю')).toMatchObject({ code: 'Period' });
    expect(keyFor('ё')).toMatchObject({ code: 'Backquote' });
    expect(keyFor('я')).toMatchObject({ code: 'KeyZ' });
    expect(keyFor('Ш')).toEqual({ key: 'Ш', code: 'KeyI', windowsVirtualKeyCode: 73, text: 'Ш', modifiers: 8 });
  });

  it('types Latin letters, digits, spaces and Enter', () => {
    expect(keyFor('b')).toEqual({ key: 'b', code: 'KeyB', windowsVirtualKeyCode: 66, text: 'b', modifiers: 0 });
    expect(keyFor('B').modifiers).toBe(8);
    expect(keyFor('7')).toMatchObject({ code: 'Digit7', windowsVirtualKeyCode: 55 });
    expect(keyFor(' ')).toMatchObject({ code: 'Space', text: ' ' });
    expect(keyFor('\n')).toMatchObject({ key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' });
  });

  it('refuses what it cannot type', () => {
    expect(() => keyFor('«')).toThrow(/No key types/);
    expect(() => keyFor('ab')).toThrow(/No key types/);
  });
});
