import type { ArticlePageModel } from '../model';
import { address, srcset } from './addresses';
import { formatDateTime } from './dates';
import { articleJsonLd } from './jsonld';
import { articleTemplate, type LeadView } from './templates';
import { cardGroup, groups, headerView, headView } from './views';

/** The lead photo's `sizes`: the main column is 40rem wide from 60rem up, the whole width below. */
export const LEAD_SIZES = '(min-width: 60rem) 40rem, 100vw';

/** A size attribute's value: a positive whole number of pixels, or null to leave it out. */
function size(value: number): number | null {
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

function leadView(m: ArticlePageModel): LeadView | null {
  const lead = m.lead;
  if (lead === null) return null;
  const set = srcset(lead.srcset);
  return {
    src: address(lead.src),
    srcset: set,
    sizes: set === '' ? '' : LEAD_SIZES,
    alt: lead.alt.trim(),
    width: size(lead.width),
    height: size(lead.height),
    label: m.labels.photo,
    caption: lead.caption.trim(),
    credit: lead.credit.trim(),
  };
}

/**
 * An article's page in one language: a complete HTML document (head with policy, hreflang
 * links, feeds and JSON-LD; site header; the article; Related and Popular beside it),
 * ending in a newline. The same model always gives the same bytes.
 */
export function renderArticlePage(m: ArticlePageModel): string {
  const source = m.source.trim();
  return articleTemplate({
    lang: m.lang,
    head: headView({
      site: m.site,
      lang: m.lang,
      labels: m.labels,
      root: m.root,
      url: m.url,
      alternates: m.alternates,
      title: `${m.title} — ${m.labels.siteName}`,
      description: m.summary,
      jsonLd: articleJsonLd(m),
    }),
    header: headerView(m.nav, m.labels, m.alternates, false),
    title: m.title,
    summary: m.summary.trim() === '' ? '' : m.summary,
    lead: leadView(m),
    bodyHtml: m.bodyHtml.trim(),
    source: source === '' ? null : { label: m.labels.source, text: source },
    published: m.publishedAt === null ? null : { datetime: m.publishedAt, text: formatDateTime(m.publishedAt, m.lang) },
    aside: groups(cardGroup('related', m.labels.related, m.related), cardGroup('popular', m.labels.popular, m.popular)),
  });
}
