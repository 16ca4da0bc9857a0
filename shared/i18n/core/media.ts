import type { SlavicCatalog } from '../types';

/** What core says about media: images refused when added, the disk failing, the library. */
export const en = {
  /* Adding an image: its size. */
  empty: '{{name}} is empty (0 bytes). Add the image file itself; if it came from a download, download it again.',
  tooLarge:
    '{{name}} is {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB; Tandem accepts images up to {{max, number}} MB. Save a smaller copy (a JPEG at a lower size or quality) and add that.',

  /* Its type, read from its bytes. `kind` is one of `kinds`. */
  svg: '{{name}} is an SVG drawing. Tandem does not accept SVG because it can carry scripts; export it as PNG and add that.',
  otherImage: '{{name}} is {{kind}}. Tandem accepts JPEG, PNG, WebP, AVIF and GIF images; export it as JPEG (or PNG) and add that.',
  otherImageNamed:
    'This file is named {{name}} but it is {{kind}}. Tandem accepts JPEG, PNG, WebP, AVIF and GIF images; export it as JPEG (or PNG) and add that.',
  otherFile:
    '{{name}} is {{kind}}. Tandem accepts JPEG, PNG, WebP, AVIF and GIF images; if it holds a picture, save the picture as JPEG or PNG and add that.',
  otherFileNamed:
    'This file is named {{name}} but it is {{kind}}. Tandem accepts JPEG, PNG, WebP, AVIF and GIF images; if it holds a picture, save the picture as JPEG or PNG and add that.',
  text: '{{name}} is a text file, not an image. Tandem accepts JPEG, PNG, WebP, AVIF and GIF images; choose the image file itself.',
  textNamed:
    'This file is named {{name}} but it is a text file, not an image. Tandem accepts JPEG, PNG, WebP, AVIF and GIF images; choose the image file itself.',
  unreadable:
    '{{name}} is not an image Tandem can read: its contents are not JPEG, PNG, WebP, AVIF or GIF, whatever its name says. If it opens in an image editor, save it there as JPEG or PNG and add that; otherwise it may be damaged.',
  kinds: {
    heic: 'a HEIC photo (the format iPhones save by default)',
    heif: 'a HEIF image',
    tiff: 'a TIFF image',
    bmp: 'a BMP image',
    photoshop: 'a Photoshop document',
    jpegXl: 'a JPEG XL image',
    jpeg2000: 'a JPEG 2000 image',
    icon: 'an icon file',
    cursor: 'a cursor file',
    raw: 'a camera RAW file',
    gimp: 'a GIMP image',
    eps: 'an EPS drawing',
    illustrator: 'an Illustrator document',
    pdf: 'a PDF document',
    zip: 'a ZIP archive',
    rar: 'a RAR archive',
    sevenZip: 'a 7-Zip archive',
    gzip: 'a compressed (gzip) file',
    word: 'a Word document',
    office: 'an Office document',
    excel: 'an Excel spreadsheet',
    powerPoint: 'a PowerPoint presentation',
    openDocument: 'an OpenDocument text',
    rtf: 'an RTF document',
    ebook: 'an e-book',
    xml: 'an XML file',
    video: 'a video',
    audio: 'an audio file',
    audioOrVideo: 'an audio or video file',
    program: 'a program',
    database: 'a database',
    font: 'a font',
    /** `format` is the file's extension in capitals. */
    unknown: 'a {{format}} file, not an image',
  },

  /* Its header and pixels. */
  tooManyPixels:
    '{{name}} is {{width, number}} × {{height, number}} pixels ({{megapixels, number}} megapixels); Tandem accepts up to {{max, number}} megapixels. Resize it and add it again.',
  tooManyPixelsFrames_one:
    '{{name}} is {{width, number}} × {{height, number}} pixels in {{count, number}} frame ({{megapixels, number}} megapixels in all); Tandem accepts up to {{max, number}} megapixels. Resize it and add it again.',
  tooManyPixelsFrames_other:
    '{{name}} is {{width, number}} × {{height, number}} pixels in {{count, number}} frames ({{megapixels, number}} megapixels in all); Tandem accepts up to {{max, number}} megapixels. Resize it and add it again.',
  /** `detail` is what the image decoder said, in English. */
  damaged: '{{name}} is damaged or incomplete ({{detail}}); open it in an image editor and save it again, then add the saved copy.',
  damagedUnreadable: '{{name}} is damaged or incomplete (it could not be read); open it in an image editor and save it again, then add the saved copy.',
  damagedHeader:
    '{{name}} is damaged or incomplete (its header does not describe a {{format}} image); open it in an image editor and save it again, then add the saved copy.',

  /* Writing it to the disk. */
  notSaved: {
    diskFull: '{{name}} was not saved: the disk is full. Free some space, then try again. Nothing was added to the library.',
    quota: '{{name}} was not saved: your disk quota is used up. Free some space, then try again. Nothing was added to the library.',
    permission:
      '{{name}} was not saved: Tandem may not write to the workspace folder. Check its permissions, then try again. Nothing was added to the library.',
    readOnlyDisk:
      '{{name}} was not saved: the workspace is on a read-only disk. Move it to a writable one, then try again. Nothing was added to the library.',
    diskError: '{{name}} was not saved: the disk reported an error. Check the disk, then try again. Nothing was added to the library.',
    /** `detail` is the system's own message, in English. */
    other: '{{name}} was not saved because of a problem with the disk ({{detail}}). Check the disk, then try again. Nothing was added to the library.',
  },

  /* Adding a file from the disk (the desktop file dialog). */
  cannotRead: '{{name}} could not be read ({{detail}}). Check that the file is still there, then add it again.',
  gone: '{{name}} is no longer there (it was moved or deleted). Choose it again where it is now.',
  folder: '{{name}} is a folder, not an image file. Choose the image files inside it.',

  /* The library. */
  notFound: 'That image is not in the library (it may have been removed elsewhere). Reload the library.',
  badCursor: 'This position in the photo library is not valid (it was damaged). Load the library again from the top.',
  leadOnly: 'This image is the lead photo of an article, so it was not deleted. Remove it from that article first, then delete it.',
  /** Deleting an image still in use: `a`…`e` are the first uses, each one of `use`. */
  inUse1: 'This image is used in one place, so it was not deleted: {{a}}. Remove it from there first, then delete it.',
  inUse2: 'This image is used in 2 places, so it was not deleted: {{a}}, {{b}}. Remove it from them first, then delete it.',
  inUse3: 'This image is used in 3 places, so it was not deleted: {{a}}, {{b}}, {{c}}. Remove it from them first, then delete it.',
  inUse4: 'This image is used in 4 places, so it was not deleted: {{a}}, {{b}}, {{c}}, {{d}}. Remove it from them first, then delete it.',
  inUse5: 'This image is used in 5 places, so it was not deleted: {{a}}, {{b}}, {{c}}, {{d}}, {{e}}. Remove it from them first, then delete it.',
  inUseMore_one:
    'This image is used in {{count, number}} place, so it was not deleted: {{a}}, {{b}}, {{c}}, {{d}}, {{e}} and {{more, number}} more. Remove it from them first, then delete it.',
  inUseMore_other:
    'This image is used in {{count, number}} places, so it was not deleted: {{a}}, {{b}}, {{c}}, {{d}}, {{e}} and {{more, number}} more. Remove it from them first, then delete it.',
  /** One place an image is used: the article's title, the language's code. */
  use: {
    lead: '«{{title}}» ({{lang}}, lead photo)',
    inline: '«{{title}}» ({{lang}}, in the text)',
    leadInTrash: '«{{title}}» ({{lang}}, lead photo, in the trash)',
    inlineInTrash: '«{{title}}» ({{lang}}, in the text, in the trash)',
    untitledLead: '«Untitled» ({{lang}}, lead photo)',
    untitledInline: '«Untitled» ({{lang}}, in the text)',
    untitledLeadInTrash: '«Untitled» ({{lang}}, lead photo, in the trash)',
    untitledInlineInTrash: '«Untitled» ({{lang}}, in the text, in the trash)',
  },
} as const;

export const ru: SlavicCatalog<typeof en> = {
  empty: 'Файл {{name}} пуст (0 байт). Добавьте сам файл изображения; если он был скачан, скачайте его ещё раз.',
  tooLarge:
    'Файл {{name}} весит {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} МБ; Tandem принимает изображения до {{max, number}} МБ. Сохраните копию поменьше (JPEG меньшего размера или качества) и добавьте её.',

  svg: 'Файл {{name}} — рисунок SVG. Tandem не принимает SVG, потому что в нём могут быть скрипты; экспортируйте рисунок в PNG и добавьте этот файл.',
  otherImage: 'Файл {{name}} — это {{kind}}. Tandem принимает изображения JPEG, PNG, WebP, AVIF и GIF; экспортируйте его в JPEG (или PNG) и добавьте этот файл.',
  otherImageNamed:
    'Файл называется {{name}}, но на самом деле это {{kind}}. Tandem принимает изображения JPEG, PNG, WebP, AVIF и GIF; экспортируйте его в JPEG (или PNG) и добавьте этот файл.',
  otherFile:
    'Файл {{name}} — это {{kind}}. Tandem принимает изображения JPEG, PNG, WebP, AVIF и GIF; если в файле есть картинка, сохраните её как JPEG или PNG и добавьте.',
  otherFileNamed:
    'Файл называется {{name}}, но на самом деле это {{kind}}. Tandem принимает изображения JPEG, PNG, WebP, AVIF и GIF; если в файле есть картинка, сохраните её как JPEG или PNG и добавьте.',
  text: 'Файл {{name}} — текстовый, а не изображение. Tandem принимает изображения JPEG, PNG, WebP, AVIF и GIF; выберите сам файл изображения.',
  textNamed:
    'Файл называется {{name}}, но на самом деле он текстовый, а не изображение. Tandem принимает изображения JPEG, PNG, WebP, AVIF и GIF; выберите сам файл изображения.',
  unreadable:
    'Файл {{name}} — не изображение, которое Tandem может прочитать: что бы ни говорило его имя, внутри не JPEG, PNG, WebP, AVIF или GIF. Если он открывается в графическом редакторе, сохраните его там как JPEG или PNG и добавьте; иначе файл, возможно, повреждён.',
  kinds: {
    heic: 'фото HEIC (в этом формате iPhone сохраняет снимки по умолчанию)',
    heif: 'изображение HEIF',
    tiff: 'изображение TIFF',
    bmp: 'изображение BMP',
    photoshop: 'документ Photoshop',
    jpegXl: 'изображение JPEG XL',
    jpeg2000: 'изображение JPEG 2000',
    icon: 'файл значка',
    cursor: 'файл курсора',
    raw: 'RAW-файл фотокамеры',
    gimp: 'изображение GIMP',
    eps: 'рисунок EPS',
    illustrator: 'документ Illustrator',
    pdf: 'документ PDF',
    zip: 'архив ZIP',
    rar: 'архив RAR',
    sevenZip: 'архив 7-Zip',
    gzip: 'сжатый файл (gzip)',
    word: 'документ Word',
    office: 'документ Office',
    excel: 'таблица Excel',
    powerPoint: 'презентация PowerPoint',
    openDocument: 'текст OpenDocument',
    rtf: 'документ RTF',
    ebook: 'электронная книга',
    xml: 'файл XML',
    video: 'видео',
    audio: 'аудиофайл',
    audioOrVideo: 'аудио- или видеофайл',
    program: 'программа',
    database: 'база данных',
    font: 'шрифт',
    unknown: 'файл {{format}}, а не изображение',
  },

  tooManyPixels:
    'Размер изображения {{name}} — {{width, number}} × {{height, number}} пикс. ({{megapixels, number}} Мп); Tandem принимает до {{max, number}} Мп. Уменьшите его и добавьте снова.',
  tooManyPixelsFrames_one:
    'Размер изображения {{name}} — {{width, number}} × {{height, number}} пикс. в {{count, number}} кадре (всего {{megapixels, number}} Мп); Tandem принимает до {{max, number}} Мп. Уменьшите его и добавьте снова.',
  tooManyPixelsFrames_few:
    'Размер изображения {{name}} — {{width, number}} × {{height, number}} пикс. в {{count, number}} кадрах (всего {{megapixels, number}} Мп); Tandem принимает до {{max, number}} Мп. Уменьшите его и добавьте снова.',
  tooManyPixelsFrames_many:
    'Размер изображения {{name}} — {{width, number}} × {{height, number}} пикс. в {{count, number}} кадрах (всего {{megapixels, number}} Мп); Tandem принимает до {{max, number}} Мп. Уменьшите его и добавьте снова.',
  tooManyPixelsFrames_other:
    'Размер изображения {{name}} — {{width, number}} × {{height, number}} пикс. в {{count, number}} кадра (всего {{megapixels, number}} Мп); Tandem принимает до {{max, number}} Мп. Уменьшите его и добавьте снова.',
  damaged: 'Файл {{name}} повреждён или неполон ({{detail}}); откройте его в графическом редакторе, сохраните заново и добавьте сохранённую копию.',
  damagedUnreadable:
    'Файл {{name}} повреждён или неполон (его не удалось прочитать); откройте его в графическом редакторе, сохраните заново и добавьте сохранённую копию.',
  damagedHeader:
    'Файл {{name}} повреждён или неполон (его заголовок не описывает изображение {{format}}); откройте его в графическом редакторе, сохраните заново и добавьте сохранённую копию.',

  notSaved: {
    diskFull: 'Файл {{name}} не сохранён: диск заполнен. Освободите место и попробуйте ещё раз. В фотобанк ничего не добавлено.',
    quota: 'Файл {{name}} не сохранён: ваша дисковая квота исчерпана. Освободите место и попробуйте ещё раз. В фотобанк ничего не добавлено.',
    permission:
      'Файл {{name}} не сохранён: у Tandem нет права записи в рабочую папку. Проверьте права доступа к ней и попробуйте ещё раз. В фотобанк ничего не добавлено.',
    readOnlyDisk:
      'Файл {{name}} не сохранён: рабочая папка находится на диске только для чтения. Перенесите её на диск, доступный для записи, и попробуйте ещё раз. В фотобанк ничего не добавлено.',
    diskError: 'Файл {{name}} не сохранён: диск сообщил об ошибке. Проверьте диск и попробуйте ещё раз. В фотобанк ничего не добавлено.',
    other: 'Файл {{name}} не сохранён из-за проблемы с диском ({{detail}}). Проверьте диск и попробуйте ещё раз. В фотобанк ничего не добавлено.',
  },

  cannotRead: 'Не удалось прочитать файл {{name}} ({{detail}}). Проверьте, что он на месте, и добавьте его снова.',
  gone: 'Файла {{name}} больше нет на месте (его переместили или удалили). Выберите его снова там, где он теперь.',
  folder: '{{name}} — папка, а не файл изображения. Выберите файлы изображений внутри неё.',

  notFound: 'Этого фото нет в фотобанке (возможно, его удалили в другом окне). Загрузите фотобанк заново.',
  badCursor: 'Это место в фотобанке указано неверно (ссылка повреждена). Загрузите фотобанк заново с начала.',
  leadOnly: 'Это фото — главное фото статьи, поэтому оно не удалено. Сначала уберите его из статьи, затем удалите.',
  inUse1: 'Это фото используется в одном месте, поэтому оно не удалено: {{a}}. Сначала уберите его оттуда, затем удалите.',
  inUse2: 'Это фото используется в 2 местах, поэтому оно не удалено: {{a}}, {{b}}. Сначала уберите его оттуда, затем удалите.',
  inUse3: 'Это фото используется в 3 местах, поэтому оно не удалено: {{a}}, {{b}}, {{c}}. Сначала уберите его оттуда, затем удалите.',
  inUse4: 'Это фото используется в 4 местах, поэтому оно не удалено: {{a}}, {{b}}, {{c}}, {{d}}. Сначала уберите его оттуда, затем удалите.',
  inUse5: 'Это фото используется в 5 местах, поэтому оно не удалено: {{a}}, {{b}}, {{c}}, {{d}}, {{e}}. Сначала уберите его оттуда, затем удалите.',
  inUseMore_one:
    'Это фото используется в {{count, number}} месте, поэтому оно не удалено: {{a}}, {{b}}, {{c}}, {{d}}, {{e}} и ещё {{more, number}}. Сначала уберите его оттуда, затем удалите.',
  inUseMore_few:
    'Это фото используется в {{count, number}} местах, поэтому оно не удалено: {{a}}, {{b}}, {{c}}, {{d}}, {{e}} и ещё {{more, number}}. Сначала уберите его оттуда, затем удалите.',
  inUseMore_many:
    'Это фото используется в {{count, number}} местах, поэтому оно не удалено: {{a}}, {{b}}, {{c}}, {{d}}, {{e}} и ещё {{more, number}}. Сначала уберите его оттуда, затем удалите.',
  inUseMore_other:
    'Это фото используется в {{count, number}} места, поэтому оно не удалено: {{a}}, {{b}}, {{c}}, {{d}}, {{e}} и ещё {{more, number}}. Сначала уберите его оттуда, затем удалите.',
  use: {
    lead: '«{{title}}» ({{lang}}, главное фото)',
    inline: '«{{title}}» ({{lang}}, в тексте)',
    leadInTrash: '«{{title}}» ({{lang}}, главное фото, в корзине)',
    inlineInTrash: '«{{title}}» ({{lang}}, в тексте, в корзине)',
    untitledLead: '«Без заголовка» ({{lang}}, главное фото)',
    untitledInline: '«Без заголовка» ({{lang}}, в тексте)',
    untitledLeadInTrash: '«Без заголовка» ({{lang}}, главное фото, в корзине)',
    untitledInlineInTrash: '«Без заголовка» ({{lang}}, в тексте, в корзине)',
  },
};
