import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { isoDay, openPlanner, panelInterview, stepCard, walkToPlan, type WalkData } from './support/planner';
import { watchPage } from './support/watch';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const PEOPLE = [
  { name: 'Ada Quill', title: 'Head of Design', email: 'ada.quill@northwind.example', linkedIn: true },
  { name: 'Bo Chen', title: 'Engineering lead', email: 'bo.chen@northwind.example' },
  { name: 'Chiara Okafor', title: 'Senior Product Manager', email: 'chiara.okafor@northwind.example', linkedIn: true },
  { name: 'Dev Raman', title: 'Design Researcher', email: 'dev.raman@northwind.example' },
  { name: 'Eun-ji Park', title: 'VP Product', email: 'eunji.park@northwind.example', linkedIn: true },
];

/** A panel with `count` interviewers and every note filled in with a realistic sentence or two. */
function fullPanel(count: number): WalkData {
  return {
    ...panelInterview(),
    people: PEOPLE.slice(0, count),
    strengths:
      'ten years of design systems work, including the accessibility audit of a banking app used by two million people',
    correction: 'I undersold my research: I ran twenty usability sessions last year and they shaped the roadmap',
    question: 'How does the design team share decisions with engineering when priorities change mid-sprint?',
  };
}

/** 499 characters of made-up words, different for each seed: notes as long as the form allows, hard to compress. */
function longNote(seed: number): string {
  let state = seed * 7919;
  const letter = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return 'abcdefghijklmnopqrstuvwxyz'[state % 26];
  };
  let text = '';
  while (text.length < 499) text += `${Array.from({ length: 3 + (state % 6) }, letter).join('')} `;
  return text.slice(0, 499);
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Open on another device' });

/** Opens the share dialog and returns the link it shows. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Open on another device' }).click();
  const link = dialog(page).getByRole('textbox', { name: 'Link to this plan' });
  await expect(link).toHaveValue(/\/plan\/#share=[\w-]+$/);
  return link.inputValue();
}

/** The one saved plan's record, as this browser stores it. */
async function storedPlans(page: Page): Promise<Record<string, Record<string, unknown>>> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('ft-plans') ?? '{}') as { plans: never }).plans ?? {});
}

/** A fresh browser profile (another device), watched for requests to other origins. */
async function otherDevice(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
  const page = await context.newPage();
  const problems = await watchPage(page, baseURL);
  return { context, page, problems };
}

test.describe('open on another device', () => {
  test('a plan travels by link to a fresh browser: previewed first, then added field by field', async ({
    page,
    browser,
    baseURL,
  }) => {
    const here = await watchPage(page, baseURL!);
    await openPlanner(page);
    await walkToPlan(page, fullPanel(2));
    await stepCard(page, 'Email a thank-you to Ada Quill')
      .getByRole('button', { name: /^Mark done/ })
      .click();
    const bo = stepCard(page, 'Email a thank-you to Bo Chen');
    await bo.getByRole('button', { name: /Show drafts/ }).click();
    await bo.getByRole('radio', { name: 'Formal' }).check();
    const body = bo.getByRole('textbox', { name: 'Email draft' });
    await body.fill(`${await body.inputValue()}\n\nP.S. Zoë’s “café” notes 📎`);

    const link = await shareLink(page);
    await expect(dialog(page)).toContainText('Anyone who has this link can read the plan.');
    await expect(dialog(page).getByRole('checkbox', { name: /My notes/ })).toBeChecked();
    await expect(dialog(page).getByRole('checkbox', { name: 'The draft I edited' })).toBeChecked();
    await expect(dialog(page).getByRole('img', { name: 'QR code of the link to this plan' })).toBeVisible();
    const [original] = Object.values(await storedPlans(page));

    const phone = await otherDevice(browser, baseURL!);
    await phone.page.goto(link);
    await expect(phone.page.getByRole('heading', { name: 'A plan from a link' })).toBeVisible();
    await expect(phone.page.getByText('Northwind Traders · Product designer')).toBeVisible();
    await expect(phone.page.getByText('Bo Chen, Engineering lead')).toBeVisible();
    await expect(phone.page.getByText('Your notes are included, and 1 edited draft.')).toBeVisible();
    expect(await storedPlans(phone.page), 'nothing is saved before the user adds it').toEqual({});

    await phone.page.getByRole('button', { name: 'Add to my plans' }).click();
    await expect(phone.page.getByRole('heading', { name: 'Your plan', level: 2 })).toBeVisible();
    expect(new URL(phone.page.url()).hash, 'the plan leaves the address bar').toBe('');
    const arrived = Object.values(await storedPlans(phone.page));
    expect(arrived).toHaveLength(1);
    for (const field of ['id', 'name', 'createdAt', 'updatedAt', 'input', 'statuses', 'drafts', 'draftTones'])
      expect(arrived[0]?.[field], field).toEqual(original?.[field]);

    // And as the user sees it: the edited draft, the settled step, the answers.
    const boThere = stepCard(phone.page, 'Email a thank-you to Bo Chen');
    await expect(boThere.getByRole('textbox', { name: 'Email draft' })).toHaveValue(await body.inputValue());
    await expect(stepCard(phone.page, 'Email a thank-you to Ada Quill')).toContainText('✓ Done');
    await phone.page.getByRole('button', { name: 'Edit answers' }).click();
    await expect(phone.page.getByLabel(/^Company/)).toHaveValue('Northwind Traders');
    await expect(phone.page.getByLabel(/^Date/)).toHaveValue(isoDay(-1));

    expect(here.foreignRequests).toEqual([]);
    expect(phone.problems.foreignRequests).toEqual([]);
    expect(phone.problems.consoleErrors).toEqual([]);
    await phone.context.close();
  });

  test('the same link opened again opens the plan, or asks before replacing a changed one', async ({
    page,
    browser,
    baseURL,
  }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const link = await shareLink(page);
    const phone = await otherDevice(browser, baseURL!);
    await phone.page.goto(link);
    await phone.page.getByRole('button', { name: 'Add to my plans' }).click();
    await expect(phone.page.getByRole('heading', { name: 'Your plan', level: 2 })).toBeVisible();
    await expect(phone.page.getByText('Import done: added 1 plan.')).toBeVisible();

    // Unchanged since: nothing to decide, it just opens.
    await phone.page.goto(link);
    await expect(phone.page.getByText('This plan is already in this browser, exactly as in the link.')).toBeVisible();
    await phone.page.getByRole('button', { name: 'Open my plan' }).click();
    await expect(phone.page.getByRole('heading', { name: 'Your plan', level: 2 })).toBeVisible();

    // Changed on the phone: the link's version never overwrites it silently.
    await stepCard(phone.page, 'Email a thank-you to Ada Quill')
      .getByRole('button', { name: /^Mark done/ })
      .click();
    await phone.page.goto(link);
    await phone.page.getByRole('button', { name: 'Add to my plans' }).click();
    const question = phone.page.getByRole('group', { name: /is already in this browser/ });
    await expect(question).toContainText('Replace it with the plan from the link, or keep both?');
    expect(Object.keys(await storedPlans(phone.page))).toHaveLength(1);
    await question.getByRole('button', { name: 'Keep both' }).click();
    const list = phone.page.getByRole('region', { name: 'Your interviews' });
    await expect(list.getByRole('button', { name: 'Northwind Traders · Product designer', exact: true })).toHaveCount(
      2,
    );
    expect(Object.keys(await storedPlans(phone.page))).toHaveLength(2);

    await phone.page.goto(link);
    await phone.page.getByRole('button', { name: 'Add to my plans' }).click();
    await phone.page.getByRole('button', { name: 'Replace my plan' }).click();
    await expect(phone.page.getByRole('heading', { name: 'Your plan', level: 2 })).toBeVisible();
    const plans = Object.values(await storedPlans(phone.page));
    expect(plans).toHaveLength(2);
    expect(
      plans.every((plan) => JSON.stringify(plan['statuses']) === '{}'),
      "the replaced plan is the link's",
    ).toBe(true);
    await phone.context.close();
  });

  test('a link pasted into the address bar of an open planner tab shows the preview too', async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const link = await shareLink(page);
    await page.keyboard.press('Escape');
    await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
    await expect(page.getByRole('heading', { name: 'A plan from a link' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByRole('heading', { name: 'Your plan', level: 2 })).toBeVisible();
  });

  test('a damaged or cut-off link says so, and saved plans stay exactly as they were', async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const link = await shareLink(page);
    await page.keyboard.press('Escape');
    const before = await page.evaluate(() => localStorage.getItem('ft-plans'));
    const at = link.length - 40;
    const changed = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    for (const broken of [link.slice(0, -12), changed, `${link.split('#')[0]}#share=not-a-plan`]) {
      await page.goto(broken);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(/damaged or incomplete|doesn't hold a plan/);
      await expect(alert).toContainText('Nothing was added, and your saved plans are as they were.');
      expect(await page.evaluate(() => localStorage.getItem('ft-plans'))).toBe(before);
    }
    await page.getByRole('button', { name: 'Go to my plans' }).click();
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByRole('heading', { name: 'Your plan', level: 2 })).toBeVisible();
  });

  test('a plan with 5 interviewers and full notes fits the QR limit; a longer one offers to leave notes out', async ({
    page,
  }) => {
    const lengths: Record<number, number> = {};
    await openPlanner(page);
    for (const count of [1, 3, 5]) {
      if (count > 1) await page.getByRole('button', { name: 'New interview' }).click();
      await walkToPlan(page, fullPanel(count));
      const link = await shareLink(page);
      lengths[count] = link.length;
      await expect(dialog(page).getByText(`Length: ${link.length.toLocaleString('en-GB')} characters.`)).toBeVisible();
      await expect(dialog(page).getByRole('img', { name: /QR code/ })).toBeVisible();
      await dialog(page).getByRole('button', { name: 'Close' }).click();
    }
    console.log(`Share link length by interviewers (full notes): ${JSON.stringify(lengths)}`);
    expect(lengths[5]).toBeLessThanOrEqual(2000);

    // Notes at their longest push the link past what a QR code can carry.
    await page.getByRole('button', { name: 'Edit answers' }).click();
    for (const step of ['Next', 'Next', 'Next']) await page.getByRole('button', { name: step, exact: true }).click();
    const labels = [
      'Strengths to restate',
      'Something you forgot to say, or want to correct',
      'A question to ask them',
    ];
    for (const [index, label] of labels.entries()) await page.getByLabel(label).fill(longNote(index + 1));
    await page.getByRole('button', { name: 'See my plan' }).click();
    await page.getByRole('button', { name: 'Open on another device' }).click();
    await expect(dialog(page).getByText(/over the 2,000 a QR code here can carry/)).toBeVisible();
    await expect(dialog(page).getByRole('img', { name: /QR code/ })).toHaveCount(0);
    await dialog(page).getByRole('button', { name: 'Leave out notes and edited drafts' }).click();
    await expect(dialog(page).getByRole('checkbox', { name: /My notes/ })).not.toBeChecked();
    await expect(dialog(page).getByRole('img', { name: /QR code/ })).toBeVisible();
    const shorter = await dialog(page).getByRole('textbox', { name: 'Link to this plan' }).inputValue();
    expect(shorter.length).toBeLessThanOrEqual(2000);
  });

  test('on a phone, "Share link…" hands the link to the share sheet; without Web Share only Copy shows', async ({
    page,
    browser,
  }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, '__shared', { value: shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => (shared.push(data), Promise.resolve()),
      });
    });
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const link = await shareLink(page);
    await dialog(page).getByRole('button', { name: 'Share link…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toEqual([{ title: 'My follow-up plan', url: link }]);

    const desktop = await browser.newPage();
    await desktop.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
    await openPlanner(desktop);
    await walkToPlan(desktop, panelInterview());
    await shareLink(desktop);
    await expect(dialog(desktop).getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(dialog(desktop).getByRole('button', { name: 'Share link…' })).toHaveCount(0);
    await desktop.close();
  });

  test('the QR code decodes back to the exact link', async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, fullPanel(5));
    const link = await shareLink(page);
    const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
    prepareZXingModule({ overrides: { wasmBinary: readFileSync(wasm).buffer } });
    const png = await dialog(page)
      .getByRole('img', { name: /QR code/ })
      .screenshot();
    const [found] = await readBarcodes(new Blob([new Uint8Array(png)]), { formats: ['QRCode'] });
    expect(found?.text).toBe(link);
  });
});
