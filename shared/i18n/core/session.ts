import type { SlavicCatalog } from '../types';

/** What the session says: opening or creating a workspace folder, the person's preferences, the desktop shell's file dialog. */
export const en = {
  shuttingDown: 'Tandem is shutting down. Start it again to continue; your saved work is safe.',
  couldNotOpen: 'Tandem could not open the workspace in {{dir}}. The workspace you had open is still open; try again, and report this if it repeats.',
  notFullPath: '"{{typed}}" is not a full path. Give the whole path of the folder, such as {{example}}.',
  cannotLook: 'Tandem cannot look into {{target}} ({{detail}}). Check that you may read it, or choose another folder.',
  noFolder: 'There is no folder {{dir}}. Check the path, or use Create new workspace to make a new workspace there.',
  isFile: '{{dir}} is a file, not a folder. Give the folder that holds the workspace (the one with {{store}} in it).',
  noWorkspace:
    'There is no Tandem workspace in {{dir}}: it holds no {{store}}. Check the path; to start a new workspace, use Create new workspace with an empty folder.',
  createInFile: '{{dir}} is a file. Give a folder that is empty or does not exist yet.',
  alreadyWorkspace: 'There is already a Tandem workspace in {{dir}}. Use Open to open it, or give an empty folder to create a new one.',
  notEmpty_one:
    'The folder {{dir}} is not empty (it holds {{count}} item), so no workspace was created there. Give an empty folder, or a new folder name: Tandem makes the folder for you.',
  notEmpty_other:
    'The folder {{dir}} is not empty (it holds {{count}} items), so no workspace was created there. Give an empty folder, or a new folder name: Tandem makes the folder for you.',
  /** {{reason}} is one of core.workspace.why. */
  cannotCreate: 'Tandem cannot create a workspace in {{dir}}: {{reason}}. Choose a folder you may write to, such as one in your home folder.',
  cannotSavePreferences:
    'Tandem could not save your preferences in {{location}} ({{detail}}). Nothing was changed; make that folder writable and try again.',
  dialogFailed: 'The file dialog could not be opened. Try again; if it keeps failing, restart Tandem.',
  notAdded: '{{name}} could not be added because of a problem inside Tandem. Try again, and report this if it repeats.',
} as const;

const NOT_EMPTY = 'поэтому рабочая папка там не создана. Укажите пустую папку или имя новой папки — Tandem создаст её сам.';

export const ru: SlavicCatalog<typeof en> = {
  shuttingDown: 'Tandem завершает работу. Запустите его снова, чтобы продолжить; сохранённая работа цела.',
  couldNotOpen:
    'Tandem не смог открыть рабочую папку {{dir}}. Прежняя рабочая папка по-прежнему открыта; попробуйте ещё раз и сообщите об ошибке, если она повторится.',
  notFullPath: '«{{typed}}» — не полный путь. Укажите путь к папке целиком, например {{example}}.',
  cannotLook: 'Tandem не может заглянуть в {{target}} ({{detail}}). Проверьте, что у вас есть право на чтение, или выберите другую папку.',
  noFolder: 'Папки {{dir}} нет. Проверьте путь или нажмите «Создать рабочую папку», чтобы создать там новую рабочую папку.',
  isFile: '{{dir}} — файл, а не папка. Укажите саму рабочую папку — ту, в которой лежит {{store}}.',
  noWorkspace:
    'В {{dir}} нет рабочей папки Tandem: там нет файла {{store}}. Проверьте путь; чтобы начать новую рабочую папку, нажмите «Создать рабочую папку» и укажите пустую папку.',
  createInFile: '{{dir}} — это файл. Укажите пустую папку или папку, которой ещё нет.',
  alreadyWorkspace: 'В {{dir}} уже есть рабочая папка Tandem. Нажмите «Открыть», чтобы открыть её, или укажите пустую папку, чтобы создать новую.',
  notEmpty_one: `Папка {{dir}} не пуста (в ней {{count}} элемент), ${NOT_EMPTY}`,
  notEmpty_few: `Папка {{dir}} не пуста (в ней {{count}} элемента), ${NOT_EMPTY}`,
  notEmpty_many: `Папка {{dir}} не пуста (в ней {{count}} элементов), ${NOT_EMPTY}`,
  notEmpty_other: `Папка {{dir}} не пуста (в ней {{count}} элемента), ${NOT_EMPTY}`,
  cannotCreate:
    'Tandem не может создать рабочую папку в {{dir}}: {{reason}}. Выберите папку, в которую у вас есть право записи, например внутри домашней папки.',
  cannotSavePreferences:
    'Tandem не смог сохранить настройки в {{location}} ({{detail}}). Ничего не изменено; разрешите запись в эту папку и попробуйте ещё раз.',
  dialogFailed: 'Не удалось открыть окно выбора файлов. Попробуйте ещё раз; если ошибка повторяется, перезапустите Tandem.',
  notAdded: 'Файл {{name}} не удалось добавить из-за ошибки внутри Tandem. Попробуйте ещё раз и сообщите об ошибке, если она повторится.',
};
