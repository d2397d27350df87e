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

  it('drops an end mark where the sentence goes on, but not a short form’s stop, an ellipsis or a question mark', () => {
    const bring = 'I’d love to bring {x} to Acme.';
    expect(fill(bring, values({ x: 'ten years of retail analytics.' }))).toBe(
      'I’d love to bring ten years of retail analytics to Acme.',
    );
    expect(fill('{x} was helpful.', values({ x: 'the move to Snowflake!' }))).toBe(
      'The move to Snowflake was helpful.',
    );
    expect(fill('Your view on {x}, I mean.', values({ x: 'plans for Q3.' }))).toBe(
      'Your view on plans for Q3, I mean.',
    );
    expect(fill(bring, values({ x: 'five years at Harbour Inc.' }))).toBe(
      'I’d love to bring five years at Harbour Inc. to Acme.',
    );
    expect(fill(bring, values({ x: 'work in the U.S.' }))).toBe('I’d love to bring work in the U.S. to Acme.');
    expect(fill(bring, values({ x: 'calm under pressure…' }))).toBe('I’d love to bring calm under pressure… to Acme.');
    // At the end of the template's sentence the user's mark stands in for the template's.
    expect(fill('I enjoyed {x}.', values({ x: 'the walk round the lab!' }))).toBe('I enjoyed the walk round the lab!');
  });

  it('does not double quotes the user typed around a quoted text', () => {
    expect(fill('Your question, “{q}”, stayed.', values({ q: '"Why did you leave?"' }))).toBe(
      'Your question, “Why did you leave?”, stayed.',
    );
    expect(fill('Your question, “{q}”, stayed.', values({ q: 'Is “done” ever done?' }))).toBe(
      'Your question, “Is “done” ever done?”, stayed.',
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
