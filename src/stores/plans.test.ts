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

/** Loads the stores afresh, as a page load would, over the given stored data. */
async function load(stored: Record<string, string> = {}) {
  storage = new MemoryStorage();
  for (const [k, v] of Object.entries(stored)) storage.setItem(k, v);
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  const plans = await import('./plans.ts');
  const wizard = await import('./wizard.ts');
  const notice = await import('./storage.ts');
  return { ...plans, ...wizard, ...notice };
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
    expect(storage.getItem(key)).toBe('{"version": 2, "plans": {');
    expect(stored()).toEqual({ version: 2, plans: {} });
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

  it('exports all plans and imports them back as new plans', async () => {
    const s = await load();
    s.createPlan();
    s.updateField('interview', 'company', 'Acme');
    const file = await s.exportPlans();
    expect(file.fileName).toBe('follow-through-plans.json');
    expect(await s.importPlans(file.text)).toEqual({ ok: true, message: 'Imported 1 plan.' });
    expect(s.$planList.get().map((p) => p.input.interview.company)).toEqual(['Acme', 'Acme']);
    expect((await s.importPlans('not json')).message).toMatch(/not a Follow Through export/);
    expect(s.$planList.get()).toHaveLength(2);
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
