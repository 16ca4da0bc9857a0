import { defineTemplate } from './engine';
import type { CardGroupView, HeaderView, HeadView } from './views';

/*
 * The bundle's page templates (eta). Every value is written with `<%= %>`, HTML-escaped.
 * The only raw outputs (`<%~ %>`) are:
 *   1. `bodyHtml`, made by shared/editor/html.ts, which escapes every text and checks every
 *      link itself;
 *   2. `jsonLd`, made script-safe by scriptJson.ts (no `<`, `>` or `&` in it);
 *   3. the partials below (`@head`, `@header`, `@cards`, `@card`), rendered by these same
 *      templates.
 * Pages carry no script (the JSON-LD block is data), no inline style and no event handler.
 *
 * Whitespace: a newline right after a tag's `%>` is dropped (eta's autoTrim), so control
 * lines leave no blank lines behind; the blank line after `bodyHtml` is what puts
 * `</div>` on a line of its own.
 */

/** An article page as the template prints it. */
export interface ArticleView {
  lang: string;
  head: HeadView;
  header: HeaderView;
  title: string;
  summary: string;
  lead: LeadView | null;
  bodyHtml: string;
  source: { label: string; text: string } | null;
  published: { datetime: string; text: string } | null;
  /** Related, then Popular: the groups that have cards. */
  aside: CardGroupView[];
}

/** The lead photo and its caption line. */
export interface LeadView {
  src: string;
  /** Empty: no `srcset`/`sizes`. */
  srcset: string;
  sizes: string;
  alt: string;
  /** Null: left out (not a positive whole number). */
  width: number | null;
  height: number | null;
  /** `фото:`; the line is left out when caption and credit are both empty. */
  label: string;
  caption: string;
  credit: string;
}

/** A front page as the template prints it. */
export interface FrontView {
  lang: string;
  head: HeadView;
  header: HeaderView;
  heading: string;
  groups: CardGroupView[];
  /** The paragraph shown when there are no groups. */
  empty: string;
}

defineTemplate<{ head: HeadView }>(
  '@head',
  `<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="<%= it.head.csp %>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><%= it.head.title %></title>
<% if (it.head.description !== null) { %>
<meta name="description" content="<%= it.head.description %>">
<% } %>
<link rel="canonical" href="<%= it.head.canonical %>">
<% for (const link of it.head.hreflang) { %>
<link rel="alternate" hreflang="<%= link.lang %>" href="<%= link.url %>">
<% } %>
<link rel="stylesheet" href="<%= it.head.stylesheet %>">
<link rel="alternate" type="application/atom+xml" title="<%= it.head.feedTitle %>" href="<%= it.head.atom %>">
<link rel="alternate" type="application/feed+json" title="<%= it.head.feedTitle %>" href="<%= it.head.jsonFeed %>">
<meta name="generator" content="<%= it.head.generator %>">
<% if (it.head.jsonLd !== null) { %>
<script type="application/ld+json"><%~ it.head.jsonLd %></script>
<% } %>
`,
);

defineTemplate<{ header: HeaderView }>(
  '@header',
  `<header class="site">
<a class="brand" href="<%= it.header.home %>"<% if (it.header.homeCurrent) { %> aria-current="page"<% } %>><%= it.header.siteName %></a>
<% if (it.header.sections.length > 0) { %>
<nav class="sections" aria-label="<%= it.header.sectionsLabel %>">
<ul>
<% for (const section of it.header.sections) { %>
<li><a href="<%= section.href %>"<% if (section.current) { %> aria-current="page"<% } %>><%= section.name %></a></li>
<% } %>
</ul>
</nav>
<% } %>
<% if (it.header.languages.length > 0) { %>
<nav class="languages" aria-label="<%= it.header.languagesLabel %>">
<ul>
<% for (const language of it.header.languages) { %>
<li><a href="<%= language.href %>" hreflang="<%= language.lang %>" lang="<%= language.lang %>"><%= language.name %></a></li>
<% } %>
</ul>
</nav>
<% } %>
</header>
`,
);

defineTemplate<{ card: CardGroupView['cards'][number] }>(
  '@card',
  `<li class="card"<% if (it.card.lang !== null) { %> lang="<%= it.card.lang %>"<% } %>>
<% if (it.card.tag !== null) { %>
<span class="lang-tag"><%= it.card.tag %></span>
<% } %>
<% if (it.card.badges.length > 0) { %>
<ul class="badges">
<% for (const badge of it.card.badges) { %>
<li><%= badge %></li>
<% } %>
</ul>
<% } %>
<% if (it.card.thumbnail !== null) { %>
<a class="thumb" href="<%= it.card.href %>"><img src="<%= it.card.thumbnail.src %>" alt="<%= it.card.title %>" width="<%= it.card.thumbnail.width %>" height="<%= it.card.thumbnail.height %>" loading="lazy" decoding="async"></a>
<% } %>
<h3><a href="<%= it.card.href %>"><%= it.card.title %></a></h3>
<% if (it.card.teaser !== '') { %>
<p class="teaser"><%= it.card.teaser %></p>
<% } %>
</li>
`,
);

defineTemplate<{ group: CardGroupView }>(
  '@cards',
  `<section class="cards" aria-labelledby="<%= it.group.id %>">
<h2 id="<%= it.group.id %>"><%= it.group.heading %></h2>
<ul>
<% for (const card of it.group.cards) { %>
<%~ include('@card', { card }) %>
<% } %>
</ul>
</section>
`,
);

export const articleTemplate = defineTemplate<ArticleView>(
  '@article',
  `<!DOCTYPE html>
<html lang="<%= it.lang %>">
<head>
<%~ include('@head', { head: it.head }) %>
</head>
<body class="article-page">
<%~ include('@header', { header: it.header }) %>
<main>
<article>
<h1><%= it.title %></h1>
<% if (it.summary !== '') { %>
<p class="summary"><%= it.summary %></p>
<% } %>
<% if (it.lead !== null) { %>
<figure class="lead"><img src="<%= it.lead.src %>"<% if (it.lead.srcset !== '') { %> srcset="<%= it.lead.srcset %>" sizes="<%= it.lead.sizes %>"<% } %> alt="<%= it.lead.alt %>"<% if (it.lead.width !== null) { %> width="<%= it.lead.width %>"<% } %><% if (it.lead.height !== null) { %> height="<%= it.lead.height %>"<% } %>></figure>
<% if (it.lead.caption !== '' || it.lead.credit !== '') { %>
<p class="photo"><%= it.lead.label %><% if (it.lead.caption !== '') { %> <bdi><%= it.lead.caption %></bdi><% } %><% if (it.lead.credit !== '') { %> <span class="credit"><%= it.lead.credit %></span><% } %></p>
<% } %>
<% } %>
<% if (it.bodyHtml !== '') { %>
<div class="body">
<%~ it.bodyHtml %>

</div>
<% } %>
<% if (it.source !== null) { %>
<p class="source"><%= it.source.label %> <%= it.source.text %></p>
<% } %>
<% if (it.published !== null) { %>
<p class="published"><time datetime="<%= it.published.datetime %>"><%= it.published.text %></time></p>
<% } %>
</article>
</main>
<% if (it.aside.length > 0) { %>
<aside class="sidebar">
<% for (const group of it.aside) { %>
<%~ include('@cards', { group }) %>
<% } %>
</aside>
<% } %>
</body>
</html>
`,
);

export const frontTemplate = defineTemplate<FrontView>(
  '@front',
  `<!DOCTYPE html>
<html lang="<%= it.lang %>">
<head>
<%~ include('@head', { head: it.head }) %>
</head>
<body class="front-page">
<%~ include('@header', { header: it.header }) %>
<main>
<h1><%= it.heading %></h1>
<% if (it.groups.length === 0) { %>
<p class="empty"><%= it.empty %></p>
<% } %>
<% for (const group of it.groups) { %>
<%~ include('@cards', { group }) %>
<% } %>
</main>
</body>
</html>
`,
);
