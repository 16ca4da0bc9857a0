import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { BUNDLE_FORMAT } from '../../../../shared/domain/bundle';
import { BLOCK_STATE, blockInfo, linkTo } from '../../../../shared/editor/blocks';
import type { SerializedBlock } from '../../../../shared/editor/nodes';

/**
 * For tests: a small Tandem bundle written by hand in the shape of shared/domain/bundle.ts
 * (two articles, one image with its variants, the desk's lists and a custom one), as a
 * folder, with a manifest of every file. Bodies are written with their keys in Lexical's
 * order, not the schema's, so a test can see that an import keeps their bytes.
 */

export const IDS = {
  talks: '0b7d7d1e-5d7c-4c6f-9a59-1f0a3b2c4d5e',
  festival: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b',
  dismissed: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  editorsChoice: 'a1a1a1a1-b2b2-4c3c-8d4d-e5e5e5e5e5e5',
  popular: 'b2b2b2b2-c3c3-4d4d-8e5e-f6f6f6f6f6f6',
  newsFront: 'c3c3c3c3-d4d4-4e5e-8f6f-a7a7a7a7a7a7',
  cultureFront: 'd4d4d4d4-e5e5-4f6f-8a7a-b8b8b8b8b8b8',
  weekend: 'e5e5e5e5-f6f6-4a7a-8b8b-c9c9c9c9c9c9',
  item1: 'f6f6f6f6-a7a7-4b8b-8c9c-d0d0d0d0d0d0',
  item2: '11111111-2222-4333-8444-555555555555',
  item3: '22222222-3333-4444-8555-666666666666',
  item4: '33333333-4444-4555-8666-777777777777',
  item5: '44444444-5555-4666-8777-888888888888',
  item6: '55555555-6666-4777-8888-999999999999',
} as const;

/** The image: its id is the sha256 of an original the bundle does not hold. */
export const IMAGE_ID = createHash('sha256').update('the original photo').digest('hex');

/** Its files in the bundle, by bundle path. */
export const IMAGE_FILES: Record<string, Buffer> = {
  [`media/${IMAGE_ID}-320.webp`]: Buffer.from('webp 320 bytes'),
  [`media/${IMAGE_ID}-480.webp`]: Buffer.from('webp 480 bytes'),
  [`media/${IMAGE_ID}-960.webp`]: Buffer.from('webp 960 bytes'),
  [`media/${IMAGE_ID}-1200.webp`]: Buffer.from('webp 1200 bytes'),
  [`media/${IMAGE_ID}-960.jpg`]: Buffer.from('jpeg 960 bytes'),
  [`media/${IMAGE_ID}-1200.jpg`]: Buffer.from('jpeg 1200 bytes, the largest in its own format'),
};

function text(t: string) {
  return { detail: 0, format: 0, mode: 'normal', style: '', text: t, type: 'text', version: 1 };
}

function paragraph(id: string, t: string, extra: Record<string, string> = {}) {
  return { children: [text(t)], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1, $: { [BLOCK_STATE.id]: id, ...extra } };
}

function body(children: unknown[]) {
  return { root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } };
}

const ruBlocks = [
  paragraph('ruBlock00001', 'Министры встретились в Баку.'),
  { type: 'image', version: 1, mediaId: IMAGE_ID, caption: 'Министры', altText: 'Два министра', $: { [BLOCK_STATE.id]: 'ruBlock00002' } },
  paragraph('ruBlock00003', 'Переговоры продолжатся.'),
];
const link = (i: number) => linkTo(blockInfo(ruBlocks[i] as SerializedBlock, i));
const linked = (i: number) => {
  const l = link(i);
  return { [BLOCK_STATE.src]: l.src, [BLOCK_STATE.srcHash]: l.srcHash, [BLOCK_STATE.srcText]: l.srcText };
};
const enBlocks = [
  paragraph('enBlock00001', 'The ministers met in Baku.', linked(0)),
  { type: 'image', version: 1, mediaId: IMAGE_ID, caption: 'Ministers', altText: 'Two ministers', $: { [BLOCK_STATE.id]: 'enBlock00002', ...linked(1) } },
  paragraph('enBlock00003', 'Talks will go on.', linked(2)),
];

const media = {
  id: IMAGE_ID,
  mime: 'image/jpeg',
  width: 1200,
  height: 800,
  name: 'ministers.jpg',
  credit: 'ТАСС',
  createdAt: '2024-04-30T08:00:00.000Z',
  updatedAt: '2024-04-30T09:00:00.000Z',
  files: Object.keys(IMAGE_FILES)
    .map((p) => {
      const m = /-(\d+)\.(\w+)$/.exec(p) as RegExpExecArray;
      return { path: p, width: Number(m[1]), format: m[2] };
    })
    .sort((a, b) => a.width - b.width || (a.path < b.path ? -1 : 1)),
};

function item(id: string, articleId: string, extra: Record<string, unknown> = {}) {
  return { id, articleId, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual', ...extra };
}

export function bundleData(): Record<string, unknown> {
  const talks = {
    format: BUNDLE_FORMAT,
    id: IDS.talks,
    section: 'news',
    tags: ['дипломатия'],
    authors: ['Лейла Алиева'],
    originalLang: 'ru',
    createdAt: '2024-05-01T06:00:00.000Z',
    updatedAt: '2024-05-02T07:30:00.000Z',
    publishedAt: '2024-05-01T08:00:00.000Z',
    leadMediaId: IMAGE_ID,
    translations: [
      {
        lang: 'ru',
        title: 'Переговоры в Баку',
        summary: 'Министры встретились.',
        body: body(ruBlocks),
        source: 'Интерфакс',
        slug: 'peregovory-v-baku',
        status: 'published',
        createdAt: '2024-05-01T06:00:00.000Z',
        updatedAt: '2024-05-02T07:00:00.000Z',
        leadCaption: 'Министры иностранных дел',
        leadAlt: 'Два министра за столом',
        path: 'ru/news/peregovory-v-baku/index.html',
        url: 'https://news.example.org/ru/news/peregovory-v-baku/',
      },
      {
        lang: 'en',
        title: 'Talks in Baku',
        summary: 'The ministers met.',
        body: body(enBlocks),
        source: 'Interfax',
        slug: 'talks-in-baku',
        status: 'ready',
        createdAt: '2024-05-01T09:00:00.000Z',
        updatedAt: '2024-05-02T07:30:00.000Z',
        leadCaption: 'Foreign ministers',
        leadAlt: 'Two ministers at a table',
        path: 'en/news/talks-in-baku/index.html',
        url: 'https://news.example.org/en/news/talks-in-baku/',
      },
    ],
    related: { maxItems: 5, items: [item(IDS.item1, IDS.festival, { origin: 'suggestion' })], dismissed: [IDS.dismissed] },
    media: [media],
  };
  const festival = {
    format: BUNDLE_FORMAT,
    id: IDS.festival,
    section: 'culture',
    tags: [],
    authors: [],
    originalLang: 'en',
    createdAt: '2024-04-01T10:00:00.000Z',
    updatedAt: '2024-04-01T11:00:00.000Z',
    publishedAt: null,
    leadMediaId: null,
    translations: [
      {
        lang: 'en',
        title: 'A festival in Sheki',
        summary: '',
        body: body([paragraph('fsBlock00001', 'Music all night.')]),
        source: '',
        slug: 'a-festival-in-sheki',
        status: 'ready',
        createdAt: '2024-04-01T10:00:00.000Z',
        updatedAt: '2024-04-01T11:00:00.000Z',
        leadCaption: '',
        leadAlt: '',
        path: 'en/culture/a-festival-in-sheki/index.html',
        url: 'https://news.example.org/en/culture/a-festival-in-sheki/',
      },
    ],
    related: null,
    media: [],
  };
  const list = (id: string, kind: string, name: string, section: string | null, items: unknown[], extra: Record<string, unknown> = {}) => ({
    id,
    kind,
    name,
    section,
    maxItems: 10,
    langs: [],
    version: 4,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-05-02T00:00:00.000Z',
    items,
    ...extra,
  });
  return {
    'data/site.json': {
      format: BUNDLE_FORMAT,
      generator: 'Tandem 0.1.0',
      baseUrl: 'https://news.example.org/',
      languages: ['ru', 'en'],
      sections: [
        { id: 'news', names: { ru: 'Новости', en: 'News' } },
        { id: 'culture', names: { ru: 'Культура', en: 'Culture' } },
      ],
      articles: [IDS.talks, IDS.festival].sort(),
    },
    'data/lists.json': {
      format: BUNDLE_FORMAT,
      lists: [
        list(IDS.editorsChoice, 'editors-choice', "Editor's choice", null, [item(IDS.item2, IDS.talks, { pinned: true, teasers: { en: 'Read this' } })]),
        list(IDS.popular, 'popular', 'Popular', null, [item(IDS.item3, IDS.festival), item(IDS.item4, IDS.talks, { showFrom: '2024-05-01T00:00:00.000Z', showUntil: null })]),
        list(IDS.newsFront, 'section', 'News', 'news', [item(IDS.item5, IDS.talks)]),
        list(IDS.cultureFront, 'section', 'Culture', 'culture', []),
        list(IDS.weekend, 'custom', 'Weekend', null, [item(IDS.item6, IDS.festival)], { maxItems: 3, langs: ['en'] }),
      ],
    },
    [`data/articles/${IDS.talks}.json`]: talks,
    [`data/articles/${IDS.festival}.json`]: festival,
  };
}

/** The manifest of `files` (path → bytes), sorted by path. */
export function manifestOf(files: Readonly<Record<string, Buffer>>): Buffer {
  const entries = Object.entries(files)
    .filter(([p]) => p !== 'manifest.json')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([p, bytes]) => ({ path: p, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }));
  return Buffer.from(`${JSON.stringify({ format: BUNDLE_FORMAT, generator: 'Tandem 0.1.0', files: entries }, null, 1)}\n`);
}

/** Every file of the bundle (manifest included), from its data and media, changed by `edit` before the manifest is made. */
export function bundleFiles(edit: (data: Record<string, unknown>) => void = () => {}): Record<string, Buffer> {
  const data = bundleData();
  edit(data);
  const files: Record<string, Buffer> = {
    'ru/news/peregovory-v-baku/index.html': Buffer.from('<!doctype html><title>Переговоры</title>'),
    ...IMAGE_FILES,
  };
  for (const [p, value] of Object.entries(data)) files[p] = Buffer.from(`${JSON.stringify(value, null, 1)}\n`);
  files['manifest.json'] = manifestOf(files);
  return files;
}

/** Writes the files into `dir` (made). */
export function writeBundleFolder(dir: string, files: Readonly<Record<string, Buffer>>): string {
  for (const [p, bytes] of Object.entries(files)) {
    const target = path.join(dir, ...p.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
  return dir;
}

/** Writes the files as a zip at `file`. */
export async function writeBundleZip(file: string, files: Readonly<Record<string, Buffer>>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [p, bytes] of Object.entries(files)) zip.addBuffer(bytes, p);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  fs.writeFileSync(file, Buffer.concat(chunks));
  return file;
}
