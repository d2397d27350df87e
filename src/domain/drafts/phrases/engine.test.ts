import { describe, expect, it } from 'vitest';
import { choose, fill } from './engine.ts';

const values = (prose: Record<string, string>, plain: Record<string, string> = {}) => ({ plain, prose });

describe('fill', () => {
  it('never doubles a mark where the user’s text meets the template', () => {
    expect(fill('I worked at {x}.', values({ x: 'Acme Robotics Ltd.' }))).toBe('I worked at Acme Robotics Ltd.');
    expect(fill('One question: {q}?', values({ q: 'How do you plan?' }))).toBe('One question: how do you plan?');
    expect(fill('One question: {q}?', values({ q: 'I wondered how you plan.' }))).toBe(
      'One question: I wondered how you plan.',
    );
    expect(fill('Also: {x}.', values({ x: 'a point,' }))).toBe('Also: a point.');
  });

  it('capitalises the user’s text at the start of a sentence, lowers an ordinary word after a colon', () => {
    expect(fill('Thanks. {x}. More.', values({ x: 'we cut costs' }))).toBe('Thanks. We cut costs. More.');
    expect(fill('One point: {x}.', values({ x: 'When asked, I froze' }))).toBe('One point: when asked, I froze.');
    expect(fill('One point: {x}.', values({ x: 'Kubernetes at scale' }))).toBe('One point: Kubernetes at scale.');
  });

  it('keeps quoted text exactly as typed', () => {
    expect(fill('Your question, “{q}”, stayed with me.', values({ q: 'How would You plan?' }))).toBe(
      'Your question, “How would You plan?”, stayed with me.',
    );
  });

  it('inserts names and dates as given, and fails loudly on a slot it lacks', () => {
    expect(fill('at {company}', values({}, { company: 'the Book Company' }))).toBe('at the Book Company');
    expect(() => fill('{nope}', values({}))).toThrow(/no value for \{nope\}/);
  });
});

describe('choose', () => {
  it('wraps any position, negative ones included', () => {
    expect(choose(['a', 'b', 'c'], 4)).toBe('b');
    expect(choose(['a', 'b', 'c'], -1)).toBe('c');
  });
});
