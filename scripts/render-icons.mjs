// Renders the PNG app icons from public/icons/icon.svg in headless Chromium: `node scripts/render-icons.mjs`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ICONS = new URL('../public/icons/', import.meta.url);
const THEME = '#1d5c63';

/**
 * `scale` is the drawn icon's share of the canvas. Full-bleed icons fill the square with the theme
 * teal (platforms cut their own shape from it); the maskable one shrinks the mark into the 80% safe
 * zone, the Apple one keeps a little margin because iOS rounds the corners itself.
 */
const TARGETS = [
  { file: 'icon-192.png', size: 192, scale: 1, fullBleed: false },
  { file: 'icon-512.png', size: 512, scale: 1, fullBleed: false },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.84, fullBleed: true },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.9, fullBleed: true },
];

const svg = await readFile(new URL('icon.svg', ICONS));
const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});

try {
  for (const { file, size, scale, fullBleed } of TARGETS) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const drawn = Math.round(size * scale);
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;` +
        `background:${fullBleed ? THEME : 'transparent'}">` +
        `<img src="${source}" width="${drawn}" height="${drawn}" alt=""></body>`,
    );
    const path = fileURLToPath(new URL(file, ICONS));
    await page.screenshot({ path, omitBackground: !fullBleed });
    await page.close();
    console.log(`wrote ${path} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
