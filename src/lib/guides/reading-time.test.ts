import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('countWords', () => {
  it('skips front matter and import lines', () => {
    const mdx = "---\ntitle: Ten words here\n---\nimport { Callout } from 'x';\n\nOne two three.";
    expect(countWords(mdx)).toBe(3);
  });

  it('counts the text inside components and their string props but not their names', () => {
    const mdx = '<Callout type="tip" title="Keep it short">\n\nSend it today.\n\n</Callout>';
    // "tip", "Keep it short", "Send it today"
    expect(countWords(mdx)).toBe(7);
  });

  it('counts a link by its text, not its address', () => {
    expect(countWords('Read [the call guide](/guides/follow-up-call/) next.')).toBe(5);
  });

  it('treats contractions and hyphenated words as one word each', () => {
    expect(countWords("Don't send a follow-up twice.")).toBe(5);
  });
});

describe('readingMinutes', () => {
  it('rounds up to whole minutes', () => {
    expect(readingMinutes('word '.repeat(221))).toBe(2);
  });

  it('never reports less than one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
