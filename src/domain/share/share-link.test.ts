import { describe, expect, it } from 'vitest';
import { linkSize, QR_MAX_LINK } from './link-size.ts';
import { shareLink, sharedDataIn } from './share-link.ts';

describe('share links', () => {
  it('put the plan in the fragment of the planner page, which is never sent to a server', () => {
    const link = shareLink('https://followthrough.example', 'abc_-9');
    expect(link).toBe('https://followthrough.example/plan/#share=abc_-9');
    expect(sharedDataIn(new URL(link).hash)).toBe('abc_-9');
  });

  it('ignore fragments that are not plan links', () => {
    expect(sharedDataIn('')).toBeNull();
    expect(sharedDataIn('#step-r1-thank-you')).toBeNull();
  });

  it(`say how long the link is and whether it fits the QR code (${QR_MAX_LINK} characters)`, () => {
    expect(linkSize('x'.repeat(1234))).toEqual({ label: 'Length: 1,234 characters.', fits: true });
    expect(linkSize('x'.repeat(2345))).toEqual({
      label: 'Length: 2,345 characters, over the 2,000 a QR code here can carry.',
      fits: false,
    });
    expect(linkSize('x'.repeat(QR_MAX_LINK)).fits).toBe(true);
    expect(linkSize('x'.repeat(QR_MAX_LINK + 1)).fits).toBe(false);
  });
});
