import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  cookieValues,
  hostAllowed,
  mediaCookieHeader,
  mediaCookieMatches,
  mediaCookieValue,
  newToken,
  originAllowed,
  tokenMatches,
} from './security';

describe('host security checks', () => {
  it('makes a fresh 32-byte base64url token each time', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(a);
  });

  it('matches the token exactly', () => {
    const token = newToken();
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token}x`, token)).toBe(false);
    expect(tokenMatches(token.slice(1), token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
    expect(tokenMatches(null, token)).toBe(false);
    expect(tokenMatches(undefined, token)).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
  });

  it('reads a bearer token', () => {
    expect(bearerToken('Bearer abc_-1')).toBe('abc_-1');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken(['Bearer abc'])).toBeNull();
  });

  it('allows only this host’s own Host and Origin', () => {
    expect(hostAllowed('127.0.0.1:4870', 4870)).toBe(true);
    expect(hostAllowed('LOCALHOST:4870', 4870)).toBe(true);
    expect(hostAllowed('127.0.0.1', 4870)).toBe(false);
    expect(hostAllowed('evil.example:4870', 4870)).toBe(false);
    expect(hostAllowed(undefined, 4870)).toBe(false);
    expect(originAllowed(undefined, 4870)).toBe(true);
    expect(originAllowed('http://localhost:4870', 4870)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4871', 4870)).toBe(false);
    expect(originAllowed('null', 4870)).toBe(false);
  });

  it('derives the media cookie from the token without revealing it, and matches only this run’s', () => {
    const token = newToken();
    const value = mediaCookieValue(token);
    expect(value).toBe(mediaCookieValue(token));
    expect(value).not.toBe(mediaCookieValue(newToken()));
    expect(value).not.toContain(token);
    expect(mediaCookieHeader(4870, token)).toBe(`tandem-media-4870=${value}; Path=/media; HttpOnly; SameSite=Strict`);
    expect(mediaCookieMatches(`tandem-media-4870=${value}`, 4870, token)).toBe(true);
    expect(mediaCookieMatches(`a=1; tandem-media-4870=stale; tandem-media-4870=${value}`, 4870, token)).toBe(true);
    expect(mediaCookieMatches(`tandem-media-4871=${value}`, 4870, token)).toBe(false);
    expect(mediaCookieMatches(`tandem-media-4870=${token}`, 4870, token)).toBe(false);
    expect(mediaCookieMatches('tandem-media-4870=', 4870, token)).toBe(false);
    expect(mediaCookieMatches(undefined, 4870, token)).toBe(false);
    expect(cookieValues(' a = 1 ;b=2;a=3;junk', 'a')).toEqual(['1', '3']);
  });
});
