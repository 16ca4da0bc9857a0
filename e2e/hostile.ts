import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import type { Body, SerializedBlock, SerializedInline, SerializedLeaf } from '../shared/editor/nodes';

/**
 * A hostile corpus for the export's pages, and a plain static server to open a bundle in
 * the browser exactly as a web host would serve its files.
 *
 * Every payload that could run sets `window.__pwned` (or opens a dialog), so a page that
 * let one through is caught by reading that global after it loaded.
 */

/** Strings an editor could type or paste into any text field. */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  '</script><script>window.__pwned=3</script>',
  '<svg onload=window.__pwned=4>',
  '<iframe src="javascript:window.__pwned=5">',
  '\u202Egnp.exe',
  "{{constructor.constructor('window.__pwned=6')()}}",
  '<%= process.exit() %>',
  '<style>body{display:none}</style>',
  "'><svg/onload=alert(7)>",
] as const;

/** The right-to-left override, which must reach the page as a character of the text. */
export const RTL_OVERRIDE = '\u202E';

/** Every payload after a label naming the field, so each field's text can be found again. */
export function hostile(label: string): string {
  return `${label} ${PAYLOADS.join(' ')}`;
}

/** Fits the 300 characters of a photo credit. */
export const HOSTILE_CREDIT = `Credit ${PAYLOADS[1]} ${PAYLOADS[3]} ${PAYLOADS[5]} ${PAYLOADS[7]}`;

/**
 * Link addresses a body may hold in the store. The first ones must never become an `href`;
 * the last two use allowed schemes with markup in them, which must stay inside the quoted
 * attribute value.
 */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'JaVaScRiPt:alert(1)',
  '  javascript:window.__pwned=12',
  'java\tscript:window.__pwned=13',
  'vbscript:msgbox(1)',
  'https://example.org/"><script>window.__pwned=10</script>',
  'mailto:"><svg onload=window.__pwned=11>@example.org',
] as const;

/** A style an inline text could carry: the renderer must not carry it over (and CSP would stop its request). */
const HOSTILE_STYLE = 'background:url(https://evil.example/x.png);color:red';

const text = (value: string, format = 0): SerializedLeaf => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: HOSTILE_STYLE });

const element = { direction: null, format: '', indent: 0 } as const;

const link = (url: string, label: string): SerializedInline => ({
  type: 'link',
  version: 1,
  url,
  rel: '" onclick="window.__pwned=14',
  target: '_blank',
  title: hostile('Link title'),
  children: [text(label)],
  ...element,
});

const paragraph = (children: SerializedInline[]): SerializedBlock => ({ type: 'paragraph', version: 1, children, ...element, textFormat: 0, textStyle: HOSTILE_STYLE });

/**
 * A body with the payloads in every kind of block (heading, paragraph, bold and italic text,
 * quote, list, photo caption and alt text) and a link to each hostile address.
 */
export function hostileBody(label: string, mediaId: string | null): Body {
  const blocks: SerializedBlock[] = [
    { type: 'heading', version: 1, tag: 'h2', children: [text(hostile(`${label} heading`))], ...element },
    paragraph([text(hostile(`${label} paragraph`)), text(' bold ', 1), text(PAYLOADS[0], 2)]),
    paragraph(HOSTILE_URLS.flatMap((url, i) => [link(url, `${label} link ${i} ${PAYLOADS[i % PAYLOADS.length]}`), text(' ')])),
    { type: 'quote', version: 1, children: [text(hostile(`${label} quote`))], ...element },
    {
      type: 'list',
      version: 1,
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      children: [{ type: 'listitem', version: 1, value: 1, children: [text(hostile(`${label} item`))], ...element }],
      ...element,
    },
  ];
  if (mediaId !== null) blocks.push({ type: 'image', version: 1, mediaId, caption: hostile(`${label} photo caption`), altText: hostile(`${label} photo alt`) });
  return { root: { type: 'root', version: 1, children: blocks, ...element } };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

export interface StaticServer {
  origin: string;
  /** Every address asked for, path and query, in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 as a plain web host does: files as they are, with their
 * content type, a folder's `index.html` for its address ending in `/`, and no security
 * header, so whatever policy a page has comes from the page itself.
 */
export function serveFolder(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()];
    let size = -1;
    try {
      const stat = statSync(file);
      if (stat.isFile()) size = stat.size;
    } catch {
      // Not there: answered below.
    }
    if (size < 0 || type === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
