import { LANG_NAMES, type Lang } from '../../../../shared/domain/languages';
import type { Labels } from '../model';

/** The strings the Russian pages print around the content. */
const RU: Labels = {
  photo: 'фото:',
  source: 'источник:',
  related: 'Читайте также',
  popular: 'Популярное',
  editorsChoice: 'Выбор редакции',
  latest: 'Последние новости',
  sections: 'Разделы',
  siteName: 'Тандем: новости',
  languageName: 'Русский',
  languages: 'Языки',
  nothingYet: 'Здесь пока ничего не опубликовано.',
};

/** The English strings; also every language Tandem has no strings for. */
const EN: Labels = {
  photo: 'photo:',
  source: 'source:',
  related: 'Related articles',
  popular: 'Popular',
  editorsChoice: "Editor's choice",
  latest: 'Latest',
  sections: 'Sections',
  siteName: 'Tandem News',
  languageName: 'English',
  languages: 'Languages',
  nothingYet: 'Nothing has been published here yet.',
};

/** The language's own name (`Русский`, `English`, `Azərbaycan`), or its code when Tandem does not know it. */
export function languageName(lang: Lang): string {
  return Object.hasOwn(LANG_NAMES, lang) ? (LANG_NAMES[lang] ?? lang) : lang;
}

/** The page strings of a language: Russian, English, or English with the language's own name. */
export function labelsFor(lang: Lang): Labels {
  if (lang === 'ru') return { ...RU };
  if (lang === 'en') return { ...EN };
  return { ...EN, languageName: languageName(lang) };
}
