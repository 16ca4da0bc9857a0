/**
 * The bundle's one stylesheet (`assets/site.css`). A readable news layout: the article in a
 * 40rem column with Related and Popular beside it from 60rem up (the lead photo's `sizes`
 * follows the same break), one column below; fronts lay their cards out in a grid. Cards
 * carry thumbnails, badges are small pills, and a card in another language shows its
 * language tag. Text a reader typed sits in its own bidi context where it shares a line
 * with other text (caption and credit). Pages have no inline style: everything is here.
 */
export const SITE_CSS = `:root {
  --text: #1b1b1f;
  --muted: #5b5b66;
  --line: #dcdce2;
  --accent: #0b5cad;
  --pill: #eef1f6;
  --tag: #fff3d6;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto;
  max-width: 76rem;
  padding: 0 1rem 3rem;
  color: var(--text);
  background: #fff;
  font: 1.0625rem/1.6 Georgia, "Times New Roman", serif;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  column-gap: 3rem;
}
header.site, .cards, .badges, .lang-tag, .photo, .source, .published, .summary, h1, h2, h3 {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { color: var(--text); }
img { max-width: 100%; height: auto; }

header.site {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem 1.5rem;
  padding: 1rem 0;
  margin-bottom: 1.5rem;
  border-bottom: 2px solid var(--text);
}
header.site ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; list-style: none; }
header.site nav.languages { margin-left: auto; font-size: 0.9rem; }
.brand { font-size: 1.4rem; font-weight: 700; color: var(--text); text-decoration: none; }
nav a { text-decoration: none; }
nav a[aria-current="page"], .brand[aria-current="page"] { color: var(--text); font-weight: 700; }

h1 { font-size: clamp(1.6rem, 4vw, 2.3rem); line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.1rem; line-height: 1.35; margin: 0.5rem 0 0.25rem; }
.summary { font-size: 1.2rem; line-height: 1.5; color: var(--muted); margin: 0 0 1.25rem; }

figure { margin: 1.5rem 0 0.5rem; }
figure img { display: block; width: 100%; }
figcaption, .photo { font-size: 0.9rem; color: var(--muted); margin: 0.4rem 0 1.5rem; }
.credit { unicode-bidi: isolate; font-style: italic; }
.body blockquote { margin: 1.5rem 0; padding: 0 0 0 1.25rem; border-left: 4px solid var(--line); font-style: italic; }
.body ul, .body ol { padding-left: 1.5rem; }
.source, .published { font-size: 0.9rem; color: var(--muted); margin: 1rem 0 0; }

.cards > ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 1.5rem; }
.card { border-top: 1px solid var(--line); padding-top: 0.75rem; }
.card .thumb { display: block; margin: 0.5rem 0; }
.card .thumb img { display: block; width: 100%; aspect-ratio: 3 / 2; object-fit: cover; border-radius: 4px; }
.card h3 a { color: var(--text); text-decoration: none; }
.card h3 a:hover { text-decoration: underline; }
.teaser {
  margin: 0;
  font-size: 0.95rem;
  color: var(--muted);
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 4;
  line-clamp: 4;
  overflow: hidden;
}
.badges { display: flex; flex-wrap: wrap; gap: 0.35rem; list-style: none; margin: 0; padding: 0; }
.badges li, .lang-tag {
  display: inline-block;
  padding: 0.1rem 0.55rem;
  border-radius: 999px;
  font-size: 0.75rem;
  line-height: 1.5;
  background: var(--pill);
  color: var(--muted);
  unicode-bidi: isolate;
}
.lang-tag { float: right; margin-left: 0.5rem; background: var(--tag); color: var(--text); font-weight: 600; }
.empty { color: var(--muted); }

@media (min-width: 40rem) {
  .front-page .cards > ul { grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
}
@media (min-width: 60rem) {
  body.article-page { grid-template-columns: minmax(0, 40rem) minmax(0, 1fr); }
  body.article-page > header.site { grid-column: 1 / -1; }
  .sidebar h2:first-child { margin-top: 0; }
  .sidebar .cards + .cards { margin-top: 2rem; }
}
@media print {
  header.site nav, .sidebar { display: none; }
}
`;
