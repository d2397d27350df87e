import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { interviewer, isoDay, nextButton, openPlanner, stepCard, stepHeading, walkToPlan } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const XSS = '<img src=x onerror=alert(1)>';
const RTL = 'דנה כהן 🙂';

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('hostile input is just text', () => {
  test('markup, right-to-left names and emoji are shown literally and encoded in the email link and calendar', async ({
    page,
  }) => {
    page.on('dialog', () => {
      throw new Error('A dialog opened: input was run as code');
    });
    await openPlanner(page);
    await walkToPlan(page, {
      company: `${XSS} & Sons`,
      role: 'Designer 🙂',
      date: isoDay(-1),
      time: '10:00',
      format: /^Panel/,
      people: [
        { name: XSS, email: 'x@example.com' },
        { name: RTL, email: 'dana@example.com' },
      ],
    });
    await expect(page.getByRole('heading', { level: 3, name: `Email a thank-you to ${XSS}` })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: `Email a thank-you to ${RTL}` })).toBeVisible();
    expect(await page.evaluate(() => document.querySelectorAll('main img').length)).toBe(0);
    await expect(page.getByRole('region', { name: 'Your interviews' })).toContainText(`${XSS} & Sons · Designer 🙂`);

    const dana = stepCard(page, `Email a thank-you to ${RTL}`);
    await dana.getByRole('button', { name: /^Show drafts/ }).click();
    const body = await dana.getByRole('textbox', { name: 'Email draft' }).inputValue();
    expect(body).toContain('דנה');
    const href = (await dana.getByRole('link', { name: 'Open in email app' }).getAttribute('href')) ?? '';
    expect(href).not.toMatch(/[\s<>#]/);
    expect(href.split('&')).toHaveLength(2);
    expect(new URL(href).searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(body);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
    const text = await readFile(await (await download).path(), 'utf8');
    const summaries = new ICAL.Component(ICAL.parse(text) as unknown[])
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries).toEqual(expect.arrayContaining([`Email a thank-you to ${XSS}`, `Email a thank-you to ${RTL}`]));
  });

  test('a 10,000-character name gets a length error and is kept as typed; a blank one is caught', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel(/^Company/).fill('Acme');
    await page.getByLabel(/^Job you interviewed for/).fill('Analyst');
    await page.getByLabel(/^Date/).fill(isoDay(-1));
    await page.getByLabel(/^Start time/).fill('09:00');
    await nextButton(page).click();
    const name = interviewer(page, 1).getByLabel(/^Name/);
    const long = 'Ω'.repeat(10_000);
    await name.fill(long);
    await nextButton(page).click();
    await expect(name).toHaveAccessibleDescription(/Keep the name under 80 characters/);
    await expect(name).toHaveValue(long);
    await name.fill('   ');
    await expect(name).toHaveAccessibleDescription(/Add this interviewer's name/);
  });
});

test('at 320 px wide nothing scrolls sideways, on any screen, even with long unbroken text', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openPlanner(page);
  const noSideScroll = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await noSideScroll();
  // Next on the empty screen: wait for its verdict (the validator loads on first use), or it could
  // land after the fields below are filled and move the wizard on by itself, stealing walkToPlan's focus.
  await nextButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'fields need attention' })).toBeVisible();
  await expect(page.getByLabel(/^Company/)).toBeFocused();
  await noSideScroll();
  await walkToPlan(page, {
    company: 'W'.repeat(110),
    role: 'Senior_platform_reliability_engineer_for_distributed_systems',
    date: isoDay(-1),
    time: '16:30',
    people: [{ name: 'M'.repeat(79), title: 'Head of Everything', email: 'a.very.long.address@subdomain.example.com' }],
    decideBy: isoDay(8),
  });
  await noSideScroll();
  for (const heading of ['The interview', 'Who you met', 'What was said', 'What to say']) {
    await page.getByRole('button', { name: new RegExp(heading) }).click();
    await expect(stepHeading(page, heading)).toBeVisible();
    await noSideScroll();
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`every screen, with errors showing, and the plan pass axe in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openPlanner(page);
    await nextButton(page).click();
    await expect(page.getByText('fields need attention')).toBeVisible();
    expect(await axeViolations(page), 'interview screen with errors').toEqual([]);
    await page.getByLabel(/^Company/).fill('Acme');
    await page.getByLabel(/^Job you interviewed for/).fill('Analyst');
    await page.getByLabel(/^Date/).fill(isoDay(-1));
    await page.getByLabel(/^Start time/).fill('09:00');
    await nextButton(page).click();
    await page.getByRole('button', { name: 'Add another interviewer' }).click();
    await page.getByLabel('A recruiter or someone else helped me get this interview').check();
    await nextButton(page).click();
    await expect(page.getByText('fields need attention')).toBeVisible();
    expect(await axeViolations(page), 'people screen with errors').toEqual([]);
    await interviewer(page, 1).getByLabel(/^Name/).fill('Ada');
    await interviewer(page, 2)
      .getByRole('button', { name: /^Remove/ })
      .click();
    await page.getByLabel('A recruiter or someone else helped me get this interview').uncheck();
    await nextButton(page).click();
    await page.getByRole('radio', { name: "They'll call on a date" }).check();
    await nextButton(page).click();
    await expect(page.getByText('field needs attention')).toBeVisible();
    expect(await axeViolations(page), 'what was said, with an error').toEqual([]);
    await page.getByLabel(/^Day they said they would call/).fill(isoDay(4));
    await nextButton(page).click();
    await expect(stepHeading(page, 'What to say')).toBeVisible();
    expect(await axeViolations(page), 'what to say').toEqual([]);
    await page.getByRole('button', { name: 'See my plan' }).click();
    await expect(page.getByRole('heading', { name: 'Next up' })).toBeVisible();
    const ada = stepCard(page, /thank-you to Ada/);
    await ada.getByRole('textbox', { name: 'Email draft' }).fill('Hey mate 🙂 about the salary');
    await expect(ada.getByRole('region', { name: 'Checks on this draft' }).getByRole('listitem')).not.toHaveCount(0);
    expect(await axeViolations(page), 'plan with drafts and findings').toEqual([]);
  });
}

test('the printout shows the timeline and the drafts, without the tools, lists or forms', async ({ page }) => {
  await openPlanner(page);
  await walkToPlan(page, {
    company: 'Print Co',
    role: 'Typesetter',
    date: isoDay(-1),
    time: '10:00',
    people: [
      { name: 'Ada', email: 'ada@example.com' },
      { name: 'Bo', email: 'bo@example.com' },
    ],
  });
  const boDraft = await stepCard(page, /thank-you to Bo/)
    .getByRole('textbox', { name: 'Email draft', includeHidden: true })
    .inputValue();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Your interviews' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Heard back? Update your plan' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Planner steps' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: /thank-you to Bo/ })).toBeVisible();
  // Bo's drafts were never opened on screen, yet the printout carries them.
  await expect(page.getByText(boDraft.split('\n')[0] ?? '').last()).toBeVisible();
});
