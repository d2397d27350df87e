/**
 * Renders the app icons in public/icons/ from their SVG sources with Chromium,
 * so the PNGs an install needs always match the SVG. Run by hand after changing
 * an icon: node scripts/generate-icons.ts (CHROMIUM_PATH overrides /usr/bin/chromium).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const ICONS = fileURLToPath(new URL('../public/icons/', import.meta.url));

/** Each PNG: its source SVG and square size in pixels. */
const OUTPUTS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'maskable.svg', png: 'maskable-512.png', size: 512 },
];

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const { svg, png, size } of OUTPUTS) {
    const source = readFileSync(`${ICONS}${svg}`, 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
    );
    await page.locator('svg').screenshot({ path: `${ICONS}${png}`, omitBackground: true });
    console.log(`public/icons/${png} (${size}×${size}) from ${svg}`);
  }
} finally {
  await browser.close();
}
