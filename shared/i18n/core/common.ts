import type { SlavicCatalog } from '../types';

/** What core says of itself: a bug caught, a call it could not answer. */
export const en = {
  internal: 'Something went wrong inside Tandem. Your last saved work is safe; try again, and report this if it repeats.',
  uncheckedAnswer: 'Tandem produced an answer it could not check. Nothing was lost; please report this.',
  unknownCall: 'There is no call named {{name}}.',
} as const;

export const ru: SlavicCatalog<typeof en> = {
  internal: 'Внутри Tandem что-то пошло не так. Последняя сохранённая работа цела; попробуйте ещё раз и сообщите об ошибке, если она повторится.',
  uncheckedAnswer: 'Tandem дал ответ, который не смог проверить. Ничего не потеряно; пожалуйста, сообщите об этом.',
  unknownCall: 'Вызова {{name}} не существует.',
};
