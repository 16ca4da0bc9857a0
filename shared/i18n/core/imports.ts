import type { SlavicCatalog } from '../types';

/**
 * What core says about imports: why an import stopped (every such sentence ends by saying
 * that nothing was imported), and the warnings after one went through.
 *
 * `problem` is a sentence said inside another: for a file (`inFile`, `atLine`) one of
 * `markdown`, `frontMatter`, `fields`, `bundle` or `unsafe.manifest`, written to follow
 * "file, line N:"; for the import as a whole (`nothingImported`) a sentence of its own.
 */
export const en = {
  nothingImported: '{{problem}} Nothing was imported; the workspace is as it was.',
  inFile: '{{file}}: {{problem}} Nothing was imported; the workspace is as it was.',
  atLine: '{{file}}, line {{line}}: {{problem}} Nothing was imported; the workspace is as it was.',

  /* Files chosen in the interface. */
  notFileName: '"{{name}}" is not a file name: Tandem takes a file\'s own name only, without folders, "/", "\\" or "..". Choose the file itself.',
  notImportable: '"{{name}}" is not a file Tandem imports. Choose Markdown files (.md or .markdown) with Hugo front matter, or a Tandem bundle (.zip).',
  unknownBatch: 'This import is not known by that id (it must be a UUID). Choose the files again.',
  busyAdding: 'These files are being imported right now, so no file can be added to them. Wait for the import to finish.',
  busyImporting: 'These files are being imported right now, so they cannot be imported twice. Wait for the import to finish.',
  busyDiscarding: 'These files are being imported right now, so they cannot be dropped now. Wait for the import to finish.',
  emptyFile: '{{name}} is empty (0 bytes). Choose the file itself; if it came from a download, download it again.',
  fileTooLarge:
    '{{name}} is {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB; Tandem imports up to {{max, number}} MB at once. Import the Markdown files in smaller groups, or export a smaller bundle.',
  markdownTooLarge:
    '{{name}} is {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB; Tandem imports Markdown files up to {{max, number}} MB. Split it.',
  filesTooLarge:
    'These files come to {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB together; Tandem imports up to {{max, number}} MB at once. Import them in smaller groups.',
  tooManyFiles: 'Tandem imports up to {{max, number}} files at once. Import the rest in a second import.',
  bundleChosen: 'Import one Tandem bundle at a time: {{name}} is already chosen. A bundle brings a whole workspace (its settings, lists and ids).',
  bundleAlone: 'A Tandem bundle (.zip) is imported on its own, into an empty workspace: import it first, then the Markdown files in a second import.',
  diskFull: '{{name}} could not be kept for the import: the disk is full. Free some space and try again.',
  noFiles: 'This import holds no files (they were imported already, dropped, or cleared away after a day). Choose the files again.',

  /* Paths given to an import. */
  notThere: '{{path}} does not exist. Check the path and try again.',
  noPermission: '{{path}} cannot be read: you do not have permission to read it.',
  /** `code` is the system's error code (EACCES, say). */
  folderUnreadable: 'The folder {{path}} cannot be read ({{code}}).',
  nothingGiven: 'Give at least one Markdown file, folder or bundle to import.',
  noMarkdown: 'The folder {{path}} holds no Markdown files (.md) and is not a Tandem bundle (no manifest.json).',
  notImportablePath:
    '{{path}} is not something Tandem imports: give Markdown files (.md), folders of them, or a Tandem bundle (a folder with manifest.json, or a .zip).',
  oneBundle: 'Import one Tandem bundle at a time: a bundle brings a whole workspace (its settings, lists and ids).',
  bundleFirst: 'Import the Tandem bundle on its own first (it goes into an empty workspace), then the Markdown files in a second import.',
  onlySectionPages: 'The Markdown files given are all section pages (_index.md); there are no articles among them.',

  /* A bundle goes only into an empty workspace. `ids` are the first few articles' ids. */
  bundleTaken_one:
    '{{label}} holds an article this workspace already has ({{ids}}). A bundle is imported into an empty workspace only: open a new folder with --data DIR and import it there.',
  bundleTaken_other:
    '{{label}} holds {{count, number}} articles this workspace already has ({{ids}}). A bundle is imported into an empty workspace only: open a new folder with --data DIR and import it there.',
  workspaceNotEmpty_one:
    'This workspace already has {{count, number}} article (counting the trash). A bundle brings a whole workspace (its settings, lists and ids), so it is imported into an empty workspace only: open a new folder with --data DIR and import it there.',
  workspaceNotEmpty_other:
    'This workspace already has {{count, number}} articles (counting the trash). A bundle brings a whole workspace (its settings, lists and ids), so it is imported into an empty workspace only: open a new folder with --data DIR and import it there.',

  /* A bundle's zip. `name` is an entry's name in quotes; sizes are in bytes. */
  zip: {
    notZip: '{{label}} cannot be imported: it is not a readable zip ({{detail}}).',
    tooManyEntries: '{{label}} cannot be imported: it holds {{entries}} entries; Tandem reads bundles of up to {{max}}.',
    symlink: '{{label}} cannot be imported: the entry {{name}} is a symbolic link.',
    duplicate: '{{label}} cannot be imported: two entries are named {{name}}.',
    encrypted: '{{label}} cannot be imported: the entry {{name}} is encrypted.',
    method: '{{label}} cannot be imported: the entry {{name}} is compressed in a way Tandem does not read (method {{method}}); zip it again with deflate.',
    entryTooLarge: '{{label}} cannot be imported: the entry {{name}} would unpack to {{bytes}} bytes; Tandem reads entries of up to {{max}}.',
    tooLarge: '{{label}} cannot be imported: it would unpack to more than {{max}} bytes, more than Tandem reads from one bundle.',
    unreadableEntry: '{{label}} cannot be imported: the entry {{name}} cannot be read ({{detail}}).',
    inflatesPast: '{{label}} cannot be imported: the entry {{name}} unpacks to more than the {{declared}} bytes it declares (a damaged or hostile zip).',
    sizeMismatch: '{{label}} cannot be imported: the entry {{name}} unpacks to {{bytes}} bytes but declares {{declared}} (a damaged zip).',
  },

  /* A name in a bundle that could leave it: in a zip, in a folder, in the manifest's list. */
  unsafe: {
    zip: {
      noName: '{{label}} cannot be imported: an entry has no name.',
      nul: '{{label}} cannot be imported: the entry name {{name}} holds a NUL character.',
      backslash: '{{label}} cannot be imported: the entry name {{name}} holds a backslash.',
      absolute: '{{label}} cannot be imported: the entry {{name}} has an absolute path.',
      parent: '{{label}} cannot be imported: the entry {{name}} points outside the bundle (a ".." in its path).',
      dot: '{{label}} cannot be imported: the entry name {{name}} has an empty or "." part.',
    },
    folder: {
      noName: '{{label}} cannot be imported: a file has no name.',
      nul: '{{label}} cannot be imported: the file name {{name}} holds a NUL character.',
      backslash: '{{label}} cannot be imported: the file name {{name}} holds a backslash.',
      absolute: '{{label}} cannot be imported: the file {{name}} has an absolute path.',
      parent: '{{label}} cannot be imported: the file {{name}} points outside the bundle (a ".." in its path).',
      dot: '{{label}} cannot be imported: the file name {{name}} has an empty or "." part.',
      symlink: '{{label}} cannot be imported: {{name}} is a symbolic link.',
    },
    manifest: {
      noName: 'at files[{{index}}].path: an entry has no name.',
      nul: 'at files[{{index}}].path: the entry name {{name}} holds a NUL character.',
      backslash: 'at files[{{index}}].path: the entry name {{name}} holds a backslash.',
      absolute: 'at files[{{index}}].path: the entry {{name}} has an absolute path.',
      parent: 'at files[{{index}}].path: the entry {{name}} points outside the bundle (a ".." in its path).',
      dot: 'at files[{{index}}].path: the entry name {{name}} has an empty or "." part.',
    },
  },

  /* A bundle's files. All but the first three and the notes follow "file:"; `where` is a JSON path. */
  bundle: {
    notBundle: '{{label}} is not a Tandem bundle: it has no manifest.json.',
    incomplete: '{{label}} is not a complete Tandem bundle: its manifest does not list {{path}}.',
    /** `name` is the file's path in the bundle (in quotes when in a zip). */
    noFile: '{{label}} cannot be imported: it has no file {{name}}.',
    notUtf8: 'it is not UTF-8 text.',
    /** `detail` is the JSON parser's message, in English. */
    notJson: 'it is not valid JSON ({{detail}}). The bundle is damaged.',
    /** `detail` is what the schema check said, in English. */
    schema: 'at {{where}}: {{detail}}. The bundle is damaged or from another version of Tandem.',
    schemaWhole: 'at (the whole file): {{detail}}. The bundle is damaged or from another version of Tandem.',
    schemaUnknown: 'at (the whole file): it does not fit the bundle format. The bundle is damaged or from another version of Tandem.',
    missingFile: 'the manifest lists this file, but the bundle does not have it.',
    sizeMismatch: 'it is {{size}} bytes, but the manifest says {{expected}}: the file was changed or cut short.',
    shaMismatch: 'its sha256 does not match the manifest: the file was changed or damaged.',
    changed: 'it changed while it was being imported. Import the bundle again.',
    listedTwice: 'at {{where}}: {{item}} is listed twice.',
    pathIsFolder: 'at {{where}}: {{path}} is a folder, not a file.',
    baseUrl: 'at baseUrl: it is not a web address such as https://news.example.org/.',
    idMismatch: 'at id: it is {{id}}, but the file is named for {{expected}}.',
    unknownSection: 'at section: "{{section}}" is not one of the sections in data/site.json.',
    unknownOriginal: 'at originalLang: "{{lang}}" is not one of the languages in data/site.json.',
    unknownLang: 'at {{where}}: "{{lang}}" is not one of the languages in data/site.json.',
    secondVersion: 'at {{where}}: there is a second {{lang}} version.',
    leadNotDescribed: 'at leadMediaId: the lead photo is not described in media.',
    imageNotDescribed: 'at {{where}}: it places image {{id}}, which is not described in media.',
    notFileOf: 'at {{where}}: {{path}} is not a file of image {{id}}.',
    pathMismatch: 'at {{where}}: {{path}} does not match its width and format.',
    notInManifest: 'at {{where}}: the manifest does not list {{path}}.',
    secondListId: 'at {{where}}: a second list has the id {{id}}.',
    /** `kind` is the list's kind as the bundle names it (editors-choice, popular). */
    secondList: 'at {{where}}: there is a second {{kind}} list.',
    frontNeedsSection: 'at {{where}}: a section front needs one of the sections in data/site.json.',
    secondFront: 'at {{where}}: there is a second front for {{section}}.',
    mediaNotStored: {
      diskFull: "The bundle's images could not be stored in the workspace's media folder: the disk is full.",
      quota: "The bundle's images could not be stored in the workspace's media folder: your disk quota is used up.",
      permission: "The bundle's images could not be stored in the workspace's media folder: Tandem may not write to the workspace folder.",
      readOnlyDisk: "The bundle's images could not be stored in the workspace's media folder: the workspace is on a read-only disk.",
      other: "The bundle's images could not be stored in the workspace's media folder: {{detail}}.",
    },
    /** Warnings after a bundle went in. */
    lacksOriginal_one:
      '{{count, number}} image has no file in its own format in the bundle, so the library holds only the sizes the bundle has of it.',
    lacksOriginal_other:
      '{{count, number}} images have no file in their own format in the bundle, so the library holds only the sizes the bundle has of them.',
    withoutOriginal_one:
      '{{count, number}} article came without its original language (a bundle holds only ready and published languages), so its translations show as stale until the original is written again: {{ids}}.',
    withoutOriginal_other:
      '{{count, number}} articles came without their original language (a bundle holds only ready and published languages), so their translations show as stale until the original is written again: {{ids}}.',
  },

  /* A Markdown file (following "file, line N:"). */
  markdown: {
    tooLarge: 'it is {{size, number}} MB; Tandem imports Markdown files up to {{max, number}} MB. Split it.',
    notUtf8: 'it is not UTF-8 text. Save it as UTF-8 and import again.',
    /** `languages` are the workspace's language codes. */
    langNotUsed: '`lang: {{lang}}` names a language this workspace does not use (its languages are {{languages}}). Use one of those.',
    fileLangNotUsed:
      'the file name says its language is "{{lang}}", which this workspace does not use (its languages are {{languages}}). Rename the file, or give its language in the front matter, such as `lang: {{example}}`.',
    noLanguages: 'this workspace has no languages to import into.',
    badSection: '`section: {{section}}` cannot be a section id. Use Latin letters, digits and hyphens, such as `section: news`.',
    noSections: 'this workspace has no sections; add `section: news` to the front matter.',
    badFolder: 'its folder "{{folder}}" cannot name a section. Add a section to the front matter, such as `section: news`.',
    bodyTooLong: 'its text is too long for one article. Split it into two files.',
    /** `detail` is what the body check said, in English. */
    bodyInvalid: 'its text could not be made into an article body ({{detail}}). Simplify the Markdown and import again.',
    bodyInvalidUnknown: 'its text could not be made into an article body (unknown problem). Simplify the Markdown and import again.',
    twin: 'it is the same article in the same language as {{other}} (translation key "{{key}}", language {{lang}}). Give one of them its own `translationKey`, or leave one out.',
    listTooDeep_one: 'this list is nested more than {{count, number}} level deep; Tandem keeps up to {{count, number}}. Move its innermost items up a level.',
    listTooDeep_other: 'this list is nested more than {{count, number}} levels deep; Tandem keeps up to {{count, number}}. Move its innermost items up a level.',
  },

  /* A Markdown file's front matter (following "file, line N:"). */
  frontMatter: {
    /** `detail` is the YAML parser's message, in English. */
    notYaml: 'the front matter is not valid YAML: {{detail}}. Fix it (or quote the value) and import again.',
    notFields: 'the front matter must be fields, one per line, such as `title: "A headline"`.',
    plainName: 'each front-matter field needs a plain name, such as `title:`.',
    unreadableValue: 'the value of `{{name}}` could not be read ({{detail}}).',
    toml: 'this file has TOML front matter (between +++ lines); Tandem reads YAML front matter. Write it between --- lines (`title = "x"` becomes `title: "x"`) and import again.',
    notClosed: 'the front matter that starts here is never closed. Add a line with --- where it ends, before the text.',
  },

  /* A front-matter field's value (following "file, line N:"). `value` is the value as written, in JSON. */
  fields: {
    notText: '`{{name}}` must be text, not {{value}}. Write it on one line, such as `{{name}}: "…"`.',
    notTextList: '`{{name}}` must be text, not a list. Write it on one line, such as `{{name}}: "…"`.',
    notTextGroup: '`{{name}}` must be text, not a group of fields. Write it on one line, such as `{{name}}: "…"`.',
    tooLong: '`{{name}}` is {{length}} characters long; Tandem keeps up to {{max}}. Shorten it.',
    control: '`{{name}}` holds a control character. Remove it.',
    notList: '`{{name}}` must be a list, such as `{{name}}: ["one", "two"]`, not {{value}}.',
    notListGroup: '`{{name}}` must be a list, such as `{{name}}: ["one", "two"]`, not a group of fields.',
    entryNotText: 'every entry of `{{name}}` must be text; one is {{value}}.',
    entryNotTextList: 'every entry of `{{name}}` must be text; one is a list.',
    entryNotTextGroup: 'every entry of `{{name}}` must be text; one is a group of fields.',
    entryTooLong: 'an entry of `{{name}}` is {{length}} characters long; Tandem keeps up to {{max}}.',
    entryControl: 'an entry of `{{name}}` holds a control character. Remove it.',
    tooMany: '`{{name}}` lists {{entries}} entries; Tandem keeps up to {{max}}.',
    notBoolean: '`{{name}}` must be true or false, not {{value}}.',
    notBooleanList: '`{{name}}` must be true or false, not a list.',
    notBooleanGroup: '`{{name}}` must be true or false, not a group of fields.',
    notDate: '`{{name}}` is not a date ({{value}}). Write it as 2024-05-01 or 2024-05-01T10:00:00+04:00.',
    notDateList: '`{{name}}` is not a date (a list). Write it as 2024-05-01 or 2024-05-01T10:00:00+04:00.',
    notDateGroup: '`{{name}}` is not a date (a group of fields). Write it as 2024-05-01 or 2024-05-01T10:00:00+04:00.',
    notCount: '`{{name}}` must be a whole number of 0 or more, not {{value}}.',
    notCountList: '`{{name}}` must be a whole number of 0 or more, not a list.',
    notCountGroup: '`{{name}}` must be a whole number of 0 or more, not a group of fields.',
    notLanguage: '`lang` must be a language code such as "ru" or "en", not {{value}}.',
  },

  /**
   * What an import left out or changed, counted over every file. `files` names the files
   * (a few, then `filesMore`); `fields` lists the front-matter fields not kept.
   */
  warnings: {
    filesMore: '{{named}} and {{more, number}} more',
    image_one: '{{count, number}} image was left out: photos come from the library: add them there, then place them. In {{files}}.',
    image_other: '{{count, number}} images were left out: photos come from the library: add them there, then place them. In {{files}}.',
    html_one: '{{count, number}} piece of HTML was left out: only their text, if any, was kept. In {{files}}.',
    html_other: '{{count, number}} pieces of HTML were left out: only their text, if any, was kept. In {{files}}.',
    code_one: '{{count, number}} code block was kept as plain text: bodies have no code blocks. In {{files}}.',
    code_other: '{{count, number}} code blocks were kept as plain text: bodies have no code blocks. In {{files}}.',
    rule_one: '{{count, number}} horizontal rule was left out: bodies have no rules between paragraphs. In {{files}}.',
    rule_other: '{{count, number}} horizontal rules were left out: bodies have no rules between paragraphs. In {{files}}.',
    link_one: '{{count, number}} link was kept as text only: only web (http, https) and e-mail links are allowed. In {{files}}.',
    link_other: '{{count, number}} links were kept as text only: only web (http, https) and e-mail links are allowed. In {{files}}.',
    otherMarkdown_one: '{{count, number}} other piece of Markdown was left out: bodies have no such element. In {{files}}.',
    otherMarkdown_other: '{{count, number}} other pieces of Markdown were left out: bodies have no such element. In {{files}}.',
    slug_one: '{{count, number}} slug was changed to fit: slugs are lower-case Latin letters, digits and single hyphens. In {{files}}.',
    slug_other: '{{count, number}} slugs were changed to fit: slugs are lower-case Latin letters, digits and single hyphens. In {{files}}.',
    field_one: '{{count, number}} front-matter field was not kept ({{fields}}): Tandem has no place for them. In {{files}}.',
    field_other: '{{count, number}} front-matter fields were not kept ({{fields}}): Tandem has no place for them. In {{files}}.',
    unaligned_one:
      '{{count, number}} translation was not linked to its original paragraph by paragraph: their blocks do not line up with the original’s; check them side by side. In {{files}}.',
    unaligned_other:
      '{{count, number}} translations were not linked to their originals paragraph by paragraph: their blocks do not line up with the original’s; check them side by side. In {{files}}.',
    title_one: '{{count, number}} file had no title: the first heading or the file name was used. In {{files}}.',
    title_other: '{{count, number}} files had no title: the first heading or the file name was used. In {{files}}.',
    /** The desk's lists a Markdown import added to; `list` is the list's name. */
    listFull_one: '{{list}} holds at most its maximum, so {{count, number}} featured article is not in it (the newest are).',
    listFull_other: '{{list}} holds at most its maximum, so {{count, number}} featured articles are not in it (the newest are).',
    listDisplaced_one: '{{list}}: {{count, number}} item that was in it gave way to imported articles.',
    listDisplaced_other: '{{list}}: {{count, number}} items that were in it gave way to imported articles.',
  },
} as const;

export const ru: SlavicCatalog<typeof en> = {
  nothingImported: '{{problem}} Ничего не импортировано; рабочая папка осталась как была.',
  inFile: '{{file}}: {{problem}} Ничего не импортировано; рабочая папка осталась как была.',
  atLine: '{{file}}, строка {{line}}: {{problem}} Ничего не импортировано; рабочая папка осталась как была.',

  notFileName: '«{{name}}» — не имя файла: Tandem принимает только собственное имя файла, без папок, «/», «\\» и «..». Выберите сам файл.',
  notImportable: '«{{name}}» — не тот файл, который импортирует Tandem. Выберите файлы Markdown (.md или .markdown) с front matter в формате Hugo или пакет Tandem (.zip).',
  unknownBatch: 'Импорт с таким идентификатором неизвестен (идентификатор должен быть UUID). Выберите файлы снова.',
  busyAdding: 'Эти файлы сейчас импортируются, поэтому добавить к ним файл нельзя. Дождитесь конца импорта.',
  busyImporting: 'Эти файлы сейчас импортируются, поэтому импортировать их второй раз нельзя. Дождитесь конца импорта.',
  busyDiscarding: 'Эти файлы сейчас импортируются, поэтому отменить их сейчас нельзя. Дождитесь конца импорта.',
  emptyFile: 'Файл {{name}} пуст (0 байт). Выберите сам файл; если он был скачан, скачайте его ещё раз.',
  fileTooLarge:
    'Файл {{name}} весит {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} МБ; Tandem импортирует за раз не больше {{max, number}} МБ. Импортируйте файлы Markdown небольшими группами или экспортируйте пакет поменьше.',
  markdownTooLarge:
    'Файл {{name}} весит {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} МБ; Tandem импортирует файлы Markdown до {{max, number}} МБ. Разделите его.',
  filesTooLarge:
    'Вместе эти файлы весят {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} МБ; Tandem импортирует за раз не больше {{max, number}} МБ. Импортируйте их небольшими группами.',
  tooManyFiles: 'Файлов слишком много: за один импорт Tandem принимает не больше {{max, number}}. Остальные импортируйте вторым импортом.',
  bundleChosen: 'Импортируйте пакеты Tandem по одному: {{name}} уже выбран. Пакет приносит целую рабочую папку (её настройки, подборки и идентификаторы).',
  bundleAlone: 'Пакет Tandem (.zip) импортируется отдельно, в пустую рабочую папку: сначала импортируйте его, а файлы Markdown — вторым импортом.',
  diskFull: 'Файл {{name}} не удалось сохранить для импорта: диск заполнен. Освободите место и попробуйте ещё раз.',
  noFiles: 'В этом импорте нет файлов (их уже импортировали, отменили или удалили спустя сутки). Выберите файлы снова.',

  notThere: '{{path}} не существует. Проверьте путь и попробуйте ещё раз.',
  noPermission: 'Не удаётся прочитать {{path}}: у вас нет права на чтение.',
  folderUnreadable: 'Не удаётся прочитать папку {{path}} ({{code}}).',
  nothingGiven: 'Укажите для импорта хотя бы один файл Markdown, папку или пакет.',
  noMarkdown: 'В папке {{path}} нет файлов Markdown (.md), и это не пакет Tandem (в ней нет manifest.json).',
  notImportablePath:
    '{{path}} — не то, что импортирует Tandem: укажите файлы Markdown (.md), папки с ними или пакет Tandem (папку с manifest.json или файл .zip).',
  oneBundle: 'Импортируйте пакеты Tandem по одному: пакет приносит целую рабочую папку (её настройки, подборки и идентификаторы).',
  bundleFirst: 'Сначала импортируйте пакет Tandem отдельно (он импортируется в пустую рабочую папку), а файлы Markdown — вторым импортом.',
  onlySectionPages: 'Все указанные файлы Markdown — страницы рубрик (_index.md); статей среди них нет.',

  bundleTaken_one:
    'В пакете {{label}} есть {{count, number}} статья, которая уже есть в этой рабочей папке ({{ids}}). Пакет импортируется только в пустую рабочую папку: откройте новую папку с --data DIR и импортируйте его туда.',
  bundleTaken_few:
    'В пакете {{label}} есть {{count, number}} статьи, которые уже есть в этой рабочей папке ({{ids}}). Пакет импортируется только в пустую рабочую папку: откройте новую папку с --data DIR и импортируйте его туда.',
  bundleTaken_many:
    'В пакете {{label}} есть {{count, number}} статей, которые уже есть в этой рабочей папке ({{ids}}). Пакет импортируется только в пустую рабочую папку: откройте новую папку с --data DIR и импортируйте его туда.',
  bundleTaken_other:
    'В пакете {{label}} есть {{count, number}} статьи, которые уже есть в этой рабочей папке ({{ids}}). Пакет импортируется только в пустую рабочую папку: откройте новую папку с --data DIR и импортируйте его туда.',
  workspaceNotEmpty_one:
    'В этой рабочей папке уже есть {{count, number}} статья (считая корзину). Пакет приносит целую рабочую папку (её настройки, подборки и идентификаторы), поэтому импортируется только в пустую: откройте новую папку с --data DIR и импортируйте его туда.',
  workspaceNotEmpty_few:
    'В этой рабочей папке уже есть {{count, number}} статьи (считая корзину). Пакет приносит целую рабочую папку (её настройки, подборки и идентификаторы), поэтому импортируется только в пустую: откройте новую папку с --data DIR и импортируйте его туда.',
  workspaceNotEmpty_many:
    'В этой рабочей папке уже есть {{count, number}} статей (считая корзину). Пакет приносит целую рабочую папку (её настройки, подборки и идентификаторы), поэтому импортируется только в пустую: откройте новую папку с --data DIR и импортируйте его туда.',
  workspaceNotEmpty_other:
    'В этой рабочей папке уже есть {{count, number}} статьи (считая корзину). Пакет приносит целую рабочую папку (её настройки, подборки и идентификаторы), поэтому импортируется только в пустую: откройте новую папку с --data DIR и импортируйте его туда.',

  zip: {
    notZip: 'Пакет {{label}} нельзя импортировать: это не читаемый zip-архив ({{detail}}).',
    tooManyEntries: 'Пакет {{label}} нельзя импортировать: записей в нём — {{entries}}, а Tandem читает пакеты, где их не больше {{max}}.',
    symlink: 'Пакет {{label}} нельзя импортировать: запись {{name}} — символическая ссылка.',
    duplicate: 'Пакет {{label}} нельзя импортировать: две записи называются {{name}}.',
    encrypted: 'Пакет {{label}} нельзя импортировать: запись {{name}} зашифрована.',
    method: 'Пакет {{label}} нельзя импортировать: запись {{name}} сжата способом, который Tandem не читает (метод {{method}}); заархивируйте пакет заново методом deflate.',
    entryTooLarge: 'Пакет {{label}} нельзя импортировать: после распаковки запись {{name}} займёт {{bytes}} Б; Tandem читает записи размером до {{max}} Б.',
    tooLarge: 'Пакет {{label}} нельзя импортировать: после распаковки он займёт больше {{max}} Б — больше, чем Tandem читает из одного пакета.',
    unreadableEntry: 'Пакет {{label}} нельзя импортировать: запись {{name}} не читается ({{detail}}).',
    inflatesPast: 'Пакет {{label}} нельзя импортировать: запись {{name}} распаковывается в объём больше заявленных {{declared}} Б (повреждённый или вредоносный zip).',
    sizeMismatch: 'Пакет {{label}} нельзя импортировать: запись {{name}} распаковывается в {{bytes}} Б, а заявлено {{declared}} Б (повреждённый zip).',
  },

  unsafe: {
    zip: {
      noName: 'Пакет {{label}} нельзя импортировать: у одной из записей нет имени.',
      nul: 'Пакет {{label}} нельзя импортировать: имя записи {{name}} содержит символ NUL.',
      backslash: 'Пакет {{label}} нельзя импортировать: имя записи {{name}} содержит обратную косую черту.',
      absolute: 'Пакет {{label}} нельзя импортировать: у записи {{name}} абсолютный путь.',
      parent: 'Пакет {{label}} нельзя импортировать: запись {{name}} указывает за пределы пакета (в её пути есть «..»).',
      dot: 'Пакет {{label}} нельзя импортировать: в имени записи {{name}} есть пустая часть или часть «.».',
    },
    folder: {
      noName: 'Пакет {{label}} нельзя импортировать: у одного из файлов нет имени.',
      nul: 'Пакет {{label}} нельзя импортировать: имя файла {{name}} содержит символ NUL.',
      backslash: 'Пакет {{label}} нельзя импортировать: имя файла {{name}} содержит обратную косую черту.',
      absolute: 'Пакет {{label}} нельзя импортировать: у файла {{name}} абсолютный путь.',
      parent: 'Пакет {{label}} нельзя импортировать: файл {{name}} указывает за пределы пакета (в его пути есть «..»).',
      dot: 'Пакет {{label}} нельзя импортировать: в имени файла {{name}} есть пустая часть или часть «.».',
      symlink: 'Пакет {{label}} нельзя импортировать: {{name}} — символическая ссылка.',
    },
    manifest: {
      noName: 'в поле files[{{index}}].path: у записи нет имени.',
      nul: 'в поле files[{{index}}].path: имя записи {{name}} содержит символ NUL.',
      backslash: 'в поле files[{{index}}].path: имя записи {{name}} содержит обратную косую черту.',
      absolute: 'в поле files[{{index}}].path: у записи {{name}} абсолютный путь.',
      parent: 'в поле files[{{index}}].path: запись {{name}} указывает за пределы пакета (в её пути есть «..»).',
      dot: 'в поле files[{{index}}].path: в имени записи {{name}} есть пустая часть или часть «.».',
    },
  },

  bundle: {
    notBundle: '{{label}} — не пакет Tandem: в нём нет manifest.json.',
    incomplete: '{{label}} — неполный пакет Tandem: в его манифесте нет {{path}}.',
    noFile: 'Пакет {{label}} нельзя импортировать: в нём нет файла {{name}}.',
    notUtf8: 'это не текст в кодировке UTF-8.',
    notJson: 'это некорректный JSON ({{detail}}). Пакет повреждён.',
    schema: 'в поле {{where}}: {{detail}}. Пакет повреждён или создан другой версией Tandem.',
    schemaWhole: 'в файле целиком: {{detail}}. Пакет повреждён или создан другой версией Tandem.',
    schemaUnknown: 'файл целиком не соответствует формату пакета. Пакет повреждён или создан другой версией Tandem.',
    missingFile: 'этот файл указан в манифесте, но в пакете его нет.',
    sizeMismatch: 'его размер — {{size}} Б, а в манифесте указано {{expected}} Б: файл изменили или обрезали.',
    shaMismatch: 'его sha256 не совпадает с манифестом: файл изменили или повредили.',
    changed: 'он изменился во время импорта. Импортируйте пакет ещё раз.',
    listedTwice: 'в поле {{where}}: {{item}} указан дважды.',
    pathIsFolder: 'в поле {{where}}: {{path}} — папка, а не файл.',
    baseUrl: 'в поле baseUrl: это не веб-адрес вида https://news.example.org/.',
    idMismatch: 'в поле id: здесь {{id}}, а файл назван по {{expected}}.',
    unknownSection: 'в поле section: рубрики «{{section}}» нет среди рубрик в data/site.json.',
    unknownOriginal: 'в поле originalLang: языка «{{lang}}» нет среди языков в data/site.json.',
    unknownLang: 'в поле {{where}}: языка «{{lang}}» нет среди языков в data/site.json.',
    secondVersion: 'в поле {{where}}: вторая версия на языке {{lang}}.',
    leadNotDescribed: 'в поле leadMediaId: главное фото не описано в media.',
    imageNotDescribed: 'в поле {{where}}: здесь стоит изображение {{id}}, которое не описано в media.',
    notFileOf: 'в поле {{where}}: {{path}} — не файл изображения {{id}}.',
    pathMismatch: 'в поле {{where}}: {{path}} не соответствует своей ширине и формату.',
    notInManifest: 'в поле {{where}}: {{path}} нет в манифесте.',
    secondListId: 'в поле {{where}}: у второй подборки тот же идентификатор {{id}}.',
    secondList: 'в поле {{where}}: вторая подборка вида {{kind}}.',
    frontNeedsSection: 'в поле {{where}}: главной странице рубрики нужна одна из рубрик в data/site.json.',
    secondFront: 'в поле {{where}}: вторая главная страница рубрики {{section}}.',
    mediaNotStored: {
      diskFull: 'Изображения из пакета не удалось записать в папку media рабочей папки: диск заполнен.',
      quota: 'Изображения из пакета не удалось записать в папку media рабочей папки: ваша дисковая квота исчерпана.',
      permission: 'Изображения из пакета не удалось записать в папку media рабочей папки: у Tandem нет права записи в рабочую папку.',
      readOnlyDisk: 'Изображения из пакета не удалось записать в папку media рабочей папки: рабочая папка находится на диске только для чтения.',
      other: 'Изображения из пакета не удалось записать в папку media рабочей папки: {{detail}}.',
    },
    lacksOriginal_one:
      'У {{count, number}} изображения нет в пакете файла в его собственном формате, поэтому в фотобанке будут только те размеры, что есть в пакете.',
    lacksOriginal_few:
      'У {{count, number}} изображений нет в пакете файлов в их собственном формате, поэтому в фотобанке будут только те размеры, что есть в пакете.',
    lacksOriginal_many:
      'У {{count, number}} изображений нет в пакете файлов в их собственном формате, поэтому в фотобанке будут только те размеры, что есть в пакете.',
    lacksOriginal_other:
      'У {{count, number}} изображения нет в пакете файлов в их собственном формате, поэтому в фотобанке будут только те размеры, что есть в пакете.',
    withoutOriginal_one:
      '{{count, number}} статья пришла без языка оригинала (в пакете только готовые и опубликованные языки), поэтому её переводы будут считаться устаревшими, пока оригинал не напишут заново: {{ids}}.',
    withoutOriginal_few:
      '{{count, number}} статьи пришли без языка оригинала (в пакете только готовые и опубликованные языки), поэтому их переводы будут считаться устаревшими, пока оригинал не напишут заново: {{ids}}.',
    withoutOriginal_many:
      '{{count, number}} статей пришли без языка оригинала (в пакете только готовые и опубликованные языки), поэтому их переводы будут считаться устаревшими, пока оригинал не напишут заново: {{ids}}.',
    withoutOriginal_other:
      '{{count, number}} статьи пришли без языка оригинала (в пакете только готовые и опубликованные языки), поэтому их переводы будут считаться устаревшими, пока оригинал не напишут заново: {{ids}}.',
  },

  markdown: {
    tooLarge: 'его размер — {{size, number}} МБ; Tandem импортирует файлы Markdown до {{max, number}} МБ. Разделите его.',
    notUtf8: 'это не текст в кодировке UTF-8. Сохраните его в UTF-8 и импортируйте снова.',
    langNotUsed: '`lang: {{lang}}` — язык, которого нет в этой рабочей папке (её языки: {{languages}}). Укажите один из них.',
    fileLangNotUsed:
      'по имени файла его язык — «{{lang}}», а такого языка нет в этой рабочей папке (её языки: {{languages}}). Переименуйте файл или укажите язык в front matter, например `lang: {{example}}`.',
    noLanguages: 'в этой рабочей папке нет языков, на которые можно импортировать.',
    badSection: '`section: {{section}}` не годится как идентификатор рубрики. Используйте латинские буквы, цифры и дефисы, например `section: news`.',
    noSections: 'в этой рабочей папке нет рубрик; добавьте в front matter `section: news`.',
    badFolder: 'по имени его папки «{{folder}}» нельзя назвать рубрику. Укажите рубрику в front matter, например `section: news`.',
    bodyTooLong: 'его текст слишком длинный для одной статьи. Разделите его на два файла.',
    bodyInvalid: 'его текст не удалось превратить в текст статьи ({{detail}}). Упростите разметку Markdown и импортируйте снова.',
    bodyInvalidUnknown: 'его текст не удалось превратить в текст статьи (неизвестная проблема). Упростите разметку Markdown и импортируйте снова.',
    twin: 'это та же статья на том же языке, что и {{other}} (ключ перевода «{{key}}», язык: {{lang}}). Дайте одному из файлов свой `translationKey` или уберите один из них.',
    listTooDeep_one:
      'у этого списка больше {{count, number}} уровня вложенности; Tandem хранит не больше {{count, number}}. Поднимите самые глубокие пункты на уровень выше.',
    listTooDeep_few:
      'у этого списка больше {{count, number}} уровней вложенности; Tandem хранит не больше {{count, number}}. Поднимите самые глубокие пункты на уровень выше.',
    listTooDeep_many:
      'у этого списка больше {{count, number}} уровней вложенности; Tandem хранит не больше {{count, number}}. Поднимите самые глубокие пункты на уровень выше.',
    listTooDeep_other:
      'у этого списка больше {{count, number}} уровня вложенности; Tandem хранит не больше {{count, number}}. Поднимите самые глубокие пункты на уровень выше.',
  },

  frontMatter: {
    notYaml: 'front matter — некорректный YAML: {{detail}}. Исправьте его (или возьмите значение в кавычки) и импортируйте снова.',
    notFields: 'front matter должен состоять из полей, по одному на строку, например `title: "Заголовок"`.',
    plainName: 'каждому полю front matter нужно простое имя, например `title:`.',
    unreadableValue: 'значение `{{name}}` не удалось прочитать ({{detail}}).',
    toml: 'front matter этого файла записан в TOML (между строками +++), а Tandem читает front matter в YAML. Запишите его между строками --- (`title = "x"` превращается в `title: "x"`) и импортируйте снова.',
    notClosed: 'front matter, который начинается здесь, нигде не закрыт. Добавьте строку --- там, где он кончается, перед текстом.',
  },

  fields: {
    notText: 'поле `{{name}}` должно быть текстом, а не {{value}}. Запишите его в одну строку, например `{{name}}: "…"`.',
    notTextList: 'поле `{{name}}` должно быть текстом, а не списком. Запишите его в одну строку, например `{{name}}: "…"`.',
    notTextGroup: 'поле `{{name}}` должно быть текстом, а не группой полей. Запишите его в одну строку, например `{{name}}: "…"`.',
    tooLong: 'длина поля `{{name}}` — {{length}} симв., а Tandem хранит не больше {{max}}. Сократите его.',
    control: 'поле `{{name}}` содержит управляющий символ. Удалите его.',
    notList: 'поле `{{name}}` должно быть списком, например `{{name}}: ["one", "two"]`, а не {{value}}.',
    notListGroup: 'поле `{{name}}` должно быть списком, например `{{name}}: ["one", "two"]`, а не группой полей.',
    entryNotText: 'каждый элемент `{{name}}` должен быть текстом, а один из них — {{value}}.',
    entryNotTextList: 'каждый элемент `{{name}}` должен быть текстом, а один из них — список.',
    entryNotTextGroup: 'каждый элемент `{{name}}` должен быть текстом, а один из них — группа полей.',
    entryTooLong: 'длина одного из элементов `{{name}}` — {{length}} симв., а Tandem хранит не больше {{max}}.',
    entryControl: 'один из элементов `{{name}}` содержит управляющий символ. Удалите его.',
    tooMany: 'в `{{name}}` слишком много элементов ({{entries}}); Tandem хранит не больше {{max}}.',
    notBoolean: 'поле `{{name}}` должно быть true или false, а не {{value}}.',
    notBooleanList: 'поле `{{name}}` должно быть true или false, а не списком.',
    notBooleanGroup: 'поле `{{name}}` должно быть true или false, а не группой полей.',
    notDate: 'поле `{{name}}` — не дата ({{value}}). Запишите её как 2024-05-01 или 2024-05-01T10:00:00+04:00.',
    notDateList: 'поле `{{name}}` — не дата (а список). Запишите её как 2024-05-01 или 2024-05-01T10:00:00+04:00.',
    notDateGroup: 'поле `{{name}}` — не дата (а группа полей). Запишите её как 2024-05-01 или 2024-05-01T10:00:00+04:00.',
    notCount: 'поле `{{name}}` должно быть целым числом от 0 и больше, а не {{value}}.',
    notCountList: 'поле `{{name}}` должно быть целым числом от 0 и больше, а не списком.',
    notCountGroup: 'поле `{{name}}` должно быть целым числом от 0 и больше, а не группой полей.',
    notLanguage: 'поле `lang` должно быть кодом языка, например "ru" или "en", а не {{value}}.',
  },

  warnings: {
    filesMore: '{{named}} и ещё {{more, number}}',
    image_one: '{{count, number}} изображение пропущено: фото берутся из фотобанка — добавьте их туда, затем вставьте в текст. Файлы: {{files}}.',
    image_few: '{{count, number}} изображения пропущены: фото берутся из фотобанка — добавьте их туда, затем вставьте в текст. Файлы: {{files}}.',
    image_many: '{{count, number}} изображений пропущено: фото берутся из фотобанка — добавьте их туда, затем вставьте в текст. Файлы: {{files}}.',
    image_other: '{{count, number}} изображения пропущено: фото берутся из фотобанка — добавьте их туда, затем вставьте в текст. Файлы: {{files}}.',
    html_one: '{{count, number}} фрагмент HTML пропущен: сохранён только текст из него, если он был. Файлы: {{files}}.',
    html_few: '{{count, number}} фрагмента HTML пропущены: сохранён только текст из них, если он был. Файлы: {{files}}.',
    html_many: '{{count, number}} фрагментов HTML пропущено: сохранён только текст из них, если он был. Файлы: {{files}}.',
    html_other: '{{count, number}} фрагмента HTML пропущено: сохранён только текст из них, если он был. Файлы: {{files}}.',
    code_one: '{{count, number}} блок кода сохранён как обычный текст: в тексте статьи нет блоков кода. Файлы: {{files}}.',
    code_few: '{{count, number}} блока кода сохранены как обычный текст: в тексте статьи нет блоков кода. Файлы: {{files}}.',
    code_many: '{{count, number}} блоков кода сохранено как обычный текст: в тексте статьи нет блоков кода. Файлы: {{files}}.',
    code_other: '{{count, number}} блока кода сохранено как обычный текст: в тексте статьи нет блоков кода. Файлы: {{files}}.',
    rule_one: '{{count, number}} горизонтальная линия пропущена: в тексте статьи нет линий между абзацами. Файлы: {{files}}.',
    rule_few: '{{count, number}} горизонтальные линии пропущены: в тексте статьи нет линий между абзацами. Файлы: {{files}}.',
    rule_many: '{{count, number}} горизонтальных линий пропущено: в тексте статьи нет линий между абзацами. Файлы: {{files}}.',
    rule_other: '{{count, number}} горизонтальной линии пропущено: в тексте статьи нет линий между абзацами. Файлы: {{files}}.',
    link_one: '{{count, number}} ссылка сохранена только как текст: разрешены только веб-ссылки (http, https) и ссылки на e-mail. Файлы: {{files}}.',
    link_few: '{{count, number}} ссылки сохранены только как текст: разрешены только веб-ссылки (http, https) и ссылки на e-mail. Файлы: {{files}}.',
    link_many: '{{count, number}} ссылок сохранено только как текст: разрешены только веб-ссылки (http, https) и ссылки на e-mail. Файлы: {{files}}.',
    link_other: '{{count, number}} ссылки сохранено только как текст: разрешены только веб-ссылки (http, https) и ссылки на e-mail. Файлы: {{files}}.',
    otherMarkdown_one: '{{count, number}} другой элемент Markdown пропущен: в тексте статьи таких элементов нет. Файлы: {{files}}.',
    otherMarkdown_few: '{{count, number}} других элемента Markdown пропущены: в тексте статьи таких элементов нет. Файлы: {{files}}.',
    otherMarkdown_many: '{{count, number}} других элементов Markdown пропущено: в тексте статьи таких элементов нет. Файлы: {{files}}.',
    otherMarkdown_other: '{{count, number}} другого элемента Markdown пропущено: в тексте статьи таких элементов нет. Файлы: {{files}}.',
    slug_one: '{{count, number}} slug изменён по правилам: slug состоит из строчных латинских букв, цифр и одиночных дефисов. Файлы: {{files}}.',
    slug_few: '{{count, number}} slug изменены по правилам: slug состоит из строчных латинских букв, цифр и одиночных дефисов. Файлы: {{files}}.',
    slug_many: '{{count, number}} slug изменено по правилам: slug состоит из строчных латинских букв, цифр и одиночных дефисов. Файлы: {{files}}.',
    slug_other: '{{count, number}} slug изменено по правилам: slug состоит из строчных латинских букв, цифр и одиночных дефисов. Файлы: {{files}}.',
    field_one: '{{count, number}} поле front matter не сохранено ({{fields}}): в Tandem для него нет места. Файлы: {{files}}.',
    field_few: '{{count, number}} поля front matter не сохранены ({{fields}}): в Tandem для них нет места. Файлы: {{files}}.',
    field_many: '{{count, number}} полей front matter не сохранено ({{fields}}): в Tandem для них нет места. Файлы: {{files}}.',
    field_other: '{{count, number}} поля front matter не сохранено ({{fields}}): в Tandem для них нет места. Файлы: {{files}}.',
    unaligned_one:
      '{{count, number}} перевод не связан с оригиналом абзац за абзацем: его блоки не совпадают с блоками оригинала; сверьте их рядом. Файлы: {{files}}.',
    unaligned_few:
      '{{count, number}} перевода не связаны с оригиналами абзац за абзацем: их блоки не совпадают с блоками оригинала; сверьте их рядом. Файлы: {{files}}.',
    unaligned_many:
      '{{count, number}} переводов не связано с оригиналами абзац за абзацем: их блоки не совпадают с блоками оригинала; сверьте их рядом. Файлы: {{files}}.',
    unaligned_other:
      '{{count, number}} перевода не связано с оригиналами абзац за абзацем: их блоки не совпадают с блоками оригинала; сверьте их рядом. Файлы: {{files}}.',
    title_one: 'У {{count, number}} файла не было заголовка: взят первый заголовок текста или имя файла. Файлы: {{files}}.',
    title_few: 'У {{count, number}} файлов не было заголовка: взят первый заголовок текста или имя файла. Файлы: {{files}}.',
    title_many: 'У {{count, number}} файлов не было заголовка: взят первый заголовок текста или имя файла. Файлы: {{files}}.',
    title_other: 'У {{count, number}} файла не было заголовка: взят первый заголовок текста или имя файла. Файлы: {{files}}.',
    listFull_one: 'Подборка «{{list}}» заполнена до предела, поэтому {{count, number}} избранная статья в неё не попала (попали самые новые).',
    listFull_few: 'Подборка «{{list}}» заполнена до предела, поэтому {{count, number}} избранные статьи в неё не попали (попали самые новые).',
    listFull_many: 'Подборка «{{list}}» заполнена до предела, поэтому {{count, number}} избранных статей в неё не попали (попали самые новые).',
    listFull_other: 'Подборка «{{list}}» заполнена до предела, поэтому {{count, number}} избранной статьи в неё не попали (попали самые новые).',
    listDisplaced_one: '«{{list}}»: {{count, number}} пункт, который был в подборке, уступил место импортированным статьям.',
    listDisplaced_few: '«{{list}}»: {{count, number}} пункта, которые были в подборке, уступили место импортированным статьям.',
    listDisplaced_many: '«{{list}}»: {{count, number}} пунктов, которые были в подборке, уступили место импортированным статьям.',
    listDisplaced_other: '«{{list}}»: {{count, number}} пункта, которые были в подборке, уступили место импортированным статьям.',
  },
};
