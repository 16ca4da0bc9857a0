import { describe, expect, it } from 'vitest';
import { PAGE_CSP } from './csp';
import { SITE_CSS } from './stylesheet';

describe('SITE_CSS', () => {
  it('is one self-contained stylesheet the policy allows', () => {
    expect(SITE_CSS.split('{').length).toBe(SITE_CSS.split('}').length);
    // Nothing it would fetch: the policy allows styles from the bundle only, and no fonts.
    expect(SITE_CSS).not.toMatch(/@import|url\(|@font-face/);
    expect(SITE_CSS.endsWith('}\n')).toBe(true);
    for (const name of ['.card', '.badges', '.lang-tag', '.thumb', '.photo', '.credit', '.sidebar', '.article-page', '.front-page']) expect(SITE_CSS).toContain(name);
  });
});

describe('PAGE_CSP', () => {
  it('allows images and styles from the bundle, nothing else', () => {
    expect(PAGE_CSP).toBe("default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'");
  });
});
