import { memo, useCallback, useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translation } from '../../../shared/contract';
import type { Guidance } from '../../../shared/domain/guidance';
import { countWords } from '../../../shared/domain/words';
import { LIMITS } from '../../../shared/domain/limits';
import { STATUSES, type Status } from '../../../shared/domain/status';
import type { TranslationHealth } from '../../../shared/editor/alignment';
import { blocksOf, type BlockInfo } from '../../../shared/editor/blocks';
import { emptyBody } from '../../../shared/editor/text';
import { BodyEditor, type BodyEditorHandle, type BodySnapshot } from '../../editor/BodyEditor';
import { uiLanguage } from '../../i18n';
import { useSettled } from '../../ui/useSettled';
import type { Autosave } from './autosave';
import { DamagedBody } from './DamagedBody';
import { langName, nativeLangName, readingTimeLabel, statusLabel, translationStateLabel, wordCountLabel } from './format';
import { LengthHint } from './LengthHint';
import { useRevision, type DraftPatch } from './useTranslationAutosave';

/** Field hints in the language being written, so the column reads as that language. */
const PLACEHOLDERS: Readonly<Record<string, { title: string; summary: string; body: string; source: string }>> = {
  ru: { title: 'Заголовок', summary: 'Краткое содержание (лид)', body: 'Текст статьи…', source: 'commonspace.eu по материалам агентств' },
  en: { title: 'Headline', summary: 'Summary (the standfirst)', body: 'The story…', source: 'commonspace.eu with agencies' },
};
const SOURCE_LABEL: Readonly<Record<string, string>> = { ru: 'источник:', en: 'source:' };

export interface TranslationPaneProps {
  lang: string;
  /** The translation as loaded; null when this language has none yet. */
  translation: Translation | null;
  autosave: Autosave<DraftPatch>;
  readOnly: boolean;
  isOriginal: boolean;
  onTitleChange(lang: string, title: string): void;
  /** Every edit, as it is made (what the History panel compares against). */
  onDraft(lang: string, patch: DraftPatch): void;
  guidance: Guidance;
  /** The live health of this translation against the original; null for the original. */
  health: TranslationHealth | null;
  editorRef: Ref<BodyEditorHandle>;
  /** For a translation: the original's blocks, to link new translated blocks to. */
  originalBlocks: readonly BlockInfo[] | null;
  /** The body's blocks, once typing pauses. */
  onBlocks(lang: string, blocks: BlockInfo[]): void;
  /** The body's layout changed (for the aligned view). */
  onLayout(): void;
  /** Drawn over the body, positioned from its top (the aligned view's markers). */
  bodyOverlay?: ReactNode;
  onOpenHistory(lang: string): void;
  historyOpen: boolean;
}

/** One language of an article: title, summary, body, source line and status, saved as typed. */
export const TranslationPane = memo(function TranslationPane(props: TranslationPaneProps) {
  const { t } = useTranslation();
  const { lang, translation, autosave, readOnly, isOriginal, onTitleChange, guidance, health, onBlocks } = props;
  const id = useId();
  const [title, setTitle] = useState(translation?.title ?? '');
  const [summary, setSummary] = useState(translation?.summary ?? '');
  const [source, setSource] = useState(translation?.source ?? '');
  const [status, setStatus] = useState<Status>(translation?.status ?? 'draft');
  // Counted once typing pauses: a keystroke in the body renders nothing here.
  const [settledBody, pushBody] = useSettled<BodySnapshot>(400);
  const revision = useRevision(autosave, lang);
  const exists = revision > 0;
  const hints = PLACEHOLDERS[lang] ?? { title: '', summary: '', body: '', source: '' };

  const { onDraft } = props;
  const edit = useCallback(
    (patch: DraftPatch) => {
      autosave.edit(lang, patch);
      onDraft(lang, patch);
    },
    [autosave, lang, onDraft],
  );
  const flush = useCallback(() => autosave.flush(lang), [autosave, lang]);
  const onBody = useCallback(
    (body: BodySnapshot) => {
      edit({ body });
      pushBody(body);
    },
    [edit, pushBody],
  );
  const words = useMemo(
    () => (settledBody ? countWords(settledBody.text()) : (translation?.wordCount ?? 0)),
    [settledBody, translation],
  );
  const initialBody = translation?.body;
  useEffect(() => {
    onBlocks(lang, blocksOf(settledBody ? settledBody.toJSON() : (initialBody ?? emptyBody())));
  }, [settledBody, initialBody, lang, onBlocks]);

  const noNewlines = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter') e.preventDefault();
  };

  const state = !exists ? 'missing' : isOriginal ? 'original' : health && health.stale + health.missing > 0 ? 'stale' : 'current';
  const stateLabel = translationStateLabel({ state, staleBlocks: health?.stale ?? 0, missingBlocks: health?.missing ?? 0 });

  return (
    <section className={`pane${exists ? '' : ' pane-missing'}`} aria-label={t('editor.pane', { language: langName(lang) })}>
      <header className="pane-header">
        <h2 className="pane-title">
          <span lang={lang}>{nativeLangName(lang)}</span>
          <span className="lang-code">{lang.toUpperCase()}</span>
        </h2>
        <span className={`state-badge state-${state}`}>{stateLabel}</span>
        {exists ? (
          <span className="pane-words muted">
            {wordCountLabel(words)}
            {words > 0 ? ` · ${readingTimeLabel(words)}` : ''}
          </span>
        ) : null}
        {exists ? (
          <button
            type="button"
            className="button button-small button-quiet"
            aria-pressed={props.historyOpen}
            aria-label={t('editor.historyOf', { lang })}
            onClick={() => props.onOpenHistory(lang)}
          >
            {t('editor.history')}
          </button>
        ) : null}
        {exists ? null : (
          <p className="missing-note">
            {t('editor.noTranslationYet', { language: langName(lang) })}
          </p>
        )}
      </header>

      <div className="field">
        <div className="field-label-row">
          <label className="field-label" htmlFor={`${id}-title`}>
            {t('editor.title')}
          </label>
          <LengthHint id={`${id}-title-length`} length={title.length} guidance={guidance.titleChars} />
        </div>
        <textarea
          id={`${id}-title`}
          className="input input-title"
          aria-label={t('editor.titleOf', { lang })}
          aria-describedby={`${id}-title-length`}
          lang={lang}
          spellCheck={true}
          rows={1}
          maxLength={LIMITS.title}
          placeholder={hints.title}
          readOnly={readOnly}
          value={title}
          onKeyDown={noNewlines}
          onChange={(e) => {
            const value = e.target.value.replace(/[\r\n]+/g, ' ');
            setTitle(value);
            onTitleChange(lang, value);
            edit({ title: value });
          }}
          onBlur={flush}
        />
      </div>

      <div className="field">
        <div className="field-label-row">
          <label className="field-label" htmlFor={`${id}-summary`}>
            {t('editor.summary')}
          </label>
          <LengthHint id={`${id}-summary-length`} length={summary.length} guidance={guidance.summaryChars} />
        </div>
        <textarea
          id={`${id}-summary`}
          className="input input-summary"
          aria-label={t('editor.summaryOf', { lang })}
          aria-describedby={`${id}-summary-length`}
          lang={lang}
          spellCheck={true}
          rows={2}
          maxLength={LIMITS.summary}
          placeholder={hints.summary}
          readOnly={readOnly}
          value={summary}
          onChange={(e) => {
            setSummary(e.target.value);
            edit({ summary: e.target.value });
          }}
          onBlur={flush}
        />
      </div>

      <div className="field field-body">
        <div className="field-label" id={`${id}-body-label`}>
          {t('editor.body')}
        </div>
        {translation?.bodyProblem ? (
          <DamagedBody lang={lang} problem={translation.bodyProblem} />
        ) : (
          <div className="body-stack">
            <BodyEditor
              ref={props.editorRef}
              lang={lang}
              label={t('editor.bodyOf', { lang })}
              initial={translation?.body ?? emptyBody()}
              readOnly={readOnly}
              placeholder={hints.body}
              originalBlocks={props.originalBlocks}
              onChange={onBody}
              onBlur={flush}
              onLayout={props.onLayout}
            />
            {props.bodyOverlay}
          </div>
        )}
      </div>

      <div className="field-row">
        <div className="field field-source">
          <label className="field-label" htmlFor={`${id}-source`}>
            {t('editor.source')} <span className="field-hint">{t('editor.printedAs', { label: SOURCE_LABEL[lang] ?? 'source:' })}</span>
          </label>
          <input
            id={`${id}-source`}
            className="input"
            type="text"
            aria-label={t('editor.sourceOf', { lang })}
            lang={lang}
            spellCheck={true}
            maxLength={LIMITS.source}
            placeholder={hints.source}
            readOnly={readOnly}
            value={source}
            onChange={(e) => {
              setSource(e.target.value);
              edit({ source: e.target.value });
            }}
            onBlur={flush}
          />
        </div>
        <div className="field field-status">
          <label className="field-label" htmlFor={`${id}-status`}>
            {t('editor.status')}
          </label>
          <select
            id={`${id}-status`}
            className="input"
            aria-label={t('editor.statusOf', { lang })}
            lang={uiLanguage()}
            spellCheck={false}
            disabled={readOnly}
            value={status}
            onChange={(e) => {
              const value = e.target.value as Status;
              setStatus(value);
              edit({ status: value });
              autosave.flush(lang);
            }}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
});
