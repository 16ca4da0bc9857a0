import type { SlavicCatalog } from '../types';

/** What browser mode's host says over HTTP: a request it refuses, an image it cannot serve, a port it cannot listen on. */
export const en = {
  tooLarge: 'The request is larger than Tandem accepts ({{megabytes}} MB). Nothing was changed.',
  notJson: 'The request was refused: send the input as JSON with Content-Type: application/json.',
  emptyBody: 'The request was refused: the body is empty; send the input as JSON (an empty input is {}).',
  badJson: 'The request was refused: the body is not acceptable JSON ({{detail}}).',
  badJsonUnsaid: 'The request was refused: the body is not acceptable JSON (not valid JSON).',
  wrongHost: "This request did not come to Tandem's own address. Open Tandem at {{address}}.",
  foreignPage: 'Another web page tried to reach Tandem; the request was refused.',
  noToken: "This request did not carry this run's token. Open Tandem with the address it printed when it started (it ends with ?token=…).",
  noSuchAddress: 'There is no such address in the API: calls are POST /api/call/<name> (calls with a file: POST /api/upload/<name>).',
  notFound: 'Not found.',
  forbidden: 'Forbidden.',
  imageNeedsAccess: 'This image needs access to this run of Tandem. Open Tandem with the address it printed when it started, then reload.',
  imageFailed: 'This image could not be shown. Check that the workspace folder is still there, then reload.',
  portInUse: 'Port {{port}} is already in use by another program. Choose another with --port N, or stop the other program.',
  portDenied: 'Tandem is not allowed to listen on port {{port}} (ports below 1024 need special rights). Choose another with --port N.',
  listenFailed: 'Tandem could not listen on {{address}}: {{detail}}',
  upload: {
    tooLargeMedia: 'The file is over {{megabytes}} MB, the most Tandem accepts. Save a smaller copy and add that instead. Nothing was changed.',
    tooLargeImport:
      'The file is over {{megabytes}} MB, the most Tandem imports at once. Import the Markdown files in smaller groups, or export a smaller bundle. Nothing was imported.',
    headerRefused: 'The request was refused: the X-Tandem-Input header must be a JSON object, URI-encoded.',
    notBytes: "The request was refused: send the file's bytes as the body, with Content-Type: application/octet-stream.",
    unknownCall: 'There is no upload call named {{name}}; calls without a file are POST /api/call/<name>.',
  },
} as const;

export const ru: SlavicCatalog<typeof en> = {
  tooLarge: 'Запрос больше, чем принимает Tandem ({{megabytes}} МБ). Ничего не изменено.',
  notJson: 'Запрос отклонён: отправьте входные данные в формате JSON с заголовком Content-Type: application/json.',
  emptyBody: 'Запрос отклонён: тело запроса пустое; отправьте входные данные в формате JSON (пустые входные данные — это {}).',
  badJson: 'Запрос отклонён: тело запроса — не подходящий JSON ({{detail}}).',
  badJsonUnsaid: 'Запрос отклонён: тело запроса — не подходящий JSON (это не JSON).',
  wrongHost: 'Этот запрос пришёл не на собственный адрес Tandem. Откройте Tandem по адресу {{address}}.',
  foreignPage: 'Другая веб-страница попыталась обратиться к Tandem; запрос отклонён.',
  noToken:
    'В запросе нет ключа доступа этого запуска Tandem. Откройте Tandem по адресу, который он напечатал при запуске (адрес заканчивается на ?token=…).',
  noSuchAddress: 'В API нет такого адреса: вызовы — это POST /api/call/<name> (вызовы с файлом — POST /api/upload/<name>).',
  notFound: 'Не найдено.',
  forbidden: 'Доступ запрещён.',
  imageNeedsAccess:
    'Этому изображению нужен доступ к текущему запуску Tandem. Откройте Tandem по адресу, который он напечатал при запуске, и обновите страницу.',
  imageFailed: 'Это изображение не удалось показать. Проверьте, что рабочая папка на месте, и обновите страницу.',
  portInUse: 'Порт {{port}} уже занят другой программой. Выберите другой с помощью --port N или остановите ту программу.',
  portDenied: 'Tandem не разрешено слушать порт {{port}} (для портов ниже 1024 нужны особые права). Выберите другой с помощью --port N.',
  listenFailed: 'Tandem не смог начать слушать {{address}}: {{detail}}',
  upload: {
    tooLargeMedia: 'Файл больше {{megabytes}} МБ — больше Tandem не принимает. Сохраните копию поменьше и добавьте её. Ничего не изменено.',
    tooLargeImport:
      'Файл больше {{megabytes}} МБ — больше Tandem за раз не импортирует. Импортируйте файлы Markdown меньшими группами или экспортируйте пакет поменьше. Ничего не импортировано.',
    headerRefused: 'Запрос отклонён: заголовок X-Tandem-Input должен содержать объект JSON, закодированный для URI.',
    notBytes: 'Запрос отклонён: отправьте байты файла телом запроса с заголовком Content-Type: application/octet-stream.',
    unknownCall: 'Вызова загрузки {{name}} не существует; вызовы без файла — это POST /api/call/<name>.',
  },
};
