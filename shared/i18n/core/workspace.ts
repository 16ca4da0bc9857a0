import type { SlavicCatalog } from '../types';

/** What core says when it opens a workspace folder: a folder it cannot use, a file that is not its store, a store it opens read-only. */
export const en = {
  /** Why a folder cannot be used or written to, said inside another sentence after a colon. */
  why: {
    notDir: 'part of that path is a file, not a folder',
    inTheWay: 'a file with that name is in the way',
    noPermission: 'you do not have permission to write there',
    readOnlyDisk: 'it is on a read-only disk',
    diskFull: 'the disk is full',
    pathTooLong: 'the path is too long',
    system: 'the system said: {{detail}}',
  },
  cannotUseFolder:
    'Tandem cannot use the folder {{dir}} as its workspace: {{reason}}. Make the folder writable, or choose another folder with --data DIR or the TANDEM_DATA environment variable.',
  notSqlite:
    '{{file}} is not a SQLite database (or one damaged beyond reading), not a Tandem workspace. Tandem left it untouched. To use Tandem, choose another folder with --data DIR or the TANDEM_DATA environment variable.',
  unreadable:
    '{{file}} is a file Tandem cannot read ({{detail}}), not a Tandem workspace. Tandem left it untouched. To use Tandem, choose another folder with --data DIR or the TANDEM_DATA environment variable.',
  foreignDatabase:
    "{{file}} is another application's SQLite database, not a Tandem workspace. Tandem left it untouched. To use Tandem, choose another folder with --data DIR or the TANDEM_DATA environment variable.",
  notAFile:
    '{{file}} is a folder or device, not a Tandem workspace. Tandem left it untouched. To use Tandem, choose another folder with --data DIR or the TANDEM_DATA environment variable.',
  tooDamaged:
    '{{file}} is a SQLite file so damaged that Tandem cannot tell what it holds ({{detail}}). Tandem left it untouched. If it is your Tandem workspace, restore your latest backup into a new folder; otherwise choose another folder with --data DIR or the TANDEM_DATA environment variable.',
  /** A store found damaged when it was opened: opened read-only. */
  damaged: {
    checkFound_one:
      'The workspace file {{file}} is damaged: its quick check found {{count}} problem. Tandem opened it read-only and changed nothing, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
    checkFound_other:
      'The workspace file {{file}} is damaged: its quick check found {{count}} problems. Tandem opened it read-only and changed nothing, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
    checkFoundAtLeast_one:
      'The workspace file {{file}} is damaged: its quick check found at least {{count}} problem. Tandem opened it read-only and changed nothing, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
    checkFoundAtLeast_other:
      'The workspace file {{file}} is damaged: its quick check found at least {{count}} problems. Tandem opened it read-only and changed nothing, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
    unreadable:
      'The workspace file {{file}} is damaged ({{detail}}). Tandem opened it read-only and changed nothing, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
  },
  /** A store the background check found damaged after it was opened: switched to read-only. */
  damagedLater: {
    checkFound_one:
      'The workspace file {{file}} is damaged: its quick check found {{count}} problem. Tandem found this while checking it after opening and switched it to read-only, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
    checkFound_other:
      'The workspace file {{file}} is damaged: its quick check found {{count}} problems. Tandem found this while checking it after opening and switched it to read-only, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
    checkFoundAtLeast_one:
      'The workspace file {{file}} is damaged: its quick check found at least {{count}} problem. Tandem found this while checking it after opening and switched it to read-only, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
    checkFoundAtLeast_other:
      'The workspace file {{file}} is damaged: its quick check found at least {{count}} problems. Tandem found this while checking it after opening and switched it to read-only, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
    unreadable:
      'The workspace file {{file}} is damaged ({{detail}}). Tandem found this while checking it after opening and switched it to read-only, so you can still read and copy your work. To keep writing, restore your latest backup into a new folder, or run `tandem check` for details.',
  },
  notWritable:
    'The workspace file {{file}} may not be written to (its permissions, or a read-only disk). It is open read-only and nothing in it was changed. Make the file writable to keep working, or choose another folder with --data DIR or the TANDEM_DATA environment variable.',
  newer:
    'This workspace was made by a newer version of Tandem (store version {{version}}; this Tandem knows up to {{latest}}). It is open read-only and nothing in it was changed. Update Tandem to keep writing in it.',
  /** Why the workspace is read-only ({{problem}}), and that even reading it failed. */
  readOnlyFailed: '{{problem}} (Opening it read-only failed too: {{detail}}.)',
} as const;

const CHOOSE_ANOTHER = 'выберите другую папку с помощью --data DIR или переменной окружения TANDEM_DATA';
const RESTORE_OR_CHECK =
  'Чтобы продолжить работу, восстановите последнюю резервную копию в новую папку или запустите `tandem check`, чтобы узнать подробности.';
const OPENED = 'Tandem открыл его только для чтения и ничего не менял: работу по-прежнему можно читать и копировать.';
const SWITCHED = 'Tandem обнаружил это при проверке после открытия и перевёл рабочую папку в режим только для чтения: работу по-прежнему можно читать и копировать.';

export const ru: SlavicCatalog<typeof en> = {
  why: {
    notDir: 'часть этого пути — файл, а не папка',
    inTheWay: 'на этом месте уже есть файл с таким именем',
    noPermission: 'у вас нет права записи в это место',
    readOnlyDisk: 'она на диске, доступном только для чтения',
    diskFull: 'диск заполнен',
    pathTooLong: 'путь слишком длинный',
    system: 'система сообщила: {{detail}}',
  },
  cannotUseFolder: `Tandem не может сделать папку {{dir}} рабочей: {{reason}}. Разрешите запись в папку или ${CHOOSE_ANOTHER}.`,
  notSqlite: `{{file}} — не база данных SQLite (или настолько повреждённая, что её не прочитать), а значит, не файл рабочей папки Tandem. Tandem оставил его как есть. Чтобы работать в Tandem, ${CHOOSE_ANOTHER}.`,
  unreadable: `{{file}} — файл, который Tandem не может прочитать ({{detail}}), а не файл рабочей папки Tandem. Tandem оставил его как есть. Чтобы работать в Tandem, ${CHOOSE_ANOTHER}.`,
  foreignDatabase: `{{file}} — база данных SQLite другого приложения, а не файл рабочей папки Tandem. Tandem оставил её как есть. Чтобы работать в Tandem, ${CHOOSE_ANOTHER}.`,
  notAFile: `{{file}} — папка или устройство, а не файл рабочей папки Tandem. Tandem оставил всё как есть. Чтобы работать в Tandem, ${CHOOSE_ANOTHER}.`,
  tooDamaged: `{{file}} — файл SQLite, повреждённый так сильно, что Tandem не может понять, что в нём ({{detail}}). Tandem оставил его как есть. Если это файл вашей рабочей папки Tandem, восстановите последнюю резервную копию в новую папку; если нет — ${CHOOSE_ANOTHER}.`,
  damaged: {
    checkFound_one: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла {{count}} проблему. ${OPENED} ${RESTORE_OR_CHECK}`,
    checkFound_few: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла {{count}} проблемы. ${OPENED} ${RESTORE_OR_CHECK}`,
    checkFound_many: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла {{count}} проблем. ${OPENED} ${RESTORE_OR_CHECK}`,
    checkFound_other: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла {{count}} проблемы. ${OPENED} ${RESTORE_OR_CHECK}`,
    checkFoundAtLeast_one: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла как минимум {{count}} проблему. ${OPENED} ${RESTORE_OR_CHECK}`,
    checkFoundAtLeast_few: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла как минимум {{count}} проблемы. ${OPENED} ${RESTORE_OR_CHECK}`,
    checkFoundAtLeast_many: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла как минимум {{count}} проблем. ${OPENED} ${RESTORE_OR_CHECK}`,
    checkFoundAtLeast_other: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла как минимум {{count}} проблемы. ${OPENED} ${RESTORE_OR_CHECK}`,
    unreadable: `Файл рабочей папки {{file}} повреждён ({{detail}}). ${OPENED} ${RESTORE_OR_CHECK}`,
  },
  damagedLater: {
    checkFound_one: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла {{count}} проблему. ${SWITCHED} ${RESTORE_OR_CHECK}`,
    checkFound_few: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла {{count}} проблемы. ${SWITCHED} ${RESTORE_OR_CHECK}`,
    checkFound_many: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла {{count}} проблем. ${SWITCHED} ${RESTORE_OR_CHECK}`,
    checkFound_other: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла {{count}} проблемы. ${SWITCHED} ${RESTORE_OR_CHECK}`,
    checkFoundAtLeast_one: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла как минимум {{count}} проблему. ${SWITCHED} ${RESTORE_OR_CHECK}`,
    checkFoundAtLeast_few: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла как минимум {{count}} проблемы. ${SWITCHED} ${RESTORE_OR_CHECK}`,
    checkFoundAtLeast_many: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла как минимум {{count}} проблем. ${SWITCHED} ${RESTORE_OR_CHECK}`,
    checkFoundAtLeast_other: `Файл рабочей папки {{file}} повреждён: быстрая проверка нашла как минимум {{count}} проблемы. ${SWITCHED} ${RESTORE_OR_CHECK}`,
    unreadable: `Файл рабочей папки {{file}} повреждён ({{detail}}). ${SWITCHED} ${RESTORE_OR_CHECK}`,
  },
  notWritable: `В файл рабочей папки {{file}} нельзя записывать (так заданы права доступа, или диск доступен только для чтения). Он открыт только для чтения, и в нём ничего не изменено. Чтобы продолжить работу, разрешите запись в файл или ${CHOOSE_ANOTHER}.`,
  newer:
    'Эта рабочая папка создана более новой версией Tandem (версия хранилища {{version}}, а эта версия Tandem знает версии только до {{latest}}). Она открыта только для чтения, и в ней ничего не изменено. Обновите Tandem, чтобы продолжить в ней работу.',
  readOnlyFailed: '{{problem}} (Открыть только для чтения тоже не удалось: {{detail}}.)',
};
