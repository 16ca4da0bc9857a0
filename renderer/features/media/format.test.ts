import { describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../i18n/instance';
import {
  addedMessage,
  addingLabel,
  captionPrefix,
  deleteBlockedReason,
  dimensionsLabel,
  fileSizeLabel,
  mediaLabel,
  missingTextWarning,
  placementLabel,
  useCountLabel,
  usesSummary,
} from './format';

describe('mediaLabel', () => {
  it('names a photo by a caption it carries, else by its file name', () => {
    expect(mediaLabel({ caption: '  Министры в Баку ', name: 'IMG_0042.jpg' })).toBe('Министры в Баку');
    expect(mediaLabel({ caption: '', name: 'IMG_0042.jpg' })).toBe('IMG_0042.jpg');
    expect(mediaLabel({ name: 'lavrov.png' })).toBe('lavrov.png');
    expect(mediaLabel({ caption: ' ', name: ' ' })).toBe('Untitled photo');
  });
});

describe('use labels', () => {
  it('counts placements', () => {
    expect(useCountLabel(0)).toBe('Not used');
    expect(useCountLabel(1)).toBe('Used in 1 place');
    expect(useCountLabel(2)).toBe('Used in 2 places');
    expect(useCountLabel(1200)).toBe('Used in 1,200 places');
  });

  it('counts the articles among the placements', () => {
    const a = 'a0000000-0000-4000-8000-000000000000';
    const b = 'b0000000-0000-4000-8000-000000000000';
    expect(usesSummary([])).toBe('Not used in any article');
    expect(usesSummary([{ articleId: a }, { articleId: a }])).toBe('Used in 2 places in 1 article');
    expect(usesSummary([{ articleId: a }, { articleId: a }, { articleId: b }])).toBe('Used in 3 places in 2 articles');
  });

  it('explains why a used photo cannot be deleted', () => {
    expect(deleteBlockedReason(0)).toBeNull();
    expect(deleteBlockedReason(1)).toBe('Used in 1 place; remove it from there first.');
    expect(deleteBlockedReason(3)).toBe('Used in 3 places; remove it from them first.');
  });

  it('says where in an article a photo is', () => {
    expect(placementLabel('lead')).toBe('lead photo');
    expect(placementLabel('inline')).toBe('in the text');
  });
});

describe('sizes', () => {
  it('gives pixel dimensions', () => {
    expect(dimensionsLabel({ width: 1920, height: 1080 })).toBe('1920 × 1080 px');
  });

  it('gives file sizes in decimal units', () => {
    expect(fileSizeLabel(512)).toBe('512 bytes');
    expect(fileSizeLabel(1_000)).toBe('1 KB');
    expect(fileSizeLabel(849_600)).toBe('850 KB');
    expect(fileSizeLabel(2_400_000)).toBe('2.4 MB');
    expect(fileSizeLabel(1_000_000)).toBe('1.0 MB');
    expect(fileSizeLabel(49_600_000)).toBe('50 MB');
  });
});

describe('captions and alt texts', () => {
  it('prints the caption with the label of the page it appears on', () => {
    expect(captionPrefix('ru')).toBe('фото:');
    expect(captionPrefix('en')).toBe('photo:');
    expect(captionPrefix('xx')).toBe('photo:');
  });

  it('warns while a language lacks a caption or alt text', () => {
    expect(missingTextWarning('ru', { caption: '', altText: 'Два министра' })).toBe('No caption in Russian yet');
    expect(missingTextWarning('en', { caption: 'Ministers', altText: ' ' })).toBe('No alt text in English yet');
    expect(missingTextWarning('ru', { caption: '', altText: '' })).toBe('No caption or alt text in Russian yet');
    expect(missingTextWarning('en', { caption: 'Ministers', altText: 'Two men shake hands' })).toBeNull();
  });
});

describe('adding', () => {
  it('shows progress by count', () => {
    expect(addingLabel(1)).toBe('Adding photo…');
    expect(addingLabel(3)).toBe('Adding 3 photos…');
  });

  it('tells what was added and what was already there', () => {
    expect(addedMessage({ added: 0, existing: [] })).toBeNull();
    expect(addedMessage({ added: 1, existing: [] })).toBe('Added 1 photo.');
    expect(addedMessage({ added: 2, existing: ['baku.jpg'] })).toBe('Added 2 photos. baku.jpg is already in the library.');
    expect(addedMessage({ added: 0, existing: ['a.jpg', 'b.jpg'] })).toBe('2 photos are already in the library.');
  });
});

describe('in Russian', () => {
  it('says sizes and dimensions with Russian units and numbers', async () => {
    await setUiLanguage('ru');
    try {
      expect(fileSizeLabel(512)).toBe('512 байт');
      expect(fileSizeLabel(849_600)).toBe('850 КБ');
      expect(fileSizeLabel(2_400_000)).toBe('2,4 МБ');
      expect(fileSizeLabel(1_000_000)).toBe('1,0 МБ');
      expect(dimensionsLabel({ width: 1920, height: 1080 })).toBe('1920 × 1080 пикс.');
      expect(useCountLabel(3)).toBe('Используется в 3 местах');
    } finally {
      await setUiLanguage('en');
    }
  });
});
