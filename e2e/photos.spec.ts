import type { Locator, Page } from '@playwright/test';
import { expect, saveStatus, test } from './fixtures';
import { cameraJpeg, fakeJpeg, plainPng } from './images';

const RU_CAPTION = 'Министры иностранных дел России и Азербайджана';
const EN_CAPTION = 'The foreign ministers of Russia and Azerbaijan';

async function newArticle(page: Page, url: string, title: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Title (ru)' }).fill(title);
  await page.getByRole('textbox', { name: 'Title (en)' }).fill('Lavrov in Baku');
  await expect(saveStatus(page)).toHaveText('Saved');
}

test('a lead photo with captions and alt text in both languages and a credit survives a reload', async ({ page, host }) => {
  await newArticle(page, host.url, 'Лавров в Баку');
  const lead = page.getByRole('region', { name: 'Lead photo' });
  await expect(lead.getByRole('button', { name: 'Add photo' })).toBeVisible();

  await lead.getByLabel('Choose lead photo file').setInputFiles(await cameraJpeg('ministers.jpg', { artist: 'Ivan Petrov' }));
  // The credit comes from the file's metadata (EXIF Artist, ASCII by the standard), and can be changed.
  const credit = lead.getByRole('textbox', { name: 'Credit' });
  await expect(credit).toHaveValue('Ivan Petrov');
  await expect(lead.getByRole('img')).toBeVisible();
  // No caption or alt text yet: flagged in both languages.
  await expect(lead).toContainText('No caption or alt text in Russian yet');
  await expect(lead).toContainText('No caption or alt text in English yet');

  await lead.getByRole('textbox', { name: 'Caption (ru)' }).fill(RU_CAPTION);
  await lead.getByRole('textbox', { name: 'Alt text (ru)' }).fill('Два министра пожимают руки');
  await lead.getByRole('textbox', { name: 'Caption (en)' }).fill(EN_CAPTION);
  await lead.getByRole('textbox', { name: 'Alt text (en)' }).fill('Two ministers shaking hands');
  await credit.fill('Иван Петров / ТАСС');
  await credit.press('Tab');
  await expect(saveStatus(page)).toHaveText('Saved');
  await expect(lead).not.toContainText('yet');

  await page.reload();
  const again = page.getByRole('region', { name: 'Lead photo' });
  await expect(again.getByRole('textbox', { name: 'Caption (ru)' })).toHaveValue(RU_CAPTION);
  await expect(again.getByRole('textbox', { name: 'Alt text (ru)' })).toHaveValue('Два министра пожимают руки');
  await expect(again.getByRole('textbox', { name: 'Caption (en)' })).toHaveValue(EN_CAPTION);
  await expect(again.getByRole('textbox', { name: 'Alt text (en)' })).toHaveValue('Two ministers shaking hands');
  await expect(again.getByRole('textbox', { name: 'Credit' })).toHaveValue('Иван Петров / ТАСС');
  // The image is served to the page (browser mode: by the host, under this run's cookie).
  const img = again.getByRole('img');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
});

test('an image placed in the body, its texts flagged until written, and the library shows where it is used', async ({ page, host }) => {
  await newArticle(page, host.url, 'Панорама Баку');
  const body = page.getByRole('textbox', { name: 'Body (ru)' });
  await body.click();
  await page.keyboard.type('Вид на город с холма.');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting (ru)' });
  await toolbar.getByLabel('Choose photo files (ru)').setInputFiles(await plainPng('baku.png'));

  const figure = page.getByRole('group', { name: 'Photo (ru)' });
  await expect(figure.getByRole('img')).toBeVisible();
  await expect(figure).toContainText('No caption in Russian yet');
  await figure.getByRole('textbox', { name: 'Caption (ru)' }).fill('Баку на рассвете');
  await figure.getByRole('textbox', { name: 'Alt text (ru)' }).fill('Крыши и море');
  await expect(figure).not.toContainText('yet');
  await expect(saveStatus(page)).toHaveText('Saved');

  await page.reload();
  const placed = page.getByRole('group', { name: 'Photo (ru)' });
  await expect(placed.getByRole('textbox', { name: 'Caption (ru)' })).toHaveValue('Баку на рассвете');
  await expect(placed.getByRole('textbox', { name: 'Alt text (ru)' })).toHaveValue('Крыши и море');

  // The library: found by its caption, used in this article, not deletable while used.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Media' }).click();
  await page.getByRole('searchbox', { name: 'Search media' }).fill('рассвет');
  const photos = page.getByRole('list', { name: 'Photos' });
  await photos.getByRole('button', { name: /Баку на рассвете/ }).click();
  const details = page.getByRole('region', { name: 'Photo details' });
  await expect(details.getByRole('list', { name: 'Used in' })).toContainText('Панорама Баку');
  await expect(details.getByRole('button', { name: 'Delete photo' })).toBeDisabled();
  await expect(details).toContainText('remove it from there first');
});

test('a file that is not an image is refused with a message, and the article stays as it was', async ({ page, host }) => {
  await newArticle(page, host.url, 'Без фото');
  const lead = page.getByRole('region', { name: 'Lead photo' });
  await lead.getByLabel('Choose lead photo file').setInputFiles(fakeJpeg());
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('not-a-photo.jpg');
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('PDF');
  await expect(lead.getByRole('button', { name: 'Add photo' })).toBeVisible();
  await expect(lead.getByRole('img')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Media' }).click();
  await expect(page.getByRole('heading', { name: 'Media', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(0);
});

/** Sends `event` ('paste' or 'drop') carrying one image file to the element, as the browser does for a real paste or drop. */
async function sendImage(target: Locator, event: 'paste' | 'drop', file: { name: string; mimeType: string; buffer: Buffer }) {
  await target.evaluate(
    (el, { event, name, type, base64 }) => {
      // The page's own constructors (this file is type-checked without the DOM's types).
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
        ClipboardEvent: new (type: string, init: object) => unknown;
        DragEvent: new (type: string, init: object) => unknown;
      };
      const send = (e: unknown) => el.dispatchEvent(e as Parameters<typeof el.dispatchEvent>[0]);
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new page.DataTransfer();
      data.items.add(new page.File([bytes], name, { type }));
      if (event === 'paste') {
        send(new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      } else {
        for (const kind of ['dragenter', 'dragover', 'drop']) send(new page.DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    { event, name: file.name, type: file.mimeType, base64: file.buffer.toString('base64') },
  );
}

test('a pasted image lands in the body, a dropped one becomes the lead photo, and the library reuses one in another article', async ({ page, host }) => {
  await newArticle(page, host.url, 'Вставка и перетаскивание');
  const body = page.getByRole('textbox', { name: 'Body (ru)' });
  await body.click();
  await page.keyboard.type('Первый абзац.');
  await sendImage(body, 'paste', await plainPng('pasted.png', '#308050'));
  await expect(page.getByRole('group', { name: 'Photo (ru)' }).getByRole('img')).toBeVisible();
  // Text around it is untouched.
  await expect(body.getByRole('paragraph').first()).toHaveText('Первый абзац.');

  const lead = page.getByRole('region', { name: 'Lead photo' });
  await sendImage(lead, 'drop', await cameraJpeg('dropped.jpg', { artist: 'Agency Photographer', color: '#805030' }));
  await expect(lead.getByRole('textbox', { name: 'Credit' })).toHaveValue('Agency Photographer');
  await expect(saveStatus(page)).toHaveText('Saved');

  // Another article takes the same lead photo from the library: stored once, used twice.
  await newArticle(page, host.url, 'Второй материал');
  const second = page.getByRole('region', { name: 'Lead photo' });
  await second.getByRole('button', { name: 'Choose from library' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose a lead photo' });
  await picker.getByRole('searchbox', { name: 'Search media' }).fill('agency');
  await picker.getByRole('list', { name: 'Photos' }).getByRole('button', { name: 'dropped.jpg' }).click();
  await expect(second.getByRole('textbox', { name: 'Credit' })).toHaveValue('Agency Photographer');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Media' }).click();
  await expect(page.getByRole('list', { name: 'Photos' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('list', { name: 'Photos' }).getByRole('button', { name: 'dropped.jpg' }).click();
  const used = page.getByRole('region', { name: 'Photo details' }).getByRole('list', { name: 'Used in' });
  await expect(used).toContainText('Вставка и перетаскивание');
  await expect(used).toContainText('Второй материал');
});
