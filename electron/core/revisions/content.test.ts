import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { compressText, decompressText, encodeText } from './content';

const body = bodyFromParagraphs(['Министры встретились в Женеве — «ёлка» 🎄', 'Şəhər ağac ğ ə']);
const text = { title: 'Заголовок "в кавычках"', summary: 'Кратко\nв две строки', source: 'агентство «Ёж»', bodyJson: JSON.stringify(body) };

describe('revision content', () => {
  it('round-trips title, summary, source and body through compression', () => {
    const encoded = encodeText(text);
    expect(JSON.parse(encoded.json)).toEqual({ title: text.title, summary: text.summary, source: text.source, body });
    expect(decompressText(compressText(encoded.json))).toEqual({ title: text.title, summary: text.summary, source: text.source, body });
  });

  it('hashes equal text equally and any change differently', () => {
    const hash = encodeText(text).hash;
    expect(encodeText({ ...text }).hash).toBe(hash);
    for (const change of [{ title: 'x' }, { summary: 'x' }, { source: 'x' }, { bodyJson: JSON.stringify(bodyFromParagraphs(['x'])) }]) {
      expect(encodeText({ ...text, ...change }).hash).not.toBe(hash);
    }
  });

  it('keeps a damaged body exactly, and reads it back as unreadable', () => {
    const notJson = '{"root": cut off';
    const unknownShape = '{"root": {"type": "video"}}';
    const keptBody = (raw: string): unknown => (JSON.parse(encodeText({ ...text, bodyJson: raw }).json) as { body: unknown }).body;
    expect(keptBody(notJson)).toBe(notJson);
    expect(keptBody(unknownShape)).toEqual(JSON.parse(unknownShape));
    for (const raw of [notJson, unknownShape]) expect(decompressText(compressText(encodeText({ ...text, bodyJson: raw }).json))).toBeNull();
    expect(decompressText(Buffer.from('not deflate at all'))).toBeNull();
  });

  it('compresses a long body to a fraction of its size', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Абзац ${i}: министры обсудили бюджет, инфляцию и ставку.`);
    const json = encodeText({ ...text, bodyJson: JSON.stringify(bodyFromParagraphs(paragraphs)) }).json;
    expect(compressText(json).length).toBeLessThan(Buffer.byteLength(json) / 3);
  });
});
