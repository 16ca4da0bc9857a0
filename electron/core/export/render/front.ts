import type { FrontModel } from '../model';
import { frontTemplate } from './templates';
import { cardGroup, groups, headerView, headView } from './views';

/**
 * A language's front page (`section` null) or a section's front: Editor's choice first, then
 * the section's own list (section fronts), then the latest articles; a group with no cards
 * is left out, and a front with none says that nothing is published yet. A complete HTML
 * document ending in a newline; the same model always gives the same bytes.
 */
export function renderFront(m: FrontModel): string {
  const heading = m.section === null ? m.labels.siteName : m.section.name;
  return frontTemplate({
    lang: m.lang,
    head: headView({
      site: m.site,
      lang: m.lang,
      labels: m.labels,
      root: m.root,
      url: m.url,
      alternates: m.alternates,
      title: m.section === null ? m.labels.siteName : `${m.section.name} — ${m.labels.siteName}`,
      description: null,
      jsonLd: null,
    }),
    header: headerView(m.nav, m.labels, m.alternates, m.section === null),
    heading,
    groups: groups(
      cardGroup('editors-choice', m.labels.editorsChoice, m.editorsChoice),
      m.section === null ? null : cardGroup('curated', m.section.name, m.curated),
      cardGroup('latest', m.labels.latest, m.latest),
    ),
    empty: m.labels.nothingYet,
  });
}
