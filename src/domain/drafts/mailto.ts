/**
 * `mailto:` links for "open in my email app" (RFC 6068). Some mail clients and
 * browsers truncate long links, so the result says when it is too long and the
 * UI should offer "copy the text" instead.
 */

/** Links longer than this are unreliable in some browsers and mail clients. */
export const MAILTO_MAX_LENGTH = 2000;

/** Percent-encodes for a mailto header value; line breaks become CRLF (%0D%0A) as RFC 6068 asks. */
function encode(value: string): string {
  return encodeURIComponent(value.replace(/\r\n|\r|\n/g, '\r\n'));
}

/** A mailto link for one message, and whether it is too long to rely on. */
export function mailtoHref({ to, subject, body }: { to: string | null; subject: string; body: string }): {
  href: string;
  tooLong: boolean;
} {
  const address = to ? encodeURIComponent(to).replace(/%40/g, '@') : '';
  const href = `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
  return { href, tooLong: href.length > MAILTO_MAX_LENGTH };
}
