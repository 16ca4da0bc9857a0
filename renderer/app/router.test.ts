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

  it('opens the lists at #/lists, with or without a trailing slash', () => {
    expect(parseRoute('#/lists')).toEqual({ page: 'lists' });
    expect(parseRoute('#/lists/')).toEqual({ page: 'lists' });
  });

  it('opens a list by its id, in lower case', () => {
    expect(parseRoute(`#/lists/${ID.toUpperCase()}`)).toEqual({ page: 'list', id: ID });
  });

  it('opens no list for an id that is not one', () => {
    expect(parseRoute('#/lists/editors-choice')).toEqual({ page: 'not-found', path: '/lists/editors-choice' });
    expect(parseRoute(`#/lists/${ID}/items`)).toEqual({ page: 'not-found', path: `/lists/${ID}/items` });
    expect(parseRoute('#/listsx')).toEqual({ page: 'not-found', path: '/listsx' });
  });

  it('opens the export at #/export, with or without a trailing slash', () => {
    expect(parseRoute('#/export')).toEqual({ page: 'export' });
    expect(parseRoute('#/export/')).toEqual({ page: 'export' });
    expect(parseRoute('#/exports')).toEqual({ page: 'not-found', path: '/exports' });
  });

  it('says where nothing is', () => {
    expect(parseRoute('#/media/photos')).toEqual({ page: 'not-found', path: '/media/photos' });
    expect(parseRoute('#/mediax')).toEqual({ page: 'not-found', path: '/mediax' });
  });
});

describe('hrefFor', () => {
  it('gives back addresses that parse to the same route', () => {
    const routes: Route[] = [{ page: 'articles' }, { page: 'article', id: ID }, { page: 'lists' }, { page: 'list', id: ID }, { page: 'media' }, { page: 'export' }];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(hrefFor({ page: 'media' })).toBe('#/media');
    expect(hrefFor({ page: 'lists' })).toBe('#/lists');
    expect(hrefFor({ page: 'export' })).toBe('#/export');
    expect(hrefFor({ page: 'list', id: ID })).toBe(`#/lists/${ID}`);
  });
});
