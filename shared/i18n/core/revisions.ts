import type { SlavicCatalog } from '../types';

/** What core says about revisions. */
export const en = {
  /** `lang`: a language's name. */
  noTranslation:
    'This article has no {{lang}} version (it may have been removed elsewhere), so it has no revisions to keep or bring back. Reload the article.',
  notFound:
    'That revision does not exist (older automatic revisions are thinned out over time, or its article was removed). Reload the history.',
  unreadable:
    'The text of this revision could not be read by this version of Tandem (it is damaged, or was saved by another version). It is kept as it is and nothing was changed; choose another revision.',
} as const;

export const ru: SlavicCatalog<typeof en> = {
  noTranslation:
    'У статьи нет текста ({{lang}}): возможно, его удалили в другом месте. Поэтому нет и его версий, которые можно сохранить или вернуть. Загрузите статью заново.',
  notFound:
    'Такой версии нет (старые автоматические версии со временем прореживаются, или её статью удалили). Загрузите историю заново.',
  unreadable:
    'Текст этой версии не удалось прочитать (он повреждён или сохранён другой версией Tandem). Он хранится как есть, ничего не изменено; выберите другую версию.',
};
