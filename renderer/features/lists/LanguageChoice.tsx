import type { Lang } from '../../../shared/domain/languages';
import { langName } from '../articles/format';
import { useTranslation } from 'react-i18next';

/**
 * The languages a list is for, as one checkbox per workspace language. Every box ticked is
 * stored as "all languages" (an empty list), so a language added to the workspace later is
 * covered too; the last box cannot be unticked.
 */
export function LanguageChoice(props: { available: readonly Lang[]; value: readonly Lang[]; disabled?: boolean; onChange(langs: Lang[]): void }) {
  const { t } = useTranslation();
  const chosen = props.value.length === 0 ? props.available : props.value;
  const toggle = (lang: Lang, on: boolean) => {
    const next = props.available.filter((l) => (l === lang ? on : chosen.includes(l)));
    if (next.length === 0) return;
    props.onChange(next.length === props.available.length ? [] : next);
  };
  return (
    <fieldset className="lists-langs" disabled={props.disabled}>
      <legend className="field-label">{t('lists.languages')}</legend>
      {props.available.map((lang) => {
        const checked = chosen.includes(lang);
        return (
          <label key={lang} className="toggle">
            <input
              type="checkbox"
              checked={checked}
              aria-disabled={checked && chosen.length === 1 ? true : undefined}
              onChange={(e) => toggle(lang, e.target.checked)}
            />
            {langName(lang)}
          </label>
        );
      })}
    </fieldset>
  );
}
