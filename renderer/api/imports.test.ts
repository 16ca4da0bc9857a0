import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../shared/contract';
import { setUiLanguage } from '../i18n/instance';
import { createClient, type Transport } from './client';
import { chosenFileProblem, chosenFilesProblem, importChosenFiles, type ChosenFile, type ImportProgress } from './imports';

const BATCH = '3b9e1c2d-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const SUMMARY: ImportSummary = { kind: 'markdown', articles: 1, translations: [{ lang: 'ru', count: 1 }], lists: [], sections: [], images: 0, warnings: [] };

function chosen(name: string, text = 'x'): ChosenFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer };
}

/** A client whose answers are given per call; it records what was sent. */
function fakeClient(answer: (name: string, input: Record<string, unknown>) => unknown) {
  const sent: Array<{ name: string; input: Record<string, unknown> }> = [];
  const transport: Transport = {
    kind: 'browser',
    async send(name, input) {
      const fields = input as Record<string, unknown>;
      sent.push({ name, input: fields });
      return answer(name, fields);
    },
  };
  return { client: createClient(transport), sent };
}

const answers = (overrides: Record<string, unknown> = {}) => (name: string) => {
  if (name in overrides) return overrides[name];
  if (name === 'stageImportFile') return { ok: true, value: { batchId: BATCH, files: 1 } };
  if (name === 'importStaged') return { ok: true, value: SUMMARY };
  return { ok: true, value: { discarded: true } };
};

describe('importing chosen files', () => {
  it('sends each file under one batch, saying which it is on, then imports the batch', async () => {
    const { client, sent } = fakeClient(answers());
    const progress: ImportProgress[] = [];
    const run = await importChosenFiles(client, [chosen('talks.ru.md', 'Текст'), chosen('talks.en.md')], {
      batchId: BATCH,
      onProgress: (p) => progress.push(p),
      cancelled: () => false,
    });
    expect(run).toEqual({ ok: true, summary: SUMMARY });
    expect(sent.map((s) => [s.name, s.input.name ?? null, s.input.batchId])).toEqual([
      ['stageImportFile', 'talks.ru.md', BATCH],
      ['stageImportFile', 'talks.en.md', BATCH],
      ['importStaged', null, BATCH],
    ]);
    expect(new TextDecoder().decode(sent[0]?.input.bytes as Uint8Array)).toBe('Текст');
    expect(progress).toEqual([
      { phase: 'uploading', current: 1, total: 2 },
      { phase: 'uploading', current: 2, total: 2 },
      { phase: 'importing', total: 2 },
    ]);
  });

  it('stops at a file that is refused, drops what was sent, and does not import', async () => {
    const refused = { ok: false, error: { code: 'invalid_input', message: 'photo.md is not a file Tandem imports.' } };
    let stageCalls = 0;
    const { client, sent } = fakeClient((name) => {
      if (name === 'stageImportFile' && ++stageCalls === 2) return refused;
      return answers()(name);
    });
    const run = await importChosenFiles(client, [chosen('a.md'), chosen('b.md'), chosen('c.md')], { batchId: BATCH, onProgress: () => {}, cancelled: () => false });
    expect(run).toEqual({ ok: false, stage: 'upload', error: refused.error });
    expect(sent.map((s) => s.name)).toEqual(['stageImportFile', 'stageImportFile', 'discardImport']);
  });

  it('passes an import’s refusal on as it came', async () => {
    const error = { code: 'invalid_input', message: 'broken.md, line 3: the front matter is not valid YAML. Nothing was imported; the workspace is as it was.' };
    const { client } = fakeClient(answers({ importStaged: { ok: false, error } }));
    const run = await importChosenFiles(client, [chosen('broken.md')], { batchId: BATCH, onProgress: () => {}, cancelled: () => false });
    expect(run).toEqual({ ok: false, stage: 'import', error });
  });

  it('stops between files once cancelled, dropping what was sent', async () => {
    const { client, sent } = fakeClient(answers());
    let cancelled = false;
    const run = await importChosenFiles(client, [chosen('a.md'), chosen('b.md')], {
      batchId: BATCH,
      onProgress: () => {
        cancelled = true;
      },
      cancelled: () => cancelled,
    });
    expect(run).toEqual({ ok: false, stage: 'cancelled' });
    expect(sent.map((s) => s.name)).toEqual(['stageImportFile', 'discardImport']);
  });
});

describe('what is checked before sending', () => {
  it('names files Tandem does not import, empty ones and ones over the limit', () => {
    expect(chosenFileProblem({ name: 'talks.ru.md', size: 10 })).toBeNull();
    expect(chosenFileProblem({ name: 'site.ZIP', size: 10 })).toBeNull();
    expect(chosenFileProblem({ name: 'photo.jpg', size: 10 })).toContain('Not a file Tandem imports');
    expect(chosenFileProblem({ name: 'empty.md', size: 0 })).toContain('empty');
    expect(chosenFileProblem({ name: 'site.zip', size: 300_000_001 })).toContain('300 MB');
  });

  it('keeps a bundle on its own', () => {
    expect(chosenFilesProblem([{ name: 'a.md', size: 1 }, { name: 'b.markdown', size: 1 }])).toBeNull();
    expect(chosenFilesProblem([{ name: 'a.md', size: 1 }, { name: 'site.zip', size: 1 }])).toContain('on its own');
    expect(chosenFilesProblem([{ name: 'one.zip', size: 1 }, { name: 'two.zip', size: 1 }])).toContain('one Tandem bundle at a time');
    expect(chosenFilesProblem([{ name: 'a.md', size: 200_000_000 }, { name: 'b.md', size: 200_000_000 }])).toContain('smaller groups');
  });

  it('says so in Russian when the interface speaks it', async () => {
    await setUiLanguage('ru');
    try {
      expect(chosenFilesProblem([{ name: 'a.md', size: 1 }, { name: 'site.zip', size: 1 }])).toBe(
        'Пакет Tandem (.zip) импортируется отдельно: сначала импортируйте его, потом файлы Markdown.',
      );
      expect(chosenFilesProblem([{ name: 'a.md', size: 200_000_000 }, { name: 'b.md', size: 200_000_000 }])).toContain('300 МБ');
    } finally {
      await setUiLanguage('en');
    }
  });
});
