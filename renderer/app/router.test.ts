import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from './router';

const ID = '0f8b6c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b';

describe('parseRoute', () => {
  it('opens the article list at the start and at #/articles', () => {
    expect(parseRoute('')).toEqual({ page: 'articles' });
    expect(parseRoute('#/')).toEqual({ page: 'articles' });
    expect(parseRoute('#/articles')).toEqual({ page: 'articles' });
  });

  it('opens an article by its id, in lower case', () => {
    expect(parseRoute(`#/articles/${ID.toUpperCase()}`)).toEqual({ page: 'article', id: ID });
  });

  it('opens the media library at #/media, with or without a trailing slash', () => {
    expect(parseRoute('#/media')).toEqual({ page: 'media' });
    expect(parseRoute('#/media/')).toEqual({ page: 'media' });
  });

  it('says where nothing is', () => {
    expect(parseRoute('#/media/photos')).toEqual({ page: 'not-found', path: '/media/photos' });
    expect(parseRoute('#/mediax')).toEqual({ page: 'not-found', path: '/mediax' });
  });
});

describe('hrefFor', () => {
  it('gives back addresses that parse to the same route', () => {
    const routes: Route[] = [{ page: 'articles' }, { page: 'article', id: ID }, { page: 'media' }];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(hrefFor({ page: 'media' })).toBe('#/media');
  });
});
