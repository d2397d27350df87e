import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url.ts';

describe('base64url', () => {
  it('matches the platform encoder without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });

  it('reads back exactly the bytes it wrote', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the URL-safe alphabet and impossible lengths', () => {
    expect(fromBase64url('abc+')).toBeNull();
    expect(fromBase64url('ab c')).toBeNull();
    expect(fromBase64url('abcde')).toBeNull();
    expect(fromBase64url('')).toEqual(new Uint8Array());
  });
});
