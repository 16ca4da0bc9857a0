import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Article } from '../../../shared/contract';
import type { CallError } from '../../api';
import { useApp } from '../../app/context';
import { navigate } from '../../app/router';
import { StateMessage } from '../../ui/StateMessage';
import type { Autosave } from './autosave';
import { displayTitle, relativeTime, sectionName } from './format';
import { SaveStatus } from './SaveStatus';
import { TranslationPane } from './TranslationPane';
import { createTranslationAutosave, previousEditsLanded, useAutosaveStatus, useSaveTriggers, type DraftPatch } from './useTranslationAutosave';

type Load = { state: 'loading' } | { state: 'failed'; error: CallError } | { state: 'ready'; article: Article; autosave: Autosave<DraftPatch> };

export function EditorPage({ articleId }: { articleId: string }) {
  const { client, workspace } = useApp();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void previousEditsLanded(articleId)
      .then(() => client.call('getArticle', { articleId }))
      .then((result) => {
        if (!current) return;
        if (!result.ok) {
          setLoad({ state: 'failed', error: result.error });
          return;
        }
        setLoad({ state: 'ready', article: result.value, autosave: createTranslationAutosave(client, result.value, workspace.languages) });
      });
    return () => {
      current = false;
    };
  }, [client, articleId, workspace.languages, attempt]);

  if (load.state === 'loading') return <StateMessage tone="loading" title="Opening the article…" headingLevel={1} />;
  if (load.state === 'failed') {
    if (load.error.code === 'not_found') {
      return (
        <StateMessage tone="empty" headingLevel={1} title="This article does not exist" actions={<a href="#/">Go to the article list</a>}>
          <p>It may have been deleted for good, or the link is mistyped.</p>
        </StateMessage>
      );
    }
    return (
      <StateMessage
        tone="error"
        headingLevel={1}
        title={load.error.code === 'network' ? 'Tandem is not answering' : 'The article could not be opened'}
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setLoad({ state: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            Retry
          </button>
        }
      >
        <p>{load.error.message}</p>
      </StateMessage>
    );
  }
  return <ArticleEditor initial={load.article} autosave={load.autosave} />;
}

function ArticleEditor({ initial, autosave }: { initial: Article; autosave: Autosave<DraftPatch> }) {
  const { client, workspace, notify, refreshWorkspace } = useApp();
  const [article, setArticle] = useState(initial);
  const [titles, setTitles] = useState<Record<string, string>>(() => Object.fromEntries(initial.translations.map((t) => [t.lang, t.title])));
  const [paneVersions, setPaneVersions] = useState<Record<string, number>>({});
  const [reloading, setReloading] = useState(false);
  const [trashing, setTrashing] = useState(false);
  const sectionId = useId();
  const status = useAutosaveStatus(autosave);
  const readOnly = workspace.readOnly;
  useSaveTriggers(autosave);

  const languages = useMemo(() => {
    const all = [...workspace.languages];
    for (const t of article.translations) if (!all.includes(t.lang)) all.push(t.lang);
    return all;
  }, [workspace.languages, article.translations]);

  const title = displayTitle({
    originalLang: article.originalLang,
    translations: languages.map((lang) => ({ lang, title: titles[lang] ?? '' })),
  });

  const onTitleChange = useCallback((lang: string, value: string) => setTitles((all) => ({ ...all, [lang]: value })), []);

  /** After a conflict: show the store's version of one language again. */
  const reloadLanguage = async (lang: string) => {
    setReloading(true);
    const result = await client.call('getArticle', { articleId: article.id });
    setReloading(false);
    if (!result.ok) {
      notify({ message: `The ${lang.toUpperCase()} text was not reloaded. ${result.error.message}` });
      return;
    }
    const fresh = result.value.translations.find((t) => t.lang === lang);
    autosave.reset(lang, fresh?.revision ?? 0);
    setArticle(result.value);
    setTitles((all) => ({ ...all, [lang]: fresh?.title ?? '' }));
    setPaneVersions((all) => ({ ...all, [lang]: (all[lang] ?? 0) + 1 }));
  };

  const changeSection = async (section: string) => {
    const previous = article;
    setArticle({ ...article, section });
    let result = await client.call('updateArticle', { articleId: article.id, expectedRevision: article.revision, patch: { section } });
    if (!result.ok && result.error.code === 'conflict') {
      // The article's revision moved (a save elsewhere); apply the choice again only if
      // nobody else changed the section meanwhile.
      const fresh = await client.call('getArticle', { articleId: article.id });
      if (fresh.ok && fresh.value.section === previous.section) {
        result = await client.call('updateArticle', { articleId: article.id, expectedRevision: fresh.value.revision, patch: { section } });
      }
    }
    if (result.ok) setArticle((a) => ({ ...a, section: result.value.section, revision: result.value.revision }));
    else {
      setArticle(previous);
      notify({ message: `The section was not changed. ${result.error.message}` });
    }
  };

  const restore = async () => {
    const result = await client.call('restoreArticle', { articleId: article.id });
    if (!result.ok) {
      notify({ message: `The article was not restored. ${result.error.message}` });
      return false;
    }
    void refreshWorkspace();
    return true;
  };

  const moveToTrash = async () => {
    setTrashing(true);
    autosave.flush();
    await Promise.race([autosave.settled(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    const result = await client.call('deleteArticle', { articleId: article.id });
    setTrashing(false);
    if (!result.ok) {
      notify({ message: `The article was not moved to the trash. ${result.error.message}` });
      return;
    }
    void refreshWorkspace();
    const id = article.id;
    notify({
      message: `“${title}” was moved to the trash.`,
      action: {
        label: 'Undo',
        run: () =>
          void client.call('restoreArticle', { articleId: id }).then((restored) => {
            if (restored.ok) {
              void refreshWorkspace();
              notify({ message: `“${title}” is back.` });
              navigate({ page: 'article', id });
            } else notify({ message: `The article was not restored. ${restored.error.message}` });
          }),
      },
    });
    navigate({ page: 'articles' });
  };

  return (
    <div className="editor-page">
      <div className="editor-bar">
        <h1 className="editor-heading" title={title}>
          {title}
        </h1>
        <div className="editor-controls">
          <label className="inline-label" htmlFor={sectionId}>
            Section
          </label>
          <select
            id={sectionId}
            className="input input-compact"
            value={article.section}
            disabled={readOnly}
            onChange={(e) => void changeSection(e.target.value)}
          >
            {workspace.sections.some((s) => s.id === article.section) ? null : (
              <option value={article.section}>{sectionName(workspace.sections, article.section)}</option>
            )}
            {workspace.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {sectionName(workspace.sections, s.id)}
              </option>
            ))}
          </select>
          <SaveStatus status={status} reloading={reloading} onRetry={() => autosave.retryNow()} onReload={(lang) => void reloadLanguage(lang)} />
          {readOnly || article.deletedAt ? null : (
            <button type="button" className="button button-quiet" onClick={() => void moveToTrash()} disabled={trashing}>
              Move to trash
            </button>
          )}
        </div>
      </div>

      {article.deletedAt ? (
        <div className="trash-banner" role="region" aria-label="In the trash">
          <span>
            This article is in the trash (moved {relativeTime(article.deletedAt)}). It is not exported until you restore it.
          </span>
          {readOnly ? null : (
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                void restore().then((ok) => {
                  if (ok) setArticle((a) => ({ ...a, deletedAt: null }));
                })
              }
            >
              Restore
            </button>
          )}
        </div>
      ) : null}

      <div className="panes">
        {languages.map((lang) => (
          <TranslationPane
            key={`${lang}:${paneVersions[lang] ?? 0}`}
            lang={lang}
            translation={article.translations.find((t) => t.lang === lang) ?? null}
            autosave={autosave}
            readOnly={readOnly}
            isOriginal={lang === article.originalLang}
            onTitleChange={onTitleChange}
          />
        ))}
      </div>
    </div>
  );
}
