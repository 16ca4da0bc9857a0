import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256, Staging } from './output';
import { createSink } from './sink';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function staging(): Staging {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-sink-'));
  dirs.push(dir);
  return new Staging(path.join(dir, 'out'));
}

describe('the file sink', () => {
  it('writes and records each text as its UTF-8 bytes, however long, one file after another', () => {
    const s = staging();
    const sink = createSink(s, new Map());
    // Longer than the buffer texts are encoded into, with two- and four-byte characters.
    const long = 'Заголовок «новости» 🗞 '.repeat(60_000);
    const short = 'ёж';
    sink.put('ru/long/index.html', long);
    sink.put('ru/short/index.html', short);
    sink.put('data/x.json', Buffer.from('{}'));
    for (const [rel, text] of [['ru/long/index.html', long], ['ru/short/index.html', short], ['data/x.json', '{}']] as const) {
      const expected = Buffer.from(text, 'utf8');
      expect(fs.readFileSync(path.join(s.dir, rel)).equals(expected), rel).toBe(true);
      expect(sink.entries.find((e) => e.path === rel)).toEqual({ path: rel, size: expected.length, sha256: sha256(expected) });
    }
    expect(sink.written).toEqual(['ru/long/index.html', 'ru/short/index.html', 'data/x.json']);
  });

  it('records without writing a file whose bytes are the previous bundle’s', () => {
    const s = staging();
    const bytes = Buffer.from('<p>Без изменений</p>', 'utf8');
    const sink = createSink(s, new Map([['ru/a/index.html', { path: 'ru/a/index.html', size: bytes.length, sha256: sha256(bytes) }]]));
    sink.put('ru/a/index.html', '<p>Без изменений</p>');
    sink.put('ru/b/index.html', '<p>Новое</p>');
    expect(sink.written).toEqual(['ru/b/index.html']);
    expect(fs.existsSync(path.join(s.dir, 'ru/a/index.html'))).toBe(false);
    expect(sink.entries.map((e) => e.path)).toEqual(['ru/a/index.html', 'ru/b/index.html']);
  });
});
