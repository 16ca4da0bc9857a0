import type { SlavicCatalog } from '../types';

/** What the desktop shell says of its own dialogs. */
export const en = {
  folderDialogFailed: 'The folder dialog could not be opened. Type the folder instead, or restart Tandem.',
  folderDialogDesktopOnly: 'Choosing a folder with the system dialog works in the desktop app. In a browser, type the folder’s full path.',
  notTandemWindow: 'This request did not come from a Tandem window; it was refused.',
  notACall: 'The request was refused: a call is { name, input }.',
} as const;

export const ru: SlavicCatalog<typeof en> = {
  folderDialogFailed: 'Окно выбора папки не открылось. Впишите папку вручную или перезапустите Tandem.',
  folderDialogDesktopOnly: 'Выбрать папку в системном окне можно в настольном приложении. В браузере впишите полный путь к папке.',
  notTandemWindow: 'Запрос пришёл не из окна Tandem и отклонён.',
  notACall: 'Запрос отклонён: вызов имеет вид { name, input }.',
};
