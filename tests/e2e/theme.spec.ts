import { expect, test } from '@playwright/test';

test('the chosen theme survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const select = page.getByLabel('Theme');
  await expect(select).toBeVisible();
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
});

test('the system choice follows prefers-color-scheme, live', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/guides/');
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a stored dark theme is in place before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('ft-theme', 'dark'));
  // The first animation frame runs just before the first paint: record what it would show.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { __seen: string[] }).__seen = [
        document.documentElement.dataset['theme'] ?? 'none',
        getComputedStyle(document.body).backgroundColor,
      ];
    });
  });
  await page.goto('/');
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen[0]).toBe('dark');
  expect(seen[1]).toBe('rgb(20, 22, 26)');
});
