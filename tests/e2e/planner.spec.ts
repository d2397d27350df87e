import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { openPlanner, panelInterview, stepCard, stepTitles, walkToPlan } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test.describe('the planner, start to finish', () => {
  test.beforeEach(async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
  });

  test('a panel interview with two interviewers ends with a thank-you for each, by name', async ({ page }) => {
    const titles = await stepTitles(page).allTextContents();
    expect(titles).toEqual(expect.arrayContaining(['Email a thank-you to Ada Quill', 'Email a thank-you to Bo Chen']));
    const ada = stepCard(page, 'Email a thank-you to Ada Quill');
    await expect(ada.getByText('For Ada Quill, Head of Design')).toBeVisible();
    await expect(ada.getByRole('textbox', { name: 'Email draft' })).toHaveValue(/Ada/);
    const bo = stepCard(page, 'Email a thank-you to Bo Chen');
    await bo.getByRole('button', { name: /Show drafts/ }).click();
    await expect(bo.getByRole('textbox', { name: 'Email draft' })).toHaveValue(/Bo/);
    await expect(page.getByRole('heading', { name: 'Next up' })).toBeVisible();
  });

  test('copying a draft puts its exact text, edits included, on the clipboard and says so', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const ada = stepCard(page, 'Email a thank-you to Ada Quill');
    const body = ada.getByRole('textbox', { name: 'Email draft' });
    await body.fill(`${await body.inputValue()}\n\nP.S. Ünïcödé & <b>not bold</b> 🙂`);
    await ada.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(ada.getByRole('status').filter({ hasText: 'Copied the message.' })).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await body.inputValue());
    expect(clipboard).toContain('<b>not bold</b> 🙂');
  });

  test('the calendar file parses and has one event per step', async ({ page }) => {
    const count = await stepTitles(page).count();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('follow-up-plan.ics');
    const text = await readFile(await file.path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(count);
    const summaries = events.map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries).toEqual(
      expect.arrayContaining(['Email a thank-you to Ada Quill', 'Email a thank-you to Bo Chen']),
    );
    await expect(page.getByText('Calendar file downloaded')).toBeVisible();
  });

  test('the email link decodes to the recipient, the subject and the draft', async ({ page }) => {
    const ada = stepCard(page, 'Email a thank-you to Ada Quill');
    const subject = await ada.getByRole('textbox', { name: 'Subject' }).inputValue();
    const body = await ada.getByRole('textbox', { name: 'Email draft' }).inputValue();
    const href = await ada.getByRole('link', { name: 'Open in email app' }).getAttribute('href');
    expect(href).toMatch(/^mailto:ada\.quill@northwind\.example\?/);
    const url = new URL(href!);
    expect(url.searchParams.get('subject')).toBe(subject);
    expect(url.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(body);
  });

  test('a draft too long for mail apps offers Copy instead of the email link', async ({ page }) => {
    const ada = stepCard(page, 'Email a thank-you to Ada Quill');
    await ada.getByRole('textbox', { name: 'Email draft' }).fill('A long note. '.repeat(300));
    await expect(ada.getByRole('link', { name: 'Open in email app' })).toHaveCount(0);
    await expect(ada.getByText(/too long to open in some email apps/)).toBeVisible();
    await expect(ada.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();
  });

  test('the checker flags a risky phrase as the user types, with a link to its guide', async ({ page }) => {
    const ada = stepCard(page, 'Email a thank-you to Ada Quill');
    await ada.getByRole('textbox', { name: 'Email draft' }).fill('Hey mate, what about the salary? Just checking in.');
    const checks = ada.getByRole('region', { name: 'Checks on this draft' });
    await expect(checks.getByRole('listitem')).not.toHaveCount(0);
    await expect(checks.getByRole('link', { name: 'Mistakes to avoid' }).first()).toHaveAttribute(
      'href',
      /^\/guides\/mistakes-to-avoid\//,
    );
  });

  test('tabs switch the draft format and the tone switch rewrites it', async ({ page }) => {
    const ada = stepCard(page, 'Email a thank-you to Ada Quill');
    await ada.getByRole('tab', { name: 'LinkedIn' }).click();
    await expect(ada.getByRole('tab', { name: 'LinkedIn' })).toHaveAttribute('aria-selected', 'true');
    const note = ada.getByRole('textbox', { name: 'LinkedIn draft' });
    const warm = await note.inputValue();
    expect(warm.length).toBeLessThanOrEqual(200);
    await ada.getByRole('radio', { name: 'Formal' }).check();
    await expect(note).not.toHaveValue(warm);
  });

  test('marking a step done moves "next up" to the following step, and undo brings it back', async ({ page }) => {
    const nextUp = page.getByRole('region', { name: 'Next up' });
    await expect(nextUp).toContainText('Email a thank-you to Ada Quill');
    await stepCard(page, 'Email a thank-you to Ada Quill')
      .getByRole('button', { name: /^Mark done/ })
      .click();
    await expect(nextUp).toContainText('Email a thank-you to Bo Chen');
    await stepCard(page, 'Email a thank-you to Bo Chen').getByRole('button', { name: /^Skip/ }).click();
    await expect(nextUp).not.toContainText('Bo Chen');
    await stepCard(page, 'Email a thank-you to Ada Quill').getByRole('button', { name: /^Undo/ }).click();
    await expect(nextUp).toContainText('Email a thank-you to Ada Quill');
  });

  test('the home page shows what is next up in the saved plan, linking to it', async ({ page }) => {
    await page.goto('/');
    const nextUp = page.getByRole('region', { name: 'Next up in your plans' });
    await expect(nextUp.getByRole('link', { name: 'Email a thank-you to Ada Quill' })).toBeVisible();
    await expect(nextUp).toContainText('Northwind Traders · Product designer');
    await nextUp.getByRole('link', { name: 'Email a thank-you to Ada Quill' }).click();
    await expect(page.getByRole('heading', { name: 'Your plan', exact: true })).toBeVisible();
  });

  test('recording a rejection replaces the check-ins with the rejection reply', async ({ page }) => {
    await expect(stepTitles(page).filter({ hasText: /^Check in/ })).not.toHaveCount(0);
    const form = page.getByRole('region', { name: 'Heard back? Update your plan' });
    await form.getByRole('radio', { name: 'They turned me down' }).check();
    await form.getByLabel(/^When did it happen/).fill(new Date().toISOString().slice(0, 10));
    await form.getByRole('button', { name: 'Update my plan' }).click();
    await expect(stepTitles(page).filter({ hasText: /^Reply to the decision from Northwind Traders/ })).toHaveCount(1);
    await expect(stepTitles(page).filter({ hasText: /^Check in/ })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'No longer needed' })).toContainText('Check in');
  });
});
