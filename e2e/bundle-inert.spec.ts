import type { ConsoleMessage, Dialog, Page, TestInfo } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ListItem, TranslationPatch } from '../shared/contract';
import { PAGE_CSP } from '../electron/core/export/render/csp';
import { exportFixture, readTree, type ExportFixture } from '../electron/core/export/testing';
import { expect, test } from './fixtures';
import { HOSTILE_CREDIT, HOSTILE_URLS, PAYLOADS, RTL_OVERRIDE, hostile, hostileBody, serveFolder, type StaticServer } from './hostile';

/**
 * A hostile corpus exports inert: every text an editor can type (titles, summaries, bodies
 * and their link addresses, sources, lead captions and alt texts, the photo's credit, tags,
 * authors, list teasers), in both languages, full of markup and script, is exported, and
 * every page of the bundle is opened in Chromium from a plain web server, under its own
 * Content-Security-Policy meta. Nothing runs, nothing is fetched from elsewhere, and the
 * strings read on the page as the text that was typed.
 *
 * A control page first proves the harness can see script run, a dialog open, a request
 * leave the origin and the policy refuse something.
 */

const LANGS = ['ru', 'en'] as const;
type Lang = (typeof LANGS)[number];

interface ArticlePage {
  /** Path inside the bundle: `ru/news/<slug>/index.html`. */
  file: string;
  lang: Lang;
  /** `A2 en`: what starts each hostile text of this translation. */
  label: string;
  title: string;
  summary: string;
  source: string;
  /** The lead photo's caption, alt text and credit, when the article has one. */
  lead: { caption: string; alt: string; credit: string } | null;
}

interface Built {
  fx: ExportFixture;
  work: string;
  bundle: string;
  pages: string[];
  articlePages: ArticlePage[];
  /** What the contract refused, `field: reason`. */
  refused: string[];
  server: StaticServer;
}

let built: Built | null = null;

function state(): Built {
  if (!built) throw new Error('The bundle was not built.');
  return built;
}

/** Runs one save; a refusal at the contract is recorded, not thrown (the store keeping nothing hostile is fine). */
async function attempt(refused: string[], what: string, save: () => Promise<unknown>): Promise<void> {
  try {
    await save();
  } catch (e) {
    refused.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function buildHostileBundle(): Promise<Built> {
  const fx = await exportFixture();
  try {
    return await fillAndExport(fx);
  } catch (e) {
    fx.dispose();
    throw e;
  }
}

async function fillAndExport(fx: ExportFixture): Promise<Built> {
  const refused: string[] = [];
  const photo = fx.articles.find((a) => a.leadPhoto !== null)?.leadPhoto ?? null;
  if (!photo) throw new Error('The sample workspace has no lead photo.');

  for (const [i, article] of fx.articles.entries()) {
    const current = await fx.call('getArticle', { articleId: article.id });
    for (const lang of LANGS) {
      const label = `A${i} ${lang}`;
      let revision = current.translations.find((t) => t.lang === lang)?.revision ?? 0;
      // One field a save, so that a field the contract refuses leaves the others saved.
      const fields: Array<[string, TranslationPatch]> = [
        ['title', revision === 0 ? { title: hostile(`${label} title`), slug: `hostile-${i}-${lang}` } : { title: hostile(`${label} title`) }],
        ['summary', { summary: hostile(`${label} summary`) }],
        ['body', { body: hostileBody(label, photo.id) }],
        ['source', { source: hostile(`${label} source`) }],
        ['leadCaption', { leadCaption: hostile(`${label} lead caption`) }],
        ['leadAlt', { leadAlt: hostile(`${label} lead alt`) }],
        ['status', { status: 'published' }],
      ];
      for (const [name, patch] of fields) {
        await attempt(refused, `${label} ${name}`, async () => {
          const saved = await fx.call('updateTranslation', { articleId: article.id, lang, expectedRevision: revision, patch });
          revision = saved.revision;
        });
      }
    }
    const fresh = await fx.call('getArticle', { articleId: article.id });
    await attempt(refused, `A${i} tags and authors`, () =>
      fx.call('updateArticle', { articleId: article.id, expectedRevision: fresh.revision, patch: { tags: [...PAYLOADS], authors: PAYLOADS.slice(0, 4) } }),
    );
  }
  await attempt(refused, 'photo credit', () => fx.call('updateMedia', { mediaId: photo.id, credit: HOSTILE_CREDIT }));

  const ids = fx.articles.map((a) => a.id);
  const item = (articleId: string, label: string): ListItem => ({
    id: randomUUID(),
    articleId,
    pinned: false,
    teasers: { ru: hostile(`${label} teaser ru`), en: hostile(`${label} teaser en`) },
    showFrom: null,
    showUntil: null,
    origin: 'manual',
  });
  const { lists } = await fx.call('listLists', {});
  for (const kind of ['editors-choice', 'popular'] as const) {
    const summary = lists.find((l) => l.kind === kind);
    if (!summary) throw new Error(`The workspace has no ${kind} list.`);
    const list = await fx.call('getList', { listId: summary.id });
    await attempt(refused, `${kind} teasers`, () =>
      fx.call('updateList', { listId: list.id, expectedVersion: list.version, patch: { items: ids.map((id, i) => item(id, `${kind} A${i}`)) } }),
    );
  }
  for (const [i, id] of ids.entries()) {
    const related = await fx.call('getRelatedList', { articleId: id });
    const others = ids.map((other, j) => [other, j] as const).filter(([other]) => other !== id);
    await attempt(refused, `A${i} related teasers`, () =>
      fx.call('updateRelatedList', { articleId: id, expectedVersion: related.version, patch: { items: others.map(([other, j]) => item(other, `related A${i}→A${j}`)), dismissed: [] } }),
    );
  }

  const work = mkdtempSync(path.join(tmpdir(), 'tandem-inert-'));
  const bundle = path.join(work, 'site');
  await fx.export(bundle);
  const pages = [...readTree(bundle).keys()].filter((p) => p.endsWith('.html')).sort();

  const credit = (await fx.call('getMedia', { mediaId: photo.id })).media.credit;
  const articlePages: ArticlePage[] = [];
  for (const [i, id] of ids.entries()) {
    const article = await fx.call('getArticle', { articleId: id });
    for (const t of article.translations) {
      if (t.status !== 'published') continue;
      articlePages.push({
        file: `${t.lang}/${article.section}/${t.slug}/index.html`,
        lang: t.lang as Lang,
        label: `A${i} ${t.lang}`,
        title: t.title,
        summary: t.summary,
        source: t.source,
        lead: article.leadPhoto ? { caption: t.leadCaption, alt: t.leadAlt, credit } : null,
      });
    }
  }
  const server = await serveFolder(bundle);
  return { fx, work, bundle, pages, articlePages, refused, server };
}

test.beforeAll(async () => {
  built = await buildHostileBundle();
});

test.afterAll(async () => {
  if (!built) return;
  await built.server.close();
  built.fx.dispose();
  rmSync(built.work, { recursive: true, force: true });
  built = null;
});

/** What a page did while it loaded. */
interface Observed {
  /** `window.__pwned` after the load, as the page's own scripts left it. */
  pwned: unknown;
  dialogs: string[];
  /** Console messages, the browser's own (a refused load or inline script) included. */
  console: string[];
  pageErrors: string[];
  /** Requests to any other origin, those the policy then stopped included. */
  offOrigin: string[];
  /** Requests to the origin that failed or were answered with an error. */
  failed: string[];
}

/** The policy refusing something shows as a console message from the browser. */
const refusals = (o: Observed) => o.console.filter((m) => /Refused to|Content Security Policy/i.test(m));

async function observe(page: Page, url: string): Promise<Observed> {
  const origin = new URL(url).origin;
  const o: Observed = { pwned: undefined, dialogs: [], console: [], pageErrors: [], offOrigin: [], failed: [] };
  const onDialog = (dialog: Dialog) => {
    o.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  };
  const onConsole = (m: ConsoleMessage) => {
    // The browser asks for a site icon of its own accord; the bundle has none.
    if (new URL(m.location().url || url).pathname === '/favicon.ico') return;
    o.console.push(`${m.type()}: ${m.text()}`);
  };
  const onPageError = (e: Error) => o.pageErrors.push(e.message);
  const onRequest = (r: { url(): string }) => {
    if (new URL(r.url()).origin !== origin) o.offOrigin.push(r.url());
  };
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => {
    if (new URL(r.url()).origin === origin) o.failed.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`);
  };
  const onResponse = (r: { url(): string; status(): number }) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') o.failed.push(`${r.url()}: ${r.status()}`);
  };
  page.on('dialog', onDialog);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Bring lazy images into view, then let every load and error handler have its turn.
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 1_000_000));
    await page.waitForLoadState('networkidle');
    // Evaluated by the test through the debugging protocol, which the page's policy does not govern.
    o.pwned = await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned);
  } finally {
    page.off('dialog', onDialog);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
  return o;
}

/**
 * What in the loaded document could run or fetch: script elements other than JSON-LD,
 * frames, plug-ins, SVG, style elements, base and form elements, refresh metas, event
 * handler and style attributes, and addresses with a scheme that runs or embeds.
 */
function dangerousMarkup(): string[] {
  interface Element {
    tagName: string;
    attributes: ArrayLike<{ name: string; value: string }>;
    getAttribute(name: string): string | null;
  }
  const doc = (globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<Element> } }).document;
  const found: string[] = [];
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' && el.getAttribute('type') !== 'application/ld+json') found.push(`<script type=${el.getAttribute('type')}>`);
    if (['iframe', 'frame', 'object', 'embed', 'svg', 'style', 'base', 'form', 'math', 'template'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'meta' && (el.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') found.push('<meta http-equiv=refresh>');
    for (let j = 0; j < el.attributes.length; j++) {
      const { name, value } = el.attributes[j] as { name: string; value: string };
      const n = name.toLowerCase();
      if (n.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (n === 'style') found.push(`<${tag} style>`);
      if (['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data'].includes(n)) {
        // Browsers drop tabs and newlines inside a scheme and spaces and controls before it.
        const squeezed = Array.from(value)
          .filter((c) => c.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        if (/(^|,)(javascript|vbscript|data):/.test(squeezed)) found.push(`<${tag} ${name}="${value}">`);
      }
    }
  }
  return found;
}

function attach(testInfo: TestInfo, refused: string[]) {
  for (const r of refused) testInfo.annotations.push({ type: 'refused by the contract', description: r });
}

test('the harness sees script run on a page without the policy, and the bundle\'s policy meta stops it', async ({ page }) => {
  const { bundle, server, articlePages } = state();
  const first = articlePages[0];
  if (!first) throw new Error('The bundle has no article page.');
  const html = readFileSync(path.join(bundle, first.file), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/.exec(html)?.[0];
  expect(meta, 'the policy meta of an exported page').toBeDefined();

  const folder = mkdtempSync(path.join(tmpdir(), 'tandem-inert-control-'));
  const control = await serveFolder(folder);
  try {
    // An image on the bundle's server is on another origin (another port) for this page.
    const elsewhere = (name: string) => `${server.origin}/media/control.png?from=${name}`;
    const pageWith = (name: string, policy: string) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${policy}
<title>Control</title>
</head>
<body>
<h1>Control</h1>
<script>window.__pwned = 'inline script';</script>
<img src="x" alt="" onerror="window.__pwnedByHandler = true">
<script>alert('control');</script>
<img src="${elsewhere(name)}" alt="">
<p style="color: red" onclick="window.__pwned = 'click'"><a href=" JaVa&#09;Script:alert(1)">link</a></p>
<iframe src="data:text/html,x" title="frame"></iframe>
</body>
</html>
`;
    mkdirSync(path.join(folder, 'open'));
    mkdirSync(path.join(folder, 'guarded'));
    writeFileSync(path.join(folder, 'open', 'index.html'), pageWith('open', ''));
    writeFileSync(path.join(folder, 'guarded', 'index.html'), pageWith('guarded', meta ?? ''));

    const open = await observe(page, `${control.origin}/open/`);
    expect(open.pwned, 'inline script ran on the page without a policy').toBe('inline script');
    expect(await page.evaluate(() => (globalThis as { __pwnedByHandler?: unknown }).__pwnedByHandler), 'the event handler ran').toBe(true);
    expect(open.dialogs).toEqual(['alert: control']);
    expect(open.offOrigin).toEqual([elsewhere('open')]);
    expect(server.requests).toContain('/media/control.png?from=open');
    expect(refusals(open)).toEqual([]);
    // The markup checks the bundle's pages are held to find what this page has.
    expect(await page.evaluate(dangerousMarkup)).toEqual([
      '<script type=null>',
      '<img onerror>',
      '<script type=null>',
      '<p style>',
      '<p onclick>',
      '<a href=" JaVa\tScript:alert(1)">',
      '<iframe>',
      '<iframe src="data:text/html,x">',
    ]);

    const guarded = await observe(page, `${control.origin}/guarded/`);
    expect(guarded.pwned, 'inline script did not run under the bundle\'s policy meta').toBeUndefined();
    expect(await page.evaluate(() => (globalThis as { __pwnedByHandler?: unknown }).__pwnedByHandler)).toBeUndefined();
    expect(guarded.dialogs).toEqual([]);
    // The browser still reports the attempt (so the bundle's pages are held to none at all),
    // but the policy stops it before it leaves: the other server never hears of it.
    expect(guarded.offOrigin).toEqual([elsewhere('guarded')]);
    expect(server.requests).not.toContain('/media/control.png?from=guarded');
    const refused = refusals(guarded).join('\n');
    // Chromium words these "Refused to …" or "… violates the following Content Security Policy directive".
    expect(refused).toMatch(/(Refused to execute|Executing) inline script/);
    expect(refused).toMatch(/(Refused to execute|Executing) inline event handler/);
    expect(refused).toMatch(/(Refused to load|Loading) the image/);
  } finally {
    await control.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('every page of the hostile bundle loads inert under its policy', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const { pages, articlePages, server, refused } = state();
  attach(testInfo, refused);
  // Article pages in both languages, the fronts and the section fronts.
  for (const lang of LANGS) {
    expect(pages).toContain(`${lang}/index.html`);
    expect(articlePages.filter((a) => a.lang === lang).length, `${lang} article pages`).toBeGreaterThan(0);
  }
  for (const a of articlePages) expect(pages).toContain(a.file);
  expect(pages.filter((p) => p.split('/').length === 3).length, 'section fronts').toBeGreaterThan(0);

  for (const file of pages) {
    const url = `${server.origin}/${file.replace(/index\.html$/, '')}`;
    const o = await observe(page, url);
    expect.soft(o.pwned, `${file}: window.__pwned`).toBeUndefined();
    expect.soft(o.dialogs, `${file}: dialogs`).toEqual([]);
    expect.soft(o.pageErrors, `${file}: page errors`).toEqual([]);
    expect.soft(o.offOrigin, `${file}: requests to other origins`).toEqual([]);
    expect.soft(o.failed, `${file}: failed requests`).toEqual([]);
    expect.soft(refusals(o), `${file}: anything the policy had to refuse`).toEqual([]);
    expect.soft(o.console, `${file}: console messages`).toEqual([]);

    // The policy is in force: one meta, right after the charset (a policy governs only what follows it).
    await expect.soft(page.locator('meta[http-equiv="Content-Security-Policy" i]'), `${file}: policy metas`).toHaveCount(1);
    await expect.soft(page.locator('head > meta').nth(0), `${file}: charset first`).toHaveAttribute('charset', 'utf-8');
    await expect.soft(page.locator('head > meta').nth(1), `${file}: policy second`).toHaveAttribute('http-equiv', 'Content-Security-Policy');
    await expect.soft(page.locator('head > meta').nth(1), `${file}: the policy`).toHaveAttribute('content', PAGE_CSP);

    // A CSS selector on the exported page, not on the app's interface: what is checked here
    // is the bundle's markup itself, which has no roles or labels for these addresses.
    await expect.soft(page.locator('[href^="javascript:" i], [href^="data:" i], [src^="javascript:" i], [src^="data:" i]'), `${file}: script or data addresses`).toHaveCount(0);
    expect.soft(await page.evaluate(dangerousMarkup), `${file}: markup that could run or fetch`).toEqual([]);

    const isArticle = articlePages.some((a) => a.file === file);
    await expect.soft(page.locator('script'), `${file}: script elements`).toHaveCount(isArticle ? 1 : 0);
    // The hostile style element stayed text: the page is shown.
    await expect.soft(page.getByRole('heading', { level: 1 }), `${file}: heading shown`).toBeVisible();
  }
});

test('article pages show the hostile texts as typed and carry the title whole in JSON-LD', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const { articlePages, server, refused } = state();
  attach(testInfo, refused);
  const photoArticles = articlePages.filter((a) => a.lead !== null);
  expect(photoArticles.map((a) => a.lang).sort()).toEqual([...LANGS].sort());

  for (const a of articlePages) {
    await page.goto(`${server.origin}/${a.file.replace(/index\.html$/, '')}`);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect.soft(h1, `${a.file}: the title's markup shows as text`).toContainText(PAYLOADS[0]);
    expect.soft(await h1.textContent(), `${a.file}: the title, escaped once`).toBe(a.title);
    expect.soft(await h1.textContent(), `${a.file}: the right-to-left override is a character of the text`).toContain(`${RTL_OVERRIDE}gnp.exe`);
    expect.soft(await page.locator('p.summary').textContent(), `${a.file}: summary`).toBe(a.summary);
    expect.soft(await page.locator('p.source').textContent(), `${a.file}: source`).toContain(a.source);

    const ldText = await page.locator('script[type="application/ld+json"]').textContent();
    const ld = JSON.parse(ldText ?? 'null') as { headline?: unknown; description?: unknown; keywords?: unknown } | null;
    expect.soft(ld?.headline, `${a.file}: JSON-LD headline`).toBe(a.title);
    expect.soft(ld?.description, `${a.file}: JSON-LD description`).toBe(a.summary);
    expect.soft(ld?.keywords, `${a.file}: JSON-LD keywords`).toEqual([...PAYLOADS]);
    // The title's `</script>` cannot close the element: its text holds no `<` at all.
    expect.soft(ldText ?? '', `${a.file}: JSON-LD text`).not.toMatch(/[<>]/);

    // Body: each link with a scheme that runs is its text alone; the allowed ones are links
    // whose address is the normalized one, markup percent-encoded or escaped in the attribute.
    const body = page.locator('div.body');
    for (const [k, url] of HOSTILE_URLS.entries()) {
      const allowed = /^(https|mailto):/.test(url);
      const linkText = new RegExp(`${a.label} link ${k} `);
      if (allowed) {
        await expect.soft(body.getByRole('link', { name: linkText }), `${a.file}: link ${k}`).toHaveAttribute('href', new URL(url).href);
      } else {
        await expect.soft(body.getByRole('link', { name: linkText }), `${a.file}: link ${k} (${JSON.stringify(url)}) is not a link`).toHaveCount(0);
        await expect.soft(body.getByText(linkText), `${a.file}: link ${k} keeps its text`).toHaveCount(1);
      }
    }
    expect.soft(await body.getByRole('heading', { level: 2 }).textContent(), `${a.file}: body heading`).toBe(hostile(`${a.label} heading`));
    expect.soft(await body.locator('blockquote').textContent(), `${a.file}: body quote`).toBe(hostile(`${a.label} quote`));
    expect.soft(await body.getByRole('listitem').textContent(), `${a.file}: body list item`).toBe(hostile(`${a.label} item`));
    await expect.soft(body.getByRole('img'), `${a.file}: body photo alt`).toHaveAttribute('alt', hostile(`${a.label} photo alt`));
    expect.soft(await body.locator('figcaption').textContent(), `${a.file}: body photo caption and credit`).toBe(`${hostile(`${a.label} photo caption`)} ${HOSTILE_CREDIT}`);

    if (a.lead) {
      await expect.soft(page.locator('figure.lead img'), `${a.file}: lead alt`).toHaveAttribute('alt', a.lead.alt);
      expect.soft(await page.locator('p.photo bdi').textContent(), `${a.file}: lead caption`).toBe(a.lead.caption);
      expect.soft(await page.locator('p.photo .credit').textContent(), `${a.file}: photo credit`).toBe(a.lead.credit);
    }
    // Related teasers written for this list, in this page's language.
    const teasers = await page.locator('aside p.teaser').allTextContents();
    expect.soft(teasers.filter((t) => new RegExp(`^related ${a.label.split(' ')[0]}→A\\d teaser ${a.lang} `).test(t) && t.includes(PAYLOADS[0])).length, `${a.file}: related teasers`).toBeGreaterThan(0);
  }

  // The fronts show the Editor's choice and Popular teasers as text.
  for (const lang of LANGS) {
    await page.goto(`${server.origin}/${lang}/`);
    const teasers = await page.locator('p.teaser').allTextContents();
    expect.soft(teasers.some((t) => t.startsWith('editors-choice ') && t.includes(`teaser ${lang} ${PAYLOADS[0]}`)), `${lang} front: Editor's choice teaser`).toBe(true);
    const titles = await page.locator('.card h3').allTextContents();
    expect.soft(titles.length, `${lang} front: cards`).toBeGreaterThan(0);
    for (const t of titles) expect.soft(t, `${lang} front: card title`).toContain(PAYLOADS[2]);
  }
});
