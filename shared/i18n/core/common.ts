import type { SlavicCatalog } from '../types';

/** What core says of itself: a bug caught, a call it could not answer. */
export const en = {
  internal: 'Something went wrong inside Tandem. Your last saved work is safe; try again, and report this if it repeats.',
  uncheckedAnswer: 'Tandem produced an answer it could not check. Nothing was lost; please report this.',
  unknownCall: 'There is no call named {{name}}.',
  /** A call's input failed its schema; the detail is the schema's own account (English, for developers). */
  refused: 'The request was refused: {{detail}}.',
  refusedAndMore: 'The request was refused: {{detail}} (and {{more}} more).',
  /** Calls the app around the workspace answers; core alone cannot. */
  outsideCore: {
    pickMedia: 'Choosing files with the system dialog works in the desktop app. In a browser, use Add photo to pick files.',
    getPreferences: 'Preferences are kept by the app around the workspace; this workspace alone cannot answer for them.',
    setPreferences: 'Preferences are kept by the app around the workspace; this workspace alone cannot change them.',
    openWorkspace: 'Another workspace is opened by the app around this one; this workspace alone cannot switch.',
  },
} as const;

export const ru: SlavicCatalog<typeof en> = {
  internal: 'Внутри Tandem что-то пошло не так. Последняя сохранённая работа цела; попробуйте ещё раз и сообщите об ошибке, если она повторится.',
  uncheckedAnswer: 'Tandem дал ответ, который не смог проверить. Ничего не потеряно; пожалуйста, сообщите об этом.',
  unknownCall: 'Вызова {{name}} не существует.',
  refused: 'Запрос отклонён: {{detail}}.',
  refusedAndMore: 'Запрос отклонён: {{detail}} (и ещё {{more}}).',
  outsideCore: {
    pickMedia: 'Выбирать файлы в системном окне можно в настольном приложении. В браузере выберите файлы кнопкой «Добавить фото».',
    getPreferences: 'Настройки хранит приложение, в котором открыта рабочая папка; сама рабочая папка о них ответить не может.',
    setPreferences: 'Настройки хранит приложение, в котором открыта рабочая папка; сама рабочая папка изменить их не может.',
    openWorkspace: 'Другую рабочую папку открывает приложение, в котором открыта эта; сама рабочая папка переключиться не может.',
  },
};
