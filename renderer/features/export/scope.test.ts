import { describe, expect, it } from 'vitest';
import { checkBaseUrl, checkOutDir, chosenLabel, scopeKey, scopeOf, toggleChosen } from './scope';

const A = '0f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';
const B = '1f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';

describe('what to export', () => {
  it('makes a scope only of a complete choice', () => {
    expect(scopeOf({ kind: 'all', section: 'news', chosen: [] })).toEqual({ kind: 'all' });
    expect(scopeOf({ kind: 'section', section: '', chosen: [] })).toBeNull();
    expect(scopeOf({ kind: 'section', section: 'news', chosen: [] })).toEqual({ kind: 'section', section: 'news' });
    expect(scopeOf({ kind: 'selection', section: '', chosen: [] })).toBeNull();
    expect(scopeOf({ kind: 'selection', section: '', chosen: [{ articleId: A, title: 'a' }] })).toEqual({ kind: 'selection', articleIds: [A] });
  });

  it('keys a selection by its articles, whatever their order', () => {
    expect(scopeKey({ kind: 'selection', articleIds: [A, B] })).toBe(scopeKey({ kind: 'selection', articleIds: [B, A] }));
    expect(scopeKey({ kind: 'section', section: 'news' })).not.toBe(scopeKey({ kind: 'all' }));
    expect(scopeKey(null)).toBe('');
  });

  it('chooses and unchooses articles once each', () => {
    const a = { articleId: A, title: 'a' };
    const b = { articleId: B, title: 'b' };
    expect(toggleChosen([a], a, true)).toEqual([a]);
    expect(toggleChosen([a], b, true)).toEqual([a, b]);
    expect(toggleChosen([a, b], a, false)).toEqual([b]);
    expect(chosenLabel(0)).toBe('No articles chosen yet');
    expect(chosenLabel(1)).toBe('1 article chosen');
    expect(chosenLabel(12)).toBe('12 articles chosen');
  });
});

describe('the settings as typed', () => {
  it('takes a web address and ends it with a slash', () => {
    expect(checkBaseUrl(' https://news.example.org ')).toEqual({ ok: true, value: 'https://news.example.org/' });
    expect(checkBaseUrl('https://news.example.org/ru')).toEqual({ ok: true, value: 'https://news.example.org/ru/' });
    expect(checkBaseUrl('http://localhost:8080/')).toEqual({ ok: true, value: 'http://localhost:8080/' });
  });

  it('says what is wrong with an address that will not do', () => {
    for (const typed of ['', 'news.example.org', 'ftp://news.example.org/', 'https://news.example.org/?a=1', 'https://user@news.example.org/']) {
      const checked = checkBaseUrl(typed);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.message).toMatch(/example\.org/);
    }
  });

  it('needs an output folder', () => {
    expect(checkOutDir('  /tmp/site ')).toEqual({ ok: true, value: '/tmp/site' });
    expect(checkOutDir('   ').ok).toBe(false);
  });
});
