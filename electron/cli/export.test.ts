import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFixture, readTree, type ExportFixture } from '../core/export/testing';
import { runCli, type CliRun } from './testing';

/**
 * `tandem export`, run in-process on a workspace of published sample articles: what it
 * writes, what it prints, and what it refuses.
 */

const run = (argv: string[]) => runCli(argv);

let tmp: string;
let fx: ExportFixture;
const target = (name: string) => path.join(tmp, name);
const SUMMARY = /^Bundle written to (.+): (\d+) files, [\d.]+ (?:bytes|KB|MB); (\d+) written, (\d+) removed, (\d+) unchanged( \(only changed pages were rendered\))?\.$/;

function summaryOf(r: CliRun): { outDir: string; files: number; written: number; removed: number; unchanged: number; incremental: boolean } {
  const line = r.out.find((l) => SUMMARY.test(l));
  const m = line === undefined ? null : SUMMARY.exec(line);
  if (!m) throw new Error(`no summary in:\n${r.out.join('\n')}`);
  return { outDir: m[1] as string, files: Number(m[2]), written: Number(m[3]), removed: Number(m[4]), unchanged: Number(m[5]), incremental: m[6] !== undefined };
}

const noStack = (lines: string[]) => expect(lines.join('\n')).not.toMatch(/\n\s+at .+:\d+:\d+/);

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-cli-export-'));
  fx = await exportFixture();
}, 60_000);
afterAll(() => {
  fx.dispose();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('tandem export', () => {
  it('writes the bundle, prints the warnings and a summary, and exits 0', async () => {
    const out = target('site');
    const r = await run(['export', '--out', out, '--data', fx.dir]);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.err).toEqual([]);
    const files = readTree(out);
    expect(files.has('manifest.json')).toBe(true);
    expect(files.has('ru/index.html')).toBe(true);
    expect(files.has('en/index.html')).toBe(true);
    expect(summaryOf(r)).toEqual({ outDir: out, files: files.size, written: files.size, removed: 0, unchanged: 0, incremental: false });
    // The workspace keeps the example address, and the Russian-only sample falls back in English.
    expect(r.out).toContainEqual(expect.stringMatching(/^ {2}warning {3}The base URL is still the example https:\/\/news\.example\.org\//));
    expect(r.out).toContainEqual(expect.stringMatching(/^ {2}warning {3}“.+”: it has no English version/));
  });

  it('writes nothing on a second run when nothing changed', async () => {
    const out = target('site');
    const before = readTree(out);
    const r = await run(['export', '--out', out, '--data', fx.dir]);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(summaryOf(r)).toEqual({ outDir: out, files: before.size, written: 0, removed: 0, unchanged: before.size, incremental: true });
    const after = readTree(out);
    for (const [p, bytes] of before) expect(after.get(p)?.equals(bytes), p).toBe(true);
  });

  it('writes DIR.zip beside the folder with --zip', async () => {
    const out = target('zipped');
    const r = await run(['export', '--out', out, '--zip', '--data', fx.dir]);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.out).toContain(`Zip written to ${out}.zip.`);
    const zip = fs.readFileSync(`${out}.zip`);
    expect(zip.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(zip.includes(Buffer.from('manifest.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(true);
  });

  it('takes the base URL from --base-url, and the output folder relative to where it runs', async () => {
    const out = target('own-address');
    const r = await run(['export', '--out', path.relative(process.cwd(), out), '--base-url', 'https://www.tandem-news.az', '--data', fx.dir]);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(summaryOf(r).outDir).toBe(out);
    expect(r.out.join('\n')).not.toContain('The base URL is still the example');
    const sitemap = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://www.tandem-news.az/ru/');
    expect(sitemap).not.toContain('news.example.org');
  });

  it('exports one section with --section', async () => {
    const out = target('news-only');
    const news = fx.articles.find((a) => a.section === 'news');
    const r = await run(['export', '--out', out, '--section', 'news', '--data', fx.dir]);
    expect(r.code, r.err.join('\n')).toBe(0);
    const articles = [...readTree(out).keys()].filter((p) => p.startsWith('data/articles/'));
    expect(articles).toEqual([`data/articles/${news?.id}.json`]);
  });
});

describe('what tandem export refuses', () => {
  it('a base URL that is not a web address, before touching anything', async () => {
    const out = target('bad-url');
    const r = await run(['export', '--out', out, '--base-url', 'notaurl', '--data', fx.dir]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['--base-url needs the site\'s web address, such as https://news.example.org/ (got "notaurl").']);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a section the workspace does not have, and an output folder inside the workspace', async () => {
    const unknown = await run(['export', '--out', target('no-section'), '--section', 'weather', '--data', fx.dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toMatch(/^There is no section "weather" in this workspace\. The sections are news, /);
    const inside = path.join(fx.dir, 'media', 'site');
    const refused = await run(['export', '--out', inside, '--data', fx.dir]);
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toContain('is the workspace folder or inside it');
    expect(fs.existsSync(inside)).toBe(false);
  });

  it('a missing or empty --out, as a usage mistake', async () => {
    for (const argv of [['export', '--data', fx.dir], ['export', '--out', '', '--data', fx.dir], ['export', '--out']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.join('\n')).toMatch(/--out/);
      expect(r.err.join('\n')).toContain('Run "tandem --help" to see the commands.');
      noStack(r.err);
    }
    expect((await run(['export', '--data', fx.dir])).err[0]).toMatch(/^"tandem export" needs a folder to write the bundle to: tandem export --out DIR\.\n/);
  });

  it('a folder that holds other files, leaving them as they were', async () => {
    const out = target('mine');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'notes.txt'), 'my notes');
    const r = await run(['export', '--out', out, '--data', fx.dir]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain(`The folder ${out} holds other files and no Tandem bundle, so Tandem will not write into it.`);
    noStack(r.err);
    expect(fs.readdirSync(out)).toEqual(['notes.txt']);
    expect(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('my notes');
    expect(fs.readdirSync(tmp).filter((n) => n.includes('staging'))).toEqual([]);
  });

  it('a folder that is no workspace, without making one there', async () => {
    const missing = target('no-workspace');
    const out = target('from-nowhere');
    const r = await run(['export', '--out', out, '--data', missing]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain(`There is no Tandem workspace in ${missing}`);
    noStack(r.err);
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('tandem export with a blocking problem', () => {
  let blocked: ExportFixture;
  beforeAll(async () => {
    blocked = await exportFixture({ photo: false, lists: false });
    // A second article of the News section under the first one's Russian slug.
    const news = blocked.articles.find((a) => a.section === 'news');
    const slug = news?.translations.find((t) => t.lang === 'ru')?.slug;
    const twin = await blocked.call('createArticle', { section: 'news', originalLang: 'ru', title: 'Двойник' });
    await blocked.call('updateTranslation', { articleId: twin.id, lang: 'ru', expectedRevision: twin.translations[0]?.revision, patch: { slug, status: 'published' } });
  }, 60_000);
  afterAll(() => blocked.dispose());

  it('prints the report with the blocking lines on stderr, writes nothing and exits 1', async () => {
    const out = target('blocked');
    const r = await run(['export', '--out', out, '--zip', '--data', blocked.dir]);
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/^Preflight: 5 article\(s\), 8 page\(s\) \(5 ru, 3 en\); 2 blocking problem\(s\), \d+ warning\(s\)\.$/);
    const blocking = r.err.filter((l) => l.startsWith('  blocking  '));
    expect(blocking).toHaveLength(2);
    for (const line of blocking) expect(line).toMatch(/and 1 other article would share the address ru\/news\/[a-z0-9-]+\/\. Give each a different slug\.$/);
    expect(blocking.some((l) => l.includes('“Двойник”'))).toBe(true);
    expect(r.out.some((l) => l.startsWith('  blocking'))).toBe(false);
    expect(r.err.at(-1)).toBe('Nothing was written. Fix the blocking problems above, then export again.');
    expect(r.out.some((l) => SUMMARY.test(l))).toBe(false);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.zip`)).toBe(false);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('.blocked'))).toEqual([]);
  });
});
