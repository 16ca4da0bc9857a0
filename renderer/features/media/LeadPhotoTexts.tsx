import { useId } from 'react';
import { langName } from '../articles/format';
import { captionPrefix, missingTextWarning } from './format';
import './media.css';
import { Trans, useTranslation } from 'react-i18next';

/** A language's caption and alt text for the lead photo. */
export interface LeadTexts {
  caption: string;
  altText: string;
}

/**
 * Per language shown, side by side in column order: the caption (printed under the photo
 * as `фото: …` / `photo: …`) and the alt text, with a warning while either is empty.
 */
export function LeadPhotoTexts(props: {
  langs: readonly string[];
  readOnly: boolean;
  value(lang: string): LeadTexts;
  onChange(lang: string, texts: LeadTexts): void;
  onBlur(lang: string): void;
  limits: { caption: number; altText: number };
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="lead-langs">
      {props.langs.map((lang) => {
        const texts = props.value(lang);
        const base = `${id}-${lang}`;
        const warning = missingTextWarning(lang, texts);
        const warningId = warning ? `${base}-missing` : '';
        return (
          <div className="lead-lang" key={lang}>
            <div className="field">
              <label className="field-label" htmlFor={`${base}-caption`}>
                {t('media.caption', { lang })}
              </label>
              <textarea
                id={`${base}-caption`}
                className="input"
                lang={lang}
                rows={2}
                value={texts.caption}
                readOnly={props.readOnly}
                maxLength={props.limits.caption}
                aria-describedby={`${base}-printed ${warningId}`.trim()}
                onChange={(e) => props.onChange(lang, { ...texts, caption: e.target.value })}
                onBlur={() => props.onBlur(lang)}
              />
              <span className="field-hint muted" id={`${base}-printed`}>
                <Trans i18nKey="media.printedAs" values={{ prefix: captionPrefix(lang) }} components={[<span key="prefix" lang={lang} />]} />
              </span>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${base}-alt`}>
                {t('media.altText', { lang })}
              </label>
              <textarea
                id={`${base}-alt`}
                className="input"
                lang={lang}
                rows={2}
                value={texts.altText}
                readOnly={props.readOnly}
                maxLength={props.limits.altText}
                aria-describedby={`${base}-alt-hint ${warningId}`.trim()}
                onChange={(e) => props.onChange(lang, { ...texts, altText: e.target.value })}
                onBlur={() => props.onBlur(lang)}
              />
              <span className="field-hint muted" id={`${base}-alt-hint`}>
                {t('media.altHint', { language: langName(lang) })}
              </span>
            </div>
            {warning ? (
              <p className="lead-missing" id={warningId}>
                {warning}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
