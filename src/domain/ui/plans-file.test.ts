import { describe, expect, it } from 'vitest';
import { FILE_KIND, serialisePlansFile } from './plans-file.ts';
import { newPlan } from './plan-records.ts';
import { STORAGE_VERSION, type PlansState } from './saved-plans.ts';

const a = newPlan('a', '2026-01-01T00:00:00.000Z', 'Europe/Paris', 'iv-a');
const b = newPlan('b', '2026-01-02T00:00:00.000Z', 'Asia/Tokyo', 'iv-b');
const state: PlansState = { version: STORAGE_VERSION, plans: { b, a } };

describe('serialisePlansFile', () => {
  it('writes every plan, oldest first, marked as ours with the storage version', () => {
    const file = JSON.parse(serialisePlansFile(state, '2026-01-03T00:00:00.000Z')) as Record<string, unknown>;
    expect(file).toEqual({
      kind: FILE_KIND,
      version: STORAGE_VERSION,
      exportedAt: '2026-01-03T00:00:00.000Z',
      plans: [a, b],
    });
  });
});
