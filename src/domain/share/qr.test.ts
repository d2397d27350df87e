import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { drawQr } from './qr.ts';

beforeAll(() => {
  // The reader's WebAssembly comes from the package itself: no download.
  const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  prepareZXingModule({ overrides: { wasmBinary: readFileSync(wasm).buffer } });
});

/** Paints the drawing's path (unit squares in runs) into greyscale pixels, `scale` pixels a module. */
function rasterise({ size, path }: { size: number; path: string }, scale: number) {
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py += 1)
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px += 1)
        data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
  }
  return { data, width, height: width, colorSpace: 'srgb' as const };
}

describe('drawQr', () => {
  it('draws a code that an independent reader decodes back to the exact link', async () => {
    const link = `https://followthrough.example/plan/#share=${'eJx1kM1OwzAQhF_F8rk_SmhKm2NPHDgguFWVtbE3iVXHtrxOUVT13bFbCRAS8mXkmfn2sVeuVWw5b'.repeat(25)}`;
    expect(link.length).toBeGreaterThan(1900);
    const drawing = drawQr(link);
    const [found] = await readBarcodes(rasterise(drawing, 3), { formats: ['QRCode'] });
    expect(found?.text).toBe(link);
  });

  it('leaves a four-module quiet zone on every side', () => {
    const { size, path } = drawQr('https://followthrough.example/plan/');
    const cells = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, w]) => [+x!, +y!, +w!] as const);
    expect(Math.min(...cells.map(([x]) => x))).toBe(4);
    expect(Math.min(...cells.map(([, y]) => y))).toBe(4);
    expect(Math.max(...cells.map(([x, , w]) => x + w))).toBe(size - 4);
    expect(Math.max(...cells.map(([, y]) => y + 1))).toBe(size - 4);
  });

  it('needs a larger version for a longer link', () => {
    expect(drawQr('https://a.example/').version).toBeLessThan(drawQr(`https://a.example/#${'x'.repeat(1500)}`).version);
  });
});
