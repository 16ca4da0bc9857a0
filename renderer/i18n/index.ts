export { i18n, setUiLanguage, uiLanguage, uiLocale } from './instance';
export { usePreferredLanguage } from './usePreferredLanguage';
export { said } from './said';
export { liveTexts, type TextKey } from './liveTexts';
