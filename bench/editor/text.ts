/**
 * The editor benchmark's text: a long bilingual article (the Russian original and an
 * English translation linked block by block), what is typed into it, and the key events
 * that type it as a Russian (ЙЦУКЕН) keyboard would.
 */
import { countWords } from '../../shared/domain/words';
import { blocksOf, linkTo } from '../../shared/editor/blocks';
import type { Body } from '../../shared/editor/nodes';
import { bodyFromParagraphs } from '../../shared/editor/text';
import { longBody, type CorpusLang } from '../corpus/generate';

/**
 * `paragraphs` paragraphs holding `words` words between them, cut from the corpus's long
 * news text (a paragraph may end mid-sentence; the counts are what matter here).
 */
export function paragraphsOf(seed: string, lang: CorpusLang, words: number, paragraphs: number): string[] {
  const perParagraph = words / paragraphs;
  const out: string[] = [];
  let current: string[] = [];
  let total = 0;
  let edit = 0;
  while (out.length < paragraphs) {
    // Each pass of the generator gives ~30 KB; more passes (another edit mark) when short.
    for (const source of longBody(`${seed}:editor`, lang, 200_000, edit++)) {
      for (const token of source.split(/\s+/)) {
        if (token === '') continue;
        current.push(token);
        total += countWords(token);
        if (total >= Math.round(perParagraph * (out.length + 1))) {
          out.push(current.join(' '));
          current = [];
          if (out.length === paragraphs) return out;
        }
      }
    }
  }
  return out;
}

export interface BenchArticle {
  ru: Body;
  en: Body;
  /** What each editor must show once open: its blocks and the length of its text. */
  expect: Record<CorpusLang, { blocks: number; chars: number; words: number; lastBlock: string }>;
}

/**
 * The Russian original and its English translation, paragraph i of the translation
 * linked to block i of the original (its id, hash and text), as a translator's blocks are.
 */
export function benchArticle(seed: string, words: number, paragraphs: number): BenchArticle {
  const ruText = paragraphsOf(seed, 'ru', words, paragraphs);
  const enText = paragraphsOf(seed, 'en', words, paragraphs);
  const ru = bodyFromParagraphs(ruText);
  const links = blocksOf(ru).map(linkTo);
  const en = bodyFromParagraphs(enText, links);
  const expectOf = (text: readonly string[]) => ({
    blocks: text.length,
    chars: text.reduce((n, p) => n + p.length, 0),
    words: text.reduce((n, p) => n + countWords(p), 0),
    lastBlock: text[text.length - 1] ?? '',
  });
  return { ru, en, expect: { ru: expectOf(ruText), en: expectOf(enText) } };
}

/**
 * `length` characters of Russian to type: words of the corpus's text (letters only),
 * spaces between them, and Enter after every `enterEvery` words.
 */
export function typingText(seed: string, length: number, enterEvery = 40): string {
  let out = '';
  let words = 0;
  for (let edit = 0; out.length < length; edit++) {
    for (const source of longBody(`${seed}:typing`, 'ru', 30_000, edit)) {
      for (const token of source.split(/\s+/)) {
        const word = token.replace(/[^А-Яа-яЁё]/g, '');
        if (word === '') continue;
        if (out !== '') out += ++words % enterEvery === 0 ? '\n' : ' ';
        out += word;
        if (out.length >= length) return out.slice(0, length);
      }
    }
  }
  return out.slice(0, length);
}

/** One key as Chrome DevTools' Input.dispatchKeyEvent takes it. */
export interface KeyStroke {
  key: string;
  code: string;
  windowsVirtualKeyCode: number;
  /** The text the key types (Enter types `\r`). */
  text: string;
  /** 8 when Shift is held. */
  modifiers: number;
}

/** The Russian keyboard: each letter and the physical key (US position) that types it. */
const RU_LOWER = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const RU_KEYS: ReadonlyArray<readonly [code: string, vk: number]> = [
  ...'QWERTYUIOP'.split('').map((c) => [`Key${c}`, c.charCodeAt(0)] as const),
  ['BracketLeft', 219],
  ['BracketRight', 221],
  ...'ASDFGHJKL'.split('').map((c) => [`Key${c}`, c.charCodeAt(0)] as const),
  ['Semicolon', 186],
  ['Quote', 222],
  ...'ZXCVBNM'.split('').map((c) => [`Key${c}`, c.charCodeAt(0)] as const),
  ['Comma', 188],
  ['Period', 190],
  ['Backquote', 192],
];

const SHIFT = 8;

/** The key event that types `char`: a Russian or Latin letter, a digit, a space or Enter. */
export function keyFor(char: string): KeyStroke {
  if (char === '\n') return { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', modifiers: 0 };
  if (char === ' ') return { key: ' ', code: 'Space', windowsVirtualKeyCode: 32, text: ' ', modifiers: 0 };
  const lower = char.toLowerCase();
  const modifiers = char !== lower ? SHIFT : 0;
  const ru = RU_LOWER.indexOf(lower);
  const position = ru >= 0 && lower.length === 1 ? RU_KEYS[ru] : undefined;
  if (position) return { key: char, code: position[0], windowsVirtualKeyCode: position[1], text: char, modifiers };
  if (/^[a-z]$/.test(lower)) {
    const upper = lower.toUpperCase();
    return { key: char, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0), text: char, modifiers };
  }
  if (/^[0-9]$/.test(char)) return { key: char, code: `Digit${char}`, windowsVirtualKeyCode: char.charCodeAt(0), text: char, modifiers: 0 };
  throw new Error(`No key types ${JSON.stringify(char)} here: the benchmark types letters, digits, spaces and Enter.`);
}
