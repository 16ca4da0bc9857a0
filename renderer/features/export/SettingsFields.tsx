import { useId, type KeyboardEvent, type RefObject } from 'react';
import { FailedState } from '../../ui/FailedState';
import { StateMessage } from '../../ui/StateMessage';
import type { ExportSettingsEditing, SettingsField } from './useExportSettings';
import { useTranslation } from 'react-i18next';

/** `Base URL` and `Output folder`, each saved when the editor leaves it or presses Enter. */
export function SettingsFields({ settings, baseUrlInput }: { settings: ExportSettingsEditing; baseUrlInput: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="export-panel" aria-labelledby={headingId}>
      <div className="export-panel-header">
        <h2 id={headingId}>{t('export.whereItGoes')}</h2>
        <p className="export-settings-status muted" role="status" aria-label={t('export.settingsStatus')}>
          {settings.status === 'saving' ? t('export.settingsSaving') : settings.status === 'saved' ? t('export.settingsSaved') : ''}
        </p>
      </div>
      {settings.load.state === 'loading' ? <StateMessage tone="loading" title={t('export.readingSettings')} /> : null}
      {settings.load.state === 'failed' ? (
        <FailedState title={t('export.settingsFailed')} error={settings.load.error} onRetry={settings.retry} />
      ) : null}
      {settings.load.state === 'ready' ? (
        <div className="export-fields">
          <SettingField
            settings={settings}
            inputRef={baseUrlInput}
            field="baseUrl"
            label={t('export.baseUrl')}
            type="url"
            placeholder="https://news.example.org/"
            hint={t('export.baseUrlHint')}
          />
          <SettingField
            settings={settings}
            field="outDir"
            label={t('export.outDir')}
            type="text"
            placeholder="/home/desk/site"
            hint={t('export.outDirHint')}
            choose={settings.chooseOutDir ? { label: t('export.chooseFolder'), run: settings.chooseOutDir } : undefined}
          />
        </div>
      ) : null}
    </section>
  );
}

function SettingField(props: {
  settings: ExportSettingsEditing;
  inputRef?: RefObject<HTMLInputElement | null>;
  field: SettingsField;
  label: string;
  type: 'url' | 'text';
  placeholder: string;
  hint: string;
  /** A button beside the field that fills it another way (the system's folder dialog). */
  choose?: { label: string; run(): Promise<void> } | undefined;
}) {
  const { settings, field } = props;
  const id = useId();
  const error = settings.errors[field];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void settings.save(field);
  };
  return (
    <div className="field export-field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <div className="export-field-row">
        <input
          ref={props.inputRef}
          id={id}
          className="input"
          type={props.type}
          spellCheck={false}
          autoComplete="off"
          placeholder={props.placeholder}
          value={settings.draft[field]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
          onChange={(e) => settings.edit(field, e.target.value)}
          onBlur={() => void settings.save(field)}
          onKeyDown={onKeyDown}
        />
        {props.choose ? (
          <button type="button" className="button" onClick={() => void props.choose?.run()}>
            {props.choose.label}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="settings-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <p className="field-hint muted" id={`${id}-hint`}>
        {props.hint}
      </p>
    </div>
  );
}
