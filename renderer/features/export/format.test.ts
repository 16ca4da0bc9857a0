import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../i18n/instance';
import {
  articleCount,
  blockingFirst,
  changeSummary,
  durationLabel,
  fileCount,
  fixLinks,
  pagesByLangLabel,
  problemCountLabel,
  progressText,
  sizeLabel,
  stoppedByPreflight,
} from './format';

const ID = '0f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';

describe('the Export view’s words', () => {
  it('says sizes in bytes, KB, MB and GB', () => {
    expect(sizeLabel(0)).toBe('0 bytes');
    expect(sizeLabel(1)).toBe('1 byte');
    expect(sizeLabel(1023)).toBe('1,023 bytes');
    expect(sizeLabel(1536)).toBe('1.5 KB');
    expect(sizeLabel(200 * 1024)).toBe('200 KB');
    expect(sizeLabel(3.4 * 1024 * 1024)).toBe('3.4 MB');
    expect(sizeLabel(1.1 * 1024 ** 3)).toBe('1.1 GB');
  });

  it('says durations in ms, seconds and minutes', () => {
    expect(durationLabel(350)).toBe('350 ms');
    expect(durationLabel(4_200)).toBe('4.2 s');
    expect(durationLabel(125_000)).toBe('2 min 5 s');
    expect(durationLabel(120_000)).toBe('2 min');
  });

  it('says the phase in words, with its steps when they are known', () => {
    expect(progressText('rendering', 12, 40)).toBe('Rendering pages: 12 of 40');
    expect(progressText('reading', 0, 0)).toBe('Reading the store');
    expect(progressText('zipping', 1, 3)).toBe('Making the zip: 1 of 3');
  });

  it('counts changes and problems', () => {
    expect(changeSummary(5, 1, 60)).toBe('5 files written, 1 removed, 60 unchanged');
    expect(changeSummary(1, 0, 0)).toBe('1 file written, 0 removed, 0 unchanged');
    expect(problemCountLabel(2, 3)).toBe('2 blocking problems and 3 warnings');
    expect(problemCountLabel(0, 1)).toBe('1 warning');
    expect(problemCountLabel(0, 0)).toBe('');
    expect(problemCountLabel(1, 0)).toBe('1 blocking problem');
    expect(articleCount(1)).toBe('1 article');
    expect(fileCount(1_200)).toBe('1,200 files');
  });

  it('says why preflight stopped an export', () => {
    expect(stoppedByPreflight(2)).toBe('The export did not start: preflight found 2 blocking problems. Fix them, then export again. Nothing was written.');
    expect(stoppedByPreflight(0)).toBe('The export did not start: preflight found blocking problems. Fix them, then export again. Nothing was written.');
  });

  it('lists pages per language in the workspace’s order', () => {
    expect(pagesByLangLabel({ en: 3, ru: 4 }, ['ru', 'en'])).toBe('Russian: 4 pages, English: 3 pages');
    expect(pagesByLangLabel({ ru: 1, az: 2 }, ['ru', 'en'])).toBe('Russian: 1 page, Azerbaijani: 2 pages');
  });

  it('links a problem to where it is fixed', () => {
    expect(fixLinks({ articleId: ID, lang: 'en', listId: null })).toEqual([{ kind: 'article', id: ID, label: 'Open the English translation' }]);
    expect(fixLinks({ articleId: ID, lang: null, listId: null })).toEqual([{ kind: 'article', id: ID, label: 'Open the article' }]);
    expect(fixLinks({ articleId: null, lang: null, listId: ID })).toEqual([{ kind: 'list', id: ID, label: 'Open the list' }]);
    expect(fixLinks({ articleId: null, lang: null, listId: null })).toEqual([]);
  });

  it('puts blocking problems first, keeping the order within each', () => {
    const problems = [
      { severity: 'warning' as const, n: 1 },
      { severity: 'blocking' as const, n: 2 },
      { severity: 'warning' as const, n: 3 },
      { severity: 'blocking' as const, n: 4 },
    ];
    expect(blockingFirst(problems).map((p) => p.n)).toEqual([2, 4, 1, 3]);
  });
});

describe('the Export view’s words in Russian', () => {
  afterEach(async () => {
    await setUiLanguage('en');
  });

  it('says sizes, durations and counts with Russian units, plurals and numbers', async () => {
    await setUiLanguage('ru');
    expect(sizeLabel(1)).toBe('1 байт');
    expect(sizeLabel(3)).toBe('3 байта');
    expect(sizeLabel(1023)).toBe('1\u00a0023 байта');
    expect(sizeLabel(1536)).toBe('1,5 КБ');
    expect(sizeLabel(3.4 * 1024 * 1024)).toBe('3,4 МБ');
    expect(sizeLabel(200 * 1024)).toBe('200 КБ');
    expect(durationLabel(350)).toBe('350 мс');
    expect(durationLabel(4_200)).toBe('4,2 с');
    expect(durationLabel(125_000)).toBe('2 мин 5 с');
    expect(changeSummary(5, 1, 60)).toBe('записано 5 файлов, удалено: 1, без изменений: 60');
    expect(changeSummary(1, 0, 0)).toBe('записан 1 файл, удалено: 0, без изменений: 0');
    expect(problemCountLabel(2, 5)).toBe('2 блокирующие проблемы и 5 предупреждений');
    expect(pagesByLangLabel({ en: 3, ru: 1 }, ['ru', 'en'])).toBe('русский: 1 страница, английский: 3 страницы');
    expect(progressText('rendering', 12, 40)).toBe('Собираем страницы: 12 из 40');
    expect(stoppedByPreflight(1)).toBe('Экспорт не запущен: проверка нашла 1 блокирующую проблему. Исправьте её и запустите экспорт снова. Ничего не записано.');
    expect(fixLinks({ articleId: ID, lang: 'en', listId: ID }).map((l) => l.label)).toEqual(['Открыть перевод (английский)', 'Открыть подборку']);
  });
});
