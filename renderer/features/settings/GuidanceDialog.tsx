import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GuidanceSchema } from '../../../shared/domain/guidance';
import { useApp } from '../../app/context';

/**
 * The desk's length guidance for titles and summaries, in a modal dialog opened from the
 * sidebar. The editor shows every title and summary against it; nothing is ever refused.
 */
export function GuidanceButton() {
  const { t } = useTranslation();
  const { workspace } = useApp();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet sidebar-button"
        disabled={workspace.readOnly}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('settings.guidance')}
      </button>
      <dialog ref={dialog} className="settings-dialog" aria-label={t('settings.guidance')} onClose={() => setOpen(false)}>
        {open ? <GuidanceForm onDone={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}

function GuidanceForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { client, workspace, refreshWorkspace, notify } = useApp();
  const id = useId();
  const [title, setTitle] = useState(String(workspace.guidance.titleChars));
  const [summary, setSummary] = useState(String(workspace.guidance.summaryChars));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.select(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = GuidanceSchema.safeParse({ titleChars: Number(title), summaryChars: Number(summary) });
    if (!parsed.success) {
      setError(t('settings.guidanceInvalid'));
      return;
    }
    setSaving(true);
    const result = await client.call('setGuidance', parsed.data);
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    await refreshWorkspace();
    notify({ message: t('settings.guidanceSaved', { title: parsed.data.titleChars, summary: parsed.data.summaryChars }) });
    onDone();
  };

  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2 className="settings-title">{t('settings.guidance')}</h2>
      <p className="muted">{t('settings.guidanceIntro')}</p>
      <label htmlFor={`${id}-title`}>{t('settings.titleGuidance')}</label>
      <input ref={first} id={`${id}-title`} className="input" type="number" min={10} max={1000} value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor={`${id}-summary`}>{t('settings.summaryGuidance')}</label>
      <input id={`${id}-summary`} className="input" type="number" min={10} max={5000} value={summary} onChange={(e) => setSummary(e.target.value)} />
      {error ? (
        <p role="alert" className="settings-error">
          {error}
        </p>
      ) : null}
      <div className="settings-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
