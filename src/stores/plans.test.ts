import { beforeEach, describe, expect, it, vi } from 'vitest';

/** An in-memory stand-in for the browser's localStorage. */
class MemoryStorage {
  data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  clear() {
    this.data.clear();
  }
}

let storage: MemoryStorage;

/** How the browser's storage misbehaves in a test. */
interface Faults {
  /** Throw on the very first access, as some privacy modes do. */
  refuse?: boolean;
  /** Keys whose writes fail as if storage were full. */
  fullFor?: RegExp;
  /** Give the page a `window` to receive other tabs' storage events. */
  window?: boolean;
}

/** Loads the stores afresh, as a page load would, over the given stored data. */
async function load(stored: Record<string, string> = {}, faults: Faults = {}) {
  storage = new MemoryStorage();
  for (const [k, v] of Object.entries(stored)) storage.setItem(k, v);
  if (faults.fullFor) {
    const { fullFor } = faults;
    const write = storage.setItem.bind(storage);
    storage.setItem = (k: string, v: string) => {
      if (fullFor.test(k)) throw new DOMException('full', 'QuotaExceededError');
      write(k, v);
    };
  }
  if (faults.refuse) {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  } else {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, writable: true, value: storage });
  }
  if (faults.window) vi.stubGlobal('window', new EventTarget());
  vi.resetModules();
  const plans = await import('./plans.ts');
  await plans.plansLoading;
  const wizard = await import('./wizard.ts');
  const notice = await import('./storage.ts');
  const list = await import('./plan-list.ts');
  const transfer = await import('./plans-transfer.ts');
  return { ...plans, ...wizard, ...notice, ...list, ...transfer };
}

const stored = () =>
  JSON.parse(storage.getItem('ft-plans') ?? 'null') as { version: number; plans: Record<string, unknown> };

beforeEach(() => {
  vi.unstubAllGlobals();
});

describe('persistence', () => {
  it('saves every edit to localStorage in a versioned envelope', async () => {
    const s = await load();
    const id = s.createPlan();
    s.updateField('interview', 'company', '<img src=x onerror=alert(1)>');
    expect(stored().version).toBe(2);
    expect(stored().plans[id]).toMatchObject({ input: { interview: { company: '<img src=x onerror=alert(1)>' } } });
  });

  it('sets unreadable data aside, raises a notice and starts fresh without throwing', async () => {
    const s = await load({ 'ft-plans': '{"version": 2, "plans": {' });
    expect(s.$plans.get().plans).toEqual({});
    const notice = s.$storageNotice.get();
    expect(notice?.kind).toBe('unreadable');
    const key = notice && 'setAsideKey' in notice ? notice.setAsideKey : '';
    expect(storage.getItem(key ?? '')).toBe('{"version": 2, "plans": {');
    expect(stored()).toMatchObject({ version: 2, plans: {} });
  });

  it('migrates version 1 data on load', async () => {
    const v1 = { version: 1, plans: { old: { id: 'old', facts: { interview: { company: 'Acme' } }, done: ['x'] } } };
    const s = await load({ 'ft-plans': JSON.stringify(v1), 'ft-active-plan': 'old' });
    expect(s.$activePlan.get()?.input.interview.company).toBe('Acme');
    expect(s.$activePlan.get()?.statuses).toEqual({ x: 'done' });
    expect(s.$storageNotice.get()).toBeNull();
  });

  it('keeps working in memory when storage is full, and says so', async () => {
    const s = await load();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    s.createPlan();
    s.updateField('interview', 'company', 'Acme');
    expect(s.$activePlan.get()?.input.interview.company).toBe('Acme');
    expect(s.$storageNotice.get()).toEqual({ kind: 'full' });
  });
});

describe('the plan list', () => {
  it('opens the newest plan on arrival, or a new one when there is none', async () => {
    const s = await load();
    s.openPlanner();
    expect(s.$planList.get()).toHaveLength(1);
    expect(s.$activePlan.get()?.input.interview.timeZone).not.toBe('');
  });

  it('renames, duplicates for the next round, deletes and undoes the delete', async () => {
    const s = await load();
    const id = s.createPlan();
    s.updateField('interview', 'company', 'Acme');
    s.renamePlan(id, '  Dream job  ');
    const copy = s.duplicatePlan(id);
    expect(s.$activePlanId.get()).toBe(copy);
    expect(s.$activePlan.get()?.name).toBe('Dream job (next round)');
    s.deletePlan(id);
    expect(s.$plans.get().plans[id]).toBeUndefined();
    s.undoDelete();
    expect(s.$plans.get().plans[id]?.name).toBe('Dream job');
    expect(s.$activePlanId.get()).toBe(id);
  });

  it("drops a deleted plan from the home page's next up, and brings it back on undo", async () => {
    const s = await load();
    const { $nextUpSummaries } = await import('./next-up.ts');
    const id = s.createPlan();
    const moment = { iso: '2026-03-03T09:00:00+00:00', zone: 'UTC' };
    const summary = {
      planId: id,
      planTitle: 'Untitled interview',
      stepTitle: 'Say thanks',
      recommended: moment,
      latest: moment,
    };
    $nextUpSummaries.set({ [id]: summary });
    s.renamePlan(id, 'Acme');
    expect($nextUpSummaries.get()[id]?.planTitle).toBe('Acme');
    s.deletePlan(id);
    expect($nextUpSummaries.get()).toEqual({});
    s.undoDelete();
    expect($nextUpSummaries.get()[id]?.stepTitle).toBe('Say thanks');
  });

  it("drops plans gone before the list loaded from the home page's next up, and keeps the others", async () => {
    const moment = { iso: '2026-03-03T09:00:00+00:00', zone: 'UTC' };
    const summary = (planId: string) => ({
      planId,
      planTitle: 'Acme',
      stepTitle: 'Say thanks',
      recommended: moment,
      latest: moment,
    });
    const source = await load();
    const kept = source.createPlan();
    source.updateField('interview', 'company', 'Acme');
    const s = await load({
      'ft-plans': storage.getItem('ft-plans') ?? '',
      'ft-next-up': JSON.stringify({ [kept]: summary(kept), gone: summary('gone') }),
    });
    const { $nextUpSummaries } = await import('./next-up.ts');
    expect(Object.keys($nextUpSummaries.get())).toEqual([kept]);
    expect(s.$planSummaries.get().map((p) => p.title)).toEqual(['Acme']);
  });

  it('exports all plans; importing them back asks first, and the same file twice changes nothing', async () => {
    const s = await load();
    s.createPlan();
    s.updateField('interview', 'company', 'Acme');
    const file = await s.exportPlans();
    expect(file.fileName).toBe('follow-through-plans.json');
    expect(await s.startImport(file.text, 'the file')).toEqual({ ok: true });
    expect(s.$pendingImport.get()?.review.unchanged).toHaveLength(1);
    expect(s.$planList.get()).toHaveLength(1);
    expect(await s.confirmImport('keep-both')).toBe('1 plan was already here.');
    expect(s.$planList.get().map((p) => p.input.interview.company)).toEqual(['Acme']);
    expect(s.$pendingImport.get()).toBeNull();
  });

  it('refuses a broken file with its reason and leaves every saved plan as it was', async () => {
    const s = await load();
    s.createPlan();
    s.updateField('interview', 'company', 'Acme');
    const before = storage.getItem('ft-plans');
    for (const [text, reason] of [
      ['not json', /not JSON text/],
      ['{"__proto__":{"x":1},"kind":"follow-through-plans","version":2,"plans":[]}', /“__proto__”/],
      [`${'['.repeat(5000)}${']'.repeat(5000)}`, /levels deep/],
      ['{"kind":"follow-through-plans","version":9,"plans":[{}]}', /newer version/],
    ] as const) {
      const result = await s.startImport(text, 'the file');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(reason);
    }
    expect(s.$pendingImport.get()).toBeNull();
    expect(storage.getItem('ft-plans')).toBe(before);
  });

  it('replaces the untouched blank plan on import instead of leaving an empty “Untitled interview”', async () => {
    const source = await load();
    source.createPlan();
    source.updateField('interview', 'company', 'Acme');
    const { text } = await source.exportPlans();
    const s = await load();
    s.openPlanner();
    expect(s.$planSummaries.get().map((p) => p.title)).toEqual(['Untitled interview']);
    await s.startImport(text, 'the file');
    await s.confirmImport('keep-both');
    expect(s.$planSummaries.get().map((p) => p.title)).toEqual(['Acme']);
    expect(s.$activePlan.get()?.input.interview.company).toBe('Acme');
  });
});

describe('storage faults', () => {
  it('works in memory and says so when the browser refuses storage on first access', async () => {
    const s = await load({}, { refuse: true });
    expect(s.$storageNotice.get()).toEqual({ kind: 'unavailable' });
    s.createPlan();
    s.updateField('interview', 'company', 'Acme');
    expect(s.$activePlan.get()?.input.interview.company).toBe('Acme');
    expect(JSON.parse((await s.exportPlans()).text)).toMatchObject({
      plans: [{ input: { interview: { company: 'Acme' } } }],
    });
  });

  it('keeps the last good save whole when storage is full, and the new state in memory', async () => {
    const s = await load();
    s.createPlan();
    s.updateField('interview', 'company', 'Acme');
    const saved = storage.getItem('ft-plans');
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    s.updateField('interview', 'company', 'Acme Tools');
    expect(s.$activePlan.get()?.input.interview.company).toBe('Acme Tools');
    expect(s.$storageNotice.get()).toEqual({ kind: 'full' });
    expect(storage.getItem('ft-plans')).toBe(saved);
  });

  it('sets an unreadable plan aside, keeps the rest, and never deletes it', async () => {
    const good = { id: 'good', input: { interview: { company: 'Acme' } } };
    const s = await load({ 'ft-plans': JSON.stringify({ version: '2', plans: { good, bad: 'x' } }) });
    expect(s.$planList.get().map((p) => p.input.interview.company)).toEqual(['Acme']);
    const notice = s.$storageNotice.get();
    expect(notice).toMatchObject({ kind: 'set-aside', count: 1 });
    const key = notice && 'setAsideKey' in notice ? notice.setAsideKey : null;
    expect(JSON.parse(storage.getItem(key ?? '') ?? '{}')).toEqual({ version: '2', plans: { bad: 'x' } });
    expect(Object.keys(stored().plans)).toEqual(['good']);
    // The set-aside download imports back what can be read (nothing, here: it says why).
    const back = await s.startImport(storage.getItem(key ?? '') ?? '', 'the data kept aside');
    expect(!back.ok && back.message).toMatch(/Plan 1 is a string/);
  });

  it('keeps an unreadable plan in place when storage is too full to set it aside', async () => {
    const raw = JSON.stringify({ version: 2, plans: { good: { id: 'good' }, bad: 'x' } });
    const s = await load({ 'ft-plans': raw }, { fullFor: /^ft-plans-set-aside-/ });
    expect(s.$storageNotice.get()).toMatchObject({ kind: 'set-aside', setAsideKey: null });
    s.renamePlan('good', 'Renamed');
    expect(stored().plans['bad']).toBe('x');
  });

  it('never writes over data from a newer version of the site', async () => {
    const newer = JSON.stringify({ version: 99, plans: { x: { shape: 'unknown' } } });
    const s = await load({ 'ft-plans': newer });
    expect(s.$storageNotice.get()).toMatchObject({ kind: 'newer' });
    s.createPlan();
    expect(storage.getItem('ft-plans')).toBe(newer);
  });

  it('merges another tab’s save into this tab’s plans, field by field', async () => {
    const s = await load({}, { window: true });
    const id = s.createPlan();
    s.updateField('interview', 'company', 'Acme');
    // The other tab read this tab's save, then changed another field of the same plan.
    const other = JSON.parse(storage.getItem('ft-plans') ?? '') as {
      rev: string;
      base: string;
      plans: Record<string, { input: { interview: Record<string, string> } }>;
    };
    other.base = other.rev;
    other.rev = 'other-tab-1';
    other.plans[id]!.input.interview['role'] = 'Designer';
    // Meanwhile, before that save reached it, this tab changed a third field.
    s.updateField('interview', 'date', '2026-03-01');
    const text = JSON.stringify(other);
    storage.setItem('ft-plans', text);
    window.dispatchEvent(
      Object.assign(new Event('storage'), { key: 'ft-plans', newValue: text, storageArea: storage }),
    );
    await vi.waitFor(() =>
      expect(s.$activePlan.get()?.input.interview).toMatchObject({
        company: 'Acme',
        role: 'Designer',
        date: '2026-03-01',
      }),
    );
    expect(stored().plans[id]).toMatchObject({ input: { interview: { role: 'Designer', date: '2026-03-01' } } });
    expect(s.$storageNotice.get()).toBeNull();
  });
});

describe('the wizard', () => {
  it("shows the screen's errors on Next without clearing what was typed, and moves on once fixed", async () => {
    const s = await load();
    s.createPlan();
    s.updateField('interview', 'company', 'Acme');
    expect(await s.nextStep()).toBe(false);
    expect(s.$stepErrors.get().map((e) => e.path)).toEqual(
      expect.arrayContaining(['interview.date', 'interview.time']),
    );
    expect(s.$stepErrors.get().every((e) => e.path.startsWith('interview.'))).toBe(true);
    expect(s.$attention.get()).toMatch(/2 fields need attention/);
    expect(s.$activePlan.get()?.input.interview.company).toBe('Acme');
    const today = new Date().toISOString().slice(0, 10);
    s.updateField('interview', 'date', today);
    s.updateField('interview', 'time', '09:00');
    await vi.waitFor(() => expect(s.$stepErrors.get()).toEqual([]));
    expect(await s.nextStep()).toBe(true);
    expect(s.$wizardStep.get()).toBe(1);
    expect(s.$stepErrors.get()).toEqual([]);
  });

  it('sends the user back to the first screen with errors when they reach for the plan too early', async () => {
    const s = await load();
    s.createPlan();
    s.goToStep(3);
    expect(await s.nextStep()).toBe(false);
    expect(s.$wizardStep.get()).toBe(0);
    expect(s.$stepErrors.get().length).toBeGreaterThan(0);
  });

  it('adds, reorders and removes interviewers', async () => {
    const s = await load();
    s.createPlan();
    const second = s.addInterviewer();
    s.updateInterviewer(second, 'name', 'Bea');
    s.moveInterviewer(second, -1);
    expect(s.$activePlan.get()?.input.interviewers.map((p) => p.name)).toEqual(['Bea', '']);
    s.removeInterviewer(second);
    expect(s.$activePlan.get()?.input.interviewers).toHaveLength(1);
  });
});
