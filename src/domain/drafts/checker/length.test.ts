import { describe, expect, it } from 'vitest';
import { lengthLimit, measureDraft, overflow } from './length.ts';

describe('length', () => {
  it('gives thank-you emails a longer limit than other emails', () => {
    expect(lengthLimit('email').max).toBe(180);
    expect(lengthLimit('email', 'thank-you').max).toBe(180);
    expect(lengthLimit('email', 'check-in').max).toBe(120);
    expect(lengthLimit('linkedin-free').unit).toBe('characters');
  });

  it('marks the words past the limit, from the first word over it to the end', () => {
    const text = `${'word '.repeat(180)}extra words here. `;
    const place = overflow(text, lengthLimit('email'));
    expect(place && text.slice(place.start, place.end)).toBe('extra words here.');
    expect(overflow('word '.repeat(180), lengthLimit('email'))).toBeNull();
  });

  it('counts dashes and bullets as no words', () => {
    expect(measureDraft(`${'• a\n'.repeat(3)} – `, { format: 'phone' }).size).toBe(3);
  });

  it('marks characters past a LinkedIn limit without splitting an emoji', () => {
    const text = `${'x'.repeat(199)}😊 more`;
    const place = overflow(text, lengthLimit('linkedin-free'));
    expect(place).toEqual({ start: 199, end: text.length });
  });
});
