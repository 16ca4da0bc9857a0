import type { Page } from '@playwright/test';
import { expect, saveStatus, test } from './fixtures';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Pastes into the focused field as the system clipboard would: a paste event carrying these types. */
async function paste(page: Page, data: Record<string, string>) {
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(${JSON.stringify(data)})) transfer.setData(type, value);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  })()`);
}

async function newArticle(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Title (ru)' }).fill('Форматирование');
  const body = page.getByRole('textbox', { name: 'Body (ru)' });
  await body.click();
  return body;
}

test('format text with the toolbar, the keyboard and Markdown shortcuts; it survives a reload', async ({ page, host }) => {
  const body = await newArticle(page, host.url);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting (ru)' });

  // Markdown shortcuts.
  await page.keyboard.type('## Главное\n');
  await page.keyboard.type('> «Все шаги на столе», сказал министр.\n');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- первый пункт\nвторой пункт\n\n');

  // Toolbar and shortcuts on a plain paragraph.
  await page.keyboard.type('Обычный текст ');
  await toolbar.getByRole('button', { name: 'Bold' }).click();
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('жирный');
  await page.keyboard.press(`${mod}+B`);
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type(' и ');
  await page.keyboard.press(`${mod}+I`);
  await page.keyboard.type('курсив');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(`${mod}+I`);

  // A link: javascript: is refused with a message, https is kept.
  await page.keyboard.type(' ссылка');
  // Select the word just typed, once the editor has it.
  await expect(body).toContainText('курсив ссылка');
  await page.keyboard.press(process.platform === 'darwin' ? 'Alt+Shift+ArrowLeft' : 'Control+Shift+ArrowLeft');
  await expect.poll(() => page.evaluate('String(window.getSelection())')).toBe('ссылка');
  await page.keyboard.press(`${mod}+K`);
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await dialog.getByRole('textbox', { name: 'Link address' }).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Only web');
  await dialog.getByRole('textbox', { name: 'Link address' }).fill('https://example.com/news');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toHaveCount(0);

  const check = async () => {
    const b = page.getByRole('textbox', { name: 'Body (ru)' });
    await expect(b.getByRole('heading', { level: 2, name: 'Главное' })).toBeVisible();
    await expect(b.getByRole('blockquote')).toContainText('Все шаги на столе');
    await expect(b.getByRole('listitem')).toHaveText(['первый пункт', 'второй пункт']);
    await expect(b.getByRole('strong')).toHaveText('жирный');
    await expect(b.getByRole('emphasis')).toHaveText('курсив');
    await expect(b.getByRole('link', { name: 'ссылка' })).toHaveAttribute('href', 'https://example.com/news');
  };
  await check();
  await expect(saveStatus(page)).toHaveText('Saved');
  await page.reload();
  await check();

  // Undo and redo from the toolbar.
  await page.getByRole('textbox', { name: 'Body (ru)' }).getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('End');
  // One input, so one undo step however slowly the machine types.
  await page.keyboard.insertText(' дня');
  await expect(page.getByRole('textbox', { name: 'Body (ru)' }).getByRole('heading', { level: 2 })).toHaveText('Главное дня');
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Body (ru)' }).getByRole('heading', { level: 2 })).toHaveText('Главное');
  await page.keyboard.press(`${mod}+Shift+Z`);
  await expect(page.getByRole('textbox', { name: 'Body (ru)' }).getByRole('heading', { level: 2 })).toHaveText('Главное дня');
});

test('pasting from Word keeps the structure and drops the rest', async ({ page, host }) => {
  const body = await newArticle(page, host.url);
  const html = `
    <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri}</style>
    <script>window.pwned = true</script></head><body>
    <h1 class=MsoTitle>Заголовок из Word<o:p></o:p></h1>
    <p class=MsoNormal style='margin:0;color:red'><b><span style='font-family:Calibri'>Жирное</span></b> и <i>наклонное</i> <u>подчёркнутое</u>.<o:p></o:p></p>
    <ul><li class=MsoListParagraph>пункт один</li><li>пункт два</li></ul>
    <p><a href="javascript:alert(1)" onclick="alert(2)">опасная ссылка</a> и <a href="https://example.org/">хорошая</a></p>
    <p><img src="https://tracker.example/pixel.gif" width=1 height=1 onerror="window.pwned=true">Текст после картинки</p>
    </body></html>`;
  await paste(page, { 'text/html': html, 'text/plain': 'plain fallback' });

  await expect(body.getByRole('heading', { name: 'Заголовок из Word' })).toBeVisible();
  await expect(body.getByRole('strong')).toHaveText('Жирное');
  await expect(body.getByRole('emphasis')).toHaveText('наклонное');
  await expect(body.getByRole('listitem')).toHaveText(['пункт один', 'пункт два']);
  await expect(body.getByRole('link')).toHaveCount(1);
  await expect(body.getByRole('link', { name: 'хорошая' })).toHaveAttribute('href', 'https://example.org/');
  await expect(body).toContainText('опасная ссылка');
  await expect(body).toContainText('Текст после картинки');
  await expect(body.getByRole('img')).toHaveCount(0);
  const markup = await body.innerHTML();
  for (const dropped of ['<u>', '<u ', '<script', '<style', 'color:', 'font-family', 'onclick', 'onerror', 'MsoNormal']) expect(markup).not.toContain(dropped);
  expect(await page.evaluate('window.pwned')).toBeUndefined();
  await expect(saveStatus(page)).toHaveText('Saved');
});

test('plain text pastes as paragraphs split on blank lines', async ({ page, host }) => {
  const body = await newArticle(page, host.url);
  await paste(page, { 'text/plain': 'Первый абзац,\nвсё ещё первый.\n\nВторой абзац.\n\n\nТретий.' });
  await expect(body.getByRole('paragraph')).toHaveCount(3);
  await expect(body.getByRole('paragraph').nth(1)).toHaveText('Второй абзац.');
});

test('pasting from Google Docs keeps bold, italic and headings, and drops its wrapper and styles', async ({ page, host }) => {
  const body = await newArticle(page, host.url);
  const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234abcd">
    <h2 dir="ltr" style="line-height:1.38;margin-top:18pt"><span style="font-size:16pt;font-family:Arial;color:#000000;font-weight:400">Итоги недели</span></h2>
    <p dir="ltr" style="line-height:1.38"><span style="font-family:Arial;font-weight:700">Главное</span><span style="font-family:Arial;font-weight:400"> за неделю и </span><span style="font-family:Arial;font-style:italic">подробности</span><span style="font-family:Arial;text-decoration:underline"> ниже</span></p>
    <ol><li dir="ltr" style="list-style-type:decimal"><p dir="ltr"><span>первое</span></p></li><li dir="ltr"><p dir="ltr"><span>второе</span></p></li></ol>
    </b>`;
  await paste(page, { 'text/html': html, 'text/plain': 'Итоги недели' });
  await expect(body.getByRole('heading', { name: 'Итоги недели' })).toBeVisible();
  await expect(body.getByRole('strong')).toHaveText('Главное');
  await expect(body.getByRole('emphasis')).toHaveText('подробности');
  await expect(body.getByRole('listitem')).toHaveText(['первое', 'второе']);
  const markup = await body.innerHTML();
  for (const dropped of ['docs-internal-guid', 'font-family', 'color:', '<u>', 'text-decoration']) expect(markup).not.toContain(dropped);
  await expect(saveStatus(page)).toHaveText('Saved');
});

test('lists pasted from Word (paragraphs with mso-list) become real lists, nested and numbered', async ({ page, host }) => {
  const body = await newArticle(page, host.url);
  const marker = (text: string) => `<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${text}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>`;
  const html = `<html><body lang=RU>
    <p class=MsoNormal>Перед списком<o:p></o:p></p>
    <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${marker('·')}Первый пункт<o:p></o:p></p>
    <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'>${marker('o')}Вложенный пункт<o:p></o:p></p>
    <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${marker('·')}Второй пункт<o:p></o:p></p>
    <p class=MsoNormal>Между списками<o:p></o:p></p>
    <p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'>${marker('1.')}Шаг один<o:p></o:p></p>
    <p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'>${marker('2.')}Шаг два<o:p></o:p></p>
    </body></html>`;
  await paste(page, { 'text/html': html, 'text/plain': 'Перед списком' });

  // A bulleted list with a list nested in it, and a numbered one.
  await expect(body.getByRole('list')).toHaveCount(3);
  await expect(body.getByRole('list').getByRole('list')).toHaveCount(1);
  await expect(body.getByRole('list').getByRole('list')).toContainText('Вложенный пункт');
  await expect(body.getByText('Вложенный пункт')).toBeVisible();
  await expect(body.getByRole('paragraph').filter({ hasText: 'Между списками' })).toHaveCount(1);
  const markup = await body.innerHTML();
  expect(markup).toContain('<ol');
  for (const dropped of ['mso-list', '·', 'Symbol']) expect(markup).not.toContain(dropped);
  await expect(body).not.toContainText('1.Шаг');
  await expect(saveStatus(page)).toHaveText('Saved');
});
