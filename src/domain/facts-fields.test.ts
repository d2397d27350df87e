import { describe, expect, it } from 'vitest';
import { isInvisibleOnly } from './facts-fields.ts';

describe('isInvisibleOnly', () => {
  it('is true for text made only of zero-width, joiner, byte-order, soft-hyphen and bidi characters', () => {
    for (const hidden of [
      '\u200B',
      '\u200C\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u200E\u200F',
      ' \u200B\u00A0',
      '\u202E\u2066',
    ])
      expect(isInvisibleOnly(hidden), JSON.stringify(hidden)).toBe(true);
  });

  it('is false for plain whitespace, which reads as an empty field instead', () => {
    for (const blank of ['', ' ', '\t\n', '\u00A0']) expect(isInvisibleOnly(blank), JSON.stringify(blank)).toBe(false);
  });

  it('is false as soon as one character would show, in any script', () => {
    for (const name of ['Ada', '\u200BAda', 'Ní Bhriain', '李', '\u200Bx\u200B', 'محمد\u200F'])
      expect(isInvisibleOnly(name), name).toBe(false);
  });
});
