import type { SlavicCatalog } from '../types';

/** What core says when the store itself fails a call: a damaged file, a full disk, another program holding the lock. */
export const en = {
  damaged:
    'Part of the workspace file is damaged and could not be read. Nothing was changed. Restore a backup, or run `tandem check` to see what is wrong.',
  readOnly:
    'The workspace file cannot be written to right now, so nothing was saved. Check that the disk is writable and that you may write to the workspace folder.',
  busy: 'The workspace is busy with another task (perhaps a backup). Nothing was changed; try again in a moment.',
  diskFull: 'The disk is full, so nothing was saved. Free some space and save again; your unsaved text is still here.',
  diskError:
    'The workspace file could not be read or written (a disk or permission problem). Nothing was changed; check the disk and try again.',
} as const;

export const ru: SlavicCatalog<typeof en> = {
  damaged:
    'Часть файла рабочей папки повреждена и не читается. Ничего не изменено. Восстановите резервную копию или запустите `tandem check`, чтобы узнать, в чём дело.',
  readOnly:
    'Сейчас в файл рабочей папки нельзя записывать, поэтому ничего не сохранено. Проверьте, что диск доступен для записи и что у вас есть право записи в рабочую папку.',
  busy: 'Рабочая папка занята другой задачей (возможно, резервным копированием). Ничего не изменено; попробуйте ещё раз чуть позже.',
  diskFull: 'Диск заполнен, поэтому ничего не сохранено. Освободите место и сохраните ещё раз; несохранённый текст никуда не делся.',
  diskError:
    'Файл рабочей папки не удалось прочитать или записать (проблема с диском или правами доступа). Ничего не изменено; проверьте диск и попробуйте ещё раз.',
};
