import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/site';
import { watchPage } from './support/watch';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const firstGuide = builtPages().find((path) => /^\/guides\/[^/]+\/$/.test(path)) ?? '/guides/';

const searchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Search' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guides' });
const searchBox = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search the guides' });
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Results' }).getByRole('link');

/** Opens the dialog from the header button (waiting for the script that turns the link into a button). */
async function openSearch(page: Page): Promise<void> {
  await searchButton(page).click();
  await expect(searchBox(page)).toBeFocused();
}

/** Types a query into the open dialog and waits for its results (or its "no guides" line). */
async function searchFor(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await expect(dialog(page).getByRole('status')).toContainText(`for “${query}”`);
}

test.describe('the search dialog', () => {
  for (const path of ['/', firstGuide]) {
    test(`on ${path} the page requests nothing from /pagefind/ until search opens`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      await openSearch(page);
      await expect.poll(() => requested.filter((p) => p.startsWith('/pagefind/'))).toContain('/pagefind/pagefind.js');
    });
  }

  test('opens with /, Ctrl+K and Cmd+K, but not when / is typed into a field', async ({ page }) => {
    await page.goto('/');
    await expect(searchButton(page)).toBeVisible();
    for (const keys of ['/', 'Control+k', 'Meta+k']) {
      await page.keyboard.press(keys);
      await expect(searchBox(page), keys).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
    }
    await page.goto('/search/');
    const field = page.getByRole('searchbox', { name: 'Search for' });
    await field.fill('');
    await field.pressSequentially('a/b');
    await expect(field).toHaveValue('a/b');
    await expect(dialog(page)).toBeHidden();
  });

  test('shows results as you type: a link with the title, a sub-heading where there is one, and a highlighted excerpt', async ({
    page,
  }) => {
    await page.goto('/');
    await openSearch(page);
    await searchFor(page, 'thank');
    await expect(results(page).first()).toBeVisible();
    const items = dialog(page).getByRole('list', { name: 'Results' }).getByRole('listitem');
    await expect(items.first().locator('mark').first()).toBeVisible();
    // Some result points into a section of its guide, and names that section.
    await expect(results(page).filter({ hasText: 'section:' }).first()).toHaveAttribute('href', /#./);
  });

  test('finds the guide for each situation people search for', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    const situations = {
      'another offer deadline': '/guides/another-offer-deadline/',
      'recruiter missed call': '/guides/they-did-not-call/',
      'final round silence': '/guides/no-reply-after-final-round/',
      'feedback rejection': '/guides/feedback-after-rejection/',
      'referral internal': '/guides/referral-or-internal/',
    };
    for (const [query, href] of Object.entries(situations)) {
      await searchFor(page, query);
      await expect(results(page).first(), query).toHaveAttribute('href', new RegExp(`^${href}`));
    }
  });

  test('moves through results with the arrow keys and opens the selected one with Enter', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    await searchFor(page, 'thank');
    const links = results(page);
    await expect(links.nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const href = await links.nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(href!, page.url()).href);
  });

  test('keeps Tab inside the dialog, and Escape closes it and returns focus to the button', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    await searchFor(page, 'thank');
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(searchButton(page)).toBeFocused();
  });

  test('says so when nothing matches and suggests where to start', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    await searchFor(page, 'xylophone');
    await expect(dialog(page).getByRole('status')).toHaveText('No guides found for “xylophone”.');
    await expect(dialog(page).getByRole('link', { name: /every guide/ })).toHaveAttribute('href', '/guides/');
  });

  test.describe('with the library unreachable', () => {
    // Requests a service worker makes for the page escape page.route: leave the worker out.
    test.use({ serviceWorkers: 'block' });

    test('says what went wrong when the search library cannot load', async ({ page }) => {
      await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
      await page.goto('/');
      await openSearch(page);
      await expect(dialog(page).getByRole('status')).toHaveText(/Search could not load/);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`passes axe with results shown, and breaks no CSP rule, in the ${theme} theme`, async ({ page, baseURL }) => {
      const problems = await watchPage(page, baseURL!);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(firstGuide);
      await openSearch(page);
      await searchFor(page, 'thank');
      await page.keyboard.press('ArrowDown');
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await searchFor(page, 'xylophone');
      const empty = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(empty.violations.map((v) => v.id)).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  }
});

test('the index holds the guides and nothing else, each with its topic filter and description', async ({ page }) => {
  await page.goto('/search/');
  const indexed = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(url)) as {
      search: (term: null) => Promise<{ results: { data: () => Promise<Record<string, unknown>> }[] }>;
    };
    const { results } = await pagefind.search(null);
    return Promise.all(results.map((result) => result.data()));
  });
  const guides = builtPages().filter((path) => /^\/guides\/[^/]+\/$/.test(path));
  expect(indexed.map((page) => page['url']).sort()).toEqual(guides);
  for (const data of indexed) {
    expect(data, String(data['url'])).toMatchObject({
      filters: { topic: [expect.any(String)] },
      meta: { title: expect.any(String), description: expect.stringMatching(/\w{3}/) },
    });
  }
});

test.describe('ranking a reader would expect', () => {
  const expectations = [
    ['salary', '/guides/mistakes-to-avoid/'],
    ['LinkedIn', '/guides/linkedin-after-interview/'],
    ['business card', '/guides/before-you-leave/'],
    ['rejection', '/guides/after-a-rejection/'],
  ] as const;
  for (const [query, guide] of expectations) {
    test(`"${query}" puts ${guide} first`, async ({ page }) => {
      await page.goto('/');
      await openSearch(page);
      await searchFor(page, query);
      await expect(results(page).first()).toHaveAttribute('href', new RegExp(`^${guide}(#|$)`));
    });
  }
});

test.describe('the /search/ page', () => {
  const resultList = (page: Page) => page.getByRole('main').getByRole('list', { name: 'Results' });

  test('searches from the address, so a search can be linked', async ({ page }) => {
    await page.goto('/search/?q=thank');
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('thank');
    await expect(page.getByRole('main').getByRole('status')).toContainText('found for “thank”');
    await expect(resultList(page).getByRole('link').first()).toBeVisible();
  });

  test('filters by topic and keeps the address in step', async ({ page }) => {
    await page.goto('/search/');
    const topic = page.getByRole('combobox', { name: 'Topic' });
    const label = (await topic.getByRole('option').nth(1).textContent())!.trim();
    await topic.selectOption(label);
    await expect(page).toHaveURL(`/search/?topic=${encodeURIComponent(label).replaceAll('%20', '+')}`);
    await expect(page.getByRole('main').getByRole('status')).toContainText(`in ${label}`);
    const items = resultList(page).getByRole('listitem');
    await expect(items.first()).toBeVisible();
    for (const text of await items.allInnerTexts()) expect(text).toContain(label);
  });

  test('says so when nothing matches and suggests guides', async ({ page }) => {
    await page.goto('/search/?q=xylophone');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('No guides found for “xylophone”.');
    await expect(page.getByRole('heading', { name: 'Nothing matched' })).toBeVisible();
    await expect(page.getByRole('link', { name: /every guide/ })).toHaveAttribute('href', '/guides/');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header offers a plain link to /search/, which explains that search needs JavaScript', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('banner').getByRole('link', { name: 'Search' }).last();
    await expect(link).toHaveAttribute('href', '/search/');
    await link.click();
    await expect(page).toHaveURL('/search/');
    // Playwright turns scripts off without telling the HTML parser, so <noscript> is not
    // rendered here; check that the page carries the explanation for browsers that do.
    const html = await (await page.request.get('/search/')).text();
    expect(html).toMatch(/<noscript>[^]*Search runs in your browser and needs JavaScript[^]*<\/noscript>/);
  });
});
