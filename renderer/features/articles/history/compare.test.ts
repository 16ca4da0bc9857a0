import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../../../shared/editor/text';
import { setUiLanguage } from '../../../i18n/instance';
import { compareVersions, revisionText } from './compare';

const base = { title: 'Lavrov speaks', summary: 'A short dek.', bodyText: 'First paragraph.\nSecond paragraph.' };

describe('compareVersions', () => {
  it('is empty when the texts are identical', () => {
    expect(compareVersions(base, { ...base })).toEqual([]);
  });

  it('lists only the fields that changed, earlier text as removed', () => {
    const changes = compareVersions(base, { ...base, title: 'Lavrov replies' });
    expect(changes).toEqual([
      {
        field: 'title',
        label: 'Title',
        lines: [
          [
            { kind: 'same', text: 'Lavrov ' },
            { kind: 'removed', text: 'speaks' },
            { kind: 'added', text: 'replies' },
          ],
        ],
      },
    ]);
  });

  it('names the fields in the interface’s language', async () => {
    await setUiLanguage('ru');
    try {
      const changed = compareVersions(base, { title: 'Lavrov replies', summary: 'A longer dek.', bodyText: 'First paragraph.' });
      expect(changed.map((c) => c.label)).toEqual(['Заголовок', 'Лид', 'Текст']);
    } finally {
      await setUiLanguage('en');
    }
  });

  it('shows the body as paragraphs, leaving out the unchanged ones', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} has a few words in it.`);
    const edited = paragraphs.map((p, i) => (i === 25 ? p.replace('few', 'handful of') : p));
    const [body] = compareVersions({ ...base, bodyText: paragraphs.join('\n') }, { ...base, bodyText: edited.join('\n') });
    expect(body?.field).toBe('body');
    expect(body?.lines).toEqual([
      [{ kind: 'gap' }],
      [
        { kind: 'same', text: 'Paragraph 25 has a ' },
        { kind: 'removed', text: 'few' },
        { kind: 'added', text: 'handful of' },
        { kind: 'same', text: ' words in it.' },
      ],
      [{ kind: 'gap' }],
    ]);
  });

  it('orders title, summary, body', () => {
    const changes = compareVersions(base, { title: 'x', summary: 'y', bodyText: 'z' });
    expect(changes.map((c) => c.field)).toEqual(['title', 'summary', 'body']);
  });
});

describe('revisionText', () => {
  it('gives the body as paragraphs separated by newlines', () => {
    expect(revisionText({ title: 'T', summary: 'S', body: bodyFromParagraphs(['One.', 'Two.']) })).toEqual({
      title: 'T',
      summary: 'S',
      bodyText: 'One.\nTwo.',
    });
  });
});
