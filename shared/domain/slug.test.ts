import { describe, expect, it } from 'vitest';
import { slugFromTitle } from './slug';

describe('slugFromTitle', () => {
  it.each([
    ['Лавров: "Весь набор шагов …"', 'lavrov-ves-nabor-shagov'],
    ['Объём бюджета — ещё больше', 'obyom-byudzheta-eschyo-bolshe'],
    ['Ёлка, щука и съезд', 'yolka-schuka-i-syezd'],
    ['Azərbaycan: Şəki, Gəncə, Ağdam', 'azerbaycan-seki-gence-agdam'],
    ['ƏLİYEV ŞƏHƏR ĞÖÜÇI', 'eliyev-seher-gouci'],
    ['Foreign ministers agree on talks', 'foreign-ministers-agree-on-talks'],
    ['Festival 🎶 opens — 40 ensembles!', 'festival-opens-40-ensembles'],
    ['🎶🎉', ''],
    ['', ''],
    ['—  …  ', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('always gives lower-case Latin letters, digits and single hyphens', () => {
    for (const title of ['a--b', '  x  ', 'Ы_ы', 'İstanbul', 'ß straße', '中文标题', 'ǅ ǈ']) {
      expect(slugFromTitle(title)).toMatch(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('cuts a long title at a word boundary', () => {
    const slug = slugFromTitle('Министры иностранных дел '.repeat(20), 60);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^ministry-inostrannykh-del(-[a-z]+)*$/);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugFromTitle('x'.repeat(300)).length).toBe(200);
  });
});
