import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openPlanner, panelInterview, stepCard, walkToPlan } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** The words a draft field has selected. */
/** The draft with `words` as a paragraph of their own after the greeting (whatever wording the draft has). */
const withParagraph = (draft: string, words: string) => {
  const [greeting = '', ...rest] = draft.split('\n\n');
  return [greeting, words, ...rest].join('\n\n');
};

const selected = (field: Locator) =>
  field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));

/** The text of the marks drawn over a field (the highlight layer is hidden from assistive technology). */
const marked = (card: Locator) => card.locator('.marks mark').allTextContents();

function adaDraft(page: Page) {
  const ada = stepCard(page, 'Email a thank-you to Ada Quill');
  return {
    ada,
    body: ada.getByRole('textbox', { name: 'Email draft' }),
    checks: ada.getByRole('region', { name: 'Checks on this draft' }),
  };
}

test.describe('the draft checker, as a user meets it', () => {
  test.beforeEach(async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
  });

  test('a pushy sentence typed into a draft is found, and activating the finding selects and marks its words', async ({
    page,
  }) => {
    const { ada, body, checks } = adaDraft(page);
    await expect(checks).toContainText('Nothing to fix');
    const draft = await body.inputValue();
    await body.fill(withParagraph(draft, 'I need an answer by Friday.'));

    const finding = checks.getByRole('listitem').filter({ hasText: 'deadline' });
    await expect(finding).toHaveCount(1);
    await expect(finding.getByRole('link', { name: 'Checking in' })).toHaveAttribute(
      'href',
      '/guides/checking-in/#do-not-expect-instant-results',
    );
    await expect.poll(() => marked(ada)).toEqual(['I need an answer by Friday']);

    await finding.getByRole('button', { name: /I need an answer by Friday/ }).click();
    await expect(body).toBeFocused();
    expect(await selected(body)).toBe('I need an answer by Friday');
    await expect(ada.locator('.marks mark.active')).toHaveText('I need an answer by Friday');
  });

  test('money that describes work is left alone; asking about pay is flagged with its guide', async ({ page }) => {
    const { body, checks } = adaDraft(page);
    await body.fill('Hi Ada,\n\nAt Millbrook I cut costs by $2.4m across three sites.\n\nBest wishes,\nSam Rivera');
    await expect(checks).toContainText('Nothing to fix');
    await body.fill('Hi Ada,\n\nCould you tell me the salary range for the role?\n\nBest wishes,\nSam Rivera');
    const finding = checks.getByRole('listitem').filter({ hasText: 'pay' });
    await expect(finding).toHaveCount(1);
    await expect(finding.getByRole('link')).toHaveAttribute(
      'href',
      '/guides/mistakes-to-avoid/#raising-your-salary-expectations-at-the-last-minute',
    );
  });

  test('a greeting for the wrong person and a company from another saved plan are both caught', async ({ page }) => {
    // A second saved plan, for another employer.
    await page.getByRole('button', { name: 'New interview' }).click();
    await walkToPlan(page, { ...panelInterview(), company: 'Acme Robotics', people: [{ name: 'Marcus Webb' }] });
    await page.getByRole('button', { name: /^Northwind Traders/ }).click();
    const { ada, body, checks } = adaDraft(page);
    await ada.getByRole('button', { name: /^Show drafts/ }).click();
    await body.fill('Hi Bo,\n\nI would love to join Acme Robotics.\n\nBest wishes,\nSam Rivera');
    await expect(checks.getByRole('listitem').filter({ hasText: 'the greeting names Bo Chen' })).toHaveCount(1);
    await expect(checks.getByRole('listitem').filter({ hasText: 'another of your plans' })).toHaveCount(1);
  });

  test('a long draft is never cut: the count, a target, and the words past the limit marked', async ({ page }) => {
    const { ada, body, checks } = adaDraft(page);
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    await body.fill(words);
    await expect(body).toHaveValue(words);
    await expect(checks).toContainText('This is 200 words; aim for 180 or fewer.');
    await checks.getByRole('button', { name: /The words past the limit/ }).click();
    expect(await selected(body)).toMatch(/^word180 word181 .* word199$/);
    await expect(ada.locator('.marks mark.active')).toHaveText(/^word180/);
  });

  for (const width of [390, 1280])
    for (const scheme of ['light', 'dark'] as const)
      test(`findings are accessible and legible at ${width} px, ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        const { ada, body, checks } = adaDraft(page);
        const draft = await body.inputValue();
        await body.fill(
          withParagraph(
            draft,
            'Sorry to bother you again, but I need an answer by Friday. Per my last email, what is the salary range?',
          ),
        );
        await expect(checks.getByRole('listitem')).toHaveCount(4);
        await checks.getByRole('listitem').nth(1).getByRole('button').click();
        // The marks sit exactly under the words: the layer and the field have the same size.
        const [layer, field] = await Promise.all([
          ada.locator('.marked-text.multiline .marks').boundingBox(),
          body.boundingBox(),
        ]);
        expect(layer && field && Math.abs(layer.height - field.height)).toBeLessThan(1);
        expect(layer && field && Math.abs(layer.width - field.width)).toBeLessThan(1);
        expect(await body.evaluate((el) => el.scrollHeight - el.clientHeight), 'the field never scrolls inside').toBe(
          0,
        );
        await ada.screenshot({ path: test.info().outputPath(`draft-checker-${width}-${scheme}.png`) });
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
});
