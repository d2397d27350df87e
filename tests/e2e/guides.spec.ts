import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { getTopic, type TopicId } from '../../src/lib/guides/topics';
import { distDir } from './support/site';

const CONTENT = new URL('../../src/content/guides/', import.meta.url);

/** What the guide files say about themselves, read from their front matter. */
const guides = readdirSync(CONTENT)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(new URL(file, CONTENT), 'utf8');
    const field = (key: string) =>
      new RegExp(`^${key}:\\s*'?(.*?)'?$`, 'm').exec(source)?.[1]?.replace(/''/g, "'") ?? '';
    return {
      slug: file.replace(/\.mdx$/, ''),
      title: field('title'),
      topic: getTopic(field('topic') as TopicId),
      source,
    };
  });

/** The first example message in a guide's source, exactly as a reader should get it when they copy it. */
function firstExampleText(source: string): { label: string; text: string } {
  const block = /<ExampleMessage([\s\S]*?)\/>/.exec(source)?.[1] ?? '';
  const label = /label="([^"]*)"/.exec(block)?.[1] ?? '';
  const subject = /subject="([^"]*)"/.exec(block)?.[1];
  const body = /body=\{`([\s\S]*?)`\}/.exec(block)?.[1]?.trim() ?? '';
  return { label, text: subject ? `Subject: ${subject}\n\n${body}` : body };
}

/** Every script the page runs: inline text, or the source of an external file. */
async function scriptsOn(page: Page): Promise<string[]> {
  // The site-wide module joins the page after its first paint (AfterPaint.astro): count it once it has.
  await page.waitForFunction(() => {
    const later = document.getElementById('after-paint');
    return later instanceof HTMLTemplateElement && later.content.childElementCount === 0;
  });
  return page.evaluate(async () =>
    Promise.all([...document.scripts].map(async (s) => (s.src ? (await fetch(s.src)).text() : (s.textContent ?? '')))),
  );
}

test('every guide file has a built page', () => {
  const built = readdirSync(new URL('guides/', `file://${distDir}`), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  expect(built).toEqual(guides.map((g) => g.slug).sort());
});

for (const guide of guides) {
  test(`the ${guide.slug} guide has one h1, a description and a place on the index under its topic`, async ({
    page,
  }) => {
    await page.goto(`/guides/${guide.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0, 'meta description length').toBeGreaterThanOrEqual(50);
    expect(description?.length ?? 0, 'meta description length').toBeLessThanOrEqual(160);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(guide.topic.label);

    await page.goto('/guides/');
    const topicSection = page.getByRole('region', { name: guide.topic.label, exact: true });
    await expect(topicSection.getByRole('link', { name: guide.title, exact: true })).toBeVisible();
  });
}

test('the index lists the topics in journey order', async ({ page }) => {
  await page.goto('/guides/');
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  const expected = [...new Set(guides.map((g) => g.topic))].sort((a, b) => a.order - b.order).map((t) => t.label);
  expect(headings.map((h) => h.trim())).toEqual(expected);
});

test('a guide links to the next and previous guide and ends with a way into the planner', async ({ page }) => {
  await page.goto('/guides/thank-you-email/');
  const pager = page.getByRole('navigation', { name: 'Previous and next guide' });
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/guides/why-follow-up/');
  await expect(pager.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/guides/card-email-or-call/');
  await expect(page.getByRole('link', { name: 'Plan your follow-up' })).toHaveAttribute('href', '/plan/');
});

test('section headings have a labelled link to themselves', async ({ page }) => {
  await page.goto('/guides/checking-in/');
  const link = page.getByRole('link', { name: 'Link to section: What to write' });
  await expect(link).toHaveAttribute('href', '#what-to-write');
  await expect(page.getByRole('heading', { level: 2, name: 'What to write', exact: true })).toHaveAttribute(
    'id',
    'what-to-write',
  );
});

test.describe('the copy button', () => {
  const guide = guides.find((g) => g.slug === 'thank-you-email')!;
  const example = firstExampleText(guide.source);

  test('copies the exact example text and announces it to screen readers', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/guides/thank-you-email/');
    const figure = page.getByRole('figure', { name: new RegExp(example.label) });
    const status = figure.getByRole('status');
    await expect(status).toHaveText('');

    await figure.getByRole('button', { name: /^Copy/ }).click();

    await expect(status).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(example.text);
  });

  test('where the clipboard is missing, says to copy by hand and leaves the text selectable', async ({ page }) => {
    // As on a page not served over HTTPS: no Clipboard API at all.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto('/guides/thank-you-email/');
    const figure = page.getByRole('figure', { name: new RegExp(example.label) });

    await figure.getByRole('button', { name: /^Copy/ }).click();

    await expect(figure.getByRole('status')).toHaveText('Could not copy: select the text and copy it yourself.');
    await expect(figure.getByText(example.text.split('\n')[0]!, { exact: false })).toBeVisible();
  });

  test('is the only script a guide adds, and stays within its size budget', async ({ page }) => {
    await page.goto('/guides/why-follow-up/');
    const withoutExamples = await scriptsOn(page);
    await page.goto('/guides/thank-you-email/');
    const withExamples = await scriptsOn(page);

    const copyScripts = withExamples.filter((s) => s.includes('clipboard'));
    expect(copyScripts, 'one copy script, however many examples').toHaveLength(1);
    expect(gzipSync(copyScripts[0]!).length, 'gzipped bytes').toBeLessThanOrEqual(1536);
    // Everything else on the page is the site shell, which a guide without examples loads too.
    expect(withExamples.filter((s) => !s.includes('clipboard')).length).toBe(withoutExamples.length);
    expect(withoutExamples.some((s) => s.includes('clipboard'))).toBe(false);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('leaves the example readable and shows no button that cannot work', async ({ page }) => {
      await page.goto('/guides/thank-you-email/');
      const figure = page.getByRole('figure', { name: new RegExp(example.label) });
      await expect(figure.getByText('Hi Priya,')).toBeVisible();
      await expect(figure.getByRole('button', { name: /^Copy/ })).toBeHidden();
    });
  });
});
