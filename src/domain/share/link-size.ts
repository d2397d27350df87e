/**
 * How long a plan link is, and whether it still fits a QR code that a phone
 * camera can read off a laptop screen.
 */

/** The longest link the QR code is drawn for: past this, a phone camera struggles to read it off a screen. */
export const QR_MAX_LINK = 2000;

/** The link's length as the share dialog states it. */
export interface LinkSize {
  /** e.g. "Length: 1,234 characters." or "Length: 2,345 characters, over the 2,000 a QR code here can carry." */
  label: string;
  /** Whether it fits the QR code. */
  fits: boolean;
}

/** How the link's length reads, and whether it fits the QR code. */
export function linkSize(link: string, locale = 'en-GB'): LinkSize {
  const number = new Intl.NumberFormat(locale);
  const fits = link.length <= QR_MAX_LINK;
  const length = `Length: ${number.format(link.length)} characters`;
  return {
    label: fits ? `${length}.` : `${length}, over the ${number.format(QR_MAX_LINK)} a QR code here can carry.`,
    fits,
  };
}
