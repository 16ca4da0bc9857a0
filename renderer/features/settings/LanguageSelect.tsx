import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, UiLanguageSchema } from '../../../shared/contract/preferences';
import { UI_LANGUAGE_NAMES } from '../../../shared/i18n';
import { useApp } from '../../app/context';
import { setUiLanguage, uiLanguage } from '../../i18n';
import './language.css';

/**
 * The interface's language, in the sidebar: the change shows at once and is remembered as
 * the person's preference. Where nothing keeps preferences the choice still holds for
 * this window; any other failure to remember it is told.
 */
export function LanguageSelect() {
  const { t } = useTranslation();
  const { client, notify } = useApp();
  const id = useId();
  const current = uiLanguage();

  const choose = async (value: string) => {
    const parsed = UiLanguageSchema.safeParse(value);
    if (!parsed.success) return;
    await setUiLanguage(parsed.data);
    const result = await client.call('setPreferences', { uiLanguage: parsed.data });
    if (!result.ok && result.error.code !== 'unavailable') {
      notify({ message: t('settings.languageNotSaved', { language: UI_LANGUAGE_NAMES[parsed.data], message: result.error.message }) });
    }
  };

  return (
    <div className="sidebar-language">
      <label htmlFor={id} className="workspace-label">
        {t('settings.interfaceLanguage')}
      </label>
      <select id={id} className="sidebar-select" aria-label={t('settings.interfaceLanguage')} value={current} onChange={(e) => void choose(e.target.value)}>
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {UI_LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
