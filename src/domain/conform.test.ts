import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { conform, REMOVE } from './conform.ts';

const schema = v.object({
  name: v.string(),
  tags: v.array(v.string()),
  notes: v.record(v.string(), v.string()),
});
const blanks = (path: readonly (string | number)[]) =>
  path[0] === 'name' ? '' : path.length > 1 ? REMOVE : path[0] === 'tags' ? [] : {};
const fallback = () => ({ name: '', tags: [], notes: {} });

describe('conform', () => {
  it('keeps every good value, blanks or removes the refused ones and lists where', () => {
    const result = conform(schema, { name: 7, tags: ['a', 2, 'b', null], notes: { x: 'y', z: 1 } }, blanks, fallback);
    expect(result.value).toEqual({ name: '', tags: ['a', 'b'], notes: { x: 'y' } });
    expect(result.reset).toEqual(['name', 'tags.1', 'tags.3', 'notes.z']);
  });

  it('fills missing values without reporting them, and replaces a whole non-object with the fallback', () => {
    expect(conform(schema, { name: 'n' }, blanks, fallback)).toEqual({
      value: { name: 'n', tags: [], notes: {} },
      reset: [],
    });
    expect(conform(schema, 'text', blanks, fallback)).toEqual({ value: fallback(), reset: [''] });
  });

  it('does not change the data it was given', () => {
    const raw = { name: 7, tags: [1] };
    conform(schema, raw, blanks, fallback);
    expect(raw).toEqual({ name: 7, tags: [1] });
  });
});
