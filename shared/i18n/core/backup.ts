import type { SlavicCatalog } from '../types';

/** What core says when it backs up a workspace (`tandem backup`, File › Back up) and checks one (`tandem check`). */
export const en = {
  alreadyExists: '{{target}} already exists. Choose another name, or move the old file away first; Tandem does not overwrite it.',
  copyFailedCheck: 'The backup copy did not pass its check ({{detail}}), so it was not kept. The workspace may be damaged: run `tandem check`.',
  copyNoAnswer: 'The backup copy did not pass its check (no answer), so it was not kept. The workspace may be damaged: run `tandem check`.',
  noWorkspace: 'There is no Tandem workspace in {{folder}}, so there is nothing to back up. Check --data DIR (or TANDEM_DATA).',
  notSqlite: '{{file}} is not a Tandem workspace (not a SQLite database), so it was not backed up.',
  cannotOpen: 'The workspace in {{folder}} could not be opened for backup: {{detail}}.',
  foreignDatabase: "{{file}} is not a Tandem workspace (another application's database), so it was not backed up.",
  writeFailed: 'The backup could not be written to {{target}}: {{detail}}. The workspace was not changed.',
  /** `tandem check`: its verdict, and the lines it adds to SQLite's own findings. */
  check: {
    noWorkspace: 'There is no Tandem workspace in {{folder}}. Check --data DIR (or TANDEM_DATA).',
    empty: 'The workspace in {{folder}} is empty: Tandem will set it up the next time it opens it.',
    notSqlite:
      '{{file}} is not a SQLite database: either it is not a Tandem workspace, or it is damaged beyond reading. Tandem did not change the file. Restore your latest backup into a new folder and open that (keep the damaged file until you are sure nothing is missing).',
    noHeader: 'the file does not start with a SQLite header',
    cannotOpen:
      'The workspace in {{folder}} could not be opened: it is damaged or unreadable. Tandem did not change the file. Restore your latest backup into a new folder and open that (keep the damaged file until you are sure nothing is missing).',
    headerUnreadable:
      'The workspace in {{folder}} is damaged: its header cannot be read. Tandem did not change the file. Restore your latest backup into a new folder and open that (keep the damaged file until you are sure nothing is missing).',
    foreignDatabase: "{{file}} is another application's SQLite database, not a Tandem workspace. Tandem left it untouched.",
    damaged_one:
      'The workspace in {{folder}} is damaged: the integrity check found {{count}} problem. Tandem did not change the file. Restore your latest backup into a new folder and open that (keep the damaged file until you are sure nothing is missing).',
    damaged_other:
      'The workspace in {{folder}} is damaged: the integrity check found {{count}} problems. Tandem did not change the file. Restore your latest backup into a new folder and open that (keep the damaged file until you are sure nothing is missing).',
    damagedAtLeast_one:
      'The workspace in {{folder}} is damaged: the integrity check found at least {{count}} problem. Tandem did not change the file. Restore your latest backup into a new folder and open that (keep the damaged file until you are sure nothing is missing).',
    damagedAtLeast_other:
      'The workspace in {{folder}} is damaged: the integrity check found at least {{count}} problems. Tandem did not change the file. Restore your latest backup into a new folder and open that (keep the damaged file until you are sure nothing is missing).',
    orphans_one: '{{count}} record refers to articles that do not exist',
    orphans_other: '{{count}} records refer to articles that do not exist',
    sound_one:
      'The workspace in {{folder}} is sound: {{count}} article ({{trash}} in the trash), store version {{version}}; the full integrity check passed.',
    sound_other:
      'The workspace in {{folder}} is sound: {{count}} articles ({{trash}} in the trash), store version {{version}}; the full integrity check passed.',
    soundNewer_one:
      'The workspace in {{folder}} is sound: {{count}} article ({{trash}} in the trash), store version {{version}}; the full integrity check passed. It was made by a newer Tandem: update Tandem to write in it.',
    soundNewer_other:
      'The workspace in {{folder}} is sound: {{count}} articles ({{trash}} in the trash), store version {{version}}; the full integrity check passed. It was made by a newer Tandem: update Tandem to write in it.',
  },
} as const;

const RESTORE =
  'Tandem не менял файл. Восстановите последнюю резервную копию в новую папку и откройте её (повреждённый файл сохраните, пока не убедитесь, что ничего не пропало).';
const SOUND = 'Рабочая папка {{folder}} в порядке:';
const PASSED = '(в корзине: {{trash}}), версия хранилища {{version}}; полная проверка целостности пройдена.';
const NEWER = 'Она создана более новой версией Tandem: обновите Tandem, чтобы писать в ней.';

export const ru: SlavicCatalog<typeof en> = {
  alreadyExists: '{{target}} уже существует. Выберите другое имя или сначала уберите старый файл: Tandem не перезаписывает файлы.',
  copyFailedCheck: 'Резервная копия не прошла проверку ({{detail}}), поэтому не сохранена. Возможно, рабочая папка повреждена: запустите `tandem check`.',
  copyNoAnswer: 'Резервная копия не прошла проверку (проверка ничего не ответила), поэтому не сохранена. Возможно, рабочая папка повреждена: запустите `tandem check`.',
  noWorkspace: 'В {{folder}} нет рабочей папки Tandem, поэтому копировать нечего. Проверьте --data DIR (или TANDEM_DATA).',
  notSqlite: '{{file}} — не файл рабочей папки Tandem (это не база данных SQLite), поэтому резервная копия не сделана.',
  cannotOpen: 'Рабочую папку {{folder}} не удалось открыть для резервного копирования: {{detail}}.',
  foreignDatabase: '{{file}} — не файл рабочей папки Tandem (это база данных другого приложения), поэтому резервная копия не сделана.',
  writeFailed: 'Резервную копию не удалось записать в {{target}}: {{detail}}. Рабочая папка не изменилась.',
  check: {
    noWorkspace: 'В {{folder}} нет рабочей папки Tandem. Проверьте --data DIR (или TANDEM_DATA).',
    empty: 'Рабочая папка {{folder}} пуста: Tandem подготовит её, когда откроет в следующий раз.',
    notSqlite: `{{file}} — не база данных SQLite: либо это не файл рабочей папки Tandem, либо он повреждён так, что его не прочитать. ${RESTORE}`,
    noHeader: 'файл не начинается с заголовка SQLite',
    cannotOpen: `Рабочую папку {{folder}} не удалось открыть: она повреждена или не читается. ${RESTORE}`,
    headerUnreadable: `Рабочая папка {{folder}} повреждена: не читается заголовок её файла. ${RESTORE}`,
    foreignDatabase: '{{file}} — база данных SQLite другого приложения, а не файл рабочей папки Tandem. Tandem оставил её как есть.',
    damaged_one: `Рабочая папка {{folder}} повреждена: проверка целостности нашла {{count}} проблему. ${RESTORE}`,
    damaged_few: `Рабочая папка {{folder}} повреждена: проверка целостности нашла {{count}} проблемы. ${RESTORE}`,
    damaged_many: `Рабочая папка {{folder}} повреждена: проверка целостности нашла {{count}} проблем. ${RESTORE}`,
    damaged_other: `Рабочая папка {{folder}} повреждена: проверка целостности нашла {{count}} проблемы. ${RESTORE}`,
    damagedAtLeast_one: `Рабочая папка {{folder}} повреждена: проверка целостности нашла как минимум {{count}} проблему. ${RESTORE}`,
    damagedAtLeast_few: `Рабочая папка {{folder}} повреждена: проверка целостности нашла как минимум {{count}} проблемы. ${RESTORE}`,
    damagedAtLeast_many: `Рабочая папка {{folder}} повреждена: проверка целостности нашла как минимум {{count}} проблем. ${RESTORE}`,
    damagedAtLeast_other: `Рабочая папка {{folder}} повреждена: проверка целостности нашла как минимум {{count}} проблемы. ${RESTORE}`,
    orphans_one: '{{count}} запись ссылается на несуществующие статьи',
    orphans_few: '{{count}} записи ссылаются на несуществующие статьи',
    orphans_many: '{{count}} записей ссылаются на несуществующие статьи',
    orphans_other: '{{count}} записи ссылаются на несуществующие статьи',
    sound_one: `${SOUND} {{count}} статья ${PASSED}`,
    sound_few: `${SOUND} {{count}} статьи ${PASSED}`,
    sound_many: `${SOUND} {{count}} статей ${PASSED}`,
    sound_other: `${SOUND} {{count}} статьи ${PASSED}`,
    soundNewer_one: `${SOUND} {{count}} статья ${PASSED} ${NEWER}`,
    soundNewer_few: `${SOUND} {{count}} статьи ${PASSED} ${NEWER}`,
    soundNewer_many: `${SOUND} {{count}} статей ${PASSED} ${NEWER}`,
    soundNewer_other: `${SOUND} {{count}} статьи ${PASSED} ${NEWER}`,
  },
};
