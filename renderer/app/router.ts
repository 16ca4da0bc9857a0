import { useSyncExternalStore } from 'react';

/**
 * Where the window is, kept in the URL's fragment (`#/articles/<id>`) so a reload stays on
 * the same page in both the desktop shell (a file-like origin) and browser mode.
 */
export type Route =
  | { page: 'articles' }
  | { page: 'article'; id: string }
  | { page: 'lists' }
  | { page: 'list'; id: string }
  | { page: 'media' }
  | { page: 'export' }
  | { page: 'not-found'; path: string };

const UUID = '([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '/articles' || path === '/articles/') return { page: 'articles' };
  const article = /^\/articles\/([0-9a-fA-F-]{36})$/.exec(path);
  if (article?.[1]) return { page: 'article', id: article[1].toLowerCase() };
  if (path === '/lists' || path === '/lists/') return { page: 'lists' };
  const list = new RegExp(`^/lists/${UUID}$`).exec(path);
  if (list?.[1]) return { page: 'list', id: list[1].toLowerCase() };
  if (path === '/media' || path === '/media/') return { page: 'media' };
  if (path === '/export' || path === '/export/') return { page: 'export' };
  return { page: 'not-found', path };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'articles':
      return '#/';
    case 'article':
      return `#/articles/${route.id}`;
    case 'lists':
      return '#/lists';
    case 'list':
      return `#/lists/${route.id}`;
    case 'media':
      return '#/media';
    case 'export':
      return '#/export';
    case 'not-found':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
