import type { SlavicCatalog } from '../types';

/** What core says about lists: saves it refuses, and lists or articles it cannot find. */
export const en = {
  notFound: 'That list does not exist (it may have been deleted in another window). Reload the lists.',
  articleNotFound: 'That article does not exist (it may have been removed elsewhere). Reload the article list.',
  conflict:
    'Someone else saved this list (in another window, perhaps) after you opened it, so your changes were not saved. The list is now shown as it was saved; make your changes again there.',
  tooMany: 'This workspace already holds {{max, number}} lists, the most it may; nothing was made. Delete a custom list you no longer use first.',
  kept: {
    'editors-choice': 'Editor’s choice is one of the desk’s own lists and stays in every workspace. It was not deleted; to empty it, remove its items and save.',
    popular: 'Popular is one of the desk’s own lists and stays in every workspace. It was not deleted; to empty it, remove its items and save.',
    section: 'A section’s front stays as long as its section does. It was not deleted; to empty it, remove its items and save.',
    related: 'An article’s Related list stays with its article. It was not deleted; to empty it, remove its items and save.',
  },
  relatedName: 'An article’s Related list is always called “Related”; nothing was saved. Leave its name as it is.',
  frontName: 'A section’s front is named after its section; nothing was saved. Rename the section in the workspace settings instead.',
  tooLong_one:
    'This list holds at most {{max, number}} items and this save has {{items, number}}, so nothing was saved. Remove {{count, number}} item (or raise the list’s maximum) and save again.',
  tooLong_other:
    'This list holds at most {{max, number}} items and this save has {{items, number}}, so nothing was saved. Remove {{count, number}} items (or raise the list’s maximum) and save again.',
  sameId: 'Item {{n}} carries the same id as an item above it, so nothing was saved. Reload the list and make the change again.',
  reusedId: 'Item {{n}} reuses the id of an item that links to another article, so nothing was saved. Reload the list and add the article again.',
  sameArticle: 'Items {{first}} and {{n}} link to the same article, so nothing was saved. Remove one of them and save again.',
  itself: 'Item {{n}} is the article itself: an article cannot be related to itself. Remove it and save again.',
  neverShown:
    'Item {{n}} stops being shown before it starts, so it would never appear; nothing was saved. Change its “shown until” time or clear it.',
  itemArticleMissing:
    'The article of item {{n}} does not exist (it may have been deleted elsewhere), so nothing was saved. Remove it and add another.',
  itemArticleTrashed: 'The article of item {{n}} is in the trash, so nothing was saved. Restore it first, or remove it from the list.',
} as const;

export const ru: SlavicCatalog<typeof en> = {
  notFound: 'Такой подборки нет (возможно, её удалили в другом окне). Обновите список подборок.',
  articleNotFound: 'Такой статьи нет (возможно, её удалили в другом месте). Обновите список статей.',
  conflict:
    'Подборку сохранили в другом месте (возможно, в другом окне) после того, как вы её открыли, поэтому ваши изменения не сохранены. Теперь подборка показана такой, как её сохранили; внесите изменения ещё раз.',
  tooMany: 'В рабочей папке уже предельное число подборок ({{max, number}}); ничего не создано. Сначала удалите свою подборку, которая больше не нужна.',
  kept: {
    'editors-choice':
      '«Выбор редакции» — одна из постоянных подборок редакции, она есть в каждой рабочей папке. Подборка не удалена; чтобы очистить её, уберите из неё материалы и сохраните.',
    popular:
      '«Популярное» — одна из постоянных подборок редакции, она есть в каждой рабочей папке. Подборка не удалена; чтобы очистить её, уберите из неё материалы и сохраните.',
    section:
      'Главная рубрики существует, пока существует сама рубрика. Подборка не удалена; чтобы очистить её, уберите из неё материалы и сохраните.',
    related: 'Блок «Читайте также» принадлежит своей статье. Он не удалён; чтобы очистить его, уберите из него материалы и сохраните.',
  },
  relatedName: 'Блок статьи «Читайте также» всегда так и называется; ничего не сохранено. Оставьте название как есть.',
  frontName: 'Главная рубрики называется по своей рубрике; ничего не сохранено. Переименуйте лучше саму рубрику в настройках рабочей папки.',
  tooLong_one:
    'Максимум материалов в подборке — {{max, number}}, а в этом сохранении их {{items, number}}, поэтому ничего не сохранено. Уберите {{count, number}} материал (или увеличьте максимум подборки) и сохраните снова.',
  tooLong_few:
    'Максимум материалов в подборке — {{max, number}}, а в этом сохранении их {{items, number}}, поэтому ничего не сохранено. Уберите {{count, number}} материала (или увеличьте максимум подборки) и сохраните снова.',
  tooLong_many:
    'Максимум материалов в подборке — {{max, number}}, а в этом сохранении их {{items, number}}, поэтому ничего не сохранено. Уберите {{count, number}} материалов (или увеличьте максимум подборки) и сохраните снова.',
  tooLong_other:
    'Максимум материалов в подборке — {{max, number}}, а в этом сохранении их {{items, number}}, поэтому ничего не сохранено. Уберите {{count, number}} материала (или увеличьте максимум подборки) и сохраните снова.',
  sameId: 'У материала № {{n}} тот же идентификатор, что у материала выше, поэтому ничего не сохранено. Загрузите подборку заново и повторите изменение.',
  reusedId:
    'Материал № {{n}} взял идентификатор материала, который ведёт на другую статью, поэтому ничего не сохранено. Загрузите подборку заново и добавьте статью ещё раз.',
  sameArticle: 'Материалы № {{first}} и № {{n}} ведут на одну и ту же статью, поэтому ничего не сохранено. Уберите один из них и сохраните снова.',
  itself: 'Материал № {{n}} — это сама статья, а статья не может стоять в собственном блоке «Читайте также». Уберите его и сохраните снова.',
  neverShown:
    'Показ материала № {{n}} заканчивается раньше, чем начинается, и он никогда не появится; ничего не сохранено. Измените время «Показывать до» или очистите его.',
  itemArticleMissing:
    'Статьи из материала № {{n}} не существует (возможно, её удалили в другом месте), поэтому ничего не сохранено. Уберите материал и добавьте другой.',
  itemArticleTrashed: 'Статья из материала № {{n}} в корзине, поэтому ничего не сохранено. Сначала восстановите её или уберите материал из подборки.',
};
