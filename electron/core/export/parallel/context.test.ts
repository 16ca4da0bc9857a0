import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyBody } from '../../../../shared/editor/text';
import { openConnection, type Db } from '../../store/db';
import { getSettings } from '../../store/repositories/workspaceMeta';
import { articlePageModel, frontModel, navSectionsOf, type AssembleContext } from '../assemble';
import { badgeKindsOf, bodyHeadReader } from '../cards';
import { articleData, filesByMedia } from '../data';
import { mediaFiles } from '../media';
import { Staging } from '../output';
import { pagesByArticle, readBodies } from '../pages';
import { readSelection } from '../selection';
import { BASE_URL, exportFixture, type ExportFixture } from '../testing';
import { putArticleFiles, type StoredBodies } from './articleFiles';
import { articlesNeedingHeads, contextInput, contextOf } from './context';
import { renderBatch } from './serve';

let fx: ExportFixture;
let db: Db;
let here: AssembleContext;
let there: AssembleContext;

beforeAll(async () => {
  fx = await exportFixture();
  // Cards without a summary show an excerpt of the body: Popular and Related hold these.
  for (const a of [fx.articles[1], fx.articles[2]]) {
    for (const t of a?.translations ?? []) {
      await fx.call('updateTranslation', { articleId: a?.id, lang: t.lang, expectedRevision: t.revision, patch: { summary: '' } });
    }
  }
  db = openConnection(fx.core.workspace.dbPath, { readOnly: true });
  const sel = readSelection(db, getSettings(db), BASE_URL, { kind: 'all' });
  const asOf = Date.parse('2026-11-26T00:00:00Z');
  here = {
    sel,
    asOf,
    media: mediaFiles(sel),
    badgeKinds: badgeKindsOf(sel, asOf),
    head: bodyHeadReader(db),
    site: { baseUrl: sel.baseUrl, languages: sel.languages, generator: 'Tandem test' },
    navSections: navSectionsOf(sel),
  };
  // As the render thread gets it: copied across threads.
  there = contextOf(structuredClone(contextInput(db, here)));
}, 60_000);

afterAll(() => {
  db.close();
  fx.dispose();
});

describe('a batch on the render thread', () => {
  it('renders a stored body that fails validation as an empty body, as this thread does', () => {
    const id = fx.articles[0]?.id as string;
    const pages = pagesByArticle(here.sel.pages.values());
    const mediaByImage = filesByMedia(here.media.files());
    const made = (ctx: AssembleContext, bodies: StoredBodies) => {
      const files = new Map<string, string>();
      putArticleFiles({ ctx, pages, mediaByImage }, id, bodies, (rel, data) => files.set(rel, data));
      return files;
    };
    const empty: StoredBodies = new Map(here.sel.exportedLangs.get(id)?.map((lang) => [`${id}/${lang}`, { body: emptyBody(), source: '' }]));
    const staging = new Staging(path.join(fx.dir, 'out', 'batch'));
    try {
      const reply = renderBatch({ ctx: there, pages: new Map(), mediaByImage }, staging, {
        batch: 0,
        ids: [id],
        pages: new Map([[id, pages.get(id) ?? []]]),
        bodies: new Map([...empty.keys()].map((key) => [key, { bodyUtf8: Buffer.from('{"root":{"type":"root","children":[{"type":"script"}]}}'), source: '' }])),
        previous: [],
      });
      if (reply.type !== 'rendered') throw new Error(`not rendered: ${JSON.stringify(reply)}`);
      const expected = made(here, empty);
      expect(reply.files.map((f) => f.entry.path).sort()).toEqual([...expected.keys()].sort());
      for (const [rel, data] of expected) expect(fs.readFileSync(path.join(staging.dir, rel), 'utf8'), rel).toBe(data);
    } finally {
      staging.discard();
    }
  });
});

describe("the render thread's assemble context", () => {
  it('reads body heads only for the bundled articles with an exported translation without a summary', () => {
    expect(articlesNeedingHeads(here.sel).sort()).toEqual([fx.articles[1]?.id, fx.articles[2]?.id].sort());
  });

  it('gives the same page models, fronts and data as the context it was made from', () => {
    const pages = [...here.sel.pages.values()];
    expect(pages.length).toBe(7);
    const bodies = readBodies(db, here.sel.inBundle);
    const mediaByImage = filesByMedia(here.media.files());
    for (const page of pages) {
      const stored = bodies.get(`${page.articleId}/${page.lang}`);
      if (!stored) throw new Error(`no body for ${page.articleId}/${page.lang}`);
      const model = (ctx: AssembleContext) => JSON.stringify(articlePageModel(ctx, page, stored.body, stored.source));
      expect(model(there), page.dir).toBe(model(here));
    }
    const withExcerpt = pages.map((p) => articlePageModel(there, p, emptyBody(), '')).find((m) => m.popular.some((c) => c.teaser !== '' && c.articleId === fx.articles[2]?.id));
    expect(withExcerpt, 'a Popular card shows an excerpt').toBeDefined();
    for (const lang of here.sel.languages) {
      for (const section of [null, ...here.navSections]) expect(JSON.stringify(frontModel(there, lang, section))).toBe(JSON.stringify(frontModel(here, lang, section)));
    }
    for (const id of here.sel.inBundle) {
      expect(JSON.stringify(articleData(there.sel, id, bodies, mediaByImage))).toBe(JSON.stringify(articleData(here.sel, id, bodies, mediaByImage)));
    }
  });

  it('refuses a body head it was not given, rather than showing an empty excerpt', () => {
    const withSummary = fx.articles[0]?.id as string;
    expect(() => there.head(withSummary, 'ru')).toThrow(/not read/);
    expect(there.head(fx.articles[2]?.id as string, 'ru')).toBe(here.head(fx.articles[2]?.id as string, 'ru'));
  });
});
