/** The render layer of the export bundle: models in, file contents out. */
export { labelsFor, languageName } from './labels';
export { renderArticlePage, LEAD_SIZES } from './page';
export { renderFront } from './front';
export { articleJsonLd } from './jsonld';
export { renderAtom, renderJsonFeed } from './feeds';
export { renderSitemap, sitemapBytes, sitemapUrls } from './sitemap';
export { SITE_CSS } from './stylesheet';
export { PAGE_CSP } from './csp';
