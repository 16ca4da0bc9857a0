import type { SlavicCatalog } from '../types';

/**
 * What core says about export: the export's own errors and preflight's problems.
 * Preflight's `title` is an inner phrase (`titled`, or `untitled` for an article with no
 * title in any language); `lang` is a language's name (`languages.*`), `status` one of
 * `preflight.status`.
 */
export const en = {
  blocked_one: 'The export was stopped before writing anything: {{count, number}} problem must be fixed first.',
  blocked_other: 'The export was stopped before writing anything: {{count, number}} problems must be fixed first.',
  cancelled: 'The export was cancelled.',
  photoUnavailable:
    'The photo {{name}} ({{id}}…) could not be prepared for the bundle: its stored file is missing or unreadable. Replace the photo in the articles that use it, then export again.',
  outDirInside:
    '{{folder}} is the workspace folder or inside it, where Tandem keeps its own files. Choose a folder outside the workspace (or its "bundle" folder).',
  cannotRead: 'Tandem cannot read the folder {{folder}} ({{reason}}). Choose another output folder.',
  notBundle:
    'The folder {{folder}} holds other files and no Tandem bundle, so Tandem will not write into it. Choose an empty folder, or the folder of a previous export.',
  failed: 'The export failed: {{reason}}. Try again; if it fails again, choose another output folder.',
  stoppedBecause: 'The export stopped unexpectedly: {{reason}}. Try again.',
  stopped: 'The export stopped unexpectedly. Try again.',
  unknownJob: 'That export is not known (it finished long ago, or Tandem was restarted). Start a new export.',
  closed: 'The workspace has been closed, so nothing was exported. Open it again to export.',
  busy: 'An export is already running. Wait for it to finish, or cancel it, then export again.',
  preflightBlocked: 'Preflight found problems to fix first; nothing was written.',
  preflight: {
    titled: '“{{title}}”',
    untitled: 'An article without a title',
    status: {
      draft: 'a draft',
      review: 'in review',
      ready: 'ready',
      published: 'published',
      archived: 'archived',
    },
    baseUrl:
      "The base URL is still the example {{url}}: canonical links, feeds and the sitemap will point there. Set the site's address before publishing.",
    notReady: "{{title}} is not ready in any language, so it has no page. Set a language's status to Ready, or leave the article out.",
    gone: 'An article chosen for export ({{id}}) is in the trash or no longer exists. Leave it out of the choice.',
    nothingReady:
      'Nothing here is ready to export: no article has a language whose status is Ready or Published. Set the status of the versions to publish to Ready.',
    slugCollision_one: '{{title}} and {{count, number}} other article would share the address {{dir}}/. Give each a different slug.',
    slugCollision_other: '{{title}} and {{count, number}} other articles would share the address {{dir}}/. Give each a different slug.',
    emptyTitle: 'The {{lang}} version of {{title}} has no title. Give it one, or set it back to Draft.',
    stale_one: 'The {{lang}} version of {{title}} is behind its original ({{count, number}} paragraph to update). It is exported as it is.',
    stale_other: 'The {{lang}} version of {{title}} is behind its original ({{count, number}} paragraphs to update). It is exported as it is.',
    noVersion: '{{title}}: it has no {{lang}} version, so {{lang}} pages link to it in another language.',
    notExported: '{{title}}: its {{lang}} version is {{status}}, so {{lang}} pages link to it in another language.',
    photoText: {
      leadBoth:
        '{{title}}: the lead photo has no caption and no alt text in {{lang}}. Add them in the {{lang}} version; until then the page is exported without them.',
      leadCaption: '{{title}}: the lead photo has no caption in {{lang}}. Add it in the {{lang}} version; until then the page is exported without it.',
      leadAlt: '{{title}}: the lead photo has no alt text in {{lang}}. Add it in the {{lang}} version; until then the page is exported without it.',
      bodyBoth:
        '{{title}}: a photo in the body has no caption and no alt text in {{lang}}. Add them in the {{lang}} version; until then the page is exported without them.',
      bodyCaption: '{{title}}: a photo in the body has no caption in {{lang}}. Add it in the {{lang}} version; until then the page is exported without it.',
      bodyAlt: '{{title}}: a photo in the body has no alt text in {{lang}}. Add it in the {{lang}} version; until then the page is exported without it.',
      photosBoth_one:
        '{{title}}: {{count, number}} photo in the body lacks a caption or alt text in {{lang}}. Add them in the {{lang}} version; until then the page is exported without them.',
      photosBoth_other:
        '{{title}}: {{count, number}} photos in the body lack a caption or alt text in {{lang}}. Add them in the {{lang}} version; until then the page is exported without them.',
      photosCaption_one:
        '{{title}}: {{count, number}} photo in the body lacks a caption in {{lang}}. Add it in the {{lang}} version; until then the page is exported without it.',
      photosCaption_other:
        '{{title}}: {{count, number}} photos in the body lack a caption in {{lang}}. Add them in the {{lang}} version; until then the page is exported without them.',
      photosAlt_one:
        '{{title}}: {{count, number}} photo in the body lacks alt text in {{lang}}. Add it in the {{lang}} version; until then the page is exported without it.',
      photosAlt_other:
        '{{title}}: {{count, number}} photos in the body lack alt text in {{lang}}. Add them in the {{lang}} version; until then the page is exported without them.',
    },
    brokenLink: '{{title}} ({{lang}}) links to {{url}}, which is not in this bundle. Fix the link, or export the article it points to.',
    listEmpty: '{{list}} has nothing to show in this bundle, so fronts open without it.',
    listItemOut: '{{list}}: {{title}} is not in this bundle, so its place is skipped.',
    listItemGone: '{{list}}: an article that no longer exists is not in this bundle, so its place is skipped.',
    listItemFallback: '{{list}}: {{title}} has no {{lang}} version, so {{lang}} pages show it in another language.',
    relatedOut: '{{title}}: a Related article ({{other}}) is not in this bundle, so the sidebar skips it.',
    relatedGone: '{{title}}: a Related article (no longer in the workspace) is not in this bundle, so the sidebar skips it.',
  },
} as const;

export const ru: SlavicCatalog<typeof en> = {
  blocked_one: 'Экспорт остановлен до записи файлов: сначала нужно исправить {{count, number}} проблему.',
  blocked_few: 'Экспорт остановлен до записи файлов: сначала нужно исправить {{count, number}} проблемы.',
  blocked_many: 'Экспорт остановлен до записи файлов: сначала нужно исправить {{count, number}} проблем.',
  blocked_other: 'Экспорт остановлен до записи файлов: сначала нужно исправить {{count, number}} проблемы.',
  cancelled: 'Экспорт отменён.',
  photoUnavailable:
    'Фото {{name}} ({{id}}…) не удалось подготовить для пакета: его файл в хранилище пропал или не читается. Замените фото в статьях, где оно стоит, и запустите экспорт снова.',
  outDirInside:
    '{{folder}} — это рабочая папка или папка внутри неё, а там Tandem хранит свои файлы. Выберите папку вне рабочей папки (или её папку «bundle»).',
  cannotRead: 'Tandem не может прочитать папку {{folder}} ({{reason}}). Выберите другую папку для пакета.',
  notBundle:
    'В папке {{folder}} лежат другие файлы и нет пакета Tandem, поэтому Tandem не будет в неё записывать. Выберите пустую папку или папку прошлого экспорта.',
  failed: 'Экспорт не удался: {{reason}}. Попробуйте ещё раз; если снова не получится, выберите другую папку для пакета.',
  stoppedBecause: 'Экспорт неожиданно прервался: {{reason}}. Попробуйте ещё раз.',
  stopped: 'Экспорт неожиданно прервался. Попробуйте ещё раз.',
  unknownJob: 'Такой экспорт неизвестен (он закончился давно или Tandem перезапускали). Запустите новый экспорт.',
  closed: 'Рабочая папка закрыта, поэтому ничего не экспортировано. Откройте её снова, чтобы экспортировать.',
  busy: 'Экспорт уже идёт. Дождитесь его окончания или отмените его, а потом запустите экспорт снова.',
  preflightBlocked: 'Проверка нашла проблемы, которые нужно сначала исправить; ничего не записано.',
  preflight: {
    titled: '«{{title}}»',
    untitled: 'без заголовка',
    status: {
      draft: 'черновик',
      review: 'на вычитке',
      ready: 'готова',
      published: 'опубликована',
      archived: 'в архиве',
    },
    baseUrl:
      'Адрес сайта всё ещё примерный — {{url}}: канонические ссылки, ленты и карта сайта будут вести туда. Укажите настоящий адрес сайта перед публикацией.',
    notReady: 'Статья {{title}} не готова ни на одном языке, поэтому у неё нет страницы. Поставьте одной из её версий статус «Готово» или уберите статью из выбора.',
    gone: 'Статья, выбранная для экспорта ({{id}}), в корзине или больше не существует. Уберите её из выбора.',
    nothingReady:
      'Здесь нечего экспортировать: ни у одной статьи нет версии со статусом «Готово» или «Опубликовано». Поставьте статус «Готово» версиям, которые нужно опубликовать.',
    slugCollision_one: 'У статьи {{title}} и ещё {{count, number}} статьи получился бы один адрес {{dir}}/. Задайте каждой свой слаг.',
    slugCollision_few: 'У статьи {{title}} и ещё {{count, number}} статей получился бы один адрес {{dir}}/. Задайте каждой свой слаг.',
    slugCollision_many: 'У статьи {{title}} и ещё {{count, number}} статей получился бы один адрес {{dir}}/. Задайте каждой свой слаг.',
    slugCollision_other: 'У статьи {{title}} и ещё {{count, number}} статьи получился бы один адрес {{dir}}/. Задайте каждой свой слаг.',
    emptyTitle: 'У статьи {{title}} (версия: {{lang}}) нет заголовка. Добавьте заголовок или верните этой версии статус «Черновик».',
    stale_one: 'Статья {{title}} (версия: {{lang}}) отстаёт от оригинала: нужно обновить {{count, number}} абзац. Она экспортируется как есть.',
    stale_few: 'Статья {{title}} (версия: {{lang}}) отстаёт от оригинала: нужно обновить {{count, number}} абзаца. Она экспортируется как есть.',
    stale_many: 'Статья {{title}} (версия: {{lang}}) отстаёт от оригинала: нужно обновить {{count, number}} абзацев. Она экспортируется как есть.',
    stale_other: 'Статья {{title}} (версия: {{lang}}) отстаёт от оригинала: нужно обновить {{count, number}} абзаца. Она экспортируется как есть.',
    noVersion: 'У статьи {{title}} нет перевода на {{lang}}, поэтому страницы сайта (язык: {{lang}}) ведут на её версию на другом языке.',
    notExported: 'Статья {{title}} (версия: {{lang}}) — {{status}}, поэтому страницы сайта (язык: {{lang}}) ведут на её версию на другом языке.',
    photoText: {
      leadBoth:
        'Статья {{title}}: у главного фото нет подписи и описания (версия: {{lang}}). Добавьте их в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      leadCaption: 'Статья {{title}}: у главного фото нет подписи (версия: {{lang}}). Добавьте её в эту версию ({{lang}}); до тех пор страница экспортируется без неё.',
      leadAlt: 'Статья {{title}}: у главного фото нет описания (версия: {{lang}}). Добавьте его в эту версию ({{lang}}); до тех пор страница экспортируется без него.',
      bodyBoth:
        'Статья {{title}}: у фото в тексте нет подписи и описания (версия: {{lang}}). Добавьте их в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      bodyCaption: 'Статья {{title}}: у фото в тексте нет подписи (версия: {{lang}}). Добавьте её в эту версию ({{lang}}); до тех пор страница экспортируется без неё.',
      bodyAlt: 'Статья {{title}}: у фото в тексте нет описания (версия: {{lang}}). Добавьте его в эту версию ({{lang}}); до тех пор страница экспортируется без него.',
      photosBoth_one:
        'Статья {{title}}: у {{count, number}} фото в тексте нет подписи или описания (версия: {{lang}}). Добавьте их в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosBoth_few:
        'Статья {{title}}: у {{count, number}} фото в тексте нет подписи или описания (версия: {{lang}}). Добавьте их в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosBoth_many:
        'Статья {{title}}: у {{count, number}} фото в тексте нет подписи или описания (версия: {{lang}}). Добавьте их в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosBoth_other:
        'Статья {{title}}: у {{count, number}} фото в тексте нет подписи или описания (версия: {{lang}}). Добавьте их в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosCaption_one:
        'Статья {{title}}: у {{count, number}} фото в тексте нет подписи (версия: {{lang}}). Добавьте подписи в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosCaption_few:
        'Статья {{title}}: у {{count, number}} фото в тексте нет подписи (версия: {{lang}}). Добавьте подписи в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosCaption_many:
        'Статья {{title}}: у {{count, number}} фото в тексте нет подписи (версия: {{lang}}). Добавьте подписи в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosCaption_other:
        'Статья {{title}}: у {{count, number}} фото в тексте нет подписи (версия: {{lang}}). Добавьте подписи в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosAlt_one:
        'Статья {{title}}: у {{count, number}} фото в тексте нет описания (версия: {{lang}}). Добавьте описания в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosAlt_few:
        'Статья {{title}}: у {{count, number}} фото в тексте нет описания (версия: {{lang}}). Добавьте описания в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosAlt_many:
        'Статья {{title}}: у {{count, number}} фото в тексте нет описания (версия: {{lang}}). Добавьте описания в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
      photosAlt_other:
        'Статья {{title}}: у {{count, number}} фото в тексте нет описания (версия: {{lang}}). Добавьте описания в эту версию ({{lang}}); до тех пор страница экспортируется без них.',
    },
    brokenLink:
      'Статья {{title}} (версия: {{lang}}) ссылается на {{url}}, а этой страницы нет в пакете. Исправьте ссылку или экспортируйте статью, на которую она ведёт.',
    listEmpty: 'В подборке «{{list}}» нет ничего из этого пакета, поэтому главные страницы открываются без неё.',
    listItemOut: 'Подборка «{{list}}»: статьи {{title}} нет в пакете, поэтому её место пропускается.',
    listItemGone: 'Подборка «{{list}}»: одной из её статей больше не существует, поэтому место этой статьи пропускается.',
    listItemFallback: 'Подборка «{{list}}»: у статьи {{title}} нет перевода на {{lang}}, поэтому страницы сайта (язык: {{lang}}) показывают её на другом языке.',
    relatedOut: 'Статья {{title}}: статьи {{other}} из блока «Читайте также» нет в пакете, поэтому блок её пропускает.',
    relatedGone: 'Статья {{title}}: одной из статей блока «Читайте также» больше нет в рабочей папке, поэтому блок её пропускает.',
  },
};
