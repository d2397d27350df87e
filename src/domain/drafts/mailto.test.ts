import { describe, expect, it } from 'vitest';
import { mailtoHref, MAILTO_MAX_LENGTH } from './mailto.ts';

describe('mailtoHref', () => {
  it('percent-encodes subject and body and turns line breaks into CRLF', () => {
    const { href, tooLong } = mailtoHref({
      to: 'ada.quill@harbourfinch.example',
      subject: 'Thanks & more',
      body: 'Hi Ada,\n\nThank you.',
    });
    expect(href).toBe(
      'mailto:ada.quill@harbourfinch.example?subject=Thanks%20%26%20more&body=Hi%20Ada%2C%0D%0A%0D%0AThank%20you.',
    );
    expect(tooLong).toBe(false);
  });

  it('works without an address', () => {
    expect(mailtoHref({ to: null, subject: 'S', body: 'B' }).href).toBe('mailto:?subject=S&body=B');
  });

  it('says when the link is too long for some mail apps', () => {
    expect(mailtoHref({ to: null, subject: 'S', body: 'x'.repeat(MAILTO_MAX_LENGTH) }).tooLong).toBe(true);
  });
});
