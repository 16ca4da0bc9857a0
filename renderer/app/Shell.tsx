import { useTranslation } from 'react-i18next';
import { ArticlesPage } from '../features/articles/ArticlesPage';
import { EditorPage } from '../features/articles/EditorPage';
import { ExportPage } from '../features/export/ExportPage';
import { ListEditorPage } from '../features/lists/ListEditorPage';
import { ListsPage } from '../features/lists/ListsPage';
import { MediaPage } from '../features/media/MediaPage';
import { GuidanceButton } from '../features/settings/GuidanceDialog';
import { WorkspaceButton } from '../features/workspaces/WorkspaceDialog';
import { LanguageSelect } from '../features/settings/LanguageSelect';
import { StateMessage } from '../ui/StateMessage';
import { useApp } from './context';
import { hrefFor, useRoute } from './router';
import { said } from '../i18n';

/** The last part of a folder path, which is what tells workspaces apart. */
function folderName(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

/** The window's frame: the product's areas on the left, the current page beside them. */
export function Shell() {
  const { t } = useTranslation();
  const { workspace } = useApp();
  const route = useRoute();
  const inArticles = route.page === 'articles' || route.page === 'article';
  const inLists = route.page === 'lists' || route.page === 'list';

  return (
    <div className="shell">
      <header className="sidebar">
        <div className="brand" aria-hidden="true">
          <span className="brand-mark">T</span>
          <span className="brand-name">Tandem</span>
        </div>
        <nav aria-label={t('shell.mainNav')} className="main-nav">
          <ul>
            <li>
              <a href="#/" aria-current={inArticles ? 'page' : undefined}>
                {t('shell.articles')}
              </a>
            </li>
            <li>
              <a href={hrefFor({ page: 'lists' })} aria-current={inLists ? 'page' : undefined}>
                {t('shell.lists')}
              </a>
            </li>
            <li>
              <a href={hrefFor({ page: 'media' })} aria-current={route.page === 'media' ? 'page' : undefined}>
                {t('shell.media')}
              </a>
            </li>
            <li>
              <a href={hrefFor({ page: 'export' })} aria-current={route.page === 'export' ? 'page' : undefined}>
                {t('shell.export')}
              </a>
            </li>
          </ul>
        </nav>
        <GuidanceButton />
        <WorkspaceButton />
        <p className="workspace-path" title={workspace.path}>
          <span className="workspace-label">{t('shell.workspace')}</span>
          <span className="workspace-name">{folderName(workspace.path)}</span>
        </p>
        <LanguageSelect />
      </header>
      <div className="content">
        {workspace.readOnly ? (
          <div className="read-only-banner" role="region" aria-label={t('shell.readOnlyRegion')}>
            <strong>{t('shell.readOnly')}</strong> {workspace.problem === null ? t('shell.readOnlyDefault') : said({ message: workspace.problem, phrase: workspace.problemPhrase ?? undefined })}
          </div>
        ) : null}
        <main className="page">
          {route.page === 'articles' ? <ArticlesPage /> : null}
          {route.page === 'article' ? <EditorPage key={route.id} articleId={route.id} /> : null}
          {route.page === 'lists' ? <ListsPage /> : null}
          {route.page === 'list' ? <ListEditorPage key={route.id} listId={route.id} /> : null}
          {route.page === 'media' ? <MediaPage /> : null}
          {route.page === 'export' ? <ExportPage /> : null}
          {route.page === 'not-found' ? (
            <StateMessage tone="empty" title={t('shell.notFoundTitle')} headingLevel={1} actions={<a href="#/">{t('shell.notFoundBack')}</a>}>
              <p>{t('shell.notFoundText', { path: route.path })}</p>
            </StateMessage>
          ) : null}
        </main>
      </div>
    </div>
  );
}
