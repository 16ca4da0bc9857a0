import { useCallback, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Translation } from '../../../shared/contract';
import { countWords } from '../../../shared/domain/words';
import { LIMITS } from '../../../shared/domain/limits';
import { STATUSES, type Status } from '../../../shared/domain/status';
import { emptyBody } from '../../../shared/editor/text';
import { BodyEditor, type BodySnapshot } from '../../editor/BodyEditor';
import { useDebounced } from '../../ui/useDebounced';
import type { Autosave } from './autosave';
import { langName, nativeLangName, STATUS_LABELS, wordCountLabel } from './format';
import { useRevision, type DraftPatch } from './useTranslationAutosave';

/** Field hints in the language being written, so the column reads as that language. */
const PLACEHOLDERS: Readonly<Record<string, { title: string; summary: string; body: string; source: string }>> = {
  ru: { title: 'Заголовок', summary: 'Краткое содержание (лид)', body: 'Текст статьи…', source: 'commonspace.eu по материалам агентств' },
  en: { title: 'Headline', summary: 'Summary (the standfirst)', body: 'The story…', source: 'commonspace.eu with agencies' },
};
const SOURCE_LABEL: Readonly<Record<string, string>> = { ru: 'источник:', en: 'source:' };

const STATE_LABELS = { original: 'Original', current: 'Translation', stale: 'Needs update', missing: 'Missing' } as const;

export interface TranslationPaneProps {
  lang: string;
  /** The translation as loaded; null when this language has none yet. */
  translation: Translation | null;
  autosave: Autosave<DraftPatch>;
  readOnly: boolean;
  isOriginal: boolean;
  onTitleChange(lang: string, title: string): void;
}

/** One language of an article: title, summary, body, source line and status, saved as typed. */
export function TranslationPane(props: TranslationPaneProps) {
  const { lang, translation, autosave, readOnly, isOriginal, onTitleChange } = props;
  const id = useId();
  const [title, setTitle] = useState(translation?.title ?? '');
  const [summary, setSummary] = useState(translation?.summary ?? '');
  const [source, setSource] = useState(translation?.source ?? '');
  const [status, setStatus] = useState<Status>(translation?.status ?? 'draft');
  const [latestBody, setLatestBody] = useState<BodySnapshot | null>(null);
  const revision = useRevision(autosave, lang);
  const exists = revision > 0;
  const hints = PLACEHOLDERS[lang] ?? { title: '', summary: '', body: '', source: '' };

  const edit = useCallback((patch: DraftPatch) => autosave.edit(lang, patch), [autosave, lang]);
  const flush = useCallback(() => autosave.flush(lang), [autosave, lang]);
  const onBody = useCallback(
    (body: BodySnapshot) => {
      edit({ body });
      setLatestBody(body);
    },
    [edit],
  );
  // Counted once typing pauses, not on every keystroke.
  const settledBody = useDebounced(latestBody, 400);
  const words = useMemo(
    () => (settledBody ? countWords(settledBody.text()) : (translation?.wordCount ?? 0)),
    [settledBody, translation],
  );

  const noNewlines = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter') e.preventDefault();
  };

  const state = exists ? (translation?.state ?? (isOriginal ? 'original' : 'current')) : 'missing';

  return (
    <section className={`pane${exists ? '' : ' pane-missing'}`} aria-label={`${langName(lang)} translation`}>
      <header className="pane-header">
        <h2 className="pane-title">
          <span lang={lang}>{nativeLangName(lang)}</span>
          <span className="lang-code">{lang.toUpperCase()}</span>
        </h2>
        <span className={`state-badge state-${state}`}>{STATE_LABELS[state]}</span>
        {exists ? <span className="pane-words muted">{wordCountLabel(words)}</span> : null}
      </header>

      {exists ? null : (
        <p className="missing-note">
          No {langName(lang)} translation yet. Start typing in any field below to create it.
        </p>
      )}

      <div className="field">
        <label className="field-label" htmlFor={`${id}-title`}>
          Title
        </label>
        <textarea
          id={`${id}-title`}
          className="input input-title"
          aria-label={`Title (${lang})`}
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
        <label className="field-label" htmlFor={`${id}-summary`}>
          Summary
        </label>
        <textarea
          id={`${id}-summary`}
          className="input input-summary"
          aria-label={`Summary (${lang})`}
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
          Body
        </div>
        <BodyEditor
          lang={lang}
          label={`Body (${lang})`}
          initial={translation?.body ?? emptyBody()}
          readOnly={readOnly}
          placeholder={hints.body}
          onChange={onBody}
          onBlur={flush}
        />
      </div>

      <div className="field-row">
        <div className="field field-source">
          <label className="field-label" htmlFor={`${id}-source`}>
            Source <span className="field-hint">printed as “{SOURCE_LABEL[lang] ?? 'source:'} …”</span>
          </label>
          <input
            id={`${id}-source`}
            className="input"
            type="text"
            aria-label={`Source (${lang})`}
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
            Status
          </label>
          <select
            id={`${id}-status`}
            className="input"
            aria-label={`Status (${lang})`}
            lang="en"
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
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
