/**
 * A link as a QR code, drawn locally: `uqr` (nayuki's encoder, packaged by
 * unjs) finds the modules, and this turns them into one SVG path, dark on
 * light in either theme, with the four-module quiet zone scanners need.
 */
import { encode } from 'uqr';

/** What an `<svg>` needs to draw the code. */
export interface QrDrawing {
  /** Width and height in modules, quiet zone included (the viewBox). */
  size: number;
  /** One path of unit squares, merged along each row. */
  path: string;
  /** The QR version (1–40): larger versions carry more and need a steadier camera. */
  version: number;
}

/** Modules of blank margin on every side (ISO/IEC 18004 asks for four). */
const QUIET = 4;

/** The QR code for `text`, lowest error correction that fits, raised where the size allows. */
export function drawQr(text: string): QrDrawing {
  const qr = encode(text, { ecc: 'L', boostEcc: true, border: 0 });
  const runs: string[] = [];
  qr.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      runs.push(`M${start + QUIET} ${y + QUIET}h${x - start}v1h${start - x}z`);
    }
  });
  return { size: qr.size + 2 * QUIET, path: runs.join(''), version: qr.version };
}
