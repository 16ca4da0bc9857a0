import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import { ArticleEditor } from './ArticleEditor';
import type { Autosave } from './autosave';
import { createTranslationAutosave, previousEditsLanded, type DraftPatch } from './useTranslationAutosave';
import { useTranslation } from 'react-i18next';

type Load = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; article: Article; autosave: Autosave<DraftPatch> };

export function EditorPage({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const { client, workspace } = useApp();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // By value: the workspace is asked again after many actions (a new article, a restore),
  // and a fresh answer with the same languages must not reopen the article mid-typing.
  const languagesKey = workspace.languages.join(',');
  useEffect(() => {
    let current = true;
    const languages = languagesKey.split(',');
    void previousEditsLanded(articleId)
      .then(() => client.call('getArticle', { articleId }))
      .then((result) => {
        if (!current) return;
        if (!result.ok) {
          setLoad({ state: 'failed', error: result.error });
          return;
        }
        setLoad({ state: 'ready', article: result.value, autosave: createTranslationAutosave(client, result.value, languages) });
      });
    return () => {
      current = false;
    };
  }, [client, articleId, languagesKey, attempt]);

  if (load.state === 'loading') return <StateMessage tone="loading" title={t('editor.opening')} headingLevel={1} />;
  if (load.state === 'failed') {
    if (load.error.code === 'not_found') {
      return (
        <StateMessage tone="empty" headingLevel={1} title={t('editor.notFoundTitle')} actions={<a href="#/">{t('shell.notFoundBack')}</a>}>
          <p>{t('editor.notFoundText')}</p>
        </StateMessage>
      );
    }
    return (
      <FailedState
        headingLevel={1}
        primary
        title={t('editor.openFailed')}
        error={load.error}
        onRetry={() => {
          setLoad({ state: 'loading' });
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  return <ArticleEditor initial={load.article} autosave={load.autosave} />;
}
