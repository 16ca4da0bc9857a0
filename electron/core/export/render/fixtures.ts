import { bodyToHtml, type ResolvedImage } from '../../../../shared/editor/html';
import type { Body, SerializedBlock, SerializedInline, SerializedLeaf, SerializedListItem } from '../../../../shared/editor/nodes';
import type { ArticlePageModel, CardModel, FeedEntry, FeedModel, FrontModel, ImageModel, NavModel, SiteModel, SitemapEntry } from '../model';
import { labelsFor } from './labels';

/**
 * Models as the export makes them, for the render tests: a bilingual article (the sample
 * page of DESIGN's anatomy) with a lead photo and a body holding headings, a quote, lists,
 * links and a photo; its sidebars with one English card falling back on the Russian page;
 * fronts, feeds and a sitemap. `hostile*` put a hostile string into every text a reader
 * or editor types.
 */

export const SITE: SiteModel = { baseUrl: 'https://news.example.org/', languages: ['ru', 'en'], generator: 'Tandem 0.1.0' };

const ARTICLE_ID = '6f1c2a34-8a8e-4f4b-9a53-0b7b8a3c9d10';
const BORRELL_ID = '0c9b8f3e-1d2a-4c5b-8e7f-6a5b4c3d2e1f';
const GERMANY_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const LEAD_MEDIA = 'a3'.repeat(32);
const BODY_MEDIA = 'b7'.repeat(32);
const THUMB_MEDIA = 'c5'.repeat(32);

// Body builders, shaped as the editor saves nodes.
const element = { direction: null, format: '' as const, indent: 0 };
const text = (value: string, format = 0): SerializedLeaf => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const link = (url: string, label: string): SerializedInline => ({ type: 'link', version: 1, url, rel: null, target: null, title: null, children: [text(label)], ...element });
const p = (...children: SerializedInline[]): SerializedBlock => ({ type: 'paragraph', version: 1, children, ...element, textFormat: 0, textStyle: '' });
const h = (tag: 'h2' | 'h3', value: string): SerializedBlock => ({ type: 'heading', version: 1, tag, children: [text(value)], ...element });
const quote = (value: string): SerializedBlock => ({ type: 'quote', version: 1, children: [text(value)], ...element });
const li = (...children: SerializedInline[]): SerializedListItem => ({ type: 'listitem', version: 1, value: 1, children, ...element });
const list = (kind: 'bullet' | 'number', ...items: SerializedListItem[]): SerializedBlock => ({
  type: 'list',
  version: 1,
  listType: kind,
  start: 1,
  tag: kind === 'number' ? 'ol' : 'ul',
  children: items,
  ...element,
});
const photo = (caption: string, altText: string): SerializedBlock => ({ type: 'image', version: 1, mediaId: BODY_MEDIA, caption, altText });
const body = (...blocks: SerializedBlock[]): Body => ({ root: { type: 'root', version: 1, children: blocks, ...element } });

/** The body photo as an article page three folders deep shows it. */
function bodyImages(credit: string): (mediaId: string) => ResolvedImage | null {
  return (mediaId) =>
    mediaId === BODY_MEDIA
      ? {
          src: `../../../media/${BODY_MEDIA}-960.jpg`,
          srcset: `../../../media/${BODY_MEDIA}-320.webp 320w, ../../../media/${BODY_MEDIA}-960.webp 960w`,
          sizes: '(min-width: 60rem) 40rem, 100vw',
          width: 960,
          height: 640,
          credit,
        }
      : null;
}

const RU_BODY = body(
  p(text('В воскресенье вечером министр иностранных дел России встретился с президентом Азербайджана Ильхамом Алиевым и передал ему приветствия от президента Путина.')),
  h('h2', 'Пресс-конференция в Баку'),
  p(
    text('В понедельник утром, в ходе пресс-конференции с министром иностранных дел Азербайджана Эльмаром Мамедъяровым, Лавров заявил, что '),
    text('Россия с Францией и Соединенными Штатами', 1),
    text(' разделяет хорошо известную общую позицию, '),
    link('https://tass.ru/politika/4745125', 'сообщает ТАСС'),
    text('.'),
  ),
  quote('Весь набор шагов, мер, договоренностей, которые требуются для того, чтобы сдвинуть процесс урегулирования, на столе.'),
  photo('Сергей Лавров и Эльмар Мамедъяров в Баку', 'Два министра за трибунами на пресс-конференции'),
  h('h3', 'Что обсуждали'),
  list('bullet', li(text('встречу президентов в октябре')), li(text('формат Минской группы ОБСЕ')), li(text('пакетные документы '), text('урегулирования', 2))),
  list('number', li(text('Сопредседатели встречаются на уровне послов.')), li(text('Министры регулярно ездят в регион.'))),
  p(text('"Есть согласованный формат", — отметил он.'), { type: 'linebreak', version: 1 }, text('Подробнее: '), link('https://commonspace.eu/', 'commonspace.eu')),
);

const EN_BODY = body(
  p(text('On Sunday evening Russia’s foreign minister met the President of Azerbaijan, Ilham Aliyev.')),
  h('h2', 'Press conference in Baku'),
  quote('The whole set of steps needed to move the settlement process forward is on the table.'),
  photo('Sergey Lavrov and Elmar Mammadyarov in Baku', 'Two ministers at lecterns at a press conference'),
  list('bullet', li(text('the presidents’ meeting in October')), li(text('the format of the OSCE Minsk Group'))),
  p(text('Read more at '), link('https://commonspace.eu/', 'commonspace.eu'), text('.')),
);

const RU_URL = 'https://news.example.org/ru/news/lavrov-v-baku/';
const EN_URL = 'https://news.example.org/en/news/lavrov-in-baku/';

function navFor(current: string | null, names: Record<string, string>, home: string): NavModel {
  return {
    home,
    sections: Object.entries(names).map(([id, name]) => ({ id, name, href: `${home}${id}/`, current: id === current })),
  };
}
const RU_SECTIONS = { news: 'Новости', politics: 'Политика', culture: 'Культура' };
const EN_SECTIONS = { news: 'News', politics: 'Politics', culture: 'Culture' };

function lead(caption: string, alt: string, credit: string): ImageModel & { caption: string; alt: string } {
  return {
    src: `../../../media/${LEAD_MEDIA}-1600.jpg`,
    srcset: [320, 640, 960, 1600].map((width) => ({ src: `../../../media/${LEAD_MEDIA}-${width}.webp`, width })),
    url: `https://news.example.org/media/${LEAD_MEDIA}-1600.jpg`,
    width: 1600,
    height: 1067,
    credit,
    caption,
    alt,
  };
}

function card(over: Partial<CardModel> & Pick<CardModel, 'articleId' | 'pageLang' | 'lang' | 'href' | 'title'>): CardModel {
  return {
    fallback: over.lang !== over.pageLang,
    teaser: '',
    badges: [],
    thumbnail: { src: `../../../media/${THUMB_MEDIA}-320.webp`, width: 320, height: 213 },
    ...over,
  };
}

const BORRELL_RU = card({
  articleId: BORRELL_ID,
  pageLang: 'ru',
  lang: 'ru',
  href: '../borrell-afganistan/',
  title: 'Боррель: ситуация в Афганистане критическая, но ЕС останется вовлечённым',
  teaser: 'Евросоюз приложит все усилия, чтобы поддержать мирный процесс и остаться надёжным партнёром афганского народа.',
  badges: ['Выбор редакции', 'Новости'],
});
const GERMANY_EN_ON_RU = card({
  articleId: GERMANY_ID,
  pageLang: 'ru',
  lang: 'en',
  href: '../../../en/news/germany-accuses-russia/',
  title: 'Germany accuses Russia of cyberattacks and disinformation campaign',
  teaser: 'The German government holds Russia responsible for a cyberattack on German air traffic control.',
  badges: ["Editor's choice", 'News'],
});

/** The Russian page of the sample article: lead photo, full body, both sidebars (one English card). */
export function articlePageRu(): ArticlePageModel {
  const labels = labelsFor('ru');
  return {
    site: SITE,
    lang: 'ru',
    root: '../../../',
    labels,
    nav: navFor('news', RU_SECTIONS, '../../'),
    articleId: ARTICLE_ID,
    section: { id: 'news', name: 'Новости' },
    tags: ['Карабах', 'ОБСЕ', 'Лавров'],
    authors: ['Анна Петрова', 'Rashad Aliyev'],
    publishedAt: '2017-11-20T09:30:00.000Z',
    modifiedAt: '2017-11-20T12:05:00.000Z',
    url: RU_URL,
    title: 'Лавров: "Весь набор шагов для того, чтобы сдвинуть процесс урегулирования, на столе"',
    summary: 'В воскресенье (19 ноября), в начале своего регионального визита, в Баку на переговоры с руководством Азербайджана прибыл министр иностранных дел России.',
    bodyHtml: bodyToHtml(RU_BODY, { lang: 'ru', images: bodyImages('Пресс-служба МИД') }),
    source: 'commonspace.eu по материалам агентств',
    lead: lead('Министры иностранных дел России и Азербайджана', 'Лавров и Мамедъяров пожимают руки', 'Reuters'),
    alternates: [{ lang: 'en', url: EN_URL, href: '../../../en/news/lavrov-in-baku/', title: 'Lavrov: "The whole set of steps is on the table"' }],
    related: [BORRELL_RU, GERMANY_EN_ON_RU],
    popular: [{ ...GERMANY_EN_ON_RU, thumbnail: null }],
    wordCount: 412,
  };
}

/** The English page of the same article: no source, lead without caption, no Popular list. */
export function articlePageEn(): ArticlePageModel {
  const labels = labelsFor('en');
  return {
    site: SITE,
    lang: 'en',
    root: '../../../',
    labels,
    nav: navFor('news', EN_SECTIONS, '../../'),
    articleId: ARTICLE_ID,
    section: { id: 'news', name: 'News' },
    tags: ['Karabakh', 'OSCE'],
    authors: [],
    publishedAt: '2017-11-20T09:30:00.000Z',
    modifiedAt: '2017-11-20T12:05:00.000Z',
    url: EN_URL,
    title: 'Lavrov: "The whole set of steps is on the table"',
    summary: 'Russia’s foreign minister arrived in Baku for talks with the leadership of Azerbaijan.',
    bodyHtml: bodyToHtml(EN_BODY, { lang: 'en', images: bodyImages('') }),
    source: '',
    lead: lead('', 'Lavrov and Mammadyarov shake hands', ''),
    alternates: [{ lang: 'ru', url: RU_URL, href: '../../../ru/news/lavrov-v-baku/', title: 'Лавров: "Весь набор шагов…"' }],
    related: [
      card({
        articleId: GERMANY_ID,
        pageLang: 'en',
        lang: 'en',
        href: '../germany-accuses-russia/',
        title: 'Germany accuses Russia of cyberattacks and disinformation campaign',
        teaser: 'The German government holds Russia responsible for a cyberattack on German air traffic control.',
        badges: ["Editor's choice", 'News'],
      }),
    ],
    popular: [],
    wordCount: 96,
  };
}

/** Cards as a front two folders up from the articles shows them. */
function frontCard(c: CardModel, href: string): CardModel {
  return { ...c, href, thumbnail: c.thumbnail && { ...c.thumbnail, src: `../media/${THUMB_MEDIA}-320.webp` } };
}

/** The Russian front page: Editor's choice and the latest articles. */
export function frontRu(): FrontModel {
  return {
    site: SITE,
    lang: 'ru',
    root: '../',
    labels: labelsFor('ru'),
    nav: navFor(null, RU_SECTIONS, './'),
    section: null,
    url: 'https://news.example.org/ru/',
    alternates: [{ lang: 'en', url: 'https://news.example.org/en/', href: '../en/', title: 'Tandem News' }],
    editorsChoice: [frontCard(BORRELL_RU, 'news/borrell-afganistan/'), frontCard(GERMANY_EN_ON_RU, '../en/news/germany-accuses-russia/')],
    curated: [],
    latest: [
      frontCard(card({ articleId: ARTICLE_ID, pageLang: 'ru', lang: 'ru', href: '', title: articlePageRu().title, teaser: articlePageRu().summary, badges: ['Новости'] }), 'news/lavrov-v-baku/'),
      frontCard(BORRELL_RU, 'news/borrell-afganistan/'),
    ],
  };
}

/** The English News front: Editor's choice, the section's own list, the latest. */
export function sectionFrontEn(): FrontModel {
  const germany = card({
    articleId: GERMANY_ID,
    pageLang: 'en',
    lang: 'en',
    href: '../../en/news/germany-accuses-russia/',
    title: 'Germany accuses Russia of cyberattacks and disinformation campaign',
    badges: ["Editor's choice", 'News'],
    thumbnail: { src: `../../media/${THUMB_MEDIA}-320.webp`, width: 320, height: 213 },
  });
  return {
    site: SITE,
    lang: 'en',
    root: '../../',
    labels: labelsFor('en'),
    nav: navFor('news', EN_SECTIONS, '../'),
    section: { id: 'news', name: 'News' },
    url: 'https://news.example.org/en/news/',
    alternates: [{ lang: 'ru', url: 'https://news.example.org/ru/news/', href: '../../ru/news/', title: 'Новости' }],
    editorsChoice: [{ ...germany, href: 'germany-accuses-russia/' }],
    curated: [{ ...germany, href: 'germany-accuses-russia/', thumbnail: null, teaser: 'Berlin summons the Russian ambassador.' }],
    latest: [{ ...germany, href: 'lavrov-in-baku/', title: articlePageEn().title, badges: [] }],
  };
}

/** A section front with nothing published. */
export function emptyFront(): FrontModel {
  return { ...sectionFrontEn(), section: { id: 'culture', name: 'Culture' }, url: 'https://news.example.org/en/culture/', editorsChoice: [], curated: [], latest: [] };
}

function entryOf(page: ArticlePageModel): FeedEntry {
  return {
    articleId: page.articleId,
    url: page.url,
    title: page.title,
    summary: page.summary,
    contentHtml: page.bodyHtml.replaceAll('../../../', SITE.baseUrl),
    publishedAt: page.publishedAt ?? page.modifiedAt,
    modifiedAt: page.modifiedAt,
    authors: page.authors,
    tags: page.tags,
    image: page.lead?.url ?? null,
  };
}

/** The Russian feed: the sample article and a second one without authors, tags, summary or image. */
export function feedRu(): FeedModel {
  const second: FeedEntry = {
    articleId: BORRELL_ID,
    url: 'https://news.example.org/ru/news/borrell-afganistan/',
    title: BORRELL_RU.title,
    summary: '',
    contentHtml: '<p>Евросоюз приложит все усилия.</p>',
    publishedAt: '2017-11-19T08:00:00.000Z',
    modifiedAt: '2017-11-19T08:00:00.000Z',
    authors: [],
    tags: [],
    image: null,
  };
  return {
    site: SITE,
    lang: 'ru',
    labels: labelsFor('ru'),
    homeUrl: 'https://news.example.org/ru/',
    atomUrl: 'https://news.example.org/feeds/ru.xml',
    jsonUrl: 'https://news.example.org/feeds/ru.json',
    updated: '2017-11-20T12:05:00.000Z',
    entries: [entryOf(articlePageRu()), second],
  };
}

/** The sitemap: the article in two languages, a page in one, and the fronts. */
export function sitemapEntries(): SitemapEntry[] {
  const pair = [
    { lang: 'ru', url: RU_URL },
    { lang: 'en', url: EN_URL },
  ];
  return [
    { url: 'https://news.example.org/ru/', lastmod: '2017-11-20', alternates: [{ lang: 'ru', url: 'https://news.example.org/ru/' }, { lang: 'en', url: 'https://news.example.org/en/' }] },
    { url: RU_URL, lastmod: '2017-11-20T12:05:00.000Z', alternates: pair },
    { url: EN_URL, lastmod: '2017-11-20T12:05:00.000Z', alternates: pair },
    { url: 'https://news.example.org/ru/news/borrell-afganistan/', lastmod: null, alternates: [] },
  ];
}

// The hostile corpus: what a careless or malicious typist might put into any text.
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  url: 'javascript:alert(1)',
  closeScript: '</script><script>alert(1)</script>',
  rtl: '\u202Eevil',
  entity: '&amp;',
} as const;
const H = Object.values(HOSTILE);
/** Every hostile string in one text, with words around them. */
export const HOSTILE_TEXT = `Title ${H.join(' ')} end`;
const hostile = (i: number): string => `${H[i % H.length] ?? ''} x${i}`;

/** The Russian page with a hostile string in every text field, and in its body. */
export function hostilePage(): ArticlePageModel {
  const page = articlePageRu();
  const hostileCard = (c: CardModel, i: number): CardModel => ({ ...c, title: hostile(i), teaser: hostile(i + 1), badges: [hostile(i + 2), hostile(i + 3)] });
  const hostileBody = body(
    h('h2', HOSTILE.script),
    p(text(HOSTILE.attribute), link(HOSTILE.url, 'click'), text(HOSTILE.rtl)),
    quote(HOSTILE.closeScript),
    photo(HOSTILE.attribute, HOSTILE.script),
    list('bullet', li(text(HOSTILE.entity))),
  );
  return {
    ...page,
    nav: { ...page.nav, sections: page.nav.sections.map((s, i) => ({ ...s, name: hostile(i) })) },
    section: { id: 'news', name: hostile(4) },
    tags: [...H],
    authors: [...H],
    title: HOSTILE_TEXT,
    summary: hostile(1),
    bodyHtml: bodyToHtml(hostileBody, { lang: 'ru', images: bodyImages(HOSTILE.closeScript) }),
    source: hostile(2),
    lead: page.lead && { ...page.lead, caption: hostile(3), credit: hostile(4), alt: hostile(5) },
    alternates: page.alternates.map((a) => ({ ...a, title: hostile(0) })),
    related: page.related.map(hostileCard),
    popular: page.popular.map((c, i) => hostileCard(c, i + 2)),
  };
}

/** A section front with hostile section and card texts. */
export function hostileFront(): FrontModel {
  const front = sectionFrontEn();
  const hostileCard = (c: CardModel, i: number): CardModel => ({ ...c, title: hostile(i), teaser: hostile(i + 1), badges: [hostile(i + 2)] });
  return {
    ...front,
    section: { id: 'news', name: HOSTILE_TEXT },
    nav: { ...front.nav, sections: front.nav.sections.map((s, i) => ({ ...s, name: hostile(i) })) },
    editorsChoice: front.editorsChoice.map(hostileCard),
    curated: front.curated.map((c, i) => hostileCard(c, i + 1)),
    latest: front.latest.map((c, i) => hostileCard(c, i + 2)),
  };
}

/** The Russian feed with hostile titles, summaries, authors and tags. */
export function hostileFeed(): FeedModel {
  const feed = feedRu();
  const page = hostilePage();
  return {
    ...feed,
    entries: feed.entries.map((e, i) => ({
      ...e,
      title: i === 0 ? HOSTILE_TEXT : hostile(i),
      summary: hostile(i + 1),
      contentHtml: page.bodyHtml,
      authors: [...H],
      tags: [...H],
    })),
  };
}
