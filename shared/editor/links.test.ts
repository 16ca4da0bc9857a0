import { describe, expect, it } from 'vitest';
import { LIMITS } from '../domain/limits';
import { checkLinkUrl, isAllowedLinkUrl } from './links';

describe('checkLinkUrl', () => {
  it.each([
    ['https://example.com/page?x=1#top', 'https://example.com/page?x=1#top'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/a b  ', 'https://example.com/a%20b'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['mailto:desk@example.com?subject=Hi', 'mailto:desk@example.com?subject=Hi'],
  ])('accepts %j', (input, url) => {
    expect(checkLinkUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['example.com/page', 'https://example.com/page'],
    ['www.example.com', 'https://www.example.com/'],
    ['news.example.co.uk/2024/story?id=5', 'https://news.example.co.uk/2024/story?id=5'],
  ])('reads the address %j as https', (input, url) => {
    expect(checkLinkUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['name@example.com', 'mailto:name@example.com'],
    [' first.last@mail.example.org ', 'mailto:first.last@mail.example.org'],
  ])('reads the address %j as e-mail', (input, url) => {
    expect(checkLinkUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'ftp://example.com/file',
    'blob:https://example.com/uuid',
    '/relative/path',
    './page',
    '../page',
    '?q=1',
    '#anchor',
    'http://',
    'not a link',
  ])('refuses %j with a message', (input) => {
    const result = checkLinkUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/http.*mailto|link address/i);
    if (!result.ok) expect(['refused', 'empty']).toContain(result.problem);
  });

  it('asks for an address when there is none', () => {
    expect(checkLinkUrl('')).toEqual({ ok: false, problem: 'empty', message: 'Type or paste the link address.' });
    expect(checkLinkUrl('   \n')).toEqual({ ok: false, problem: 'empty', message: 'Type or paste the link address.' });
  });

  it('asks for the e-mail address of an empty mailto link', () => {
    expect(checkLinkUrl('mailto:')).toEqual({ ok: false, problem: 'noEmail', message: 'Type the e-mail address after "mailto:".' });
    expect(checkLinkUrl('mailto:?subject=Hi').ok).toBe(false);
    expect(isAllowedLinkUrl('mailto:')).toBe(false);
  });

  it('refuses an address longer than the limit, and says so', () => {
    const base = 'https://example.com/';
    expect(checkLinkUrl(base + 'a'.repeat(LIMITS.url - base.length)).ok).toBe(true);
    const result = checkLinkUrl(base + 'a'.repeat(LIMITS.url - base.length + 1));
    expect(result).toEqual({ ok: false, problem: 'tooLong', message: `The address is longer than ${LIMITS.url} characters; shorten it.` });
  });
});

describe('isAllowedLinkUrl', () => {
  it.each(['https://example.com/', 'http://example.com/page', 'mailto:desk@example.com', ' HTTPS://example.com '])('allows %j', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(true);
  });

  it.each(['example.com/page', 'name@example.com', 'javascript:alert(1)', 'data:text/html,x', 'https://', '', '//example.com/x', 'tel:+123'])(
    'refuses %j: the scheme must be written and allowed',
    (url) => {
      expect(isAllowedLinkUrl(url)).toBe(false);
    },
  );
});
