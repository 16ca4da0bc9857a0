import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Article, Media, Translation } from '../../../shared/contract';
import { bodyToPlainText } from '../../../shared/editor/text';
import { useApp } from '../../app/context';
import { navigate } from '../../app/router';
import { RelatedPanel } from '../lists/RelatedPanel';
import { LeadPhoto } from '../media/LeadPhoto';
import { AlignedPanes } from './aligned/AlignedPanes';
import type { Autosave } from './autosave';
import { displayTitle, langName, relativeTime, sectionName } from './format';
import { HistoryPanel } from './history/HistoryPanel';
import { SaveStatus } from './SaveStatus';
import { useAutosaveStatus, useSaveTriggers, type DraftPatch } from './useTranslationAutosave';
import { useTranslation } from 'react-i18next';

const SWAP_KEY = 'tandem.swapSides';

function readSwapped(): boolean {
  try {
    return localStorage.getItem(SWAP_KEY) === 'true';
  } catch {
    return false;
  }
}

/** What each language holds right now, for the History panel's diff against the editor. */
interface Draft {
  title: string;
  summary: string;
  bodyText: () => string;
}

export function ArticleEditor({ initial, autosave }: { initial: Article; autosave: Autosave<DraftPatch> }) {
  const { t } = useTranslation();
  const { client, workspace, notify, refreshWorkspace } = useApp();
  const [article, setArticle] = useState(initial);
  const [titles, setTitles] = useState<Record<string, string>>(() => Object.fromEntries(initial.translations.map((t) => [t.lang, t.title])));
  const [paneVersions, setPaneVersions] = useState<Record<string, number>>({});
  const [reloading, setReloading] = useState(false);
  const [trashing, setTrashing] = useState(false);
  const [swapped, setSwapped] = useState(readSwapped);
  const [historyLang, setHistoryLang] = useState<string | null>(null);
  const sectionId = useId();
  const originalId = useId();
  const compareId = useId();
  const status = useAutosaveStatus(autosave);
  const readOnly = workspace.readOnly;
  const guidance = workspace.guidance;

  // The newest article, for answers that arrive later (an Undo of a removed lead photo).
  const articleRef = useRef(article);
  articleRef.current = article;

  const drafts = useRef(new Map<string, Draft>());
  const draftOf = (lang: string): Draft => {
    const existing = drafts.current.get(lang);
    if (existing) return existing;
    const t = article.translations.find((x) => x.lang === lang);
    const draft: Draft = { title: t?.title ?? '', summary: t?.summary ?? '', bodyText: () => (t ? bodyToPlainText(t.body) : '') };
    drafts.current.set(lang, draft);
    return draft;
  };

  const onDraft = useCallback(
    (lang: string, patch: DraftPatch) => {
      const draft = draftOf(lang);
      if (patch.title !== undefined) draft.title = patch.title;
      if (patch.summary !== undefined) draft.summary = patch.summary;
      if (patch.body !== undefined) {
        const body = patch.body;
        draft.bodyText = () => body.text();
      }
    },
    // draftOf reads the article only for a language's first draft.
    [],
  );

  const languages = useMemo(() => {
    const all = [...workspace.languages];
    for (const t of article.translations) if (!all.includes(t.lang)) all.push(t.lang);
    return all;
  }, [workspace.languages, article.translations]);
  const others = languages.filter((l) => l !== article.originalLang);
  const [compareLang, setCompareLang] = useState<string>(() => others[0] ?? article.originalLang);
  const shownTranslation = others.includes(compareLang) ? compareLang : (others[0] ?? null);

  const title = displayTitle({
    originalLang: article.originalLang,
    translations: languages.map((lang) => ({ lang, title: titles[lang] ?? '' })),
  });

  const toggleHistory = useCallback((lang: string) => setHistoryLang((current) => (current === lang ? null : lang)), []);
  const onTitleChange = useCallback((lang: string, value: string) => setTitles((all) => ({ ...all, [lang]: value })), []);

  const showTranslation = (translation: Translation) => {
    autosave.reset(translation.lang, translation.revision);
    drafts.current.delete(translation.lang);
    setArticle((a) => ({
      ...a,
      translations: a.translations.some((t) => t.lang === translation.lang)
        ? a.translations.map((t) => (t.lang === translation.lang ? translation : t))
        : [...a.translations, translation],
    }));
    setTitles((all) => ({ ...all, [translation.lang]: translation.title }));
    setPaneVersions((all) => ({ ...all, [translation.lang]: (all[translation.lang] ?? 0) + 1 }));
  };

  /** After a conflict: show the store's version of one language again. */
  const reloadLanguage = async (lang: string) => {
    setReloading(true);
    const result = await client.call('getArticle', { articleId: article.id });
    setReloading(false);
    if (!result.ok) {
      notify({ message: t('editor.notReloaded', { lang: lang.toUpperCase(), message: result.error.message }) });
      return;
    }
    const fresh = result.value.translations.find((t) => t.lang === lang);
    if (fresh) showTranslation(fresh);
    else {
      autosave.reset(lang, 0);
      setPaneVersions((all) => ({ ...all, [lang]: (all[lang] ?? 0) + 1 }));
    }
  };

  /** Ctrl/Cmd+S: once everything pending has landed, keep a version of each language. */
  const keepVersion = useCallback(() => {
    void (async () => {
      await autosave.settled();
      if (autosave.status().state === 'problem') return;
      let kept = 0;
      for (const lang of languages) {
        if (autosave.revision(lang) === 0) continue;
        const result = await client.call('saveRevision', { articleId: article.id, lang });
        if (!result.ok) {
          notify({ message: t('editor.noVersionKept', { message: result.error.message }) });
          return;
        }
        if (result.value.created) kept++;
      }
      notify({ message: kept > 0 ? t('editor.savedVersion') : t('editor.savedNoChange') });
    })();
  }, [autosave, client, article.id, languages, notify]);
  useSaveTriggers(autosave, readOnly ? undefined : keepVersion);

  const changeArticle = async (patch: { section?: string; originalLang?: string }, what: 'section' | 'original') => {
    const previous = article;
    setArticle({ ...article, ...patch });
    let result = await client.call('updateArticle', { articleId: article.id, expectedRevision: article.revision, patch });
    if (!result.ok && result.error.code === 'conflict') {
      // The article's revision moved (a save elsewhere); apply the choice again only if
      // nobody else changed the same field meanwhile.
      const fresh = await client.call('getArticle', { articleId: article.id });
      const unchanged = fresh.ok && Object.keys(patch).every((k) => fresh.value[k as keyof typeof patch] === previous[k as keyof typeof patch]);
      if (fresh.ok && unchanged) {
        result = await client.call('updateArticle', { articleId: article.id, expectedRevision: fresh.value.revision, patch });
      }
    }
    if (result.ok) {
      const value = result.value;
      setArticle((a) => ({ ...a, section: value.section, originalLang: value.originalLang, revision: value.revision }));
    } else {
      setArticle(previous);
      notify({ message: what === 'section' ? t('editor.sectionNotChanged', { message: result.error.message }) : t('editor.originalNotChanged', { message: result.error.message }) });
    }
  };

  /** Sets or removes the lead photo against the article's newest revision; answers whether it saved. */
  const changeLead = async (media: Media | null): Promise<boolean> => {
    const leadMediaId = media?.id ?? null;
    const current = articleRef.current;
    let result = await client.call('updateArticle', { articleId: current.id, expectedRevision: current.revision, patch: { leadMediaId } });
    if (!result.ok && result.error.code === 'conflict') {
      // The revision moved on (a section change, a save elsewhere): apply the choice to the newest.
      const fresh = await client.call('getArticle', { articleId: current.id });
      if (fresh.ok) {
        result = await client.call('updateArticle', { articleId: current.id, expectedRevision: fresh.value.revision, patch: { leadMediaId } });
      }
    }
    if (!result.ok) return false;
    const value = result.value;
    setArticle((a) => ({ ...a, leadPhoto: value.leadPhoto, revision: value.revision }));
    return true;
  };

  const swapSides = () => {
    setSwapped((s) => {
      try {
        localStorage.setItem(SWAP_KEY, String(!s));
      } catch {
        // Preferences are a convenience; the choice still holds for this window.
      }
      return !s;
    });
  };

  const restore = async () => {
    const result = await client.call('restoreArticle', { articleId: article.id });
    if (!result.ok) {
      notify({ message: t('editor.notRestored', { message: result.error.message }) });
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
      notify({ message: t('editor.notTrashed', { message: result.error.message }) });
      return;
    }
    void refreshWorkspace();
    const id = article.id;
    notify({
      message: t('editor.trashed', { title }),
      action: {
        label: t('common.undo'),
        run: () =>
          void client.call('restoreArticle', { articleId: id }).then((restored) => {
            if (restored.ok) {
              void refreshWorkspace();
              notify({ message: t('editor.back', { title }) });
              navigate({ page: 'article', id });
            } else notify({ message: t('editor.notRestored', { message: restored.error.message }) });
          }),
      },
    });
    navigate({ page: 'articles' });
  };

  const withOriginal = languages.filter((l) => article.translations.some((t) => t.lang === l));
  const shownLangs = [article.originalLang, ...(shownTranslation ? [shownTranslation] : [])];
  if (swapped) shownLangs.reverse();

  return (
    <div className={`editor-page${historyLang ? ' with-history' : ''}`}>
      <div className="editor-bar">
        <h1 className="editor-heading" title={title}>
          {title}
        </h1>
        <div className="editor-controls">
          <label className="inline-label" htmlFor={sectionId}>
            {t('editor.section')}
          </label>
          <select
            id={sectionId}
            className="input input-compact"
            value={article.section}
            disabled={readOnly}
            onChange={(e) => void changeArticle({ section: e.target.value }, 'section')}
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
          <label className="inline-label" htmlFor={originalId}>
            {t('editor.original')}
          </label>
          <select
            id={originalId}
            aria-label={t('editor.originalLanguage')}
            className="input input-compact"
            value={article.originalLang}
            disabled={readOnly}
            onChange={(e) => void changeArticle({ originalLang: e.target.value }, 'original')}
          >
            {withOriginal.map((l) => (
              <option key={l} value={l}>
                {langName(l)}
              </option>
            ))}
          </select>
          {others.length > 1 ? (
            <>
              <label className="inline-label" htmlFor={compareId}>
                {t('editor.besideIt')}
              </label>
              <select
                id={compareId}
                aria-label={t('editor.beside')}
                className="input input-compact"
                value={shownTranslation ?? ''}
                onChange={(e) => setCompareLang(e.target.value)}
              >
                {others.map((l) => (
                  <option key={l} value={l}>
                    {langName(l)}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <button type="button" className="button button-small" aria-pressed={swapped} onClick={swapSides} title={t('editor.swapTitle')}>
            {t('editor.swap')}
          </button>
          <SaveStatus status={status} reloading={reloading} onRetry={() => autosave.retryNow()} onReload={(lang) => void reloadLanguage(lang)} />
          {readOnly || article.deletedAt ? null : (
            <button type="button" className="button button-quiet" onClick={() => void moveToTrash()} disabled={trashing}>
              {t('editor.moveToTrash')}
            </button>
          )}
        </div>
      </div>

      {article.deletedAt ? (
        <div className="trash-banner" role="region" aria-label={t('editor.inTrash')}>
          <span>
            {t('editor.inTrashText', { when: relativeTime(article.deletedAt) })}
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
              {t('editor.restore')}
            </button>
          )}
        </div>
      ) : null}

      <LeadPhoto
        key={article.id}
        article={article}
        langs={shownLangs}
        readOnly={readOnly || article.deletedAt !== null}
        onLeadChange={changeLead}
        texts={(lang) => {
          const t = article.translations.find((x) => x.lang === lang);
          return { caption: t?.leadCaption ?? '', altText: t?.leadAlt ?? '' };
        }}
        onTextEdit={(lang, patch) => autosave.edit(lang, patch)}
        onTextBlur={(lang) => autosave.flush(lang)}
      />

      <div className="editor-body">
        <AlignedPanes
          article={article}
          originalLang={article.originalLang}
          translationLang={shownTranslation}
          swapped={swapped}
          paneVersions={paneVersions}
          autosave={autosave}
          readOnly={readOnly}
          guidance={guidance}
          historyLang={historyLang}
          onTitleChange={onTitleChange}
          onDraft={onDraft}
          onOpenHistory={toggleHistory}
        />
        {historyLang ? (
          <HistoryPanel
            key={`${historyLang}:${paneVersions[historyLang] ?? 0}`}
            articleId={article.id}
            lang={historyLang}
            readOnly={readOnly}
            current={() => {
              const draft = draftOf(historyLang);
              return { title: draft.title, summary: draft.summary, bodyText: draft.bodyText() };
            }}
            settle={async () => {
              autosave.flush(historyLang);
              await autosave.settled();
              return autosave.revision(historyLang);
            }}
            onRestored={showTranslation}
            onClose={() => setHistoryLang(null)}
          />
        ) : null}
      </div>

      <RelatedPanel articleId={article.id} languages={shownLangs} readOnly={readOnly || article.deletedAt !== null} />
    </div>
  );
}
