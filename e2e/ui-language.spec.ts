import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { valueOf } from './host';

/**
 * The interface in Russian and back: the switch in the sidebar changes the navigation and
 * the controls' accessible names at once, <html lang> follows, and the choice is kept as
 * the person's preference.
 */
test('the interface switches to Russian and back to English', async ({ page, host }) => {
  await page.goto(host.url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Articles' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The suite runs with an English locale, so English it is, and the switch says so.
  const english = page.getByRole('combobox', { name: 'Interface language' });
  await expect(english).toHaveValue('en');
  await english.selectOption({ label: 'Русский' });

  const russianNav = page.getByRole('navigation', { name: 'Разделы' });
  for (const name of ['Статьи', 'Подборки', 'Фото', 'Экспорт']) await expect(russianNav.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Статей пока нет' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Новая статья' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Нормы объёма' })).toBeVisible();

  // A plural in Russian, then the list's controls in Russian.
  await main.getByRole('button', { name: 'Создать примеры статей' }).click();
  await expect(page.getByRole('region', { name: 'Уведомления' })).toContainText(/Создано \d+ пример(а|ов) статей\./);
  await expect(page.getByRole('searchbox', { name: 'Поиск статей' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Фильтр по статусу' })).toBeVisible();
  await expect(page.getByText(/^\d+ стат(ья|ьи|ей)$/)).toBeVisible();
  // An article opens with its fields named in Russian, the language code kept.
  await page.getByRole('list', { name: 'Статьи' }).getByRole('link').first().click();
  await expect(main.getByRole('textbox', { name: 'Заголовок (ru)' })).toBeVisible();
  await expect(main.getByRole('combobox', { name: 'Статус (en)' })).toBeVisible();
  await expect(main.getByRole('combobox', { name: 'Рубрика' })).toBeVisible();

  await russianNav.getByRole('link', { name: 'Подборки' }).click();
  await expect(main.getByRole('heading', { name: 'Подборки', level: 1 })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Новая подборка' })).toBeVisible();
  await russianNav.getByRole('link', { name: 'Фото' }).click();
  await expect(main.getByRole('heading', { name: 'Фото', level: 1 })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Добавить фото' })).toBeVisible();

  // Back to English: the names the rest of the suite relies on return.
  await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption({ label: 'English' });
  await expect(nav.getByRole('link', { name: 'Lists' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await nav.getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
});

test('the chosen language is kept when the window loads again', async ({ page, host }) => {
  // Preferences are answered by the session around the workspace (this host's own folder).
  expect(await host.call('getPreferences', {})).toMatchObject({ ok: true, value: { uiLanguage: null } });

  await page.goto(host.url);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Русский' });
  await expect(page.getByRole('navigation', { name: 'Разделы' })).toBeVisible();
  await expect.poll(async () => {
    const prefs = await host.call('getPreferences', {});
    return prefs.ok ? prefs.value.uiLanguage : null;
  }).toBe('ru');

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Статьи' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  // Back to English, kept too, so no later window starts in Russian.
  await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption({ label: 'English' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' })).toBeVisible();
});

test('what core says — a refusal, a preflight problem — is said in Russian too', async ({ page, host }) => {
  valueOf(await host.call('setPreferences', { uiLanguage: 'ru' }));
  valueOf(await host.call('createArticle', { section: 'news', originalLang: 'ru', title: 'Черновик' }));
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-nothing-'));
  try {
    await page.goto(host.url);
    const nav = page.getByRole('navigation', { name: 'Разделы' });

    // A folder without a workspace: the session's refusal, in Russian, naming the folder.
    await page.getByRole('button', { name: 'Сменить рабочую папку' }).click();
    const dialog = page.getByRole('dialog', { name: 'Рабочая папка' });
    await dialog.getByRole('textbox', { name: 'Рабочая папка' }).fill(elsewhere);
    await dialog.getByRole('button', { name: 'Открыть', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(`В ${elsewhere} нет рабочей папки Tandem`);
    await dialog.getByRole('button', { name: 'Закрыть' }).click();

    // Preflight with nothing ready: its blocking problem, in Russian.
    await nav.getByRole('link', { name: 'Экспорт' }).click();
    const problems = page.getByRole('region', { name: 'Проверка' }).getByRole('list', { name: 'Проблемы' });
    await expect(problems).toContainText('Здесь нечего экспортировать');
    await expect(problems).not.toContainText('Nothing here is ready');
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
    valueOf(await host.call('setPreferences', { uiLanguage: null }));
  }
});
