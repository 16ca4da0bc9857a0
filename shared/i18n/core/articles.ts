import type { SlavicCatalog } from '../types';

/** What core says about articles: writes refused, a body it cannot read, the list's cursor, samples. */
export const en = {
  readOnly: 'Nothing was saved: this workspace is open read-only. Reopen it in a writable folder to make changes.',
  /** `problem`: why the workspace is read-only, as the workspace said it. */
  readOnlyBecause: 'Nothing was saved: this workspace is open read-only. {{problem}}',
  /** `lang`: the code asked for; `languages`: the workspace's codes, comma-separated. */
  unknownLanguage: 'This workspace does not use the language "{{lang}}"; its languages are {{languages}}. Choose one of those.',
  /** `section`: the id asked for; `sections`: the workspace's ids, comma-separated. */
  unknownSection: 'There is no section "{{section}}" in this workspace; its sections are {{sections}}. Choose one of those.',
  notFound: 'That article does not exist (it may have been removed elsewhere). Reload the article list.',
  inTrash:
    'This article is in the trash, so the change was not saved. Restore it from the trash first; your unsaved text stays in the editor.',
  staleArticle:
    'This article was changed elsewhere (perhaps in another window) after you opened it, so this save was not applied. Reload to see the latest version; your unsaved text stays in the editor.',
  /** `lang`: a language's name. */
  staleTranslation:
    'The {{lang}} version of this article was changed elsewhere (perhaps in another window) after you opened it, so this save was not applied. Reload to see the latest version; your unsaved text stays in the editor.',
  /** `lang`: a language's name. */
  noOriginalVersion: 'The article has no {{lang}} version yet, so that cannot be its original language. Write that version first.',
  tooLong: 'The text is too long to save as one article. Nothing was saved; split it into two articles. Your text stays in the editor.',
  staleCursor:
    'This list position does not belong to this list (its order or filter changed, or it was damaged). Load the list again from the top.',
  photoGone: 'That photo is not in the library any more (it may have been deleted). Add it again, then choose it.',
  /** Shown above a stored body the editor cannot edit; the stored text itself is shown below it. */
  bodyProblem:
    'This body could not be read by this version of Tandem (it is damaged, or was saved by another version), so it is shown read-only and nothing in it was changed. Its stored text is below: copy what you need from it. Typing a new body here replaces it when you save.',
  samples: {
    notEmpty:
      'This workspace already has articles, so no samples were added: samples only go into an empty workspace. To try them, open a new folder with --data DIR.',
  },
} as const;

export const ru: SlavicCatalog<typeof en> = {
  readOnly:
    'Ничего не сохранено: рабочая папка открыта только для чтения. Чтобы вносить изменения, откройте её заново из папки, в которую можно записывать.',
  readOnlyBecause: 'Ничего не сохранено: рабочая папка открыта только для чтения. {{problem}}',
  unknownLanguage: 'В этой рабочей папке нет языка «{{lang}}»; её языки: {{languages}}. Выберите один из них.',
  unknownSection: 'В этой рабочей папке нет рубрики «{{section}}»; её рубрики: {{sections}}. Выберите одну из них.',
  notFound: 'Такой статьи нет (возможно, её удалили в другом месте). Загрузите список статей заново.',
  inTrash:
    'Статья в корзине, поэтому изменение не сохранено. Сначала восстановите её из корзины; несохранённый текст остаётся в редакторе.',
  staleArticle:
    'Статью изменили в другом месте (возможно, в другом окне) после того, как вы её открыли, поэтому это сохранение не применено. Загрузите её заново, чтобы увидеть последнюю версию; несохранённый текст остаётся в редакторе.',
  staleTranslation:
    'Текст статьи ({{lang}}) изменили в другом месте (возможно, в другом окне) после того, как вы его открыли, поэтому это сохранение не применено. Загрузите его заново, чтобы увидеть последнюю версию; несохранённый текст остаётся в редакторе.',
  noOriginalVersion:
    'У статьи ещё нет текста ({{lang}}), поэтому этот язык не может стать языком оригинала. Сначала напишите этот текст.',
  tooLong:
    'Текст слишком длинный, чтобы сохранить его как одну статью. Ничего не сохранено; разделите его на две статьи. Текст остаётся в редакторе.',
  staleCursor:
    'Эта позиция не относится к этому списку (изменился его порядок или фильтр, либо она повреждена). Загрузите список заново с начала.',
  photoGone: 'Этого фото больше нет в фотобанке (возможно, его удалили). Добавьте его снова, затем выберите.',
  bodyProblem:
    'Этот текст не удалось прочитать (он повреждён или сохранён другой версией Tandem), поэтому он показан только для чтения и ничего в нём не изменено. Ниже — сохранённый текст: скопируйте из него то, что нужно. Новый текст, набранный здесь, при сохранении заменит его.',
  samples: {
    notEmpty:
      'В этой рабочей папке уже есть статьи, поэтому примеры не добавлены: примеры добавляются только в пустую рабочую папку. Чтобы посмотреть на них, откройте новую папку с параметром --data DIR.',
  },
};
