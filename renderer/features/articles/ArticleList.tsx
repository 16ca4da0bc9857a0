import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, Section } from '../../../shared/contract';
import type { Lang } from '../../../shared/domain/languages';
import { hrefFor } from '../../app/router';
import { absoluteTime, displayTitle, langName, photoTextLabel, relativeTime, sectionName, statusLabel, translationStateLabel, untitled } from './format';

/** One article in the list: its title in every language, each language's status, what is missing. */
function ArticleEntry({ article, languages, sections }: { article: ArticleSummary; languages: readonly Lang[]; sections: readonly Section[] }) {
  const { t } = useTranslation();
  const detailsId = useId();
  const title = displayTitle(article);
  const rows = languages.map((lang) => ({ lang, translation: article.translations.find((t) => t.lang === lang) ?? null }));
  // Languages beyond the workspace's (an imported article) still show.
  for (const t of article.translations) if (!languages.includes(t.lang)) rows.push({ lang: t.lang, translation: t });

  return (
    <li className="article-entry" aria-label={title}>
      <a className="article-link" href={hrefFor({ page: 'article', id: article.id })} aria-label={title} aria-describedby={detailsId}>
        <div className="article-titles" id={detailsId}>
          {rows.map(({ lang, translation }) =>
            translation ? (
              <div className="title-row" key={lang}>
                <span className="lang-tag" title={langName(lang)}>
                  {lang.toUpperCase()}
                </span>
                <span className={translation.title.trim() ? 'title-text' : 'title-text untitled'} lang={lang}>
                  {translation.title.trim() || untitled()}
                </span>
                <span className={`status-chip status-${translation.status}`}>{statusLabel(translation.status)}</span>
                {translation.state === 'original' ? null : (
                  <span className={`state-chip state-${translation.state}`}>{translationStateLabel(translation)}</span>
                )}
                {translation.photoTextMissing > 0 ? <span className="state-chip photo-text-chip">{photoTextLabel(translation.photoTextMissing)}</span> : null}
              </div>
            ) : (
              <div className="title-row missing" key={lang}>
                <span className="lang-tag lang-missing" title={langName(lang)}>
                  {lang.toUpperCase()}
                </span>
                <span className="title-text">{t('articles.noTranslation', { language: langName(lang) })}</span>
              </div>
            ),
          )}
          <div className="article-meta">
            <span>{sectionName(sections, article.section)}</span>{' '}
            {article.deletedAt ? (
              <span className="meta-item">
                {t('articles.movedToTrash')} <time dateTime={article.deletedAt}>{relativeTime(article.deletedAt)}</time>
              </span>
            ) : (
              <span className="meta-item">
                {t('articles.updated')}{' '}
                <time dateTime={article.updatedAt} title={absoluteTime(article.updatedAt)}>
                  {relativeTime(article.updatedAt)}
                </time>
              </span>
            )}
          </div>
        </div>
      </a>
    </li>
  );
}

export function ArticleList(props: {
  label: string;
  articles: readonly ArticleSummary[];
  languages: readonly Lang[];
  sections: readonly Section[];
}) {
  return (
    <ul className="article-list" aria-label={props.label}>
      {props.articles.map((article) => (
        <ArticleEntry key={article.id} article={article} languages={props.languages} sections={props.sections} />
      ))}
    </ul>
  );
}
